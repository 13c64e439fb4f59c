// Sets of months of a programme year (1 = Januari … 12 = Desember) as chosen with the
// 12-month chip selector, and the short labels shown in tables.

export const MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des']
export const MONTHS_LONG = [
  'Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni',
  'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember',
]

/** Valid months only, once each, in order. */
export function normalizeMonths(months: number[]): number[] {
  return [...new Set(months.filter((m) => Number.isInteger(m) && m >= 1 && m <= 12))].sort((a, b) => a - b)
}

/** Adds or removes one month. */
export function toggleMonth(months: number[], m: number): number[] {
  return months.includes(m) ? normalizeMonths(months.filter((x) => x !== m)) : normalizeMonths([...months, m])
}

/** Every month from a to b (inclusive), e.g. a quarter. */
export function monthRange(a: number, b: number): number[] {
  const out: number[] = []
  for (let m = Math.min(a, b); m <= Math.max(a, b); m++) out.push(m)
  return normalizeMonths(out)
}

/** The months of quarter q (1-4). */
export function quarterMonths(q: number): number[] {
  return monthRange(q * 3 - 2, q * 3)
}

/** The quarter (1-4) of a month. */
export function quarterOf(month: number): number {
  return Math.min(4, Math.max(1, Math.ceil(month / 3)))
}

/**
 * monthsLabel([1,2,3,6,8,9]) → "Jan–Mar, Jun, Agu–Sep"; all twelve → "Jan–Des".
 * Runs of consecutive months are joined with an en dash.
 */
export function monthsLabel(months: number[], names: string[] = MONTHS_SHORT): string {
  const ms = normalizeMonths(months)
  const parts: string[] = []
  for (let i = 0; i < ms.length; i++) {
    let j = i
    while (j + 1 < ms.length && ms[j + 1] === ms[j] + 1) j++
    parts.push(j > i ? `${names[ms[i] - 1]}–${names[ms[j] - 1]}` : names[ms[i] - 1])
    i = j
  }
  return parts.join(', ')
}

/** Roman numerals of the quarters: 1 → "I". */
export function roman(n: number): string {
  return ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'][n] ?? String(n)
}
