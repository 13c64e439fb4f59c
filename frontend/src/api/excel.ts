import * as ExcelApp from '../../wailsjs/go/app/ExcelApp'
import { call } from './errors'
import type { ExportList, ImportKind, ImportPreview, ImportResult } from './types'

export const excelApi = {
  /** Opens the file dialog; "" when cancelled. */
  chooseImportFile: (): Promise<string> => call(() => ExcelApp.ChooseImportFile()),
  preview: (kind: ImportKind, path: string): Promise<ImportPreview> =>
    call(async () => {
      const p = await ExcelApp.PreviewImport(kind, path)
      return { ...p, columns: p.columns ?? [], rows: p.rows ?? [], problems: p.problems ?? [] }
    }),
  import: (kind: ImportKind, path: string): Promise<ImportResult> => call(() => ExcelApp.Import(kind, path)),
  /** Asks where to save and writes the list; returns the path, or "" when cancelled. */
  export: (list: ExportList): Promise<string> => call(() => ExcelApp.Export(list)),
}
