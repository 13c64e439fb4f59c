// Inserting a {placeholder} into a template text at the cursor.

export interface Inserted {
  text: string
  /** Where the cursor goes afterwards (just after the inserted token). */
  cursor: number
}

/** Replaces text[start, end) with token; positions outside the text are clamped. */
export function insertAt(text: string, start: number | null | undefined, end: number | null | undefined, token: string): Inserted {
  const len = text.length
  const s = Math.min(Math.max(start ?? len, 0), len)
  const e = Math.min(Math.max(end ?? s, s), len)
  return { text: text.slice(0, s) + token + text.slice(e), cursor: s + token.length }
}

/** "{tahun}" for "tahun". */
export const token = (name: string): string => `{${name}}`

/** The placeholders used in text that are not in allowed (mirrors the server's check, for a hint while typing). */
export function unknownPlaceholders(text: string, allowed: string[]): string[] {
  const ok = new Set(allowed)
  const out: string[] = []
  for (const m of text.matchAll(/\{([^{}]*)\}/g)) if (!ok.has(m[1]) && !out.includes(m[1])) out.push(m[1])
  return out
}
