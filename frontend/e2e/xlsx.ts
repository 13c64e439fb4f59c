// Test workbooks: written with exceljs, read back by unzipping and parsing the sheet XML.
import { readFileSync } from 'node:fs'
import ExcelJS from 'exceljs'
import { strFromU8, unzipSync } from 'fflate'

export async function writeWorkbook(path: string, sheet: string, rows: (string | number)[][]): Promise<void> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet(sheet)
  for (const r of rows) ws.addRow(r)
  await wb.xlsx.writeFile(path)
}

const decode = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&')

/** Reads the first sheet of an xlsx into rows of cell text (shared and inline strings, numbers). */
export function readFirstSheet(path: string): { rows: string[][]; sheetXml: string } {
  const files = unzipSync(readFileSync(path))
  const shared: string[] = []
  const ss = files['xl/sharedStrings.xml']
  if (ss) {
    for (const si of strFromU8(ss).match(/<si>[\s\S]*?<\/si>/g) ?? []) {
      shared.push(decode((si.match(/<t[^>]*>([\s\S]*?)<\/t>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, '')).join('')))
    }
  }
  const sheetName = Object.keys(files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f)).sort()[0]
  const sheetXml = strFromU8(files[sheetName])
  const rows: string[][] = []
  for (const row of sheetXml.match(/<row[^>]*>[\s\S]*?<\/row>/g) ?? []) {
    const cells: string[] = []
    for (const c of row.match(/<c [^>]*?(?:\/>|>[\s\S]*?<\/c>)/g) ?? []) {
      const ref = c.match(/r="([A-Z]+)\d+"/)?.[1] ?? 'A'
      const col = [...ref].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1
      const type = c.match(/ t="(\w+)"/)?.[1]
      const v = c.match(/<v>([\s\S]*?)<\/v>/)?.[1]
      const inline = c.match(/<is>[\s\S]*?<t[^>]*>([\s\S]*?)<\/t>/)?.[1]
      cells[col] = type === 's' && v !== undefined ? shared[Number(v)] : decode(inline ?? v ?? '')
    }
    rows.push(Array.from(cells, (x) => x ?? ''))
  }
  return { rows, sheetXml }
}
