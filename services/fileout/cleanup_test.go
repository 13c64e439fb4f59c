package fileout_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"sidamping/services/fileout"
	"sidamping/services/testutil"
)

// CleanTemps removes the temporary files of killed writes (and SQLite's journals beside
// them), leaves the one a live writer is still writing and every other file.
func TestCleanTempsLeavesLiveTempAndOtherFiles(t *testing.T) {
	dir := testutil.TempDir(t)
	live, err := fileout.Create(context.Background(), filepath.Join(dir, "laporan.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	defer live.Abort()
	if _, err := live.Write([]byte("sedang ditulis")); err != nil {
		t.Fatal(err)
	}
	for _, n := range []string{".sidamping-1.tmp", ".sidamping-1.tmp-journal", ".sidamping-2.tmp-wal",
		"laporan-lama.xlsx", "x.tmp", ".sidamping-1.tmp.bak"} {
		if err := os.WriteFile(filepath.Join(dir, n), []byte("data"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	removed := fileout.CleanTemps(dir)
	sort.Strings(removed)
	want := []string{".sidamping-1.tmp", ".sidamping-1.tmp-journal", ".sidamping-2.tmp-wal"}
	if len(removed) != len(want) {
		t.Fatalf("removed %v, want %v", removed, want)
	}
	for i := range want {
		if removed[i] != want[i] {
			t.Fatalf("removed %v, want %v", removed, want)
		}
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 4 { // the live temporary file and three others
		t.Errorf("%d files left, want 4", len(entries))
	}
	if err := live.Commit(); err != nil {
		t.Fatalf("the live write after the clean-up: %v", err)
	}
	if b, err := os.ReadFile(filepath.Join(dir, "laporan.xlsx")); err != nil || string(b) != "sedang ditulis" {
		t.Errorf("committed file: %q %v", b, err)
	}
	if _, err := os.Stat(filepath.Join(dir, "x.tmp")); errors.Is(err, os.ErrNotExist) {
		t.Error("x.tmp was removed")
	}
}
