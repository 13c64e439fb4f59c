//go:build linux

package app

import (
	"os"
	"path/filepath"
	"testing"
)

// A file in a folder named "Budi#2" reaches the desktop's opener as that exact path
// (pkg/browser passed "file:///…/Budi#2/…", which the opener cut at the '#').
func TestOpenWithDefaultPassesTheExactPath(t *testing.T) {
	bin := t.TempDir()
	got := filepath.Join(bin, "got.txt")
	script := "#!/bin/sh\nprintf '%s' \"$1\" > '" + got + "'\n"
	if err := os.WriteFile(filepath.Join(bin, "xdg-open"), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", bin+string(os.PathListSeparator)+os.Getenv("PATH"))
	for _, folder := range []string{"Budi#2", "a%20b", "with space"} {
		dir := filepath.Join(t.TempDir(), folder)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		file := filepath.Join(dir, "Surat Tugas #3.pdf")
		if err := os.WriteFile(file, []byte("%PDF-1.4"), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := openWithDefault(file); err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(got)
		if err != nil {
			t.Fatal(err)
		}
		if string(b) != file {
			t.Errorf("opener got %q, want %q", b, file)
		}
	}
}
