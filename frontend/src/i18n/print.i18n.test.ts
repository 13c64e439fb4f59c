// The print texts (issue #9) live in print.*.ts, merged under "print": the
// merged messages keep identical keys, no empty text and the same placeholders.
import { describe, expect, it } from 'vitest'
import { i18n } from './index'
import prId from './print.id'
import prEn from './print.en'

type Tree = Record<string, unknown>
function keys(obj: unknown, prefix = ''): string[] {
  if (typeof obj !== 'object' || obj === null) return [prefix]
  return Object.entries(obj).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k)).sort()
}
const get = (m: unknown, k: string) => k.split('.').reduce<unknown>((o, p) => (o as Tree)[p], m)

describe('i18n print namespace', () => {
  const msgs = i18n.global.messages.value as unknown as { id: Tree; en: Tree }
  it('is merged into both languages', () => {
    expect(msgs.id.print).toEqual(prId)
    expect(msgs.en.print).toEqual(prEn)
  })
  it('id and en have the same keys', () => {
    expect(keys(prEn)).toEqual(keys(prId))
    expect(keys(msgs.en)).toEqual(keys(msgs.id))
  })
  it('no message is empty and placeholders match', () => {
    const ph = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort().join(',')
    for (const k of keys(prId)) {
      const a = get(prId, k)
      const b = get(prEn, k)
      expect(typeof a === 'string' && a.length > 0, `id:${k}`).toBe(true)
      expect(typeof b === 'string' && (b as string).length > 0, `en:${k}`).toBe(true)
      expect(ph(b as string), k).toBe(ph(a as string))
    }
  })
  it('has a letterhead hint for every signatory role', () => {
    expect(Object.keys(prId.kop).sort()).toEqual(['bupati', 'kepala_bappeda', 'sekda', 'wakil_bupati'])
  })
})
