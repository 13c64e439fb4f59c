package models_test

import (
	"strings"
	"testing"

	"sidamping/models"
)

// Migration 10 on a registry written with the version-7 schema (frozen SQL): every
// member gets its family's edition, the names and words move into the per-edition search
// tables, the indexes start with the edition, and the schema is what a fresh database
// at version 10 has.
func TestMigrate10KeepsTheRegistry(t *testing.T) {
	db := newRawDB(t)
	if err := models.MigrateTo(mctx, db, 7); err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{
		`INSERT INTO kecamatan(id, code, name) VALUES (1, '33.99.01', 'Contoh')`,
		`INSERT INTO desa(id, code, name, kind, kecamatan_id) VALUES (1, '33.99.01.2001', 'Karanganyar', 'desa', 1)`,
		`INSERT INTO edisi(id, name, source, families, members) VALUES (1, 'DTKS 2025', 'dtks', 1, 2), (2, 'DTKS 2026', 'dtks', 1, 1)`,
		`INSERT INTO keluarga(id, edisi_id, no_kk, desa_id) VALUES (1, 1, '3399010101010001', 1), (2, 2, '3399010101010001', 1)`,
		`INSERT INTO individu(id, keluarga_id, nik, nik_flag, name, name_norm, status) VALUES
			(1, 1, '3399010101800001', 'valid', 'Siti Rahayu', 'SITI RAHAYU', 'meninggal'),
			(2, 1, '3399010101800002', 'valid', 'Budi Santoso Putra', 'BUDI SANTOSO PUTRA', NULL),
			(3, 2, '3399010101800002', 'valid', 'Budi Santoso Putra', 'BUDI SANTOSO PUTRA', NULL)`,
		`INSERT INTO individu_kata(individu_id, kata) VALUES (1, 'RAHAYU'), (2, 'SANTOSO'), (2, 'PUTRA'), (3, 'SANTOSO'), (3, 'PUTRA')`,
	} {
		if err := db.Exec(s).Error; err != nil {
			t.Fatal(err)
		}
	}
	if err := models.MigrateTo(mctx, db, 10); err != nil {
		t.Fatal(err)
	}
	type pair struct {
		ID      int
		EdisiID int
	}
	var ed []pair
	db.Raw(`SELECT id, edisi_id FROM individu ORDER BY id`).Scan(&ed)
	if len(ed) != 3 || ed[0].EdisiID != 1 || ed[1].EdisiID != 1 || ed[2].EdisiID != 2 {
		t.Fatalf("individu.edisi_id %+v", ed)
	}
	var names []string
	db.Raw(`SELECT edisi_id || ':' || name_norm || ':' || individu_id FROM individu_nama ORDER BY 1`).Scan(&names)
	if want := "1:BUDI SANTOSO PUTRA:2 1:SITI RAHAYU:1 2:BUDI SANTOSO PUTRA:3"; strings.Join(names, " ") != want {
		t.Fatalf("individu_nama %q, want %q", strings.Join(names, " "), want)
	}
	var words []string
	db.Raw(`SELECT edisi_id || ':' || kata || ':' || individu_id FROM individu_kata ORDER BY 1`).Scan(&words)
	if want := "1:PUTRA:2 1:RAHAYU:1 1:SANTOSO:2 2:PUTRA:3 2:SANTOSO:3"; strings.Join(words, " ") != want {
		t.Fatalf("individu_kata %q, want %q", strings.Join(words, " "), want)
	}
	var status string
	db.Raw(`SELECT status FROM individu WHERE id = 1`).Scan(&status)
	if status != "meninggal" {
		t.Fatalf("status %q", status)
	}
	var idx []string
	db.Raw(`SELECT sql FROM sqlite_master WHERE name IN ('ix_individu_nik', 'ix_keluarga_no_kk', 'ix_individu_name', 'ix_individu_kata') ORDER BY name`).Scan(&idx)
	if len(idx) != 2 || idx[0] != "CREATE INDEX ix_individu_nik ON individu(edisi_id, nik)" || idx[1] != "CREATE INDEX ix_keluarga_no_kk ON keluarga(edisi_id, no_kk)" {
		t.Fatalf("indexes %q", idx)
	}
	pool, _ := db.DB()
	diffs, err := models.SchemaDiff(mctx, pool, 10)
	if err != nil || len(diffs) > 0 {
		t.Fatalf("schema differs from a fresh version 10: %v %v", err, diffs)
	}
	problems, err := models.IntegrityCheck(mctx, db)
	if err != nil || len(problems) > 0 {
		t.Fatalf("integrity: %v %v", err, problems)
	}
}
