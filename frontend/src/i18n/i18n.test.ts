import { describe, expect, it } from 'vitest'
import id from './id'
import en from './en'

function keys(obj: unknown, prefix = ''): string[] {
  if (typeof obj !== 'object' || obj === null) return [prefix]
  return Object.entries(obj).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k)).sort()
}

describe('i18n', () => {
  it('id and en have the same keys', () => {
    expect(keys(en)).toEqual(keys(id))
  })
  it('no message is empty', () => {
    for (const [name, msgs] of Object.entries({ id, en })) {
      const flat = keys(msgs)
      for (const k of flat) {
        const v = k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], msgs)
        expect(typeof v === 'string' && v.length > 0, `${name}:${k}`).toBe(true)
      }
    }
  })
  it('placeholders match', () => {
    const ph = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort().join(',')
    for (const k of keys(id)) {
      const get = (m: unknown) => k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], m) as string
      expect(ph(get(en)), k).toBe(ph(get(id)))
    }
  })
})
