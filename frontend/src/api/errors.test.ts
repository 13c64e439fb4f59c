import { describe, expect, it } from 'vitest'
import { AppError, call, toAppError } from './errors'

describe('toAppError', () => {
  it('keeps the backend object', () => {
    const e = toAppError({
      code: 'opd.invalid', message: 'NIP "123" harus 18 digit angka.',
      fields: { headNip: 'NIP "123" harus 18 digit angka.' },
    })
    expect(e).toBeInstanceOf(AppError)
    expect(e.code).toBe('opd.invalid')
    expect(e.fields.headNip).toContain('18 digit')
    expect(e.hasFields).toBe(true)
  })
  it('puts a single field into fields', () => {
    const e = toAppError({ code: 'profile.logo_too_large', message: 'Terlalu besar', field: 'logo' })
    expect(e.fields).toEqual({ logo: 'Terlalu besar' })
  })
  it('parses a JSON string', () => {
    const e = toAppError('{"code":"kecamatan.referenced","message":"Kecamatan X tidak dapat dihapus"}')
    expect(e.code).toBe('kecamatan.referenced')
    expect(e.hasFields).toBe(false)
  })
  it('parses an Error whose message is the JSON object (Wails runtime)', () => {
    const e = toAppError(new Error('{"code":"opd.invalid","message":"m","fields":{"headNip":"NIP salah"}}'))
    expect(e.code).toBe('opd.invalid')
    expect(e.fields.headNip).toBe('NIP salah')
  })
  it('wraps plain strings and errors', () => {
    expect(toAppError('belum dibuat').message).toBe('belum dibuat')
    expect(toAppError('belum dibuat').code).toBe('internal')
    expect(toAppError(new TypeError('x')).message).toBe('x')
    expect(toAppError({ code: 'cancelled', message: 'Proses dibatalkan.' }).cancelled).toBe(true)
  })
  it('call() converts rejections and synchronous throws', async () => {
    await expect(call(() => Promise.reject({ code: 'a.b', message: 'm' }))).rejects.toMatchObject({ code: 'a.b' })
    await expect(call(() => { throw new Error('no window.go') })).rejects.toBeInstanceOf(AppError)
    await expect(call(() => Promise.resolve(3))).resolves.toBe(3)
  })
})
