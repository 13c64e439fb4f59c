// Plain (data-only) versions of the household registry's DTOs (HouseholdsApp): Go nil
// slices are turned into arrays by api/households.ts, so the lists here are never null.
import type { dbcheck, households, models } from '../../wailsjs/go/models'

type Plain<T> = Omit<T, 'convertValues'>

export type HhOption = Plain<models.Option>
export type Edition = Plain<models.Edisi>
export type EditionResult = Plain<households.EditionResult>
export type DbCheckReport = Plain<dbcheck.Report>
export type StatusVerval = Plain<models.StatusVerval>
export type FieldInfo = Plain<households.FieldInfo>
export type SheetMapping = Plain<households.SheetMapping>
export type RowError = Plain<households.RowError>
export type VillageMiss = Plain<households.VillageMiss>
export type SheetPreview = Plain<households.SheetPreview>
export type HhPreview = Omit<Plain<households.Preview>, 'sheets' | 'fields' | 'notes' | 'errors' | 'flagged' | 'unmatchedVillages' | 'errorsByCode'> & {
  sheets: SheetPreview[]
  fields: FieldInfo[]
  notes: string[]
  errors: RowError[]
  flagged: RowError[]
  unmatchedVillages: VillageMiss[]
  errorsByCode: Record<string, number>
}
export type PreviewInput = Plain<households.PreviewInput>
export type ImportInput = Plain<households.ImportInput>
export type HhImportResult = Omit<Plain<households.ImportResult>, 'errors' | 'flagged' | 'notes'> & {
  errors: RowError[]
  flagged: RowError[] // rows kept with a temporary NIK
  notes: string[]
}
export type MemberRow = Plain<households.MemberRow>
export type FamilyRow = Omit<Plain<households.FamilyRow>, 'members'> & { members: MemberRow[] }
export type FamilyQuery = Plain<households.FamilyQuery>
export type FamilyPage = Omit<Plain<households.FamilyPage>, 'rows'> & { rows: FamilyRow[] }
export type SearchQuery = Plain<households.SearchQuery>
export type SearchResult = Omit<Plain<households.SearchResult>, 'rows'> & { rows: MemberRow[] }
export type Revealed = Plain<households.Revealed>
export type StatusUpdate = Plain<households.StatusUpdate>
export type StatusCount = Plain<households.StatusCount>
export type VillageProgress = Omit<Plain<households.VillageProgress>, 'familyStatus' | 'memberStatus'> & {
  familyStatus: StatusCount[]
  memberStatus: StatusCount[]
}
export type CompareVillage = Plain<households.CompareVillage>
export type Comparison = Omit<Plain<households.Comparison>, 'villages' | 'from' | 'to'> & {
  from: Edition
  to: Edition
  villages: CompareVillage[]
}
export type PriorityRow = Plain<households.PriorityRow>
export type BeneficiaryPick = Plain<households.BeneficiaryPick>
export type BeneficiaryRow = Omit<Plain<households.BeneficiaryRow>, 'member'> & { member: MemberRow }

/** Import modes: reject the whole import on the first invalid row, or skip invalid rows. */
export type ImportMode = 'reject' | 'skip'
/** Task name of the import's (and preview's) progress events and of its cancel. */
export const IMPORT_TASK = 'import-households'
/** The Families filter value for "not verified yet". */
export const STATUS_NONE = 'belum'
