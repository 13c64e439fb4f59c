package models

import "gorm.io/gorm"

func init() {
	RegisterMigration(Migration{9, "OPD report receipts and village boundaries", migrate0009})
	TableLabels["laporan_opd"] = "laporan realisasi OPD yang diterima"
	TableLabels["batas_desa"] = "batas wilayah desa (peta)"
}

// migrate0009 records which OPD sent its monthly realisation by a filled template
// (laporan_opd: one row per OPD, year and month imported, the file's name and when), so
// the reporting tracker can tell a template from an entry typed in the app; and stores
// the imported village boundaries (batas_desa: one GeoJSON geometry per village) for the
// dashboard's map. A receipt goes with its OPD, a boundary with its village (CASCADE).
// Frozen once released: never edit, add a new step instead.
func migrate0009(tx *gorm.DB) error {
	return execAll(tx,
		`CREATE TABLE laporan_opd (
			id INTEGER PRIMARY KEY AUTOINCREMENT,
			opd_id INTEGER NOT NULL REFERENCES opd(id) ON DELETE CASCADE,
			year INTEGER NOT NULL,
			month INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
			file TEXT NOT NULL,
			entries INTEGER NOT NULL DEFAULT 0,
			received_at DATETIME NOT NULL)`,
		`CREATE INDEX ix_laporan_opd ON laporan_opd(year, month, opd_id)`,
		`CREATE TABLE batas_desa (
			desa_id INTEGER PRIMARY KEY REFERENCES desa(id) ON DELETE CASCADE,
			geometry TEXT NOT NULL,
			feature_name TEXT,
			imported_at DATETIME NOT NULL)`,
	)
}
