package models_test

import (
	"strings"
	"testing"

	"sidamping/models"
)

func TestSchemaDiffOfMigratedDatabaseIsEmpty(t *testing.T) {
	for _, v := range []int{1, 3, models.LatestVersion()} {
		db := newRawDB(t)
		if err := models.MigrateTo(mctx, db, v); err != nil {
			t.Fatal(err)
		}
		pool, _ := db.DB()
		diffs, err := models.SchemaDiff(mctx, pool, v)
		if err != nil || len(diffs) != 0 {
			t.Fatalf("version %d: diffs %q, %v", v, diffs, err)
		}
		if v < models.LatestVersion() {
			// compared with a later version, the missing tables are named
			diffs, _ := models.SchemaDiff(mctx, pool, models.LatestVersion())
			if !contains(diffs, "tidak ada") {
				t.Errorf("version %d compared with latest: %q", v, diffs)
			}
		}
	}
}

func contains(lines []string, words ...string) bool {
	for _, l := range lines {
		ok := true
		for _, w := range words {
			ok = ok && strings.Contains(l, w)
		}
		if ok {
			return true
		}
	}
	return false
}

func TestSchemaDiffNamesWhatDiffers(t *testing.T) {
	cases := []struct {
		name  string
		stmts []string
		want  []string
	}{
		{"trigger", []string{`CREATE TRIGGER hapus_desa_tahun AFTER INSERT ON desa_tahun BEGIN DELETE FROM desa_tahun; END`},
			[]string{"trigger hapus_desa_tahun tidak dikenal"}},
		{"view for table", []string{`DROP TABLE desa_tahun`, `CREATE VIEW desa_tahun AS SELECT 1 AS id`},
			[]string{"tabel desa_tahun tidak ada", "view desa_tahun tidak dikenal"}},
		{"dropped table", []string{`DROP TABLE pemetaan_kolom`}, []string{"tabel pemetaan_kolom tidak ada"}},
		{"extra column", []string{`ALTER TABLE desa ADD COLUMN catatan TEXT`}, []string{"tabel desa: kolom", "catatan", "tidak dikenal"}},
		{"extra index", []string{`CREATE INDEX ix_desa_nama ON desa(name)`}, []string{"indeks ix_desa_nama tidak dikenal"}},
		{"dropped index", []string{`DROP INDEX ix_desa_kecamatan`}, []string{"indeks ix_desa_kecamatan tidak ada"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			db := newRawDB(t)
			if err := models.Migrate(mctx, db); err != nil {
				t.Fatal(err)
			}
			for _, s := range c.stmts {
				if err := db.Exec(s).Error; err != nil {
					t.Fatalf("%s: %v", s, err)
				}
			}
			pool, _ := db.DB()
			diffs, err := models.SchemaDiff(mctx, pool, models.LatestVersion())
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range c.want {
				if !contains(diffs, w) {
					t.Errorf("diffs %q do not say %q", diffs, w)
				}
			}
		})
	}
}
