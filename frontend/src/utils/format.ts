// Indonesian (id-ID) number, money and date formatting used everywhere in the UI.

const intFmt = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 })
const months = [
  'Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni',
  'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember',
]
const days = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu']

/** formatNumber(1250000) → "1.250.000". Empty for null/undefined/NaN. */
export function formatNumber(n: number | null | undefined): string {
  if (n === null || n === undefined || Number.isNaN(n)) return ''
  return intFmt.format(n)
}

/** formatDecimal(11.78) → "11,78" with the given number of fraction digits. */
export function formatDecimal(n: number | null | undefined, digits = 2): string {
  if (n === null || n === undefined || Number.isNaN(n)) return ''
  return new Intl.NumberFormat('id-ID', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n)
}

/** formatPercent(11.78) → "11,78%". */
export function formatPercent(n: number | null | undefined, digits = 2): string {
  const s = formatDecimal(n, digits)
  return s === '' ? '' : `${s}%`
}

/** formatRupiah(1250000) → "Rp 1.250.000" (Rupiah has no decimals). */
export function formatRupiah(n: number | null | undefined): string {
  const s = formatNumber(n === null || n === undefined ? n : Math.round(n))
  return s === '' ? '' : `Rp ${s}`
}

function toDate(d: Date | string | number | null | undefined): Date | null {
  if (d === null || d === undefined || d === '') return null
  const date = d instanceof Date ? d : new Date(d)
  return Number.isNaN(date.getTime()) || date.getFullYear() <= 1 ? null : date
}

/** formatDate("2026-11-22") → "22 November 2026"; withDay gives "Minggu, 22 November 2026". */
export function formatDate(d: Date | string | number | null | undefined, withDay = false): string {
  const date = toDate(d)
  if (!date) return ''
  const s = `${date.getDate()} ${months[date.getMonth()]} ${date.getFullYear()}`
  return withDay ? `${days[date.getDay()]}, ${s}` : s
}

/** formatDateTime → "22 November 2026 14.05" (Indonesian uses a dot between hours and minutes). */
export function formatDateTime(d: Date | string | number | null | undefined): string {
  const date = toDate(d)
  if (!date) return ''
  const hh = String(date.getHours()).padStart(2, '0')
  const mm = String(date.getMinutes()).padStart(2, '0')
  return `${formatDate(date)} ${hh}.${mm}`
}

/** formatBytes(1536) → "1,5 KB". */
export function formatBytes(n: number | null | undefined): string {
  if (n === null || n === undefined || Number.isNaN(n)) return ''
  const units = ['B', 'KB', 'MB', 'GB']
  let v = n
  let i = 0
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024
    i++
  }
  return i === 0 ? `${formatNumber(v)} B` : `${formatDecimal(v, 1)} ${units[i]}`
}

/** formatDuration(125) → "2 mnt 5 dtk" for progress ETA. */
export function formatDuration(sec: number): string {
  if (!Number.isFinite(sec) || sec < 0) return ''
  const s = Math.round(sec)
  if (s < 60) return `${s} dtk`
  const m = Math.floor(s / 60)
  return `${m} mnt ${s % 60} dtk`
}
