// Client-side validation rules. Each rule returns an i18n key (with optional params) when the
// value is wrong, or null. They mirror the Go validators in models/validate.go.

export interface RuleError {
  key: string
  params?: Record<string, unknown>
}
export type Rule = (value: unknown) => RuleError | null

const str = (v: unknown): string => (v === null || v === undefined ? '' : String(v)).trim()

export const normalizeNip = (s: string): string => s.trim().replace(/ /g, '')

export function isValidNip(s: string): boolean {
  return /^\d{18}$/.test(normalizeNip(s))
}

/** kindFromCode("33.20.01.2001") → "desa", "…1001" → "kelurahan", anything else → "". */
export function kindFromCode(code: string): '' | 'desa' | 'kelurahan' {
  const c = normalizeRegionCode(code)
  if (!/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/.test(c)) return ''
  const d = c.charAt(c.length - 4)
  if (d === '1') return 'kelurahan'
  if (d === '2') return 'desa'
  return ''
}

/** "3320012001" → "33.20.01.2001"; other input is returned trimmed. */
export function normalizeRegionCode(s: string): string {
  const t = s.trim()
  const digits = t.replace(/\./g, '')
  if (!/^\d+$/.test(digits) || t.includes('..')) return t
  switch (digits.length) {
    case 4: return `${digits.slice(0, 2)}.${digits.slice(2)}`
    case 6: return `${digits.slice(0, 2)}.${digits.slice(2, 4)}.${digits.slice(4)}`
    case 10: return `${digits.slice(0, 2)}.${digits.slice(2, 4)}.${digits.slice(4, 6)}.${digits.slice(6)}`
  }
  return t
}

export const required: Rule = (v) => (str(v) === '' || v === 0 ? { key: 'rules.required' } : null)

export const nip: Rule = (v) => {
  const s = str(v)
  if (s === '') return null
  return isValidNip(s) ? null : { key: 'rules.nip', params: { n: normalizeNip(s).length } }
}

export const regencyCode: Rule = (v) =>
  /^\d{2}\.\d{2}$/.test(normalizeRegionCode(str(v))) ? null : { key: 'rules.regencyCode' }

export const districtCode: Rule = (v) =>
  /^\d{2}\.\d{2}\.\d{2}$/.test(normalizeRegionCode(str(v))) ? null : { key: 'rules.districtCode' }

export const villageCode: Rule = (v) =>
  /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/.test(normalizeRegionCode(str(v))) ? null : { key: 'rules.villageCode' }

export const email: Rule = (v) => {
  const s = str(v)
  return s === '' || /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(s) ? null : { key: 'rules.email' }
}

export const phone: Rule = (v) => {
  const s = str(v)
  return s === '' || /^[0-9 +()\-.]{5,20}$/.test(s) ? null : { key: 'rules.phone' }
}

export const nonNegative: Rule = (v) =>
  typeof v === 'number' && v < 0 ? { key: 'rules.nonNegative' } : null

export const percent: Rule = (v) =>
  typeof v === 'number' && (v < 0 || v > 100) ? { key: 'rules.percent' } : null

export type RuleSet = Record<string, Rule[]>

/** Runs the rules of every field against model (dotted paths such as "signatories.0.nip"). */
export function runRules(rules: RuleSet, get: (field: string) => unknown): Record<string, RuleError> {
  const out: Record<string, RuleError> = {}
  for (const [field, list] of Object.entries(rules)) {
    for (const rule of list) {
      const err = rule(get(field))
      if (err) {
        out[field] = err
        break
      }
    }
  }
  return out
}
