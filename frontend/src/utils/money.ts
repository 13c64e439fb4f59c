// Rupiah typed by a clerk: "1.250.000", "Rp 1.250.000", "1250000", "1,25 jt" is not
// supported on purpose (ambiguous). Rupiah has no decimals.
import { formatNumber } from './format'

export type MoneyParse = { ok: true; value: number } | { ok: false; reason: 'negative' | 'notNumber' | 'decimal' }

/**
 * parseRupiah("Rp 1.250.000") → 1250000; "" → 0. Dots and spaces group thousands; a
 * comma with non-zero digits after it is refused (Rupiah has no cents), ",00" is allowed.
 */
export function parseRupiah(text: string): MoneyParse {
  let s = text.trim().replace(/^rp\.?\s*/i, '').replace(/\s+/g, '')
  if (s === '') return { ok: true, value: 0 }
  let negative = false
  if (s.startsWith('-')) {
    negative = true
    s = s.slice(1)
  }
  const comma = s.indexOf(',')
  if (comma >= 0) {
    const frac = s.slice(comma + 1)
    if (!/^\d*$/.test(frac)) return { ok: false, reason: 'notNumber' }
    if (/[1-9]/.test(frac)) return { ok: false, reason: 'decimal' }
    s = s.slice(0, comma)
  }
  if (!/^\d{1,3}(\.\d{3})*$/.test(s) && !/^\d+$/.test(s)) return { ok: false, reason: 'notNumber' }
  const value = Number(s.replace(/\./g, ''))
  if (!Number.isSafeInteger(value)) return { ok: false, reason: 'notNumber' }
  if (negative && value > 0) return { ok: false, reason: 'negative' }
  return { ok: true, value }
}

/** The text shown in a Rupiah field: 1250000 → "1.250.000", 0 → "". */
export function rupiahInputText(n: number): string {
  return n ? formatNumber(Math.round(n)) : ''
}

/** Sum of the amounts of budget or money lines. */
export function sumAmounts(lines: { amount: number }[]): number {
  return lines.reduce((s, l) => s + (Number.isFinite(l.amount) ? l.amount : 0), 0)
}
