package households

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"testing"
	"time"

	"gorm.io/gorm"

	"sidamping/services/testutil"
)

// BenchmarkCompareMovement compares two generated editions of HOUSEHOLDS_BENCH_ROWS
// members each (default 100,000; the target is 1,000,000 in ≤ 10 s and ≤ 400 MB
// for each of movement and compare): the movement, the comparison's counts and the
// comparison's workbook (what `households compare` writes), each with its time and the
// process's peak RSS over that step (VmHWM reset before it):
//
//	HOUSEHOLDS_BENCH_ROWS=1000000 go test -run='^$' -bench=CompareMovement -benchtime=1x ./services/households/
//
// The database is generated once in SQL (families of 1-6 members over 16 × 30 villages;
// edition B drops 5 % of the families, gives 2 % a new No KK with the same members,
// changes the desil of 1 in 7, drops or adds a member in 1 family in 11 or 13 and adds
// 5 % new families) and cached in os.TempDir().
func BenchmarkCompareMovement(b *testing.B) {
	n := 100_000
	if v, err := strconv.Atoi(os.Getenv("HOUSEHOLDS_BENCH_ROWS")); err == nil && v > 0 {
		n = v
	}
	db := compareBenchDB(b, n)
	svc := New(db, nil, nil, nil)
	var a, bb uint
	db.Raw("SELECT id FROM edisi WHERE name = 'A'").Scan(&a)
	db.Raw("SELECT id FROM edisi WHERE name = 'B'").Scan(&bb)
	out := filepath.Join(testutil.TempDir(b), "banding.xlsx")
	step := func(name string, fn func() error) {
		runtime.GC()
		resetHWM()
		t0, cpu0 := time.Now(), cpuTime()
		if err := fn(); err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(time.Since(t0).Seconds(), name+"_s")
		b.ReportMetric((cpuTime() - cpu0).Seconds(), name+"_cpu_s")
		b.ReportMetric(vmHWM()/(1<<20), name+"_peakRSS_MB")
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		var mv Movement
		step("movement", func() (err error) {
			mv, err = svc.Movement(context.Background(), a, bb, MovementOptions{ByBeneficiaries: true})
			return err
		})
		var c Comparison
		step("compare", func() (err error) {
			c, err = svc.Compare(context.Background(), a, bb)
			return err
		})
		step("export", func() error {
			_, err := svc.ExportCompare(context.Background(), a, bb, out, false)
			return err
		})
		if mv.Total.LowA == 0 || mv.MatchedByNIK == 0 || c.FamiliesIn == 0 || c.MembersOut == 0 {
			b.Fatalf("nothing moved: %+v %+v", mv.Total, c)
		}
		b.Logf("members=%d low_a=%d up=%d gone=%d new_low=%d by_nik=%d; families in %d out %d desil %d members in %d out %d",
			n, mv.Total.LowA, mv.Total.Up, mv.Total.Gone, mv.Total.NewLow, mv.MatchedByNIK, c.FamiliesIn, c.FamiliesOut, c.DesilChanged, c.MembersIn, c.MembersOut)
	}
}

// resetHWM resets the process's peak RSS (Linux; ignored elsewhere).
func resetHWM() { _ = os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) }

// compareBenchDB returns the cached database with editions A and B of about n members.
func compareBenchDB(b *testing.B, n int) *gorm.DB {
	path := filepath.Join(os.TempDir(), "sidamping-households-bench-compare-v1-"+strconv.Itoa(n)+".db")
	if _, err := os.Stat(path); err == nil {
		return testutil.NewDBAt(b, path, false)
	}
	db := testutil.NewDBAt(b, path+".tmp", true)
	fixture(b, db, benchKec, benchDesa)
	fams := n * 2 / 7 // 3.5 members per family on average
	exec := func(q string, args ...any) {
		if err := db.Exec(q, args...).Error; err != nil {
			b.Fatal(err)
		}
	}
	exec(`INSERT INTO edisi(id, name, source, data_date, created_at) VALUES (1, 'A', 'dtks', '2025-10-01', ?), (2, 'B', 'dtks', '2026-10-01', ?)`, time.Now(), time.Now())
	// Edition A: family f in village (f mod 16 + 1)*100 + f mod 30 + 1, desil 1-4.
	exec(`WITH RECURSIVE s(f) AS (SELECT 1 UNION ALL SELECT f + 1 FROM s WHERE f < ?)
		INSERT INTO keluarga(id, edisi_id, no_kk, desa_id, rt, rw, address, desil)
		SELECT f, 1, CAST(3320100000000000 + f AS TEXT), (f % 16 + 1) * 100 + f % 30 + 1, '001', '002', 'DUSUN KRAJAN', 1 + (f * 31) % 4 FROM s`, fams)
	exec(`WITH RECURSIVE m(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM m WHERE x < 6)
		INSERT INTO individu(keluarga_id, nik, nik_flag, name, name_norm)
		SELECT k.id, CAST(3320000000000000 + k.id * 8 + m.x AS TEXT), 'valid', 'WARGA ' || k.id || ' ' || m.x, 'WARGA ' || k.id || ' ' || m.x
		FROM keluarga k JOIN m ON m.x <= 1 + (k.id * 7919) % 6 WHERE k.edisi_id = 1 ORDER BY k.id, m.x`)
	// Edition B (family ids from 10,000,000 + f).
	exec(`INSERT INTO keluarga(id, edisi_id, no_kk, desa_id, rt, rw, address, desil)
		SELECT 10000000 + id, 2, CASE WHEN id % 50 = 1 THEN CAST(3320200000000000 + id AS TEXT) ELSE no_kk END, desa_id, rt, rw, address,
			CASE WHEN id % 7 = 0 THEN desil % 4 + 1 + (id % 3) ELSE desil END
		FROM keluarga WHERE edisi_id = 1 AND id % 20 <> 0`)
	exec(`INSERT INTO individu(keluarga_id, nik, nik_flag, name, name_norm)
		SELECT 10000000 + i.keluarga_id, i.nik, 'valid', i.name, i.name_norm FROM individu i JOIN keluarga k ON k.id = i.keluarga_id
		WHERE k.edisi_id = 1 AND k.id % 20 <> 0 AND NOT (k.id % 11 = 0 AND i.nik = CAST(3320000000000000 + k.id * 8 + 1 AS TEXT))
		ORDER BY i.keluarga_id, i.id`)
	exec(`INSERT INTO individu(keluarga_id, nik, nik_flag, name, name_norm)
		SELECT id, CAST(3320000000000000 + (id - 10000000) * 8 + 7 AS TEXT), 'valid', 'BAYI', 'BAYI' FROM keluarga
		WHERE edisi_id = 2 AND id % 13 = 0`)
	exec(`WITH RECURSIVE s(f) AS (SELECT ? UNION ALL SELECT f + 1 FROM s WHERE f < ?)
		INSERT INTO keluarga(id, edisi_id, no_kk, desa_id, rt, rw, address, desil)
		SELECT 10000000 + f, 2, CAST(3320100000000000 + f AS TEXT), (f % 16 + 1) * 100 + f % 30 + 1, '001', '002', 'DUSUN BARU', 1 + f % 4 FROM s`,
		fams+1, fams+fams/20)
	exec(`INSERT INTO individu(keluarga_id, nik, nik_flag, name, name_norm)
		SELECT id, CAST(3320000000000000 + (id - 10000000) * 8 + 1 AS TEXT), 'valid', 'WARGA BARU', 'WARGA BARU' FROM keluarga
		WHERE edisi_id = 2 AND id > ?`, 10000000+fams)
	exec(`UPDATE edisi SET families = (SELECT COUNT(*) FROM keluarga k WHERE k.edisi_id = edisi.id),
		members = (SELECT COUNT(*) FROM individu i JOIN keluarga k ON k.id = i.keluarga_id WHERE k.edisi_id = edisi.id)`)
	sqlDB, _ := db.DB()
	sqlDB.Close()
	for _, sfx := range []string{"-wal", "-shm"} {
		os.Remove(path + ".tmp" + sfx)
	}
	if err := os.Rename(path+".tmp", path); err != nil {
		b.Fatal(err)
	}
	return testutil.NewDBAt(b, path, false)
}
