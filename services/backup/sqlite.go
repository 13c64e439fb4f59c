package backup

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/mattn/go-sqlite3"
	"gorm.io/gorm"

	"sidamping/models"
	"sidamping/services/common"
)

// stepPages is how many pages one sqlite3_backup_step copies (1 MB with 4 KB pages);
// progress is reported and cancellation checked between steps.
const stepPages = 256

// maxStalls bounds how many times a step may make no progress (the other side busy)
// before the copy gives up; with stallWait between tries that is about 30 seconds.
const (
	maxStalls = 1500
	stallWait = 20 * time.Millisecond
)

// fileURI is the SQLite URI of path with the given query (models.SQLiteURI, the one
// builder every open uses).
func fileURI(path, query string) string { return models.SQLiteURI(path, query) }

// readOnlyURI opens a file without writing to it. A file with no -wal beside it is opened
// immutable, so SQLite creates no -shm or -wal next to it; a file that still has a -wal
// (a copied live database) is opened mode=ro so the WAL content is read too.
func readOnlyURI(path string) string {
	if fi, err := os.Stat(path + "-wal"); err == nil && fi.Size() > 0 {
		return fileURI(path, "mode=ro&_busy_timeout=5000")
	}
	return fileURI(path, "mode=ro&immutable=1")
}

// openSQL opens a plain database/sql pool of one connection on uri.
func openSQL(uri string) (*sql.DB, error) {
	db, err := sql.Open("sqlite3", uri)
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(1)
	return db, nil
}

// withRaw runs f with the driver connection of one connection taken from db.
func withRaw(ctx context.Context, db *sql.DB, f func(*sqlite3.SQLiteConn) error) error {
	conn, err := db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	return conn.Raw(func(dc any) error {
		c, ok := dc.(*sqlite3.SQLiteConn)
		if !ok {
			return fmt.Errorf("koneksi %T bukan koneksi SQLite", dc)
		}
		return f(c)
	})
}

// poolOf returns the database/sql pool behind a gorm handle.
func poolOf(db *gorm.DB) (*sql.DB, error) { return db.DB() }

// errCancelled is returned when the context stopped a copy.
func errCancelled(what string) error {
	return models.NewError(models.ErrCancelled, "cancelled", what+" dibatalkan.")
}

// copyDB copies the main database of src into the main database of dst with the online
// backup API, stepPages at a time, reporting progress under stage. The destination is
// written in one transaction: when the copy stops early (error or ctx) it is rolled back.
// src keeps a read transaction open for the whole copy, so writers on other connections
// (WAL) neither block it nor make it restart, and the copy is one consistent snapshot.
func copyDB(ctx context.Context, dst, src *sqlite3.SQLiteConn, prog *common.Progress, stage string) (err error) {
	if _, err := src.Exec("BEGIN", nil); err != nil {
		return fmt.Errorf("membuka transaksi baca: %w", err)
	}
	defer func() {
		if _, rerr := src.Exec("ROLLBACK", nil); rerr != nil && err == nil {
			err = rerr
		}
	}()
	if _, err := src.Exec("SELECT count(*) FROM sqlite_master", nil); err != nil {
		return err
	}
	bk, err := dst.Backup("main", src, "main")
	if err != nil {
		return err
	}
	finished := false
	defer func() {
		if !finished {
			_ = bk.Finish() // rolls back the destination's write transaction
		}
	}()
	stalls, lastRemaining := 0, -1
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		done, err := bk.Step(stepPages)
		if err != nil {
			return err
		}
		total, remaining := bk.PageCount(), bk.Remaining()
		if done {
			finished = true
			if err := bk.Finish(); err != nil {
				return err
			}
			prog.Report(stage, int64(total), int64(total))
			return nil
		}
		if remaining == lastRemaining {
			// the step copied nothing: the destination or source is busy
			if stalls++; stalls > maxStalls {
				return errors.New("basis data sedang sibuk dipakai proses lain")
			}
			time.Sleep(stallWait)
			continue
		}
		stalls, lastRemaining = 0, remaining
		prog.Report(stage, int64(total-remaining), int64(total))
	}
}

// removeDBFiles removes a database file and the journals SQLite may have left beside it.
func removeDBFiles(path string) {
	for _, suffix := range []string{"", "-journal", "-wal", "-shm"} {
		_ = os.Remove(path + suffix)
	}
}

// sameFile tells whether two paths name the same file.
func sameFile(a, b string) bool {
	fa, errA := os.Stat(a)
	fb, errB := os.Stat(b)
	if errA == nil && errB == nil {
		return os.SameFile(fa, fb)
	}
	aa, _ := filepath.Abs(a)
	bb, _ := filepath.Abs(b)
	return strings.EqualFold(filepath.Clean(aa), filepath.Clean(bb))
}
