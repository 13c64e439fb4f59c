package models

import "gorm.io/gorm"

func init() {
	RegisterMigration(Migration{11, "evaluation narratives of tepat lokasi and tepat sasaran", migrate0011})
}

// migrate0011 adds the semester evaluation's narratives of tepat lokasi and tepat
// sasaran (evaluasi.narasi_lokasi, evaluasi.narasi_sasaran). Empty, the evaluation
// shows the text written from the targeting check's figures; the user may replace it.
// Frozen once released: never edit, add a new step instead.
func migrate0011(tx *gorm.DB) error {
	return execAll(tx,
		`ALTER TABLE evaluasi ADD COLUMN narasi_lokasi TEXT NOT NULL DEFAULT ''`,
		`ALTER TABLE evaluasi ADD COLUMN narasi_sasaran TEXT NOT NULL DEFAULT ''`,
	)
}
