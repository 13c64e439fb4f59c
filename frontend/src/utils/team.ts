// Client checks of a pairing's team (mirroring services/pairing.ValidateTeam) and row moves.
import type { TeamMember } from '../api/types'
import { isValidNip, normalizeNip, type RuleError } from './rules'

export interface TeamCheck {
  /** Row index → field → problem. */
  rows: Record<number, Partial<Record<'name' | 'nip', RuleError>>>
  /** Problems of the whole team. */
  team: RuleError[]
  ok: boolean
}

export function checkTeam(team: TeamMember[]): TeamCheck {
  const rows: TeamCheck['rows'] = {}
  const team_: RuleError[] = []
  const put = (i: number, f: 'name' | 'nip', e: RuleError) => {
    rows[i] = { ...(rows[i] ?? {}), [f]: e }
  }
  const seen = new Map<string, number>()
  team.forEach((m, i) => {
    if (!m.name.trim()) put(i, 'name', { key: 'drawer.nameRequired' })
    const nip = normalizeNip(m.nip ?? '')
    if (nip && !isValidNip(nip)) put(i, 'nip', { key: 'rules.nip', params: { n: nip.length } })
    else if (nip && seen.has(nip)) put(i, 'nip', { key: 'drawer.nipTwice', params: { row: (seen.get(nip) ?? 0) + 1 } })
    if (nip) seen.set(nip, seen.get(nip) ?? i)
  })
  if (team.filter((m) => m.role === 'koordinator').length > 1) team_.push({ key: 'drawer.oneCoordinator' })
  return { rows, team: team_, ok: Object.keys(rows).length === 0 && team_.length === 0 }
}

/** A copy of list with item i moved by delta (−1 up, +1 down); unchanged at the ends. */
export function move<T>(list: T[], i: number, delta: number): T[] {
  const j = i + delta
  if (i < 0 || i >= list.length || j < 0 || j >= list.length) return list
  const out = [...list]
  ;[out[i], out[j]] = [out[j], out[i]]
  return out
}

/** The team as sent to SaveTeam: sort order follows the rows, NIP without spaces. */
export function teamForSave(team: TeamMember[], pendampinganId: number): TeamMember[] {
  return team.map((m, i) => ({ ...m, id: 0, pendampinganId, sortOrder: i, nip: normalizeNip(m.nip ?? ''), name: m.name.trim() }))
}
