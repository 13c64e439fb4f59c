package fileout

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"sidamping/services/testutil"
)

func TestGuardRefusesProtectedPaths(t *testing.T) {
	dir := testutil.TempDir(t)
	db := filepath.Join(dir, "sidamping.db")
	in := filepath.Join(dir, "dtks.xlsx")
	bak := filepath.Join(dir, "cadangan.db")
	for _, p := range []string{db, in, bak} {
		if err := os.WriteFile(p, []byte("isi"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	link := filepath.Join(dir, "tautan.db")
	// Wine makes symbolic links that Windows path resolution does not follow: Unix only.
	hasLink := runtime.GOOS != "windows" && os.Symlink(db, link) == nil
	ctx := Protect(context.Background(), Database, db)
	ctx = Protect(ctx, Input, in)
	ctx = Protect(ctx, Backup, bak)
	cases := map[string]string{
		db:                                      "files.output_is_database",
		db + "-wal":                             "files.output_is_database",
		db + "-shm":                             "files.output_is_database",
		filepath.Join(dir, ".", "sidamping.db"): "files.output_is_database",
		in:                                      "files.output_is_input",
		bak:                                     "files.output_is_backup",
	}
	if hasLink {
		cases[link] = "files.output_is_database"
	}
	for p, want := range cases {
		if err := WriteFile(ctx, p, []byte("rusak")); code(err) != want {
			t.Errorf("%s: err = %v, want %s", p, err, want)
		}
	}
	for _, p := range []string{db, in, bak} {
		if b, _ := os.ReadFile(p); string(b) != "isi" {
			t.Errorf("%s was overwritten", p)
		}
	}
	if err := WriteFile(ctx, filepath.Join(dir, "hasil.xlsx"), []byte("x")); err != nil {
		t.Errorf("an ordinary output was refused: %v", err)
	}
}

func TestGuardResolvesSymlinkedFolder(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("symbolic links are a Unix test (Wine does not resolve them like Windows)")
	}
	dir := testutil.TempDir(t)
	real := filepath.Join(dir, "asli")
	if err := os.Mkdir(real, 0o755); err != nil {
		t.Fatal(err)
	}
	alias := filepath.Join(dir, "alias")
	if err := os.Symlink(real, alias); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	// The database does not exist yet: its folder is resolved.
	ctx := Protect(context.Background(), Database, filepath.Join(real, "baru.db"))
	if err := Guard(ctx, filepath.Join(alias, "baru.db-wal")); code(err) != "files.output_is_database" {
		t.Errorf("err = %v", err)
	}
}
