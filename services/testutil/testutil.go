// Package testutil gives tests a fresh, migrated SQLite database and temporary folders
// that are cleaned up tolerantly (os.RemoveAll fails under Wine, where the Windows test
// binaries run).
package testutil

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"gorm.io/gorm"

	"sidamping/models"
)

// TempDir is t.TempDir without failing the test when removal fails.
func TempDir(t testing.TB) string {
	t.Helper()
	dir, err := os.MkdirTemp("", "sidamping-test-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = os.RemoveAll(dir) })
	return dir
}

// NewDB opens a fresh database file in a temp folder and applies every migration.
func NewDB(t testing.TB) *gorm.DB {
	t.Helper()
	return NewDBAt(t, filepath.Join(TempDir(t), "test.db"), true)
}

// NewDBAt opens the database at path, optionally migrating it, and closes it at the end.
func NewDBAt(t testing.TB, path string, migrate bool) *gorm.DB {
	t.Helper()
	db, err := models.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	// Registered after TempDir's cleanup, so it runs first: close before removing.
	t.Cleanup(func() { _ = models.Close(db) })
	if migrate {
		if err := models.Migrate(context.Background(), db); err != nil {
			t.Fatal(err)
		}
	}
	return db
}

// Count returns the number of rows in table matching an optional where clause.
func Count(t testing.TB, db *gorm.DB, table string, where ...any) int64 {
	t.Helper()
	var n int64
	q := db.Table(table)
	if len(where) > 0 {
		q = q.Where(where[0], where[1:]...)
	}
	if err := q.Count(&n).Error; err != nil {
		t.Fatal(err)
	}
	return n
}

// ListDir returns the sorted names of the entries of dir.
func ListDir(t testing.TB, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	names := make([]string, 0, len(entries))
	for _, e := range entries {
		names = append(names, e.Name())
	}
	sort.Strings(names)
	return names
}
