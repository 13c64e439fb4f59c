import * as PairingApp from '../../wailsjs/go/app/PairingApp'
import { models, pairing } from '../../wailsjs/go/models'
import { call } from './errors'
import type {
  AssignInput, Board, CopyCandidate, CopyResult, HistoryRow, Mitra, MitraRow, PairingDetail, PartnerLink,
  Pendampingan, TeamImportResult, TeamMember,
} from './types'

function detail(d: pairing.Detail): PairingDetail {
  return { ...d, team: d.team ?? [], partners: d.partners ?? [], siblings: d.siblings ?? [] }
}

export const pairingApi = {
  board: (year: number): Promise<Board> =>
    call(async () => {
      const b = await PairingApp.Board(year)
      return { ...b, villages: b.villages ?? [], opds: (b.opds ?? []).map((o) => ({ ...o, villages: o.villages ?? [] })) }
    }),
  assign: (input: AssignInput): Promise<Pendampingan> => call(() => PairingApp.Assign(pairing.AssignInput.createFrom(input))),
  changeOPD: (id: number, opdId: number, secondReason = '', note = ''): Promise<Pendampingan> =>
    call(() => PairingApp.ChangeOPD(id, opdId, secondReason, note)),
  unassign: (id: number): Promise<void> => call(() => PairingApp.Unassign(id)),
  get: (id: number): Promise<PairingDetail> => call(async () => detail(await PairingApp.Get(id))),
  saveTeam: (id: number, team: TeamMember[]): Promise<PairingDetail> =>
    call(async () => detail(await PairingApp.SaveTeam(id, team.map((m) => models.AnggotaTim.createFrom(m))))),
  /** Asks for a team workbook and replaces the teams of the OPD's villages it names; null when cancelled. */
  importTeam: (year: number, opdId: number): Promise<TeamImportResult | null> =>
    call(async () => {
      const r = await PairingApp.ImportTeam(year, opdId)
      return r ? { ...r, villages: r.villages ?? [] } : null
    }),
  /** Copies the team of another village of the same OPD into pairing `to`. */
  copyTeam: (from: number, to: number, replace: boolean): Promise<PairingDetail> =>
    call(async () => detail(await PairingApp.CopyTeam(from, to, replace))),
  setPartners: (id: number, links: PartnerLink[]): Promise<PairingDetail> =>
    call(async () => detail(await PairingApp.SetPartners(id, links.map((l) => pairing.PartnerLink.createFrom(l))))),
  history: (desaId: number): Promise<HistoryRow[]> => call(async () => (await PairingApp.History(desaId)) ?? []),
  copyCandidates: (fromYear: number, toYear: number): Promise<CopyCandidate[]> =>
    call(async () => (await PairingApp.CopyCandidates(fromYear, toYear)) ?? []),
  copyFromYear: (fromYear: number, toYear: number, desaIds: number[]): Promise<CopyResult> =>
    call(async () => {
      const r = await PairingApp.CopyFromYear(fromYear, toYear, desaIds)
      return { ...r, skipped: r.skipped ?? [] }
    }),
  /** Asks where to save and writes the year's pairings; "" when cancelled. */
  export: (year: number): Promise<string> => call(() => PairingApp.Export(year)),

  listMitra: (search = ''): Promise<MitraRow[]> => call(async () => (await PairingApp.ListMitra(search)) ?? []),
  saveMitra: (m: Mitra): Promise<Mitra> => call(() => PairingApp.SaveMitra(models.Mitra.createFrom(m))),
  deleteMitra: (id: number): Promise<void> => call(() => PairingApp.DeleteMitra(id)),
  mitraKinds: (): Promise<string[]> => call(async () => (await PairingApp.MitraKinds()) ?? []),
}
