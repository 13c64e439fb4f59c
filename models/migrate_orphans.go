package models

import "gorm.io/gorm"

func init() {
	RegisterMigration(Migration{8, "orphans and foster parents", migrate0008})
	for t, label := range map[string]string{
		"anak_yatim":      "anak yatim/piatu",
		"asesmen_anak":    "asesmen kebutuhan anak",
		"orang_tua_asuh":  "orang tua asuh",
		"pengasuhan":      "pengasuhan (anak ↔ orang tua asuh)",
		"penyaluran":      "penyaluran bantuan orang tua asuh",
		"log_ekspor_anak": "catatan ekspor data anak",
	} {
		TableLabels[t] = label
	}
}

// migrate0008 creates the orphans registry: children in a village (NIK and No KK as
// 16-digit text, the category derived from which parent died), their needs
// assessments, foster parents (persons or institutions with their commitment), the
// matches between them (an ended match stays as history), deliveries of a match, and
// the log of every export that named children.
//
// A village with children cannot vanish (RESTRICT); a child's assessments and matches
// go with it (CASCADE), a match's deliveries with the match; a foster parent with
// matches cannot be deleted (RESTRICT); an OPD or kecamatan that goes leaves the
// foster parent without it (SET NULL). Frozen once released: never edit, add a step.
func migrate0008(tx *gorm.DB) error {
	return execAll(tx,
		`CREATE TABLE anak_yatim (
			id INTEGER PRIMARY KEY AUTOINCREMENT,
			desa_id INTEGER NOT NULL REFERENCES desa(id) ON DELETE RESTRICT,
			name TEXT NOT NULL,
			nik TEXT CHECK (nik IS NULL OR (length(nik) = 16 AND nik NOT GLOB '*[^0-9]*')),
			sex TEXT NOT NULL CHECK (sex IN ('L','P')),
			birth_date TEXT NOT NULL,
			father_died INTEGER NOT NULL DEFAULT 0,
			father_death_date TEXT,
			mother_died INTEGER NOT NULL DEFAULT 0,
			mother_death_date TEXT,
			category TEXT NOT NULL CHECK (category IN ('yatim','piatu','yatim_piatu')),
			guardian_name TEXT, guardian_relation TEXT, guardian_phone TEXT,
			no_kk TEXT CHECK (no_kk IS NULL OR (length(no_kk) = 16 AND no_kk NOT GLOB '*[^0-9]*')),
			address TEXT,
			school TEXT NOT NULL,
			jkn INTEGER NOT NULL DEFAULT 0,
			disability TEXT, needs TEXT, note TEXT,
			created_at DATETIME, updated_at DATETIME)`,
		`CREATE INDEX ix_anak_yatim_desa ON anak_yatim(desa_id)`,
		`CREATE UNIQUE INDEX ux_anak_yatim_nik ON anak_yatim(nik) WHERE nik IS NOT NULL`,
		`CREATE TABLE asesmen_anak (
			id INTEGER PRIMARY KEY AUTOINCREMENT,
			anak_id INTEGER NOT NULL REFERENCES anak_yatim(id) ON DELETE CASCADE,
			assessed_on TEXT NOT NULL,
			assessor TEXT, needs TEXT, note TEXT,
			created_at DATETIME)`,
		`CREATE INDEX ix_asesmen_anak ON asesmen_anak(anak_id, assessed_on)`,
		`CREATE TABLE orang_tua_asuh (
			id INTEGER PRIMARY KEY AUTOINCREMENT,
			kind TEXT NOT NULL CHECK (kind IN ('asn','warga','pengusaha','baznas','csr','pesantren','masjid','universitas')),
			name TEXT NOT NULL,
			opd_id INTEGER REFERENCES opd(id) ON DELETE SET NULL,
			kecamatan_id INTEGER REFERENCES kecamatan(id) ON DELETE SET NULL,
			contact_person TEXT, phone TEXT, address TEXT,
			money_per_month INTEGER NOT NULL DEFAULT 0 CHECK (money_per_month >= 0),
			school_costs INTEGER NOT NULL DEFAULT 0,
			in_kind TEXT,
			mentoring INTEGER NOT NULL DEFAULT 0,
			capacity INTEGER NOT NULL DEFAULT 1 CHECK (capacity >= 1),
			period_start TEXT NOT NULL,
			period_end TEXT,
			note TEXT,
			created_at DATETIME, updated_at DATETIME)`,
		`CREATE TABLE pengasuhan (
			id INTEGER PRIMARY KEY AUTOINCREMENT,
			anak_id INTEGER NOT NULL REFERENCES anak_yatim(id) ON DELETE CASCADE,
			ota_id INTEGER NOT NULL REFERENCES orang_tua_asuh(id) ON DELETE RESTRICT,
			start_date TEXT NOT NULL,
			end_date TEXT,
			support TEXT,
			amount_month INTEGER NOT NULL DEFAULT 0 CHECK (amount_month >= 0),
			end_reason TEXT,
			created_at DATETIME,
			CHECK (end_date IS NULL OR end_date = '' OR end_date >= start_date))`,
		`CREATE INDEX ix_pengasuhan_anak ON pengasuhan(anak_id)`,
		`CREATE INDEX ix_pengasuhan_ota ON pengasuhan(ota_id)`,
		`CREATE TABLE penyaluran (
			id INTEGER PRIMARY KEY AUTOINCREMENT,
			pengasuhan_id INTEGER NOT NULL REFERENCES pengasuhan(id) ON DELETE CASCADE,
			month TEXT NOT NULL,
			delivered_on TEXT,
			amount INTEGER NOT NULL DEFAULT 0 CHECK (amount >= 0),
			in_kind TEXT, note TEXT,
			photo_name TEXT, photo_path TEXT, thumb_path TEXT,
			created_at DATETIME)`,
		`CREATE INDEX ix_penyaluran ON penyaluran(pengasuhan_id, month)`,
		`CREATE TABLE log_ekspor_anak (
			id INTEGER PRIMARY KEY AUTOINCREMENT,
			at DATETIME NOT NULL,
			user_name TEXT NOT NULL,
			what TEXT NOT NULL,
			scope TEXT,
			rows INTEGER NOT NULL DEFAULT 0,
			path TEXT,
			channel TEXT NOT NULL)`,
	)
}
