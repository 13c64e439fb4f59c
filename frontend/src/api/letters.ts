import * as LetterApp from '../../wailsjs/go/app/LetterApp'
import { letters, models } from '../../wailsjs/go/models'
import { call } from './errors'
import type {
  ArchiveQuery, ArchiveRow, Letter, LetterRequest, LetterType, ManualNumberInput, NumberPattern, PDFData,
  TakenNumber, TemplatePart, VerifyResult,
} from './types'

export const lettersApi = {
  /** A draft (no number) for the in-app preview. */
  preview: (req: LetterRequest): Promise<PDFData> => call(() => LetterApp.Preview(letters.Request.createFrom(req))),
  /** Terbitkan: reserves the next number and freezes the letter. */
  issue: (req: LetterRequest): Promise<Letter> => call(() => LetterApp.Issue(letters.Request.createFrom(req))),
  /** Issues every missing Surat Tugas of the year and asks where to save the combined PDF. */
  issueAllAssignments: (year: number, paper: string, date: string, forceDate = false): Promise<Letter[]> =>
    call(async () => (await LetterApp.IssueAllAssignments(year, paper, date, forceDate)) ?? []),
  archive: (q: ArchiveQuery): Promise<ArchiveRow[]> =>
    call(async () => (await LetterApp.Archive(letters.ArchiveQuery.createFrom(q))) ?? []),
  pdf: (id: number): Promise<PDFData> => call(() => LetterApp.PDF(id)),
  /** Opens the issued letter in the system's PDF viewer (to print it). */
  openPdf: (id: number): Promise<void> => call(() => LetterApp.OpenPDF(id)),
  /** Asks where to save a copy; "" when cancelled. */
  exportPdf: (id: number): Promise<string> => call(() => LetterApp.ExportPDF(id)),
  cancel: (id: number, reason: string): Promise<void> => call(() => LetterApp.Cancel(id, reason)),
  /** Gabung & cetak: one PDF of the chosen letters, saved where the user says and opened; "" when cancelled. */
  combinePdf: (ids: number[]): Promise<string> => call(() => LetterApp.CombinePDF(ids)),
  /** The register of outgoing letters (buku agenda surat keluar) as .xlsx; "" when cancelled. */
  exportRegister: (year: number): Promise<string> => call(() => LetterApp.ExportRegister(year)),

  templates: (type: LetterType): Promise<TemplatePart[]> =>
    call(async () => ((await LetterApp.Templates(type)) ?? []).map((p) => ({ ...p, placeholders: p.placeholders ?? [] }))),
  /** An empty text restores the default. */
  saveTemplate: (type: LetterType, part: string, text: string): Promise<void> => call(() => LetterApp.SaveTemplate(type, part, text)),
  pattern: (type: LetterType): Promise<NumberPattern> => call(() => LetterApp.Pattern(type)),
  savePattern: (p: NumberPattern): Promise<NumberPattern> => call(() => LetterApp.SavePattern(models.PolaNomor.createFrom(p))),
  numbers: (type: LetterType, year: number): Promise<TakenNumber[]> => call(async () => (await LetterApp.Numbers(type, year)) ?? []),
  recordManualNumber: (input: ManualNumberInput): Promise<TakenNumber> =>
    call(() => LetterApp.RecordManualNumber(letters.ManualNumberInput.createFrom(input))),

  verify: (text: string): Promise<VerifyResult> => call(() => LetterApp.Verify(text)),
  verifyCode: (number: string, code: string): Promise<VerifyResult> => call(() => LetterApp.VerifyCode(number, code)),
  /** Asks for a scanned image and reads its QR code; null when cancelled. */
  verifyImage: (): Promise<VerifyResult | null> => call(async () => (await LetterApp.VerifyImage()) ?? null),
}
