package boot_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"gorm.io/gorm"

	"sidamping/models"
	"sidamping/services/boot"
	"sidamping/services/dbcheck"
	"sidamping/services/testutil"
)

// fillRegistry writes an edition of n members (families of 1-6) in SQL, with the
// search tables filled like an import does.
func fillRegistry(t testing.TB, db *gorm.DB, n int) {
	t.Helper()
	exec := func(q string, args ...any) {
		if err := db.Exec(q, args...).Error; err != nil {
			t.Fatal(q, err)
		}
	}
	exec(`INSERT INTO kecamatan(id, code, name) VALUES (1, '33.20.01', 'Kec 01')`)
	exec(`INSERT INTO desa(id, code, name, kind, kecamatan_id) VALUES (1, '33.20.01.2001', 'Desa 01', 'desa', 1)`)
	exec(`INSERT INTO edisi(id, name, source, data_date, created_at) VALUES (1, 'DTKS 2026', 'dtks', '2026-10-01', ?)`, time.Now())
	exec(`WITH RECURSIVE s(f) AS (SELECT 1 UNION ALL SELECT f + 1 FROM s WHERE f < ?)
		INSERT INTO keluarga(id, edisi_id, no_kk, desa_id, rt, rw, address, desil)
		SELECT f, 1, CAST(3320100000000000 + f AS TEXT), 1, '001', '002', 'DUSUN KRAJAN', 1 + f % 4 FROM s`, max(n*2/7, 1))
	exec(`WITH RECURSIVE m(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM m WHERE x < 6)
		INSERT INTO individu(keluarga_id, edisi_id, nik, nik_flag, name, name_norm)
		SELECT k.id, 1, CAST(3320000000000000 + k.id * 8 + m.x AS TEXT), 'valid', 'WARGA ' || k.id || ' ' || m.x, 'WARGA ' || k.id || ' ' || m.x
		FROM keluarga k JOIN m ON m.x <= 1 + (k.id * 7919) % 6 ORDER BY k.id, m.x LIMIT ?`, n)
	exec(`INSERT INTO individu_nama(edisi_id, name_norm, individu_id) SELECT edisi_id, name_norm, id FROM individu ORDER BY 1, 2, 3`)
	exec(`UPDATE edisi SET families = (SELECT COUNT(*) FROM keluarga), members = (SELECT COUNT(*) FROM individu)`)
}

// The start-up runs the quick check, which leaves the registry to the full check: a
// member whose family is gone (written with foreign keys off, among thousands of
// members) is not reported by the start, while a broken reference in a small table is;
// the full check of the same file reports the member. If the start ran the full check
// (or a whole-file integrity_check plus foreign_key_check) the member would be in the
// start-up report.
func TestStartupRunsTheQuickCheckOnly(t *testing.T) {
	path := filepath.Join(testutil.TempDir(t), "sidamping.db")
	db := testutil.NewDBAt(t, path, true)
	fillRegistry(t, db, 5000)
	pool, _ := db.DB()
	conn, err := pool.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		`PRAGMA foreign_keys = OFF`,
		`INSERT INTO individu(id, keluarga_id, edisi_id, nik_flag, name, name_norm) VALUES (900001, 99999999, 1, 'kosong', 'X', 'X')`,
		`INSERT INTO desa(id, code, name, kind, kecamatan_id) VALUES (2, '33.20.01.2002', 'Desa 02', 'desa', 77)`,
		`PRAGMA foreign_keys = ON`,
	} {
		if _, err := conn.ExecContext(ctx, q); err != nil {
			t.Fatal(q, err)
		}
	}
	conn.Close()
	if err := models.Close(db); err != nil {
		t.Fatal(err)
	}

	db, rep, err := boot.Open(ctx, path, boot.Options{Clock: morning, StartupCheck: true})
	if err != nil {
		t.Fatal(err)
	}
	defer models.Close(db)
	if rep.Check == nil || rep.Check.Mode != dbcheck.Quick {
		t.Fatalf("start-up check = %+v", rep.Check)
	}
	text := strings.Join(rep.Check.Problems, "\n")
	if strings.Contains(text, "individu") || !strings.Contains(text, "tabel desa baris 2 merujuk kecamatan") {
		t.Fatalf("start-up check problems: %q", text)
	}
	full, err := dbcheck.Run(ctx, db, dbcheck.Full, nil)
	if err != nil {
		t.Fatal(err)
	}
	if text := strings.Join(full.Problems, "\n"); !strings.Contains(text, "tabel individu baris 900001 merujuk keluarga") {
		t.Fatalf("full check problems: %q", text)
	}
	if full.Tables <= rep.Check.Tables {
		t.Errorf("full check %d tables, start-up %d", full.Tables, rep.Check.Tables)
	}

	// The CLI opens without the check.
	if err := models.Close(db); err != nil {
		t.Fatal(err)
	}
	db2, rep2, err := boot.Open(ctx, path, boot.Options{Clock: morning})
	if err != nil {
		t.Fatal(err)
	}
	models.Close(db2)
	if rep2.Check != nil {
		t.Errorf("check without StartupCheck: %+v", rep2.Check)
	}
}

// BenchmarkStartupCheck opens a database with a registry of STARTUP_BENCH_MEMBERS
// members (default 20,000; the target is < 1 s whatever the size) the way the app
// starts (boot.Open with the start-up check, no daily backup) and reports the check's
// time and the whole open's:
//
//	STARTUP_BENCH_MEMBERS=1000000 go test -run '^$' -bench StartupCheck -benchtime 10x ./services/boot/
//
// The database is generated once in SQL and cached in os.TempDir().
func BenchmarkStartupCheck(b *testing.B) {
	n := 20_000
	if v, err := strconv.Atoi(os.Getenv("STARTUP_BENCH_MEMBERS")); err == nil && v > 0 {
		n = v
	}
	path := filepath.Join(os.TempDir(), fmt.Sprintf("sidamping-startup-bench-v1-%d.db", n))
	if _, err := os.Stat(path); err != nil {
		db, _, err := boot.Open(ctx, path+".tmp", boot.Options{Clock: morning})
		if err != nil {
			b.Fatal(err)
		}
		fillRegistry(b, db, n)
		models.Close(db)
		if err := os.Rename(path+".tmp", path); err != nil {
			b.Fatal(err)
		}
	}
	var check, open float64
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		t0 := time.Now()
		db, rep, err := boot.Open(ctx, path, boot.Options{Clock: morning, StartupCheck: true})
		if err != nil {
			b.Fatal(err)
		}
		open += time.Since(t0).Seconds()
		models.Close(db)
		if rep.Check == nil || len(rep.Check.Problems) > 0 {
			b.Fatalf("check %+v", rep.Check)
		}
		check += rep.Check.Seconds
	}
	b.ReportMetric(check/float64(b.N), "check_s")
	b.ReportMetric(open/float64(b.N), "open_s")
	b.ReportMetric(float64(n), "members")
}
