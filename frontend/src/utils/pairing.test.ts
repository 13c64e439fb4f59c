import { describe, expect, it } from 'vitest'
import type { BoardOPD, BoardVillage } from '../api/types'
import { filterVillages, groupByKecamatan, opdLabel, orderOpdChoices } from './pairing'

const v = (id: number, kec: number, kecName: string, name: string, paired = 0, opd = ''): BoardVillage => ({
  desaId: id, code: `33.20.0${kec}.20${id}`, name, kind: 'desa', kecamatanId: kec, kecamatanName: kecName, povertyPct: 10,
  continuation: false, pendampinganId: paired, opdId: paired ? 1 : 0, opdName: opd, opdAbbr: '', secondReason: '',
  coordinator: paired ? 'Siti Aminah' : '', teamSize: paired ? 3 : 0, partnerNames: '',
})
const villages = [
  v(1, 1, 'Kedung', 'Bugel', 11, 'Dinas Kesehatan'), v(2, 1, 'Kedung', 'Tedunan'),
  v(3, 2, 'Pecangaan', 'Gemulung', 12, 'Bappeda'), v(4, 1, 'Kedung', 'Sowan Lor'),
]

describe('board grouping', () => {
  it('groups villages by kecamatan in first-seen order and counts the unpaired', () => {
    const g = groupByKecamatan(villages)
    expect(g.map((x) => x.kecamatanName)).toEqual(['Kedung', 'Pecangaan'])
    expect(g[0].villages.map((x) => x.name)).toEqual(['Bugel', 'Tedunan', 'Sowan Lor'])
    expect(g[0].unpaired).toBe(2)
    expect(g[1].unpaired).toBe(0)
    expect(g[0].key).toBe('kec-1')
  })
  it('filters by kecamatan, unpaired and search (village, OPD, coordinator)', () => {
    const base = { kecamatanId: null, unpairedOnly: false, search: '' }
    expect(filterVillages(villages, { ...base, kecamatanId: 2 }).map((x) => x.name)).toEqual(['Gemulung'])
    expect(filterVillages(villages, { ...base, unpairedOnly: true }).map((x) => x.name)).toEqual(['Tedunan', 'Sowan Lor'])
    expect(filterVillages(villages, { ...base, search: 'kesehatan' }).map((x) => x.name)).toEqual(['Bugel'])
    expect(filterVillages(villages, { ...base, search: ' SITI ' })).toHaveLength(2)
    expect(filterVillages(villages, { ...base, search: 'sowan' }).map((x) => x.name)).toEqual(['Sowan Lor'])
  })
})

describe('OPD choices', () => {
  const o = (id: number, name: string, n: number, abbr = ''): BoardOPD =>
    ({ opdId: id, code: String(id), name, abbreviation: abbr, kind: 'Dinas', villageCount: n, villages: [] })
  it('lists OPD without a village first, then by count and name', () => {
    const list = orderOpdChoices([o(1, 'Bappeda', 1), o(2, 'Dinas Sosial', 0), o(3, 'BPKAD', 2), o(4, 'Diskominfo', 0), o(5, 'Arsip', 1)])
    expect(list.map((x) => x.name)).toEqual(['Dinas Sosial', 'Diskominfo', 'Arsip', 'Bappeda', 'BPKAD'])
  })
  it('labels with the abbreviation when there is one', () => {
    expect(opdLabel({ name: 'Badan Perencanaan Pembangunan Daerah', abbreviation: 'Bappeda' })).toBe('Bappeda — Badan Perencanaan Pembangunan Daerah')
    expect(opdLabel({ name: 'Inspektorat', abbreviation: '' })).toBe('Inspektorat')
  })
})
