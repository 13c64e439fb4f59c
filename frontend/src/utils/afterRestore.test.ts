import { describe, expect, it, vi } from 'vitest'
import { forgetDatabaseState, reloadAfterRestore, takeRestoreNotice } from './afterRestore'

class MemStorage implements Storage {
  private m = new Map<string, string>()
  get length(): number { return this.m.size }
  clear(): void { this.m.clear() }
  getItem(k: string): string | null { return this.m.has(k) ? this.m.get(k)! : null }
  key(i: number): string | null { return [...this.m.keys()][i] ?? null }
  removeItem(k: string): void { this.m.delete(k) }
  setItem(k: string, v: string): void { this.m.set(k, String(v)) }
}

describe('after a restore', () => {
  it('forgets every remembered id of the old database and nothing else', () => {
    const s = new MemStorage()
    s.setItem('sidamping.plan.lastPairing', '42')
    s.setItem('sidamping.other.id', '7')
    s.setItem('vueuse-color-scheme', 'light')
    expect(forgetDatabaseState(s).sort()).toEqual(['sidamping.other.id', 'sidamping.plan.lastPairing'])
    expect(s.getItem('sidamping.plan.lastPairing')).toBeNull()
    expect(s.getItem('vueuse-color-scheme')).toBe('light')
  })

  it('reloads on the start page and carries the message over the reload once', () => {
    const local = new MemStorage()
    const session = new MemStorage()
    local.setItem('sidamping.plan.lastPairing', '42')
    const reload = vi.fn()
    const win = { localStorage: local, sessionStorage: session, location: { hash: '#/rencana/aksi', reload } } as unknown as Window
    reloadAfterRestore('cadangan.db', win)
    expect(reload).toHaveBeenCalledOnce()
    expect(win.location.hash).toBe('#/')
    expect(local.getItem('sidamping.plan.lastPairing')).toBeNull()
    expect(takeRestoreNotice(session)).toBe('cadangan.db')
    expect(takeRestoreNotice(session)).toBeNull()
  })
})
