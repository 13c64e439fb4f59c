// A live example of a letter-number pattern, mirroring services/letters.FormatNumber.
import type { NumberPattern } from '../api/types'

const ROMAN: [number, string][] = [[10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']]

/** romawi(11) → "XI" (months 1–12). */
export function romawi(n: number): string {
  let out = ''
  let v = n
  for (const [val, sym] of ROMAN) {
    while (v >= val) {
      out += sym
      v -= val
    }
  }
  return out
}

/** formatLetterNumber({pattern: "{klasifikasi}/{nomor:3}/{bulan_romawi}/{tahun}", …}, 7, date) → "400.9/007/XI/2026". */
export function formatLetterNumber(p: Pick<NumberPattern, 'pattern' | 'klasifikasi' | 'unit' | 'padding'>, seq: number, date: Date): string {
  return p.pattern.replace(/\{([a-z_]+)(?::(\d+))?\}/g, (tok: string, name: string, width?: string) => {
    switch (name) {
      case 'klasifikasi': return p.klasifikasi
      case 'unit': return p.unit
      case 'tahun': return String(date.getFullYear())
      case 'bulan': return String(date.getMonth() + 1).padStart(2, '0')
      case 'bulan_romawi': return romawi(date.getMonth() + 1)
      case 'nomor': return String(seq).padStart(width ? Number(width) : Math.max(0, p.padding || 0), '0')
      default: return tok
    }
  })
}

/** The placeholders a numbering pattern may use. */
export const PATTERN_TOKENS = ['{klasifikasi}', '{nomor}', '{nomor:3}', '{tahun}', '{bulan}', '{bulan_romawi}', '{unit}']
