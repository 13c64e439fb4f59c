import * as DashboardApp from '../../wailsjs/go/app/DashboardApp'
import type { boundaries, brief, dashboard, opdreport, reporting } from '../../wailsjs/go/models'
import { call } from './errors'

export type Dashboard = dashboard.Dashboard
export type OPDRow = dashboard.OPDRow
export type ReportingStatus = reporting.Status
export type OPDStatus = reporting.OPDStatus
export type FileResult = opdreport.FileResult

/** Task names of the long dashboard tasks (progress events). */
export const DASHBOARD_TASKS = { importMany: 'import-opd-reports', notReported: 'export-not-reported', brief: 'brief' } as const

const arr = <T>(x: T[] | null | undefined): T[] => x ?? []

function clean(d: Dashboard): Dashboard {
  d.checklist = arr(d.checklist)
  d.sources = arr(d.sources)
  d.opd = arr(d.opd).map((o) => ({ ...o, villages: arr(o.villages) }) as OPDRow)
  d.kecamatan = arr(d.kecamatan)
  d.villages = arr(d.villages).map((v) => ({ ...v, desil12ByEdition: arr(v.desil12ByEdition) }) as dashboard.VillageRow)
  d.editions = arr(d.editions)
  d.verifyByKecamatan = arr(d.verifyByKecamatan)
  return d
}

export const dashboardApi = {
  dashboard: (year: number, month = 0): Promise<Dashboard> => call(async () => clean(await DashboardApp.Dashboard(year, month))),
  reporting: (year: number, month = 0): Promise<ReportingStatus> =>
    call(async () => {
      const s = await DashboardApp.ReportingStatus(year, month)
      s.opd = arr(s.opd).map((o) => ({ ...o, villages: arr(o.villages), months: arr(o.months) }) as OPDStatus)
      return s
    }),
  /** Asks where to save; a result with path "" means the dialog was cancelled. */
  exportNotReported: (year: number, month: number): Promise<reporting.ExportResult> => call(() => DashboardApp.ExportNotReported(year, month)),
  /** Opens the multi-file dialog; [] when cancelled. */
  chooseOpdReports: (): Promise<string[]> => call(async () => arr(await DashboardApp.ChooseOPDReports())),
  importOpdReports: (paths: string[], year: number, month: number): Promise<FileResult[]> =>
    call(async () => arr(await DashboardApp.ImportOPDReports(paths, year, month))),
  /** Asks where to save the meeting brief and writes it; path "" when cancelled. */
  writeBrief: (year: number, month: number, format: 'pdf' | 'xlsx', paper: 'A4' | 'F4'): Promise<brief.Result> =>
    call(() => DashboardApp.WriteBrief(year, month, format, paper)),
  openBrief: (path: string): Promise<void> => call(() => DashboardApp.OpenBrief(path)),
  /** Opens the file dialog; "" when cancelled. */
  chooseBoundaryFile: (): Promise<string> => call(() => DashboardApp.ChooseBoundaryFile()),
  previewBoundaries: (path: string, year: number): Promise<boundaries.Preview> =>
    call(async () => {
      const p = await DashboardApp.PreviewBoundaries(path, year)
      return { ...p, matched: arr(p.matched), unmatched: arr(p.unmatched), missing: arr(p.missing) } as boundaries.Preview
    }),
  importBoundaries: (path: string, year: number): Promise<boundaries.Result> => call(() => DashboardApp.ImportBoundaries(path, year)),
  boundaryMap: (): Promise<string> => call(() => DashboardApp.BoundaryMap()),
}
