// Shared checks for an i18n namespace kept in its own <name>.id.ts / <name>.en.ts
// files: merged into both languages, identical keys, no empty text, same placeholders.
import { expect, it } from 'vitest'
import { i18n } from './index'

export type Tree = Record<string, unknown>

export function keys(obj: unknown, prefix = ''): string[] {
  if (typeof obj !== 'object' || obj === null) return [prefix]
  return Object.entries(obj).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k)).sort()
}

export const get = (m: unknown, k: string) => k.split('.').reduce<unknown>((o, p) => (o as Tree)[p], m)

export const messages = () => i18n.global.messages.value as unknown as { id: Tree; en: Tree }

/** Registers the namespace checks inside the caller's describe block. */
export function namespaceChecks(name: string, idMsgs: unknown, enMsgs: unknown): void {
  it('is merged into both languages', () => {
    expect(messages().id[name]).toEqual(idMsgs)
    expect(messages().en[name]).toEqual(enMsgs)
  })
  it('id and en have the same keys', () => {
    expect(keys(enMsgs)).toEqual(keys(idMsgs))
    expect(keys(messages().en)).toEqual(keys(messages().id))
  })
  it('no message is empty and placeholders match', () => {
    const ph = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort().join(',')
    for (const k of keys(idMsgs)) {
      const a = get(idMsgs, k)
      const b = get(enMsgs, k)
      expect(typeof a === 'string' && a.length > 0, `id:${k}`).toBe(true)
      expect(typeof b === 'string' && (b as string).length > 0, `en:${k}`).toBe(true)
      expect(ph(b as string), k).toBe(ph(a as string))
    }
  })
}
