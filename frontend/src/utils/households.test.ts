import { describe, expect, it } from 'vitest'
import {
  EXTRA_UI, fromUiKey, latestVillageProgress, pickCandidates, initMapping, mappingChanged, maskNik, missingRequired, progressSlices, rateOf, setColumn, sumProgress,
  toMappings, toUiKey,
} from './households'
import type { SheetPreview, VillageProgress } from '../api/households-types'

describe('maskNik', () => {
  it('keeps the first and last four digits', () => {
    expect(maskNik('3320010101800001')).toBe('3320xxxxxxxx0001')
  })
  it('leaves a masked or empty value alone and hides short ones', () => {
    expect(maskNik('3320xxxxxxxx0001')).toBe('3320xxxxxxxx0001')
    expect(maskNik('')).toBe('')
    expect(maskNik(null)).toBe('')
    expect(maskNik('1234')).toBe('xxxx')
  })
})

const sheet = (columns: string[]): SheetPreview => ({
  file: '/tmp/dtks.xlsx', sheet: 'DTKS', source: 'dtks', headerRow: 1, headers: ['NIK', 'NAMA', 'NO KK', 'CATATAN'],
  columns, remembered: false, missing: [], samples: [],
})
const fields = [
  { key: 'nik', label: 'NIK', required: true }, { key: 'name', label: 'Nama', required: true }, { key: 'no_kk', label: 'No KK', required: false },
]

describe('mapping editor state', () => {
  it('starts as proposed and unchanged', () => {
    const [st] = initMapping([sheet(['nik', 'name', 'no_kk', ''])])
    expect(mappingChanged(st)).toBe(false)
    expect(toMappings([st])).toEqual([])
    expect(missingRequired(st, fields)).toEqual([])
  })
  it('moves a field to another column and the old column becomes extra', () => {
    const [st] = initMapping([sheet(['nik', 'name', 'no_kk', ''])])
    setColumn(st, 3, 'name')
    expect(st.columns).toEqual(['nik', '', 'no_kk', 'name'])
    expect(mappingChanged(st)).toBe(true)
    expect(toMappings([st])).toEqual([{ file: '/tmp/dtks.xlsx', sheet: 'DTKS', columns: ['nik', '', 'no_kk', 'name'] }])
  })
  it('lets extra and ignore repeat and reports missing required fields', () => {
    const [st] = initMapping([sheet(['nik', 'name', 'no_kk', ''])])
    setColumn(st, 0, '-')
    setColumn(st, 1, '-')
    expect(st.columns).toEqual(['-', '-', 'no_kk', ''])
    expect(missingRequired(st, fields).map((f) => f.key)).toEqual(['nik', 'name'])
  })
  it('maps the empty key to a select value and back', () => {
    expect(toUiKey('')).toBe(EXTRA_UI)
    expect(fromUiKey(EXTRA_UI)).toBe('')
    expect(fromUiKey('nik')).toBe('nik')
  })
})

const village = (members: number, verified: [string, number][]): VillageProgress => ({
  desaId: 1, desa: 'Sukamaju', kecamatan: 'Kota', families: 2, familiesVerified: 1, members,
  membersVerified: verified.reduce((n, [, c]) => n + c, 0), percent: 0, familyStatus: [],
  memberStatus: verified.map(([status, count]) => ({ status, label: status.toUpperCase(), count })),
})

describe('progress aggregation', () => {
  it('adds the not-verified rest and drops empty statuses', () => {
    const s = progressSlices(village(6, [['meninggal', 1], ['pindah', 1], ['ganda', 0]]), 'member', 'Belum')
    expect(s).toEqual([
      { status: 'meninggal', label: 'MENINGGAL', count: 1 }, { status: 'pindah', label: 'PINDAH', count: 1 },
      { status: '', label: 'Belum', count: 4 },
    ])
  })
  it('sums villages into a regency total with its share', () => {
    const t = sumProgress([village(6, [['valid', 3]]), village(4, [['valid', 2]])])
    expect(t.members).toBe(10)
    expect(t.membersVerified).toBe(5)
    expect(t.percent).toBe(50)
    expect(sumProgress([]).percent).toBe(0)
  })
  it('computes rows per second and the estimate', () => {
    expect(rateOf(500, 0, 1000, 1500)).toEqual({ rate: 500, eta: 2 })
    expect(rateOf(0, 0, 0, 10)).toEqual({ rate: 0, eta: 0 })
  })
})

describe('latestVillageProgress', () => {
  const vp = (families: number): VillageProgress => ({
    desaId: 7, desa: 'X', kecamatan: 'K', families, familiesVerified: 0, members: families * 3, membersVerified: 0, percent: 0,
    familyStatus: [], memberStatus: [],
  })
  it('takes the newest edition that has families in the village', async () => {
    const asked: number[] = []
    const r = await latestVillageProgress([{ id: 3 }, { id: 2 }, { id: 1 }], async (id) => {
      asked.push(id)
      return vp(id === 2 ? 4 : 0)
    })
    expect(r?.edition.id).toBe(2)
    expect(r?.progress.members).toBe(12)
    expect(asked).toEqual([3, 2])
  })
  it('is null when no edition has the village', async () => {
    expect(await latestVillageProgress([{ id: 1 }], async () => vp(0))).toBeNull()
    expect(await latestVillageProgress([], async () => vp(1))).toBeNull()
  })
})

describe('pickCandidates', () => {
  it('drops members already picked and repeats, keeping the order', () => {
    const rows = [{ id: 5 }, { id: 2 }, { id: 5 }, { id: 9 }]
    expect(pickCandidates(rows, new Set([9])).map((m) => m.id)).toEqual([5, 2])
  })
})
