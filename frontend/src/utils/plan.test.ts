import { describe, expect, it } from 'vitest'
import { parseRupiah, rupiahInputText, sumAmounts } from './money'
import { monthRange, monthsLabel, normalizeMonths, quarterMonths, quarterOf, roman, toggleMonth } from './months'
import { absorptionLevel, progressLevel, percentOf } from './progressLevel'

describe('parseRupiah', () => {
  it('reads the ways a clerk types money', () => {
    expect(parseRupiah('1.250.000')).toEqual({ ok: true, value: 1250000 })
    expect(parseRupiah('Rp 1.250.000')).toEqual({ ok: true, value: 1250000 })
    expect(parseRupiah('rp.1.250.000')).toEqual({ ok: true, value: 1250000 })
    expect(parseRupiah('1250000')).toEqual({ ok: true, value: 1250000 })
    expect(parseRupiah(' 1 250 000 ')).toEqual({ ok: true, value: 1250000 })
    expect(parseRupiah('1.250.000,00')).toEqual({ ok: true, value: 1250000 })
    expect(parseRupiah('')).toEqual({ ok: true, value: 0 })
    expect(parseRupiah('-0')).toEqual({ ok: true, value: 0 })
  })
  it('refuses negative, decimal and non-numeric amounts', () => {
    expect(parseRupiah('-5.000')).toEqual({ ok: false, reason: 'negative' })
    expect(parseRupiah('1.250,50')).toEqual({ ok: false, reason: 'decimal' })
    expect(parseRupiah('satu juta')).toEqual({ ok: false, reason: 'notNumber' })
    expect(parseRupiah('1.25.000')).toEqual({ ok: false, reason: 'notNumber' })
    expect(parseRupiah('12a')).toEqual({ ok: false, reason: 'notNumber' })
  })
  it('formats the field text and sums lines', () => {
    expect(rupiahInputText(1250000)).toBe('1.250.000')
    expect(rupiahInputText(0)).toBe('')
    expect(sumAmounts([{ amount: 1000 }, { amount: 250 }, { amount: Number.NaN }])).toBe(1250)
  })
})

describe('month sets', () => {
  it('toggles and keeps months ordered and unique', () => {
    expect(toggleMonth([3, 1], 2)).toEqual([1, 2, 3])
    expect(toggleMonth([1, 2, 3], 2)).toEqual([1, 3])
    expect(normalizeMonths([5, 5, 0, 13, 1.5, 12])).toEqual([5, 12])
  })
  it('builds ranges and quarters', () => {
    expect(monthRange(6, 4)).toEqual([4, 5, 6])
    expect(quarterMonths(3)).toEqual([7, 8, 9])
    expect(quarterOf(11)).toBe(4)
    expect(quarterOf(1)).toBe(1)
    expect(roman(4)).toBe('IV')
  })
  it('labels runs of months', () => {
    expect(monthsLabel([1, 2, 3, 6, 8, 9])).toBe('Jan–Mar, Jun, Agu–Sep')
    expect(monthsLabel(monthRange(1, 12))).toBe('Jan–Des')
    expect(monthsLabel([])).toBe('')
  })
})

describe('progress thresholds', () => {
  it('classifies progress against the schedule', () => {
    expect(progressLevel(100, 50)).toBe('done')
    expect(progressLevel(60, 50)).toBe('ok')
    expect(progressLevel(45, 50)).toBe('late')
    expect(progressLevel(40, 50)).toBe('late') // exactly the tolerance is not behind yet
    expect(progressLevel(39, 50)).toBe('behind')
    expect(progressLevel(0, 0)).toBe('none')
    expect(progressLevel(5, 0)).toBe('ok')
  })
  it('classifies absorption and computes shares', () => {
    expect(absorptionLevel(20, 60)).toBe('behind')
    expect(absorptionLevel(0, 0)).toBe('none')
    expect(percentOf(25, 200)).toBe(12.5)
    expect(percentOf(5, 0)).toBe(0)
  })
})
