// Pure helpers of the pairing board: filtering, grouping by kecamatan, ordering the OPD
// choices (agencies without a village first).
import type { BoardOPD, BoardVillage } from '../api/types'

export interface BoardFilter {
  kecamatanId: number | null
  unpairedOnly: boolean
  search: string
}

export interface KecamatanGroup {
  key: string
  kecamatanId: number
  kecamatanName: string
  villages: BoardVillage[]
  unpaired: number
}

const norm = (s: string): string => s.toLocaleLowerCase('id').trim()

/** The villages that pass the board's filters; search looks at village, code, kecamatan, OPD and coordinator. */
export function filterVillages(villages: BoardVillage[], f: BoardFilter): BoardVillage[] {
  const q = norm(f.search)
  return villages.filter((v) => {
    if (f.kecamatanId && v.kecamatanId !== f.kecamatanId) return false
    if (f.unpairedOnly && v.pendampinganId) return false
    if (!q) return true
    return [v.name, v.code, v.kecamatanName, v.opdName, v.opdAbbr, v.coordinator].some((s) => norm(s ?? '').includes(q))
  })
}

/** Groups villages by kecamatan, keeping the order in which kecamatan first appear (the board comes sorted by code). */
export function groupByKecamatan(villages: BoardVillage[]): KecamatanGroup[] {
  const groups = new Map<number, KecamatanGroup>()
  for (const v of villages) {
    let g = groups.get(v.kecamatanId)
    if (!g) {
      g = { key: `kec-${v.kecamatanId}`, kecamatanId: v.kecamatanId, kecamatanName: v.kecamatanName, villages: [], unpaired: 0 }
      groups.set(v.kecamatanId, g)
    }
    g.villages.push(v)
    if (!v.pendampinganId) g.unpaired++
  }
  return [...groups.values()]
}

/** OPD for the quick-assignment select: those without a village first, then by number of villages, then by name. */
export function orderOpdChoices(opds: BoardOPD[]): BoardOPD[] {
  return [...opds].sort((a, b) => {
    const wa = a.villageCount === 0 ? 0 : 1
    const wb = b.villageCount === 0 ? 0 : 1
    if (wa !== wb) return wa - wb
    if (a.villageCount !== b.villageCount) return a.villageCount - b.villageCount
    return a.name.localeCompare(b.name, 'id')
  })
}

/** "Bappeda — Badan Perencanaan …" or the name alone when there is no abbreviation. */
export function opdLabel(o: Pick<BoardOPD, 'name' | 'abbreviation'>): string {
  return o.abbreviation && o.abbreviation !== o.name ? `${o.abbreviation} — ${o.name}` : o.name
}
