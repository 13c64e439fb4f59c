// The orphans registry (OrphansApp): children, foster parents, matches, deliveries, the
// follow-up list, import with a preview, exports and the export log. Go nil slices are
// made arrays here, once.
import * as OrphansApp from '../../wailsjs/go/app/OrphansApp'
import { app, models, orphans } from '../../wailsjs/go/models'
import { call } from './errors'

type Plain<T> = Omit<T, 'convertValues'>
const arr = <T>(v: T[] | null | undefined): T[] => v ?? []

export type OrphanOption = Plain<models.Option>
export interface OrphanOptions { categories: OrphanOption[]; schools: OrphanOption[]; needs: OrphanOption[]; fosterKinds: OrphanOption[] }
export type HouseholdLink = Plain<orphans.HouseholdLink>
export type ChildRow = Omit<Plain<orphans.ChildRow>, 'needs' | 'household'> & { needs: string[]; household?: HouseholdLink | null }
export type ChildInput = Plain<orphans.ChildInput>
export type ChildFilter = Plain<orphans.ChildFilter>
export type Revealed = Plain<orphans.RevealedIDs>
export type Assessment = Plain<models.AsesmenAnak>
export type AssessmentInput = Plain<app.AssessmentInput>
export type Foster = Plain<models.OrangTuaAsuh>
export type FosterRow = Plain<orphans.FosterRow>
export type Candidate = Omit<Plain<orphans.Candidate>, 'reasons'> & { reasons: string[] }
export type MatchRow = Plain<orphans.MatchRow>
export type Match = Plain<models.Pengasuhan>
export type Delivery = Plain<models.Penyaluran>
export type DeliveryInput = Plain<orphans.DeliveryInput>
export type FollowUp = Plain<orphans.FollowUp>
export type ImportInput = Plain<orphans.ImportInput>
export type ColumnMap = Plain<orphans.ColumnMap>
export type FieldOption = Plain<orphans.FieldOption>
export type Problem = Plain<orphans.Problem>
export type ImportPreview = Omit<Plain<orphans.ImportPreview>, 'columns' | 'ignored' | 'fields' | 'samples' | 'problems'> & {
  columns: ColumnMap[]; ignored: ColumnMap[]; fields: FieldOption[]; samples: Record<string, string>[]; problems: Problem[]
}
export type ImportResult = Omit<Plain<orphans.ImportResult>, 'errors'> & { errors: Problem[] }
export type ExportInput = Omit<Plain<orphans.ExportInput>, 'path'>
export type ExportResult = Plain<orphans.ExportResult>
export type ExportLogRow = Plain<models.LogEksporAnak>

const child = (c: orphans.ChildRow): ChildRow => ({ ...c, needs: arr(c.needs) })

export const orphansApi = {
  options: (): Promise<OrphanOptions> =>
    call(async () => {
      const o = await OrphansApp.Options()
      return { categories: arr(o.categories), schools: arr(o.schools), needs: arr(o.needs), fosterKinds: arr(o.fosterKinds) }
    }),
  children: (f: ChildFilter): Promise<ChildRow[]> =>
    call(async () => arr(await OrphansApp.Children(orphans.ChildFilter.createFrom(f))).map(child)),
  child: (id: number): Promise<ChildRow> => call(async () => child(await OrphansApp.Child(id))),
  saveChild: (c: ChildInput): Promise<ChildRow> => call(async () => child(await OrphansApp.SaveChild(orphans.ChildInput.createFrom(c)))),
  deleteChild: (id: number): Promise<void> => call(() => OrphansApp.DeleteChild(id)),
  reveal: (id: number): Promise<Revealed> => call(() => OrphansApp.RevealChild(id)),
  addAssessment: (a: AssessmentInput): Promise<Assessment> => call(() => OrphansApp.AddAssessment(app.AssessmentInput.createFrom(a))),
  assessments: (childId: number): Promise<Assessment[]> => call(async () => arr(await OrphansApp.Assessments(childId))),

  fosters: (query = ''): Promise<FosterRow[]> => call(async () => arr(await OrphansApp.Fosters(query))),
  saveFoster: (f: Foster): Promise<FosterRow> => call(() => OrphansApp.SaveFoster(models.OrangTuaAsuh.createFrom(f))),
  deleteFoster: (id: number): Promise<void> => call(() => OrphansApp.DeleteFoster(id)),
  candidates: (childId: number): Promise<Candidate[]> =>
    call(async () => arr(await OrphansApp.Candidates(childId)).map((c) => ({ ...c, reasons: arr(c.reasons) }))),

  matches: (anakId: number, otaId = 0): Promise<MatchRow[]> =>
    call(async () => arr(await OrphansApp.Matches(orphans.MatchFilter.createFrom({ anakId, otaId })))),
  saveMatch: (m: Match): Promise<MatchRow> => call(() => OrphansApp.SaveMatch(models.Pengasuhan.createFrom(m))),
  endMatch: (id: number, end: string, reason: string): Promise<MatchRow> => call(() => OrphansApp.EndMatch(id, end, reason)),
  deleteMatch: (id: number): Promise<void> => call(() => OrphansApp.DeleteMatch(id)),
  deliveries: (matchId: number): Promise<Delivery[]> => call(async () => arr(await OrphansApp.Deliveries(matchId))),
  choosePhoto: (): Promise<string> => call(() => OrphansApp.ChoosePhoto()),
  addDelivery: (d: DeliveryInput): Promise<Delivery> => call(() => OrphansApp.AddDelivery(orphans.DeliveryInput.createFrom(d))),
  deleteDelivery: (id: number): Promise<void> => call(() => OrphansApp.DeleteDelivery(id)),
  openPhoto: (id: number): Promise<void> => call(() => OrphansApp.OpenPhoto(id)),

  followUps: (): Promise<FollowUp[]> => call(async () => arr(await OrphansApp.FollowUps())),

  chooseImportFile: (): Promise<string> => call(() => OrphansApp.ChooseImportFile()),
  previewImport: (input: ImportInput): Promise<ImportPreview> =>
    call(async () => {
      const p = await OrphansApp.PreviewImport(orphans.ImportInput.createFrom(input))
      return { ...p, columns: arr(p.columns), ignored: arr(p.ignored), fields: arr(p.fields), samples: arr(p.samples), problems: arr(p.problems) }
    }),
  import: (input: ImportInput): Promise<ImportResult> =>
    call(async () => {
      const r = await OrphansApp.Import(orphans.ImportInput.createFrom(input))
      return { ...r, errors: arr(r.errors) }
    }),
  /** Asks where to save, then writes; path "" when the dialog was cancelled. */
  export: (input: ExportInput): Promise<ExportResult> =>
    call(() => OrphansApp.Export(orphans.ExportInput.createFrom({ ...input, path: '' }))),
  exportLog: (): Promise<ExportLogRow[]> => call(async () => arr(await OrphansApp.ExportLog())),
  openPath: (path: string): Promise<void> => call(() => OrphansApp.OpenPath(path)),
}
