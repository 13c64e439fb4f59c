// What the UI offers when the server refuses to make a letter: the screen that fixes it.

export type LetterFix =
  | { kind: 'route'; route: string; labelKey: string }
  | { kind: 'decree'; labelKey: string }

const byCode: Record<string, LetterFix> = {
  'letters.no_profile': { kind: 'route', route: 'profil', labelKey: 'letters.fix.profile' },
  'letters.no_letterhead': { kind: 'route', route: 'profil', labelKey: 'letters.fix.profile' },
  'letters.no_place': { kind: 'route', route: 'profil', labelKey: 'letters.fix.profile' },
  'letters.no_signatory': { kind: 'route', route: 'profil', labelKey: 'letters.fix.profile' },
  'letters.no_pairings': { kind: 'route', route: 'papan', labelKey: 'letters.fix.board' },
  'letters.opd_unpaired': { kind: 'route', route: 'papan', labelKey: 'letters.fix.board' },
  'letters.no_team': { kind: 'route', route: 'papan', labelKey: 'letters.fix.board' },
  'letters.year': { kind: 'route', route: 'tahun', labelKey: 'letters.fix.years' },
  'template.unknown_placeholder': { kind: 'route', route: 'templat', labelKey: 'letters.fix.templates' },
  'numbering.number_taken': { kind: 'route', route: 'templat', labelKey: 'letters.fix.templates' },
  'letters.no_decree': { kind: 'decree', labelKey: 'letters.fix.decree' },
}

export function letterFix(code: string): LetterFix | null {
  return byCode[code] ?? null
}

/** The date input's value for today, as YYYY-MM-DD in local time. */
export function todayISO(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`
}

export type Verdict = 'valid' | 'cancelled' | 'notFound' | 'invalid' | 'garbled'

/** The verdict shown big on the verification screen, from the server's result. */
export function verdict(r: { valid: boolean; message: string; letter?: { status: string } | null }): Verdict {
  if (r.valid) return 'valid'
  if (r.letter?.status === 'batal' || r.message.startsWith('DIBATALKAN')) return 'cancelled'
  if (r.message.startsWith('TIDAK DITEMUKAN')) return 'notFound'
  return 'invalid'
}

/** "BUPATI CONTOH: H. Suryo, S.H. (Pembina Utama, NIP 1970…)" without empty parts. */
export function signatoryLine(l: { signatoryTitle: string; signatoryName: string; signatoryRank: string; signatoryNip: string }): string {
  const extra = [l.signatoryRank, l.signatoryNip ? `NIP ${l.signatoryNip}` : ''].filter(Boolean).join(', ')
  return `${l.signatoryTitle ? `${l.signatoryTitle}: ` : ''}${l.signatoryName}${extra ? ` (${extra})` : ''}`
}
