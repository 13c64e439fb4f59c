import * as HouseholdsApp from '../../wailsjs/go/app/HouseholdsApp'
import { households, models } from '../../wailsjs/go/models'
import { call } from './errors'
import type {
  BeneficiaryPick, BeneficiaryRow, Comparison, DbCheckReport, Edition, EditionResult, FamilyPage, FamilyQuery, FieldInfo, HhImportResult, HhOption, HhPreview, ImportInput,
  PreviewInput, PriorityRow, Revealed, SearchQuery, SearchResult, StatusUpdate, StatusVerval, VillageProgress,
} from './households-types'

// Go nil slices arrive as null: every list is made an array here, once.
const arr = <T>(v: T[] | null | undefined): T[] => v ?? []

function progress(p: households.VillageProgress): VillageProgress {
  return { ...p, familyStatus: arr(p.familyStatus), memberStatus: arr(p.memberStatus) }
}

export const householdsApi = {
  sources: (): Promise<HhOption[]> => call(async () => arr(await HouseholdsApp.Sources())),
  fields: (): Promise<FieldInfo[]> => call(async () => arr(await HouseholdsApp.Fields())),
  /** Opens the file dialog (several files allowed); [] when cancelled. */
  chooseFiles: (): Promise<string[]> => call(async () => arr(await HouseholdsApp.ChooseFiles())),
  /** Reads the files and proposes a mapping, saving nothing (task "import-households"). */
  preview: (input: PreviewInput): Promise<HhPreview> =>
    call(async () => {
      const p = await HouseholdsApp.Preview(households.PreviewInput.createFrom(input))
      return {
        ...p, sheets: arr(p.sheets).map((s) => ({ ...s, headers: arr(s.headers), columns: arr(s.columns), missing: arr(s.missing), samples: arr(s.samples) })),
        fields: arr(p.fields), notes: arr(p.notes), errors: arr(p.errors), unmatchedVillages: arr(p.unmatchedVillages),
        errorsByCode: p.errorsByCode ?? {},
      }
    }),
  import: (input: ImportInput): Promise<HhImportResult> =>
    call(async () => {
      const r = await HouseholdsApp.Import(households.ImportInput.createFrom(input))
      return { ...r, errors: arr(r.errors), notes: arr(r.notes) }
    }),
  openPath: (path: string): Promise<void> => call(() => HouseholdsApp.OpenPath(path)),

  editions: (): Promise<Edition[]> => call(async () => arr(await HouseholdsApp.Editions())),
  deleteEdition: (id: number): Promise<void> => call(() => HouseholdsApp.DeleteEdition(id)),
  /** Moves the edition's members to a compressed file beside the database. */
  archiveEdition: (id: number): Promise<EditionResult> => call(() => HouseholdsApp.ArchiveEdition(id)),
  restoreEdition: (id: number): Promise<EditionResult> => call(() => HouseholdsApp.RestoreEdition(id)),
  /** The full database check (task "check-db"); full=false: the quick start-up check. */
  checkDatabase: (full: boolean): Promise<DbCheckReport> =>
    call(async () => {
      const r = await HouseholdsApp.CheckDatabase(full)
      return { ...r, problems: arr(r.problems) }
    }),

  search: (q: SearchQuery): Promise<SearchResult> =>
    call(async () => {
      const r = await HouseholdsApp.Search(households.SearchQuery.createFrom(q))
      return { mode: r.mode, rows: arr(r.rows) }
    }),
  reveal: (memberId: number): Promise<Revealed> => call(() => HouseholdsApp.Reveal(memberId)),
  families: (q: FamilyQuery): Promise<FamilyPage> =>
    call(async () => {
      const p = await HouseholdsApp.Families(households.FamilyQuery.createFrom(q))
      return { ...p, rows: arr(p.rows).map((f) => ({ ...f, members: arr(f.members) })) }
    }),

  statuses: (): Promise<StatusVerval[]> => call(async () => arr(await HouseholdsApp.Statuses())),
  saveStatus: (s: StatusVerval): Promise<StatusVerval> => call(() => HouseholdsApp.SaveStatus(models.StatusVerval.createFrom(s))),
  deleteStatus: (code: string): Promise<void> => call(() => HouseholdsApp.DeleteStatus(code)),
  /** Sets (or, with status "", clears) the status of a selection; returns the rows changed. */
  setStatus: (u: StatusUpdate): Promise<number> => call(() => HouseholdsApp.SetStatus(households.StatusUpdate.createFrom(u))),
  villageProgress: (editionId: number, desaId: number): Promise<VillageProgress> =>
    call(async () => progress(await HouseholdsApp.VillageProgress(editionId, desaId))),
  overview: (editionId: number): Promise<VillageProgress[]> =>
    call(async () => arr(await HouseholdsApp.Overview(editionId)).map(progress)),
  /** Asks where to save; "" when cancelled. NIK masked unless unmask. */
  exportVillage: (editionId: number, desaId: number, unmask: boolean): Promise<string> =>
    call(() => HouseholdsApp.ExportVillage(editionId, desaId, unmask)),

  compare: (fromId: number, toId: number): Promise<Comparison> =>
    call(async () => {
      const c = await HouseholdsApp.Compare(fromId, toId)
      return { ...c, villages: arr(c.villages) }
    }),
  /** Asks where to save; "" when cancelled. */
  exportCompare: (fromId: number, toId: number, unmask: boolean): Promise<string> =>
    call(() => HouseholdsApp.ExportCompare(fromId, toId, unmask)),
  suggestPriority: (editionId: number, year: number): Promise<PriorityRow[]> =>
    call(async () => arr(await HouseholdsApp.SuggestPriority(editionId, year))),
  /** Adds members as beneficiaries of an activity; returns how many were added. */
  pickBeneficiaries: (p: BeneficiaryPick): Promise<number> =>
    call(() => HouseholdsApp.PickBeneficiaries(households.BeneficiaryPick.createFrom(p))),
  removeBeneficiaries: (kegiatanId: number, memberIds: number[]): Promise<void> =>
    call(() => HouseholdsApp.RemoveBeneficiaries(kegiatanId, memberIds)),
  /** An activity's beneficiaries (NIK masked). */
  beneficiaries: (kegiatanId: number): Promise<BeneficiaryRow[]> =>
    call(async () => arr(await HouseholdsApp.Beneficiaries(kegiatanId))),
  markPriority: (year: number, desaIds: number[]): Promise<void> => call(() => HouseholdsApp.MarkPriority(year, desaIds)),
}
