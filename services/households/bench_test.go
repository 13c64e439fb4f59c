package households

import (
	"bufio"
	"context"
	"database/sql"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"sidamping/models"
	"sidamping/services/common"
	"sidamping/services/testutil"
)

// BenchmarkImport1M imports a generated DTKS workbook of HOUSEHOLDS_BENCH_ROWS members
// (default 100,000; the target is 1,000,000 in ≤ 20 s and ≤ 400 MB) into a fresh
// database, then inserts the same rows with the raw baseline (one prepared single-row
// statement in one transaction, indexes dropped and rebuilt after) and reports both
// times, their ratio and the peak RSS (VmHWM) of the process:
//
//	HOUSEHOLDS_BENCH_ROWS=1000000 go test -run='^$' -bench=Import1M -benchtime=1x ./services/households/
//
// The workbook is cached in os.TempDir(). Run with /usr/bin/time -v for an outside view.
func BenchmarkImport1M(b *testing.B) {
	n := 100_000
	if v, err := strconv.Atoi(os.Getenv("HOUSEHOLDS_BENCH_ROWS")); err == nil && v > 0 {
		n = v
	}
	path := benchWorkbook(b, n)
	runtime.GC()
	b.ResetTimer()
	var importDur, rawDur, importCPU time.Duration
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		db := testutil.NewDB(b)
		fixture(b, db, benchKec, benchDesa)
		svc := New(db, nil, common.NopEmitter{}, nil)
		b.StartTimer()
		cpu0 := cpuTime()
		t0 := time.Now()
		res, err := svc.Import(context.Background(), ImportInput{Files: []string{path}, Edition: "DTKS bench " + strconv.Itoa(i), Mode: ModeReject})
		importDur = time.Since(t0)
		importCPU = cpuTime() - cpu0
		if err != nil {
			b.Fatal(err)
		}
		if res.Imported != int64(n) {
			b.Fatalf("imported %d of %d (%d errors: %v)", res.Imported, n, res.ErrorCount, res.Errors[:min(3, len(res.Errors))])
		}
		b.StopTimer()
		b.ReportMetric(float64(res.Families), "families")
		peakImport := vmHWM()

		rawDur = time.Nanosecond
		if os.Getenv("HOUSEHOLDS_BENCH_NORAW") == "" {
			raw := testutil.NewDB(b)
			fixture(b, raw, benchKec, benchDesa)
			rawDur = rawBaseline(b, raw, n)
		}
		b.StartTimer()
		b.ReportMetric(peakImport/(1<<20), "peakRSS_MB")
	}
	b.ReportMetric(importDur.Seconds(), "import_s")
	b.ReportMetric(rawDur.Seconds(), "raw_s")
	b.ReportMetric(importDur.Seconds()/rawDur.Seconds(), "ratio")
	b.ReportMetric(float64(n)/importDur.Seconds(), "rows/s")
	b.ReportMetric(importCPU.Seconds(), "import_cpu_s")
	b.Logf("rows=%d import=%.2fs (cpu %.2fs) raw=%.2fs ratio=%.2f", n, importDur.Seconds(), importCPU.Seconds(), rawDur.Seconds(),
		importDur.Seconds()/rawDur.Seconds())
}

// rawBaseline inserts the same n rows as the workbook straight from the generator into an
// empty registry: one transaction, one prepared single-row statement per table, the
// secondary indexes dropped before and built after, the search tables filled by the
// same sorted INSERTs as the import: the least work that gives the same database.
func rawBaseline(tb testing.TB, db interface{ DB() (*sql.DB, error) }, n int) time.Duration {
	sqlDB, _ := db.DB()
	c := context.Background()
	conn, err := sqlDB.Conn(c)
	if err != nil {
		tb.Fatal(err)
	}
	defer conn.Close()
	// Generate first (outside the timing): the baseline measures the inserts.
	type row struct {
		text  [15]string
		birth float64
		desil int
	}
	g := &benchGen{r: rand.New(rand.NewPCG(1, 2))}
	rows := make([]row, n)
	for i := range rows {
		rows[i].text, rows[i].birth, rows[i].desil = g.next(i)
	}
	start := time.Now()
	tx, err := conn.BeginTx(c, nil)
	if err != nil {
		tb.Fatal(err)
	}
	defer tx.Rollback()
	r, err := tx.Exec(`INSERT INTO edisi(name, source, created_at) VALUES ('raw', 'dtks', ?)`, time.Now())
	if err != nil {
		tb.Fatal(err)
	}
	ed, _ := r.LastInsertId()
	defs, err := dropIndexes(c, tx)
	if err != nil {
		tb.Fatal(err)
	}
	if _, err := tx.Exec(createWordStage); err != nil {
		tb.Fatal(err)
	}
	fam, _ := tx.Prepare("INSERT INTO keluarga(" + famCols + ") VALUES (?,?,?,?,?,?,?,?,?,?)")
	mem, _ := tx.Prepare("INSERT INTO individu(" + memCols + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
	tok, _ := tx.Prepare("INSERT INTO temp.kata_baru(" + tokCols + ") VALUES (?,?)")
	famIDs := map[string]int64{}
	desa := map[string]int64{}
	for k := 1; k <= benchKec; k++ {
		for v := 1; v <= benchDesa; v++ {
			desa["33.20."+two(k)+".20"+two(v)] = int64(k*100 + v)
		}
	}
	for _, x := range rows {
		t := x.text
		id, ok := famIDs[t[2]]
		if !ok {
			id = int64(len(famIDs) + 1)
			famIDs[t[2]] = id
			if _, err := fam.Exec(id, ed, t[2], nil, desa[t[11]], t[8], t[9], t[10], x.desil, nil); err != nil {
				tb.Fatal(err)
			}
		}
		birth, _ := time.Parse("2006-01-02", "1899-12-30")
		r, err := mem.Exec(nil, id, ed, t[1], "valid", t[0], t[3], t[3], "", t[7][:1], t[5], birth.AddDate(0, 0, int(x.birth)).Format("2006-01-02"),
			t[4], t[13], "", `{"Status PKH":"`+t[14]+`"}`)
		if err != nil {
			tb.Fatal(err)
		}
		mid, _ := r.LastInsertId()
		for _, w := range nameWords(t[3]) {
			if _, err := tok.Exec(mid, w); err != nil {
				tb.Fatal(err)
			}
		}
	}
	if err := rebuildIndexes(c, tx, defs, nil); err != nil {
		tb.Fatal(err)
	}
	var lo, hi int64
	if err := tx.QueryRow("SELECT MIN(id), MAX(id) FROM individu").Scan(&lo, &hi); err != nil {
		tb.Fatal(err)
	}
	for _, q := range []struct {
		q    string
		args []any
	}{{fillNames, []any{ed, lo, hi}}, {fillWords, []any{ed}}, {dropWordStage, nil}} {
		if _, err := tx.Exec(q.q, q.args...); err != nil {
			tb.Fatal(err)
		}
	}
	if err := tx.Commit(); err != nil {
		tb.Fatal(err)
	}
	return time.Since(start)
}

func two(n int) string { return strconv.Itoa(n/10) + strconv.Itoa(n%10) }

// vmHWM is the process's peak resident set size in bytes (Linux; 0 elsewhere).
func vmHWM() float64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			kb, _ := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 64)
			return kb * 1024
		}
	}
	return 0
}

// BenchmarkSearch measures the registry search on an imported edition of
// HOUSEHOLDS_BENCH_ROWS members: by NIK, No KK, name prefix and name token.
func BenchmarkSearch(b *testing.B) {
	n := 100_000
	if v, err := strconv.Atoi(os.Getenv("HOUSEHOLDS_BENCH_ROWS")); err == nil && v > 0 {
		n = v
	}
	path := benchWorkbook(b, n)
	dbPath := filepath.Join(os.TempDir(), "sidamping-households-bench-search-v4-"+strconv.Itoa(n)+".db")
	var db = func() *Service {
		if _, err := os.Stat(dbPath); err == nil {
			d := testutil.NewDBAt(b, dbPath, false)
			return New(d, nil, nil, nil)
		}
		d := testutil.NewDBAt(b, dbPath+".tmp", true)
		fixture(b, d, benchKec, benchDesa)
		svc := New(d, nil, nil, nil)
		if _, err := svc.Import(context.Background(), ImportInput{Files: []string{path}, Edition: "DTKS bench"}); err != nil {
			b.Fatal(err)
		}
		models.Close(d)
		os.Rename(dbPath+".tmp", dbPath)
		os.Remove(dbPath + ".tmp-wal")
		os.Remove(dbPath + ".tmp-shm")
		return New(testutil.NewDBAt(b, dbPath, false), nil, nil, nil)
	}()
	g := &benchGen{r: rand.New(rand.NewPCG(1, 2))}
	var sample [15]string
	for i := range n / 2 {
		sample, _, _ = g.next(i)
	}
	queries := map[string]string{"nik": sample[1], "kk": sample[2], "name": sample[3], "prefix": sample[3][:4], "token": strings.Fields(sample[3])[1],
		"miss": "ZULKARNAEN"}
	// Browsing and progress on the same registry.
	eds, _ := db.Editions(context.Background())
	ed := eds[0].ID
	b.Run("families-page", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			if p, err := db.ListFamilies(context.Background(), FamilyQuery{EditionID: ed, DesaID: 101, Page: 3}); err != nil || len(p.Rows) == 0 {
				b.Fatal(err, p.Total)
			}
		}
	})
	b.Run("village-progress", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			if _, err := db.VillageProgress(context.Background(), ed, 101); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("overview", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			if _, err := db.Overview(context.Background(), ed); err != nil {
				b.Fatal(err)
			}
		}
	})
	for name, q := range queries {
		b.Run(name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				res, err := db.Search(context.Background(), SearchQuery{Text: q, Limit: 50})
				if err != nil {
					b.Fatal(err)
				}
				if len(res.Rows) == 0 && name != "miss" {
					b.Fatalf("no hit for %q", q)
				}
			}
		})
	}
}

// indexDef is one secondary index as stored in sqlite_master.
type indexDef struct{ name, sql string }

// dropIndexes drops the secondary indexes of keluarga and individu (not the partial
// ones) and returns their definitions for rebuildIndexes (the raw baseline).
func dropIndexes(ctx context.Context, tx execer) ([]indexDef, error) {
	rows, err := tx.QueryContext(ctx, `SELECT name, sql FROM sqlite_master
		WHERE type = 'index' AND sql IS NOT NULL AND sql NOT LIKE '% WHERE %'
		AND tbl_name IN ('keluarga', 'individu') ORDER BY name`)
	if err != nil {
		return nil, err
	}
	var defs []indexDef
	for rows.Next() {
		var d indexDef
		if err := rows.Scan(&d.name, &d.sql); err != nil {
			rows.Close()
			return nil, err
		}
		defs = append(defs, d)
	}
	rows.Close()
	for _, d := range defs {
		if _, err := tx.ExecContext(ctx, `DROP INDEX "`+d.name+`"`); err != nil {
			return nil, err
		}
	}
	return defs, rows.Err()
}

// rebuildIndexes recreates the dropped indexes.
func rebuildIndexes(ctx context.Context, tx execer, defs []indexDef, _ func(int)) error {
	for _, d := range defs {
		if _, err := tx.ExecContext(ctx, d.sql); err != nil {
			return err
		}
	}
	return nil
}
