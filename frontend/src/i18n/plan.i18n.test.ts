// The Rencana & Realisasi texts live in plan.id.ts / plan.en.ts, merged under "plan":
// the merged messages must keep identical keys, no empty text and the same placeholders.
import { describe, expect, it } from 'vitest'
import { i18n } from './index'
import planId from './plan.id'
import planEn from './plan.en'

type Tree = Record<string, unknown>
function keys(obj: unknown, prefix = ''): string[] {
  if (typeof obj !== 'object' || obj === null) return [prefix]
  return Object.entries(obj).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k)).sort()
}
const get = (m: unknown, k: string) => k.split('.').reduce<unknown>((o, p) => (o as Tree)[p], m)

describe('i18n plan namespace', () => {
  const msgs = i18n.global.messages.value as unknown as { id: Tree; en: Tree }
  it('is merged into both languages', () => {
    expect(msgs.id.plan).toEqual(planId)
    expect(msgs.en.plan).toEqual(planEn)
  })
  it('id and en (with plan) have the same keys', () => {
    expect(keys(msgs.en)).toEqual(keys(msgs.id))
  })
  it('no plan message is empty and placeholders match', () => {
    const ph = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort().join(',')
    for (const k of keys(planId)) {
      const a = get(planId, k)
      const b = get(planEn, k)
      expect(typeof a === 'string' && a.length > 0, `id:${k}`).toBe(true)
      expect(typeof b === 'string' && (b as string).length > 0, `en:${k}`).toBe(true)
      expect(ph(b as string), k).toBe(ph(a as string))
    }
  })
})
