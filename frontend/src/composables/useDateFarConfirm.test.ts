import { describe, expect, it, vi } from 'vitest'
import { AppError } from '../api/errors'
import { retryOnDateFar } from './useDateFarConfirm'

const far = new AppError({ code: 'letters.date_far', message: 'Tanggal surat 5 Januari 2029 lebih dari setahun dari tahun program 2026.', field: 'date' })

describe('a letter date far from the programme year', () => {
  it('asks, then issues again with forceDate when confirmed', async () => {
    const run = vi.fn(async (force: boolean) => {
      if (!force) throw far
      return { number: '400.9/1/2026' }
    })
    const ask = vi.fn(async () => true)
    await expect(retryOnDateFar(run, ask)).resolves.toEqual({ number: '400.9/1/2026' })
    expect(run.mock.calls).toEqual([[false], [true]])
    expect(ask).toHaveBeenCalledWith(far)
  })

  it('issues nothing when the user declines', async () => {
    const run = vi.fn(async (force: boolean) => {
      if (!force) throw far
      return 'issued'
    })
    await expect(retryOnDateFar(run, async () => false)).resolves.toBeNull()
    expect(run.mock.calls).toEqual([[false]])
  })

  it('does not ask for other refusals or when the date is near', async () => {
    const ask = vi.fn(async () => true)
    await expect(retryOnDateFar(async () => 'ok', ask)).resolves.toBe('ok')
    const other = new AppError({ code: 'files.locked', message: 'Berkas sedang dibuka' })
    await expect(retryOnDateFar(async () => { throw other }, ask)).rejects.toBe(other)
    expect(ask).not.toHaveBeenCalled()
  })
})
