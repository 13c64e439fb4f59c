import { describe, expect, it } from 'vitest'
import id from './docx.id'
import en from './docx.en'
import { i18n } from './index'

function keys(obj: unknown, prefix = ''): string[] {
  if (typeof obj !== 'object' || obj === null) return [prefix]
  return Object.entries(obj).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k)).sort()
}

describe('docx i18n', () => {
  it('id and en have the same keys and placeholders', () => {
    expect(keys(en)).toEqual(keys(id))
    const ph = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort().join(',')
    for (const k of keys(id)) {
      const get = (m: unknown) => k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], m) as string
      expect(ph(get(en)), k).toBe(ph(get(id)))
    }
  })
  it('is merged under docx, and the error code letters.docx is translated', () => {
    const g = i18n.global
    expect(g.t('docx.saveLetter')).toBe('Simpan sebagai Word')
    expect(g.te('errors.letters.docx')).toBe(true)
    expect(g.t('errors.cancelled')).toBe('Proses dibatalkan.') // the other errors stay
    expect(g.t('docx.saved', { path: 'C:\\x.docx' }, { locale: 'en' })).toContain('C:\\x.docx')
  })
})
