// The edition archive/check texts and the import stages live in editions.*.ts, merged under
// "editions": identical keys, no empty text, the same placeholders.
import { describe, expect, it } from 'vitest'
import { i18n } from './index'
import hhId from './editions.id'
import hhEn from './editions.en'

type Tree = Record<string, unknown>
function keys(obj: unknown, prefix = ''): string[] {
  if (typeof obj !== 'object' || obj === null) return [prefix]
  return Object.entries(obj).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k)).sort()
}
const get = (m: unknown, k: string) => k.split('.').reduce<unknown>((o, p) => (o as Tree)[p], m)

describe('i18n editions namespace', () => {
  const msgs = i18n.global.messages.value as unknown as { id: Tree; en: Tree }
  it('is merged into both languages', () => {
    expect(msgs.id.editions).toEqual(hhId)
    expect(msgs.en.editions).toEqual(hhEn)
  })
  it('id and en have the same keys', () => {
    expect(keys(hhEn)).toEqual(keys(hhId))
    expect(keys(msgs.en)).toEqual(keys(msgs.id))
  })
  it('no message is empty and placeholders match', () => {
    const ph = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort().join(',')
    for (const k of keys(hhId)) {
      const a = get(hhId, k)
      const b = get(hhEn, k)
      expect(typeof a === 'string' && a.length > 0, `id:${k}`).toBe(true)
      expect(typeof b === 'string' && (b as string).length > 0, `en:${k}`).toBe(true)
      expect(ph(b as string), k).toBe(ph(a as string))
    }
  })
  it('names the import task in the progress panel', () => {
    expect(get(msgs.id, 'progress.tasks.import-households')).toBeTruthy()
    expect(get(msgs.en, 'progress.tasks.import-households')).toBeTruthy()
  })
})
