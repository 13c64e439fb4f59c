import { describe, expect, it } from 'vitest'
import type { TeamMember } from '../api/types'
import { checkTeam, move, teamForSave } from './team'

const m = (name: string, nip = '', role = 'anggota'): TeamMember =>
  ({ id: 0, pendampinganId: 1, role, name, nip, rank: '', position: '', sortOrder: 0 })

describe('team checks', () => {
  it('accepts a good team', () => {
    expect(checkTeam([m('Siti', '197001011990032001', 'koordinator'), m('Budi')]).ok).toBe(true)
  })
  it('flags missing names and bad NIP on their rows', () => {
    const c = checkTeam([m(''), m('Budi', '12345')])
    expect(c.ok).toBe(false)
    expect(c.rows[0].name?.key).toBe('drawer.nameRequired')
    expect(c.rows[1].nip).toEqual({ key: 'rules.nip', params: { n: 5 } })
  })
  it('flags a NIP used twice and two coordinators', () => {
    const c = checkTeam([m('A', '197001011990032001', 'koordinator'), m('B', '19700101 199003 2 001', 'koordinator')])
    expect(c.rows[1].nip).toEqual({ key: 'drawer.nipTwice', params: { row: 1 } })
    expect(c.team.map((e) => e.key)).toEqual(['drawer.oneCoordinator'])
  })
})

describe('team rows', () => {
  it('moves rows up and down, not past the ends', () => {
    expect(move([1, 2, 3], 2, -1)).toEqual([1, 3, 2])
    expect(move([1, 2, 3], 0, 1)).toEqual([2, 1, 3])
    expect(move([1, 2, 3], 0, -1)).toEqual([1, 2, 3])
    expect(move([1, 2, 3], 2, 1)).toEqual([1, 2, 3])
  })
  it('numbers the rows for saving', () => {
    const t = teamForSave([m(' Budi ', '19700101 199003 2 001'), m('Siti')], 9)
    expect(t.map((x) => [x.name, x.sortOrder, x.pendampinganId, x.nip])).toEqual([['Budi', 0, 9, '197001011990032001'], ['Siti', 1, 9, '']])
  })
})
