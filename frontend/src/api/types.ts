// Plain (data-only) versions of the generated DTO classes, so views can build them as
// object literals.
import type { app, backup, demo, letters, master, masterxlsx, models, pairing, profile } from '../../wailsjs/go/models'

type Plain<T> = Omit<T, 'convertValues'>

export type SystemInfo = Plain<app.SystemInfo>
export type Options = Plain<app.Options>
export type Profile = Omit<Plain<profile.Profile>, 'signatories'> & { signatories: Signatory[] }
export type Signatory = Plain<models.Penandatangan>
export type DemoSummary = Plain<demo.Summary>
export type KecamatanRow = Plain<master.KecamatanRow>
export type KecamatanInput = Plain<master.KecamatanInput>
export type Kecamatan = Plain<models.Kecamatan>
export type DesaRow = Omit<Plain<master.DesaRow>, 'kecamatan'>
export type DesaQuery = Plain<master.DesaQuery>
export type DesaInput = Plain<master.DesaInput>
export type OPD = Plain<models.OPD>
export type YearRow = Plain<master.YearRow>
export type TahunProgram = Plain<models.TahunProgram>
export type ImportPreview = Omit<Plain<masterxlsx.Preview>, 'columns' | 'rows' | 'problems' | 'warnings'> & {
  columns: ColumnMap[]
  rows: PreviewRow[]
  problems: Problem[]
  warnings?: Problem[]
}
export type ColumnMap = Plain<masterxlsx.ColumnMap>
export type PreviewRow = Plain<masterxlsx.PreviewRow>
export type Problem = Plain<masterxlsx.Problem>
export type ImportResult = Plain<masterxlsx.Result>
export type BackupInfo = Plain<backup.Info>

/** Import kinds and export lists the Excel service knows. */
export type ImportKind = 'wilayah' | 'opd'
export type ExportList = 'kecamatan' | 'desa' | 'opd'

/** Payload of the "progress" event every long task emits. */
export interface ProgressEvent {
  task: string
  stage: string
  done: number
  total: number
  percent: number
  rate: number
  etaSec: number
  message: string
  job?: string // id of the backend job it belongs to
  unit?: string // what done/total count ("baris", "anggota"); none: rows or steps
}

// Pairings (Pendampingan) and partners (Mitra).
export type AssignInput = Plain<pairing.AssignInput>
export type BoardVillage = Plain<pairing.BoardVillage>
export type BoardOPD = Plain<pairing.BoardOPD>
export type BoardCounts = Plain<pairing.BoardCounts>
export type Board = { year: number; villages: BoardVillage[]; opds: BoardOPD[]; counts: BoardCounts }
export type TeamMember = Plain<models.AnggotaTim>
export type PartnerLink = Plain<pairing.PartnerLink>
export type PairingSibling = Plain<pairing.Sibling>
export type PairingDetail = Omit<Plain<pairing.Detail>, 'team' | 'partners' | 'siblings'> & { team: TeamMember[]; partners: PartnerLink[]; siblings: PairingSibling[] }
export type TeamImportResult = Omit<Plain<pairing.TeamImportResult>, 'villages'> & { villages: Plain<pairing.TeamImportedDesa>[] }
export type HistoryRow = Plain<pairing.HistoryRow>
export type CopyCandidate = Plain<pairing.CopyCandidate>
export type CopyResult = Plain<pairing.CopyResult>
export type Mitra = Plain<models.Mitra>
export type MitraRow = Plain<pairing.MitraRow>
export type Pendampingan = Plain<models.Pendampingan>

// Letters (Surat).
export type LetterType = 'keputusan' | 'surat_tugas'
export type Paper = 'F4' | 'A4'
export type LetterRequest = Plain<letters.Request>
export type Letter = Plain<models.Surat>
export type ArchiveRow = Plain<letters.ArchiveRow>
export type ArchiveQuery = Plain<letters.ArchiveQuery>
export type TemplatePart = Plain<letters.TemplatePart>
export type NumberPattern = Plain<models.PolaNomor>
export type TakenNumber = Plain<models.NomorSurat>
export type ManualNumberInput = Plain<letters.ManualNumberInput>
export type VerifyResult = Omit<Plain<letters.VerifyResult>, 'letter'> & { letter?: Letter }
export type PDFData = Plain<app.PDFData>
