package models

import "gorm.io/gorm"

func init() {
	RegisterMigration(Migration{5, "assessment, action plans, realisation, evaluation", migrate0005})
}

// migrate0005 creates the tables of the assessment (Form 1-4, problems and needs), the
// action plan, the monthly realisation with its evidence, and the semester evaluation.
//
// A pairing's plan data refers to it with ON DELETE RESTRICT, so a pairing that has an
// assessment or a plan cannot vanish silently (pairing.Unassign names what refers to it).
// Rows that are part of another record (an activity's budget lines, a month's money and
// evidence) go with it (CASCADE). Frozen: never edit, add a new step instead.
func migrate0005(tx *gorm.DB) error {
	return execAll(tx,
		`CREATE TABLE asesmen (
			id INTEGER PRIMARY KEY AUTOINCREMENT,
			pendampingan_id INTEGER NOT NULL UNIQUE REFERENCES pendampingan(id) ON DELETE RESTRICT,
			assessed_on TEXT, assessor TEXT, note TEXT,
			created_at DATETIME, updated_at DATETIME)`,
		`CREATE TABLE potensi_desa (
			id INTEGER PRIMARY KEY AUTOINCREMENT,
			pendampingan_id INTEGER NOT NULL REFERENCES pendampingan(id) ON DELETE RESTRICT,
			category TEXT NOT NULL,
			name TEXT NOT NULL,
			description TEXT,
			quantity REAL NOT NULL DEFAULT 0 CHECK (quantity >= 0),
			unit TEXT,
			developable INTEGER NOT NULL DEFAULT 0,
			sort_order INTEGER NOT NULL DEFAULT 0)`,
		`CREATE INDEX ix_potensi_desa_pendampingan ON potensi_desa(pendampingan_id)`,
		`CREATE TABLE potensi_pantau (
			id INTEGER PRIMARY KEY AUTOINCREMENT,
			potensi_id INTEGER NOT NULL REFERENCES potensi_desa(id) ON DELETE CASCADE,
			semester INTEGER NOT NULL CHECK (semester IN (1, 2)),
			quantity REAL NOT NULL DEFAULT 0 CHECK (quantity >= 0),
			progress TEXT, note TEXT,
			UNIQUE(potensi_id, semester))`,
		`CREATE TABLE karakteristik (
			id INTEGER PRIMARY KEY AUTOINCREMENT,
			pendampingan_id INTEGER NOT NULL REFERENCES pendampingan(id) ON DELETE RESTRICT,
			semester INTEGER NOT NULL CHECK (semester IN (0, 1, 2)),
			scanned_on TEXT, source TEXT,
			total_poor INTEGER NOT NULL DEFAULT 0 CHECK (total_poor >= 0),
			rtlh INTEGER NOT NULL DEFAULT 0 CHECK (rtlh >= 0),
			tanpa_jamban INTEGER NOT NULL DEFAULT 0 CHECK (tanpa_jamban >= 0),
			tanpa_listrik INTEGER NOT NULL DEFAULT 0 CHECK (tanpa_listrik >= 0),
			tanpa_air INTEGER NOT NULL DEFAULT 0 CHECK (tanpa_air >= 0),
			kk_tidak_bekerja INTEGER NOT NULL DEFAULT 0 CHECK (kk_tidak_bekerja >= 0),
			putus_sekolah INTEGER NOT NULL DEFAULT 0 CHECK (putus_sekolah >= 0),
			tanpa_jkn INTEGER NOT NULL DEFAULT 0 CHECK (tanpa_jkn >= 0),
			lansia_disabilitas INTEGER NOT NULL DEFAULT 0 CHECK (lansia_disabilitas >= 0),
			updated_at DATETIME,
			UNIQUE(pendampingan_id, semester))`,
		`CREATE TABLE masalah (
			id INTEGER PRIMARY KEY AUTOINCREMENT,
			pendampingan_id INTEGER NOT NULL REFERENCES pendampingan(id) ON DELETE RESTRICT,
			kind TEXT NOT NULL CHECK (kind IN ('masalah', 'kebutuhan')),
			description TEXT NOT NULL,
			priority INTEGER NOT NULL DEFAULT 2 CHECK (priority BETWEEN 1 AND 3),
			sort_order INTEGER NOT NULL DEFAULT 0)`,
		`CREATE INDEX ix_masalah_pendampingan ON masalah(pendampingan_id)`,
		`CREATE TABLE kegiatan (
			id INTEGER PRIMARY KEY AUTOINCREMENT,
			pendampingan_id INTEGER NOT NULL REFERENCES pendampingan(id) ON DELETE RESTRICT,
			strategy TEXT NOT NULL,
			name TEXT NOT NULL,
			description TEXT,
			target_group TEXT NOT NULL,
			target_volume REAL NOT NULL DEFAULT 0 CHECK (target_volume >= 0),
			target_unit TEXT,
			executor_opd_id INTEGER REFERENCES opd(id) ON DELETE RESTRICT,
			planned_months INTEGER NOT NULL DEFAULT 0 CHECK (planned_months BETWEEN 0 AND 4095),
			output_indicator TEXT,
			sort_order INTEGER NOT NULL DEFAULT 0,
			copied_from_id INTEGER REFERENCES kegiatan(id) ON DELETE SET NULL,
			created_at DATETIME, updated_at DATETIME)`,
		`CREATE INDEX ix_kegiatan_pendampingan ON kegiatan(pendampingan_id, sort_order)`,
		`CREATE INDEX ix_kegiatan_executor ON kegiatan(executor_opd_id)`,
		`CREATE TABLE kegiatan_anggaran (
			id INTEGER PRIMARY KEY AUTOINCREMENT,
			kegiatan_id INTEGER NOT NULL REFERENCES kegiatan(id) ON DELETE CASCADE,
			source TEXT NOT NULL,
			amount INTEGER NOT NULL DEFAULT 0 CHECK (amount >= 0),
			UNIQUE(kegiatan_id, source))`,
		`CREATE TABLE kegiatan_mitra (
			id INTEGER PRIMARY KEY AUTOINCREMENT,
			kegiatan_id INTEGER NOT NULL REFERENCES kegiatan(id) ON DELETE CASCADE,
			mitra_id INTEGER NOT NULL REFERENCES mitra(id) ON DELETE RESTRICT,
			contribution TEXT,
			amount INTEGER NOT NULL DEFAULT 0 CHECK (amount >= 0),
			UNIQUE(kegiatan_id, mitra_id))`,
		`CREATE INDEX ix_kegiatan_mitra_mitra ON kegiatan_mitra(mitra_id)`,
		`CREATE TABLE kegiatan_kebutuhan (
			kegiatan_id INTEGER NOT NULL REFERENCES kegiatan(id) ON DELETE CASCADE,
			masalah_id INTEGER NOT NULL REFERENCES masalah(id) ON DELETE CASCADE,
			PRIMARY KEY (kegiatan_id, masalah_id))`,
		`CREATE INDEX ix_kegiatan_kebutuhan_masalah ON kegiatan_kebutuhan(masalah_id)`,
		`CREATE TABLE realisasi (
			id INTEGER PRIMARY KEY AUTOINCREMENT,
			kegiatan_id INTEGER NOT NULL REFERENCES kegiatan(id) ON DELETE RESTRICT,
			month INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
			status TEXT NOT NULL DEFAULT 'berjalan',
			volume REAL NOT NULL DEFAULT 0 CHECK (volume >= 0),
			progress REAL NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
			beneficiary_households INTEGER NOT NULL DEFAULT 0 CHECK (beneficiary_households >= 0),
			beneficiary_people INTEGER NOT NULL DEFAULT 0 CHECK (beneficiary_people >= 0),
			kendala TEXT, tindak_lanjut TEXT,
			created_at DATETIME, updated_at DATETIME,
			UNIQUE(kegiatan_id, month))`,
		`CREATE INDEX ix_realisasi_month ON realisasi(month)`,
		`CREATE TABLE realisasi_dana (
			id INTEGER PRIMARY KEY AUTOINCREMENT,
			realisasi_id INTEGER NOT NULL REFERENCES realisasi(id) ON DELETE CASCADE,
			source TEXT NOT NULL,
			amount INTEGER NOT NULL DEFAULT 0 CHECK (amount >= 0),
			UNIQUE(realisasi_id, source))`,
		`CREATE TABLE bukti (
			id INTEGER PRIMARY KEY AUTOINCREMENT,
			realisasi_id INTEGER NOT NULL REFERENCES realisasi(id) ON DELETE CASCADE,
			file_name TEXT NOT NULL,
			path TEXT NOT NULL,
			thumb_path TEXT,
			mime TEXT NOT NULL,
			size INTEGER NOT NULL,
			sha256 TEXT NOT NULL,
			caption TEXT,
			created_at DATETIME)`,
		`CREATE INDEX ix_bukti_realisasi ON bukti(realisasi_id)`,
		`CREATE TABLE evaluasi (
			id INTEGER PRIMARY KEY AUTOINCREMENT,
			pendampingan_id INTEGER NOT NULL REFERENCES pendampingan(id) ON DELETE RESTRICT,
			semester INTEGER NOT NULL CHECK (semester IN (1, 2)),
			evaluated_on TEXT, evaluator TEXT,
			score_lokasi INTEGER NOT NULL DEFAULT 0 CHECK (score_lokasi BETWEEN 0 AND 5),
			score_sasaran INTEGER NOT NULL DEFAULT 0 CHECK (score_sasaran BETWEEN 0 AND 5),
			score_manfaat INTEGER NOT NULL DEFAULT 0 CHECK (score_manfaat BETWEEN 0 AND 5),
			score_kolaborasi INTEGER NOT NULL DEFAULT 0 CHECK (score_kolaborasi BETWEEN 0 AND 5),
			findings TEXT, recommendations TEXT,
			created_at DATETIME, updated_at DATETIME,
			UNIQUE(pendampingan_id, semester))`,
	)
}
