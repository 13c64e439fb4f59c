//go:build windows

package fileout

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"sidamping/services/testutil"
)

// holdOpen opens path the way Excel does: no sharing at all.
func holdOpen(t *testing.T, path string) func() {
	t.Helper()
	p, err := syscall.UTF16PtrFromString(path)
	if err != nil {
		t.Fatal(err)
	}
	h, err := syscall.CreateFile(p, syscall.GENERIC_READ|syscall.GENERIC_WRITE, 0, nil, syscall.OPEN_EXISTING, syscall.FILE_ATTRIBUTE_NORMAL, 0)
	if err != nil {
		t.Fatal(err)
	}
	return func() { _ = syscall.CloseHandle(h) }
}

func TestLockedTargetOnWindows(t *testing.T) {
	dir := testutil.TempDir(t)
	path := filepath.Join(dir, "surat.pdf")
	if err := os.WriteFile(path, []byte("lama"), 0o644); err != nil {
		t.Fatal(err)
	}
	release := holdOpen(t, path)
	err := WriteFile(context.Background(), path, []byte("baru"))
	release()
	if code(err) != CodeLocked || !strings.Contains(err.Error(), "Berkas surat.pdf sedang dibuka di aplikasi lain; tutup dulu lalu ulangi.") {
		t.Fatalf("err = %v", err)
	}
	if strings.HasSuffix(err.Error(), "..") || strings.Contains(modelsMessage(err), ".tmp") {
		t.Errorf("raw text in %q", modelsMessage(err))
	}
	if b, _ := os.ReadFile(path); string(b) != "lama" {
		t.Error("the old file was changed")
	}
	if got := entries(t, dir); len(got) != 1 {
		t.Errorf("folder holds %v", got)
	}
}

// A viewer that shares reading and writing but not deleting (as Go's own os.Open does)
// lets the check pass and makes the rename fail with "Access is denied".
func TestRenameOverOpenFileOnWindows(t *testing.T) {
	dir := testutil.TempDir(t)
	path := filepath.Join(dir, "laporan.xlsx")
	if err := os.WriteFile(path, []byte("lama"), 0o644); err != nil {
		t.Fatal(err)
	}
	tmp, err := Create(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tmp.Write([]byte("baru")); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	err = tmp.Commit()
	f.Close()
	if code(err) != CodeLocked {
		t.Fatalf("err = %v", err)
	}
	if got := entries(t, dir); len(got) != 1 {
		t.Errorf("folder holds %v", got)
	}
}
