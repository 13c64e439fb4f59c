import { describe, expect, it } from 'vitest'
import { formatLetterNumber, romawi } from './numbering'
import { insertAt, unknownPlaceholders } from './template'
import { letterFix, signatoryLine, todayISO, verdict } from './letters'
import { base64ToBytes } from './pdf'
import { previewSections } from './importPreview'
import type { ImportPreview } from '../api/types'

describe('numbering example', () => {
  const date = new Date(2026, 10, 23)
  it('writes Roman months', () => {
    expect([1, 4, 9, 11, 12].map(romawi)).toEqual(['I', 'IV', 'IX', 'XI', 'XII'])
  })
  it('fills the pattern like the server does', () => {
    const p = { pattern: '{klasifikasi}/{nomor:3}/{unit}/{bulan_romawi}/{tahun}', klasifikasi: '000.1.2.3', unit: 'Bappeda', padding: 0 }
    expect(formatLetterNumber(p, 7, date)).toBe('000.1.2.3/007/Bappeda/XI/2026')
    expect(formatLetterNumber({ ...p, pattern: '{klasifikasi}/{nomor}/{tahun}', klasifikasi: '400.9' }, 12, date)).toBe('400.9/12/2026')
    expect(formatLetterNumber({ ...p, pattern: '{nomor}-{bulan}', padding: 4 }, 5, date)).toBe('0005-11')
    expect(formatLetterNumber({ ...p, pattern: '{nomor}/{lain}' }, 1, date)).toBe('1/{lain}')
  })
})

describe('placeholder insertion', () => {
  it('inserts at the cursor and replaces a selection', () => {
    expect(insertAt('Tahun  ini', 6, 6, '{tahun}')).toEqual({ text: 'Tahun {tahun} ini', cursor: 13 })
    expect(insertAt('Desa X.', 5, 6, '{nama_desa}')).toEqual({ text: 'Desa {nama_desa}.', cursor: 16 })
  })
  it('appends when there is no cursor and clamps positions', () => {
    expect(insertAt('abc', null, null, '{t}')).toEqual({ text: 'abc{t}', cursor: 6 })
    expect(insertAt('abc', 99, 120, '{t}').text).toBe('abc{t}')
    expect(insertAt('abc', -3, 1, '{t}')).toEqual({ text: '{t}bc', cursor: 3 })
  })
  it('names unknown placeholders', () => {
    expect(unknownPlaceholders('{tahun} {nama} {tahun} {x}', ['tahun'])).toEqual(['nama', 'x'])
  })
})

describe('letter refusals', () => {
  it('points to the screen that fixes them', () => {
    expect(letterFix('letters.no_signatory')).toMatchObject({ kind: 'route', route: 'profil' })
    expect(letterFix('letters.no_letterhead')).toMatchObject({ kind: 'route', route: 'profil' })
    expect(letterFix('letters.no_pairings')).toMatchObject({ kind: 'route', route: 'papan' })
    expect(letterFix('letters.no_decree')).toMatchObject({ kind: 'decree' })
    expect(letterFix('internal')).toBeNull()
  })
  it('formats today for the date field', () => {
    expect(todayISO(new Date(2026, 0, 5))).toBe('2026-01-05')
  })
  it('decodes base64 PDFs', () => {
    expect([...base64ToBytes(btoa('%PDF'))]).toEqual([37, 80, 68, 70])
  })
})

describe('import preview sections', () => {
  const col = (field: string, label: string) => ({ field, label, header: label, column: 'A' })
  it('puts kecamatan rows in their own section with kecamatan columns', () => {
    const p = {
      file: 'w.xlsx', kind: 'wilayah', sheet: 'Desa', new: 3, updated: 0, same: 0, problems: [], counts: [],
      columns: [col('kecamatanCode', 'Kode Kecamatan'), col('code', 'Kode Desa'), col('name', 'Nama Desa')],
      sheets: [{ name: 'Desa', entity: 'desa', headerRow: 1, ignored: [], columns: [col('kecamatanCode', 'Kode Kecamatan'), col('code', 'Kode Desa'), col('name', 'Nama Desa')] }],
      rows: [
        { row: 2, action: 'baru', sheet: 'Desa', entity: 'desa', values: { kecamatanCode: '33.20.01', code: '33.20.01.2001', name: 'Bugel' } },
        { row: 2, action: 'baru', sheet: 'Desa', entity: 'kecamatan', values: { code: '33.20.01', name: 'Kedung' } },
      ],
    } as unknown as ImportPreview
    const s = previewSections(p)
    expect(s.map((x) => x.entity)).toEqual(['kecamatan', 'desa'])
    expect(s[0].columns.map((c) => c.label)).toEqual(['Kode Kecamatan', 'Nama Kecamatan'])
    expect(s[0].rows[0].values.code).toBe('33.20.01')
    expect(s[1].columns.map((c) => c.label)).toContain('Kode Desa')
    expect(s[1].rows).toHaveLength(1)
  })
})

describe('verification verdict', () => {
  it('reads the server result', () => {
    expect(verdict({ valid: true, message: 'SAH: …' })).toBe('valid')
    expect(verdict({ valid: false, message: 'DIBATALKAN: …', letter: { status: 'batal' } })).toBe('cancelled')
    expect(verdict({ valid: false, message: 'TIDAK DITEMUKAN: surat nomor 1 tidak ada' })).toBe('notFound')
    expect(verdict({ valid: false, message: 'TIDAK SAH: kode pengaman tidak cocok' })).toBe('invalid')
  })
})

describe('signatory line', () => {
  it('leaves out empty rank and NIP', () => {
    expect(signatoryLine({ signatoryTitle: 'BUPATI CONTOH', signatoryName: 'H. Suryo', signatoryRank: '', signatoryNip: '' })).toBe('BUPATI CONTOH: H. Suryo')
    expect(signatoryLine({ signatoryTitle: 'SEKRETARIS DAERAH', signatoryName: 'Ir. Budi', signatoryRank: 'Pembina Utama Madya', signatoryNip: '196801011990031001' }))
      .toBe('SEKRETARIS DAERAH: Ir. Budi (Pembina Utama Madya, NIP 196801011990031001)')
  })
})
