// The orphans registry texts live in orphans.*.ts, merged under "orphans": identical
// keys in both languages, no empty text, the same placeholders, task names merged.
import { describe, expect, it } from 'vitest'
import { i18n } from './index'
import orId from './orphans.id'
import orEn from './orphans.en'

type Tree = Record<string, unknown>
function keys(obj: unknown, prefix = ''): string[] {
  if (typeof obj !== 'object' || obj === null) return [prefix]
  return Object.entries(obj).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k)).sort()
}
const get = (m: unknown, k: string) => k.split('.').reduce<unknown>((o, p) => (o as Tree)[p], m)

describe('i18n orphans namespace', () => {
  const msgs = i18n.global.messages.value as unknown as { id: Tree; en: Tree }
  it('is merged into both languages', () => {
    expect(msgs.id.orphans).toEqual(orId)
    expect(msgs.en.orphans).toEqual(orEn)
  })
  it('id and en have the same keys, none empty, same placeholders', () => {
    expect(keys(orEn)).toEqual(keys(orId))
    const ph = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort().join(',')
    for (const k of keys(orId)) {
      const a = get(orId, k) as string
      const b = get(orEn, k) as string
      expect(a.length > 0 && b.length > 0, k).toBe(true)
      expect(ph(b), k).toBe(ph(a))
    }
  })
  it('names the import and export tasks in the progress panel, keeping the others', () => {
    expect(get(msgs.id, 'progress.tasks.import-orphans')).toBe('Mengimpor data anak yatim')
    expect(get(msgs.en, 'progress.tasks.export-orphans')).toBeTruthy()
    expect(get(msgs.id, 'progress.tasks.import-households')).toBeTruthy()
  })
})
