package models

import "gorm.io/gorm"

func init() {
	RegisterMigration(Migration{6, "household registry", migrate0006})
	for t, label := range map[string]string{
		"edisi":            "edisi data keluarga",
		"keluarga":         "keluarga (data kemiskinan)",
		"individu":         "anggota keluarga (data kemiskinan)",
		"status_verval":    "status verifikasi",
		"pemetaan_kolom":   "pemetaan kolom impor",
		"penerima_manfaat": "penerima manfaat kegiatan",
	} {
		TableLabels[t] = label
	}
}

// migrate0006 creates the household registry: editions of a poverty list (DTKS, P3KE,
// DTSEN); their families (by No KK) and members (by NIK); each village's totals per
// edition (edisi_desa, written by the import, so overviews need not count a million
// rows); the words of members' names after the first (individu_kata, for finding
// "RAHAYU" in "SITI RAHAYU" through an index; clustered by member so an import appends);
// the editable list of verification statuses; the remembered header mappings; and the
// beneficiaries of an activity (kegiatan, migration 5) picked from the registry.
//
// An edition's families and members go with it (CASCADE); a village that has families
// cannot vanish (RESTRICT); a member picked as a beneficiary keeps its edition
// (RESTRICT); a status in use cannot be deleted (RESTRICT); a verifier who leaves the
// team is set to NULL while the name stays. The import drops the secondary indexes of
// keluarga, individu and individu_kata and rebuilds them from their sqlite_master text,
// so an index added here or later is rebuilt as written. Frozen once released: never
// edit, add a new step instead.
func migrate0006(tx *gorm.DB) error {
	return execAll(tx,
		`CREATE TABLE status_verval (
			code TEXT PRIMARY KEY,
			label TEXT NOT NULL,
			sort_order INTEGER NOT NULL DEFAULT 0,
			builtin INTEGER NOT NULL DEFAULT 0)`,
		`INSERT INTO status_verval(code, label, sort_order, builtin) VALUES
			('valid', 'Valid', 1, 1),
			('meninggal', 'Meninggal', 2, 1),
			('pindah', 'Pindah domisili', 3, 1),
			('tidak_ditemukan', 'Tidak ditemukan', 4, 1),
			('ganda', 'Ganda', 5, 1),
			('tidak_layak', 'Tidak layak', 6, 1),
			('menolak', 'Menolak', 7, 1),
			('usulan_baru', 'Usulan baru', 8, 1)`,
		`CREATE TABLE edisi (
			id INTEGER PRIMARY KEY AUTOINCREMENT,
			name TEXT NOT NULL UNIQUE,
			source TEXT NOT NULL CHECK (source IN ('dtks','p3ke','dtsen','lainnya')),
			data_date TEXT,
			files TEXT NOT NULL DEFAULT '[]',
			families INTEGER NOT NULL DEFAULT 0,
			members INTEGER NOT NULL DEFAULT 0,
			rows_read INTEGER NOT NULL DEFAULT 0,
			skipped INTEGER NOT NULL DEFAULT 0,
			note TEXT,
			created_at DATETIME)`,
		`CREATE TABLE keluarga (
			id INTEGER PRIMARY KEY,
			edisi_id INTEGER NOT NULL REFERENCES edisi(id) ON DELETE CASCADE,
			no_kk TEXT,
			source_id TEXT,
			desa_id INTEGER NOT NULL REFERENCES desa(id) ON DELETE RESTRICT,
			address TEXT,
			rt TEXT,
			rw TEXT,
			desil INTEGER CHECK (desil IS NULL OR desil BETWEEN 1 AND 10),
			extra TEXT,
			status TEXT REFERENCES status_verval(code) ON UPDATE CASCADE ON DELETE RESTRICT,
			status_date TEXT,
			verifier_id INTEGER REFERENCES anggota_tim(id) ON DELETE SET NULL,
			verifier_name TEXT,
			status_note TEXT)`,
		`CREATE INDEX ix_keluarga_edisi_desa ON keluarga(edisi_id, desa_id, rt, rw)`,
		`CREATE INDEX ix_keluarga_no_kk ON keluarga(no_kk)`,
		`CREATE INDEX ix_keluarga_status ON keluarga(status) WHERE status IS NOT NULL`,
		`CREATE INDEX ix_keluarga_verifier ON keluarga(verifier_id) WHERE verifier_id IS NOT NULL`,
		`CREATE TABLE individu (
			id INTEGER PRIMARY KEY,
			keluarga_id INTEGER NOT NULL REFERENCES keluarga(id) ON DELETE CASCADE,
			nik TEXT,
			nik_flag TEXT NOT NULL CHECK (nik_flag IN ('valid','kosong','sementara')),
			source_id TEXT,
			name TEXT NOT NULL,
			name_norm TEXT NOT NULL,
			relationship TEXT,
			sex TEXT,
			birth_place TEXT,
			birth_date TEXT,
			mother_name TEXT,
			occupation TEXT,
			education TEXT,
			extra TEXT,
			status TEXT REFERENCES status_verval(code) ON UPDATE CASCADE ON DELETE RESTRICT,
			status_date TEXT,
			verifier_id INTEGER REFERENCES anggota_tim(id) ON DELETE SET NULL,
			verifier_name TEXT,
			status_note TEXT)`,
		`CREATE INDEX ix_individu_keluarga ON individu(keluarga_id, status)`,
		`CREATE INDEX ix_individu_nik ON individu(nik)`,
		`CREATE INDEX ix_individu_name ON individu(name_norm)`,
		`CREATE INDEX ix_individu_status ON individu(status) WHERE status IS NOT NULL`,
		`CREATE INDEX ix_individu_verifier ON individu(verifier_id) WHERE verifier_id IS NOT NULL`,
		`CREATE TABLE edisi_desa (
			edisi_id INTEGER NOT NULL REFERENCES edisi(id) ON DELETE CASCADE,
			desa_id INTEGER NOT NULL REFERENCES desa(id) ON DELETE RESTRICT,
			families INTEGER NOT NULL DEFAULT 0,
			members INTEGER NOT NULL DEFAULT 0,
			desil12 INTEGER NOT NULL DEFAULT 0,
			PRIMARY KEY (edisi_id, desa_id)) WITHOUT ROWID`,
		`CREATE TABLE individu_kata (
			individu_id INTEGER NOT NULL REFERENCES individu(id) ON DELETE CASCADE,
			kata TEXT NOT NULL,
			PRIMARY KEY (individu_id, kata)) WITHOUT ROWID`,
		`CREATE INDEX ix_individu_kata ON individu_kata(kata)`,
		`CREATE TABLE penerima_manfaat (
			id INTEGER PRIMARY KEY AUTOINCREMENT,
			kegiatan_id INTEGER NOT NULL REFERENCES kegiatan(id) ON DELETE CASCADE,
			individu_id INTEGER NOT NULL REFERENCES individu(id) ON DELETE RESTRICT,
			month INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
			note TEXT,
			created_at DATETIME,
			UNIQUE(kegiatan_id, individu_id))`,
		`CREATE INDEX ix_penerima_manfaat_individu ON penerima_manfaat(individu_id)`,
		`CREATE TABLE pemetaan_kolom (
			id INTEGER PRIMARY KEY AUTOINCREMENT,
			source TEXT NOT NULL,
			signature TEXT NOT NULL UNIQUE,
			headers TEXT NOT NULL,
			mapping TEXT NOT NULL,
			updated_at DATETIME)`,
	)
}
