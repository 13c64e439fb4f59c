// The backend's error object ({code, message, field, fields, details, params}, sent by
// Wails' ErrorFormatter as the promise's rejection value) as a typed class.

export interface AppErrorShape {
  code: string
  message: string
  field?: string
  fields?: Record<string, string>
  details?: string[]
  params?: Record<string, unknown>
}

export class AppError extends Error {
  readonly code: string
  readonly field?: string
  readonly fields: Record<string, string>
  readonly details: string[]
  readonly params: Record<string, unknown>

  constructor(shape: AppErrorShape) {
    super(shape.message)
    this.name = 'AppError'
    this.code = shape.code
    this.field = shape.field || undefined
    this.fields = { ...(shape.fields ?? {}) }
    if (this.field && !(this.field in this.fields)) this.fields[this.field] = shape.message
    this.details = shape.details ?? []
    this.params = shape.params ?? {}
  }

  /** True when a long task was stopped by the user. */
  get cancelled(): boolean {
    return this.code === 'cancelled'
  }

  /** True when the error belongs to form fields (they are shown beside the fields). */
  get hasFields(): boolean {
    return Object.keys(this.fields).length > 0
  }
}

function isShape(v: unknown): v is AppErrorShape {
  return typeof v === 'object' && v !== null && typeof (v as AppErrorShape).code === 'string' &&
    typeof (v as AppErrorShape).message === 'string'
}

function parseJSON(text: string): AppError | null {
  const s = text.trim()
  if (!s.startsWith('{')) return null
  try {
    const parsed: unknown = JSON.parse(s)
    return isShape(parsed) ? new AppError(parsed) : null
  } catch {
    return null
  }
}

/** Converts whatever a binding rejected with into an AppError. */
export function toAppError(e: unknown): AppError {
  if (e instanceof AppError) return e
  if (isShape(e)) return new AppError(e)
  if (typeof e === 'string') {
    return parseJSON(e) ?? new AppError({ code: 'internal', message: e.trim() || 'Terjadi kesalahan.' })
  }
  // The Wails runtime wraps the backend's error in an Error whose message is its JSON.
  if (e instanceof Error) return parseJSON(e.message) ?? new AppError({ code: 'internal', message: e.message })
  return new AppError({ code: 'internal', message: String(e) })
}

/** Runs a binding and turns any rejection (or synchronous throw) into an AppError. */
export async function call<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn()
  } catch (e) {
    throw toAppError(e)
  }
}
