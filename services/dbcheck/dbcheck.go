// Package dbcheck checks the database: a quick check for every start (pragmas, schema,
// the integrity and references of every table except the household registry's large
// ones; well under a second whatever the registry holds) and a full check on demand
// (every table and its indexes, every foreign key) that reports its progress and runs
// its parts on two connections at once.
package dbcheck

import (
	"context"
	"database/sql"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"

	"gorm.io/gorm"

	"sidamping/models"
	"sidamping/services/common"
)

// Modes of a check.
const (
	Quick = "quick"
	Full  = "full"
)

// ProgressTask is the task of the full check's progress events.
const ProgressTask = "check-db"

// largeTables are the household registry's tables, left to the full check: they grow
// by millions of rows per edition.
var largeTables = map[string]bool{"keluarga": true, "individu": true, "individu_nama": true, "individu_kata": true}

// Report is what a check found.
type Report struct {
	Mode     string   `json:"mode"`
	Problems []string `json:"problems"`
	Tables   int      `json:"tables"`
	Rows     int64    `json:"rows"` // rows checked (estimated for the registry)
	Seconds  float64  `json:"seconds"`
}

// part is one PRAGMA of the check with its expected cost.
type part struct {
	table, pragma string
	weight        int64
}

// Run checks the database in mode; em receives the full check's progress (nil: none).
func Run(ctx context.Context, db *gorm.DB, mode string, em common.Emitter) (Report, error) {
	start := time.Now()
	rep := Report{Mode: mode, Problems: []string{}}
	pool, err := db.DB()
	if err != nil {
		return rep, err
	}
	if err := models.VerifyPragmas(ctx, db); err != nil {
		rep.Problems = append(rep.Problems, err.Error())
	}
	version, err := models.SchemaVersion(ctx, db)
	if err != nil {
		return rep, err
	}
	diffs, err := models.SchemaDiff(ctx, pool, version)
	if err != nil {
		return rep, err
	}
	for _, d := range diffs {
		rep.Problems = append(rep.Problems, "skema: "+d)
	}
	parts, err := plan(ctx, pool, mode == Full)
	if err != nil {
		return rep, err
	}
	tables := map[string]bool{}
	var total int64
	for _, p := range parts {
		tables[p.table] = true
		total += p.weight
		if p.pragma == "integrity_check" {
			rep.Rows += p.weight
		}
	}
	rep.Tables = len(tables)
	var prog *common.Progress
	if em != nil && mode == Full {
		prog = common.NewProgress(em, ProgressTask)
		prog.Report("periksa", 0, total)
	}
	probs, err := runParts(ctx, pool, parts, total, prog)
	rep.Problems = append(rep.Problems, probs...)
	rep.Seconds = time.Since(start).Seconds()
	if err == nil && prog != nil {
		prog.Finish("selesai", fmt.Sprintf("Pemeriksaan selesai: %d tabel, %d temuan.", rep.Tables, len(rep.Problems)))
	}
	return rep, err
}

// plan lists the PRAGMAs to run, the largest first. A table's weight is its rows (the
// registry's from the editions' totals, so planning costs nothing) times one plus its
// indexes for integrity_check, times its foreign keys for foreign_key_check.
func plan(ctx context.Context, pool *sql.DB, full bool) ([]part, error) {
	rows, err := pool.QueryContext(ctx, `SELECT m.name,
		(SELECT COUNT(*) FROM pragma_index_list(m.name)), (SELECT COUNT(*) FROM pragma_foreign_key_list(m.name))
		FROM sqlite_master m WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' ORDER BY m.name`)
	if err != nil {
		return nil, err
	}
	type tbl struct {
		name       string
		index, fks int64
	}
	var list []tbl
	for rows.Next() {
		var t tbl
		if err := rows.Scan(&t.name, &t.index, &t.fks); err != nil {
			rows.Close()
			return nil, err
		}
		list = append(list, t)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	var members, families int64
	_ = pool.QueryRowContext(ctx, `SELECT COALESCE(SUM(members),0), COALESCE(SUM(families),0) FROM edisi WHERE archived_at IS NULL`).Scan(&members, &families)
	estimate := map[string]int64{"individu": members, "individu_nama": members, "individu_kata": members * 3 / 2, "keluarga": families}
	var parts []part
	for _, t := range list {
		if largeTables[t.name] && !full {
			continue
		}
		n, ok := estimate[t.name]
		if !ok {
			if err := pool.QueryRowContext(ctx, `SELECT COUNT(*) FROM "`+t.name+`"`).Scan(&n); err != nil {
				return nil, err
			}
		}
		n = max(n, 1)
		parts = append(parts, part{t.name, "integrity_check", n * (1 + t.index)})
		if t.fks > 0 {
			parts = append(parts, part{t.name, "foreign_key_check", n * t.fks})
		}
	}
	sort.SliceStable(parts, func(i, j int) bool { return parts[i].weight > parts[j].weight })
	return parts, nil
}

// runParts runs the parts on two connections, reporting the weight done.
func runParts(ctx context.Context, pool *sql.DB, parts []part, total int64, prog *common.Progress) ([]string, error) {
	var (
		mu       sync.Mutex
		next     int
		done     int64
		problems []string
		firstErr error
		wg       sync.WaitGroup
	)
	// While a part runs its share advances with the time it is expected to take, so
	// the bar moves during the largest table too; it never passes the part's end.
	rate := 0.0 // weight per second, measured on the parts done
	var elapsed float64
	running := map[int]time.Time{}
	report := func() {
		if prog == nil {
			return
		}
		mu.Lock()
		d := done
		for i, t0 := range running {
			if rate > 0 {
				d += min(int64(time.Since(t0).Seconds()*rate), parts[i].weight*9/10)
			}
		}
		mu.Unlock()
		prog.Report("periksa", min(d, total-1), total)
	}
	stop := make(chan struct{})
	go func() {
		t := time.NewTicker(250 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-stop:
				return
			case <-t.C:
				report()
			}
		}
	}()
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			conn, err := pool.Conn(ctx)
			if err != nil {
				mu.Lock()
				firstErr = err
				mu.Unlock()
				return
			}
			defer conn.Close()
			for {
				mu.Lock()
				if next >= len(parts) || firstErr != nil || ctx.Err() != nil {
					mu.Unlock()
					return
				}
				i := next
				next++
				running[i] = time.Now()
				mu.Unlock()
				t0 := time.Now()
				probs, err := runPart(ctx, conn, parts[i])
				mu.Lock()
				delete(running, i)
				elapsed += time.Since(t0).Seconds() / 2
				done += parts[i].weight
				if elapsed > 0 {
					rate = float64(done) / elapsed / 2
				}
				problems = append(problems, probs...)
				if err != nil && firstErr == nil {
					firstErr = err
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	close(stop)
	if ctx.Err() != nil {
		return problems, models.NewError(models.ErrCancelled, "cancelled", "Pemeriksaan dibatalkan.").Wrap(ctx.Err())
	}
	return problems, firstErr
}

// runPart runs one PRAGMA and returns its findings in Indonesian.
func runPart(ctx context.Context, conn *sql.Conn, p part) ([]string, error) {
	if p.pragma == "integrity_check" {
		rows, err := conn.QueryContext(ctx, `PRAGMA integrity_check("`+p.table+`")`)
		if err != nil {
			return nil, err
		}
		defer rows.Close()
		var out []string
		for rows.Next() {
			var s string
			if err := rows.Scan(&s); err != nil {
				return nil, err
			}
			if s != "ok" {
				out = append(out, "tabel "+p.table+": "+s)
			}
		}
		return out, rows.Err()
	}
	rows, err := conn.QueryContext(ctx, `SELECT "table", COALESCE(rowid, 0), parent FROM pragma_foreign_key_check(?)`, p.table)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var t, parent string
		var rowid int64
		if err := rows.Scan(&t, &rowid, &parent); err != nil {
			return nil, err
		}
		if len(out) < 100 {
			out = append(out, fmt.Sprintf("tabel %s baris %d merujuk %s yang tidak ada", t, rowid, parent))
		}
	}
	return out, rows.Err()
}

// Label is the Indonesian name of a mode for messages.
func Label(mode string) string {
	if strings.EqualFold(mode, Full) {
		return "pemeriksaan lengkap"
	}
	return "pemeriksaan cepat"
}
