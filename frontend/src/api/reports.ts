import * as ReportsApp from '../../wailsjs/go/app/ReportsApp'
import { call } from './errors'
import type { MonthlyLayout, OpdImportResult, OpdPreview, OpdTemplateResult, ReportResult } from './plan-types'

/** Task names of the long report tasks (progress events, Cancel). */
export const REPORT_TASKS = {
  quarterly: 'export-quarterly',
  monthly: 'export-monthly',
  template: 'template-opd',
  importOpd: 'import-opd-report',
} as const

const result = (r: { path: string; sheets: string[] | null; rows: Record<string, number> | null }): ReportResult =>
  ({ path: r.path ?? '', sheets: r.sheets ?? [], rows: r.rows ?? {} })

export const reportsApi = {
  /** Each export asks where to save first; a result with path "" means the dialog was cancelled. */
  exportQuarterly: (year: number, quarter: number): Promise<ReportResult> =>
    call(async () => result(await ReportsApp.ExportQuarterly(year, quarter))),
  exportMonthly: (year: number, month: number, layout: MonthlyLayout): Promise<ReportResult> =>
    call(async () => result(await ReportsApp.ExportMonthly(year, month, layout))),
  makeOpdTemplate: (year: number, opdCode: string, month: number): Promise<OpdTemplateResult> =>
    call(() => ReportsApp.MakeOPDTemplate(year, opdCode, month)),
  /** Opens the file dialog; "" when cancelled. */
  chooseOpdReport: (): Promise<string> => call(() => ReportsApp.ChooseOPDReport()),
  previewOpdReport: (path: string, year: number, opdCode = ''): Promise<OpdPreview> =>
    call(async () => {
      const p = await ReportsApp.PreviewOPDReport(path, year, opdCode)
      return { ...p, rows: p.rows ?? [], problems: p.problems ?? [] }
    }),
  importOpdReport: (path: string, year: number, opdCode = ''): Promise<OpdImportResult> =>
    call(() => ReportsApp.ImportOPDReport(path, year, opdCode)),
  cancel: (task: string): Promise<boolean> => call(() => ReportsApp.Cancel(task)),
}
