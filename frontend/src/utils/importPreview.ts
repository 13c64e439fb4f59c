// Splits an import preview into one section per entity (kecamatan, desa, opd), each with its
// own columns, so a kecamatan code never shows under "Kode Desa".
import type { ColumnMap, ImportPreview, PreviewRow } from '../api/types'

export interface PreviewSection {
  entity: string
  columns: ColumnMap[]
  rows: PreviewRow[]
}

const ORDER = ['kecamatan', 'desa', 'opd']

/** kecLabels name the columns of kecamatan rows read from a desa sheet (the file had no kecamatan sheet). */
export function previewSections(p: ImportPreview, kecLabels = { code: 'Kode Kecamatan', name: 'Nama Kecamatan' }): PreviewSection[] {
  const kecColumns: ColumnMap[] = [
    { field: 'code', label: kecLabels.code, header: '', column: '' },
    { field: 'name', label: kecLabels.name, header: '', column: '' },
  ]
  const byEntity = new Map<string, PreviewRow[]>()
  for (const r of p.rows) {
    const e = r.entity || p.sheets?.find((s) => s.name === r.sheet)?.entity || ''
    byEntity.set(e, [...(byEntity.get(e) ?? []), r])
  }
  const rank = (e: string) => (ORDER.includes(e) ? ORDER.indexOf(e) : ORDER.length)
  return [...byEntity.entries()]
    .sort((a, b) => rank(a[0]) - rank(b[0]))
    .map(([entity, rows]) => {
      const sheet = (p.sheets ?? []).find((s) => s.entity === entity)
      let columns = sheet?.columns ?? []
      if (!sheet && entity === 'kecamatan') columns = kecColumns
      if (columns.length === 0) columns = p.columns
      // Only the columns this entity's rows hold values for.
      const used = columns.filter((c) => rows.some((r) => r.values && c.field in r.values))
      return { entity, columns: used.length ? used : columns, rows }
    })
}
