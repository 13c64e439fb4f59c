import * as MasterApp from '../../wailsjs/go/app/MasterApp'
import { master, models } from '../../wailsjs/go/models'
import { call } from './errors'
import type {
  DesaInput, DesaQuery, DesaRow, Kecamatan, KecamatanInput, KecamatanRow, OPD, Options, TahunProgram, YearRow,
} from './types'

export const masterApi = {
  options: (): Promise<Options> => call(() => MasterApp.Options()),

  listKecamatan: (search = ''): Promise<KecamatanRow[]> =>
    call(async () => (await MasterApp.ListKecamatan(search)) ?? []),
  saveKecamatan: (k: KecamatanInput): Promise<Kecamatan> =>
    call(() => MasterApp.SaveKecamatan(master.KecamatanInput.createFrom(k))),
  deleteKecamatan: (id: number): Promise<void> => call(() => MasterApp.DeleteKecamatan(id)),

  listDesa: (q: DesaQuery): Promise<DesaRow[]> =>
    call(async () => (await MasterApp.ListDesa(master.DesaQuery.createFrom(q))) ?? []),
  saveDesa: (d: DesaInput): Promise<DesaRow> => call(() => MasterApp.SaveDesa(master.DesaInput.createFrom(d))),
  setDesaYear: (desaId: number, year: number, priority: boolean, continuation: boolean): Promise<void> =>
    call(() => MasterApp.SetDesaYear(desaId, year, priority, continuation)),
  deleteDesa: (id: number): Promise<void> => call(() => MasterApp.DeleteDesa(id)),

  listOPD: (search = ''): Promise<OPD[]> => call(async () => (await MasterApp.ListOPD(search)) ?? []),
  saveOPD: (o: OPD): Promise<OPD> => call(() => MasterApp.SaveOPD(models.OPD.createFrom(o))),
  deleteOPD: (id: number): Promise<void> => call(() => MasterApp.DeleteOPD(id)),

  listYears: (): Promise<YearRow[]> => call(async () => (await MasterApp.ListYears()) ?? []),
  addYear: (year: number, note: string): Promise<TahunProgram> => call(() => MasterApp.AddYear(year, note)),
  updateYearNote: (year: number, note: string): Promise<void> => call(() => MasterApp.UpdateYearNote(year, note)),
  setActiveYear: (year: number): Promise<void> => call(() => MasterApp.SetActiveYear(year)),
  deleteYear: (year: number): Promise<void> => call(() => MasterApp.DeleteYear(year)),
}
