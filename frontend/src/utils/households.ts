// Pure helpers of the household registry screens: NIK masking for display, the state of
// the import's column-mapping editor, and the aggregation of verification progress.
import type { FieldInfo, SheetMapping, SheetPreview, StatusCount, VillageProgress } from '../api/households-types'

/** Masks a NIK / No KK for display: the first 4 and last 4 digits stay (3320xxxxxxxx0001). */
export function maskNik(v: string | null | undefined): string {
  const s = (v ?? '').trim()
  if (!s) return ''
  if (/x/i.test(s)) return s // already masked by the backend
  if (s.length <= 8) return s.replace(/./g, 'x')
  return s.slice(0, 4) + 'x'.repeat(s.length - 8) + s.slice(-4)
}

/** The NSelect value standing for the backend's "" (keep as the member's extra data). */
export const EXTRA_UI = '__extra'
export const toUiKey = (k: string): string => (k === '' ? EXTRA_UI : k)
export const fromUiKey = (k: string): string => (k === EXTRA_UI ? '' : k)

/** Keys that are not a field (extra data, ignored): they may repeat across columns. */
const NON_FIELD = new Set(['', '+', '-'])

/** The editable mapping of one sheet. */
export interface SheetMapState {
  file: string
  sheet: string
  headers: string[]
  proposed: string[]
  columns: string[]
  remembered: boolean
}

export function initMapping(sheets: SheetPreview[]): SheetMapState[] {
  return sheets.map((s) => ({
    file: s.file, sheet: s.sheet, headers: [...s.headers], proposed: [...s.columns], columns: [...s.columns], remembered: s.remembered,
  }))
}

/** Assigns field key to column i; a field already used by another column there becomes extra. */
export function setColumn(st: SheetMapState, i: number, key: string): void {
  if (!NON_FIELD.has(key)) {
    st.columns.forEach((k, j) => {
      if (j !== i && k === key) st.columns[j] = ''
    })
  }
  st.columns[i] = key
}

export const mappingChanged = (st: SheetMapState): boolean => st.columns.some((k, i) => k !== st.proposed[i])

/** Required fields no column is mapped to. */
export function missingRequired(st: SheetMapState, fields: FieldInfo[]): FieldInfo[] {
  return fields.filter((f) => f.required && !st.columns.includes(f.key))
}

/** The mappings to send with Preview/Import: the sheets the user changed, or all. */
export function toMappings(states: SheetMapState[], onlyChanged = true): SheetMapping[] {
  return states.filter((s) => !onlyChanged || mappingChanged(s)).map((s) => ({ file: s.file, sheet: s.sheet, columns: [...s.columns] }))
}

/** The file name of a path (Windows or POSIX). */
export const baseName = (p: string): string => p.split(/[\\/]/).pop() ?? p

/** One slice of a village's progress: a status and its count, the unverified rest last. */
export interface ProgressSlice {
  status: string
  label: string
  count: number
}

/** Status counts of a village with the not-yet-verified remainder, for the chart. */
export function progressSlices(p: VillageProgress, level: 'member' | 'family', restLabel: string): ProgressSlice[] {
  const list: StatusCount[] = level === 'member' ? p.memberStatus : p.familyStatus
  const total = level === 'member' ? p.members : p.families
  const slices = list.filter((s) => s.count > 0).map((s) => ({ status: s.status, label: s.label || s.status, count: s.count }))
  const verified = slices.reduce((n, s) => n + s.count, 0)
  if (total > verified) slices.push({ status: '', label: restLabel, count: total - verified })
  return slices
}

/** Totals of many villages (the regency overview). */
export function sumProgress(rows: VillageProgress[]): { families: number; familiesVerified: number; members: number; membersVerified: number; percent: number } {
  const t = rows.reduce((a, r) => ({
    families: a.families + r.families, familiesVerified: a.familiesVerified + r.familiesVerified,
    members: a.members + r.members, membersVerified: a.membersVerified + r.membersVerified,
  }), { families: 0, familiesVerified: 0, members: 0, membersVerified: 0 })
  return { ...t, percent: t.members ? (100 * t.membersVerified) / t.members : 0 }
}

/** Rows/s and remaining seconds from two samples, for when the event has none. */
export function rateOf(done: number, startedMs: number, nowMs: number, total: number): { rate: number; eta: number } {
  const sec = (nowMs - startedMs) / 1000
  const rate = sec > 0 ? done / sec : 0
  return { rate, eta: rate > 0 && total > done ? (total - done) / rate : 0 }
}

/**
 * The progress of a village in the newest edition that has families there (editions come
 * newest first), or null when none has: the pairing's "Progres verval" card.
 */
export async function latestVillageProgress<E extends { id: number }>(
  editions: E[], fetch: (editionId: number) => Promise<VillageProgress>,
): Promise<{ edition: E; progress: VillageProgress } | null> {
  for (const edition of editions) {
    const progress = await fetch(edition.id)
    if (progress.families > 0) return { edition, progress }
  }
  return null
}

/** Candidate members for a pick: not already picked, each once, in the given order. */
export function pickCandidates<M extends { id: number }>(rows: M[], picked: Set<number>): M[] {
  const seen = new Set<number>()
  return rows.filter((m) => {
    if (picked.has(m.id) || seen.has(m.id)) return false
    seen.add(m.id)
    return true
  })
}
