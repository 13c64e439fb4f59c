package backup_test

import (
	"database/sql"
	"path/filepath"
	"strings"
	"testing"

	"sidamping/models"
)

// A backup whose schema is not the migrated one is refused before anything changes: the
// live rows are as they were and no pre-restore backup was made.
func TestRestoreRefusesATamperedSchema(t *testing.T) {
	cases := []struct {
		name  string
		stmts []string
		words []string
	}{
		{"trigger wiping desa_tahun",
			[]string{`CREATE TRIGGER bersihkan AFTER INSERT ON desa_tahun BEGIN DELETE FROM desa_tahun; END`},
			[]string{"trigger bersihkan tidak dikenal"}},
		{"view standing in for a table",
			[]string{`DROP TABLE pemetaan_kolom`, `CREATE VIEW pemetaan_kolom AS SELECT 1 AS id`},
			[]string{"tabel pemetaan_kolom tidak ada", "view pemetaan_kolom tidak dikenal"}},
		{"dropped table", []string{`DROP TABLE evaluasi`}, []string{"tabel evaluasi tidak ada"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			l := newLive(t, nil)
			l.addKecamatan(t, "Tetap", 3)
			if err := l.db.Exec(`INSERT INTO tahun_program(year, active) VALUES (2026, 1)`).Error; err != nil {
				t.Fatal(err)
			}
			if err := l.db.Exec(`INSERT INTO desa(code, name, kecamatan_id) VALUES ('33.99.01.2001', 'Sukamaju', 1)`).Error; err != nil {
				t.Fatal(err)
			}
			if err := l.db.Exec(`INSERT INTO desa_tahun(desa_id, year, priority) VALUES (1, 2026, 1)`).Error; err != nil {
				t.Fatal(err)
			}
			bad := filepath.Join(l.dir, "cadangan-diubah.db")
			if _, err := l.svc.Backup(ctx, bad); err != nil {
				t.Fatal(err)
			}
			f := openPlain(t, bad)
			for _, s := range c.stmts {
				if _, err := f.Exec(s); err != nil {
					t.Fatalf("%s: %v", s, err)
				}
			}
			f.Close()

			_, err := l.svc.Restore(ctx, bad)
			ae := models.AsAppError(err)
			if ae == nil || ae.Code != "backup.schema_mismatch" {
				t.Fatalf("Restore = %v, want backup.schema_mismatch", err)
			}
			if !strings.Contains(ae.Message, "cadangan-diubah.db") {
				t.Errorf("message %q does not name the file", ae.Message)
			}
			all := ae.Message + "\n" + strings.Join(ae.Details, "\n")
			for _, w := range c.words {
				if !strings.Contains(all, w) {
					t.Errorf("message and details %q do not say %q", all, w)
				}
			}
			if n := scalar[int](t, mustPool(t, l), "SELECT count(*) FROM desa_tahun"); n != 1 {
				t.Errorf("%d desa_tahun rows after a refused restore, want 1", n)
			}
			if n := scalar[int](t, mustPool(t, l), "SELECT count(*) FROM kecamatan WHERE name LIKE 'Tetap%'"); n != 3 {
				t.Errorf("%d kecamatan after a refused restore, want 3", n)
			}
			if n := scalar[int](t, mustPool(t, l), "SELECT count(*) FROM sqlite_master WHERE type IN ('trigger', 'view')"); n != 0 {
				t.Errorf("the live database got %d triggers/views", n)
			}
			if list, _ := l.svc.ListAuto(ctx); len(list) != 0 {
				t.Errorf("a refused file still made a pre-restore backup: %+v", list)
			}
		})
	}
}

// mustPool is the database/sql pool behind the live database.
func mustPool(t *testing.T, l *live) *sql.DB {
	t.Helper()
	pool, err := l.db.DB()
	if err != nil {
		t.Fatal(err)
	}
	return pool
}
