import { describe, expect, it } from 'vitest'
import {
  formatBytes, formatDate, formatDateTime, formatDecimal, formatNumber, formatPercent, formatRupiah,
} from './format'

describe('format (id-ID)', () => {
  it('groups thousands with dots', () => {
    expect(formatNumber(1250000)).toBe('1.250.000')
    expect(formatNumber(0)).toBe('0')
    expect(formatNumber(999)).toBe('999')
    expect(formatNumber(null)).toBe('')
  })
  it('writes decimals with a comma', () => {
    expect(formatDecimal(11.78)).toBe('11,78')
    expect(formatPercent(7)).toBe('7,00%')
    expect(formatDecimal(1234.5, 1)).toBe('1.234,5')
  })
  it('writes Rupiah without decimals', () => {
    expect(formatRupiah(1250000)).toBe('Rp 1.250.000')
    expect(formatRupiah(1250000.6)).toBe('Rp 1.250.001')
  })
  it('writes dates in Indonesian', () => {
    expect(formatDate(new Date(2026, 10, 22))).toBe('22 November 2026')
    expect(formatDate(new Date(2022, 5, 22), true)).toBe('Rabu, 22 Juni 2022')
    expect(formatDate('')).toBe('')
    expect(formatDate('0001-01-01T00:00:00Z')).toBe('')
    expect(formatDateTime(new Date(2026, 10, 22, 14, 5))).toBe('22 November 2026 14.05')
  })
  it('writes sizes', () => {
    expect(formatBytes(500)).toBe('500 B')
    expect(formatBytes(1536)).toBe('1,5 KB')
  })
})
