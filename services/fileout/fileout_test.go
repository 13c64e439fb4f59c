package fileout

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"sidamping/models"
	"sidamping/services/testutil"
)

func code(err error) string {
	var ae *models.AppError
	if errors.As(err, &ae) {
		return ae.Code
	}
	return ""
}

// entries lists a folder's names (a temporary file left behind shows up here).
func entries(t *testing.T, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range es {
		names = append(names, e.Name())
	}
	return names
}

func TestWriteFileReplacesTarget(t *testing.T) {
	dir := testutil.TempDir(t)
	path := filepath.Join(dir, "laporan.pdf")
	if err := os.WriteFile(path, []byte("lama"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(context.Background(), path, []byte("baru")); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(path); string(b) != "baru" {
		t.Errorf("content = %q", b)
	}
	if got := entries(t, dir); len(got) != 1 {
		t.Errorf("folder holds %v", got)
	}
}

func TestWriteFileRefusals(t *testing.T) {
	dir := testutil.TempDir(t)
	roDir := filepath.Join(dir, "hanya-baca")
	if err := os.Mkdir(roDir, 0o555); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(roDir, 0o755)
	roFile := filepath.Join(dir, "terkunci.xlsx")
	if err := os.WriteFile(roFile, []byte("lama"), 0o444); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(roFile, 0o644)
	folder := filepath.Join(dir, "sebuah-folder.pdf")
	if err := os.Mkdir(folder, 0o755); err != nil {
		t.Fatal(err)
	}
	plain := filepath.Join(dir, "bukan-folder")
	if err := os.WriteFile(plain, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, path, code, text string
	}{
		{"missing folder", filepath.Join(dir, "tidak-ada", "a.pdf"), CodeFolderMissing, "tidak-ada tidak ada"},
		{"read-only file", roFile, CodeReadOnly, "Berkas terkunci.xlsx hanya-baca"},
		{"folder as target", folder, CodeIsFolder, "sebuah-folder.pdf adalah folder"},
		{"file as folder", filepath.Join(plain, "a.pdf"), CodeNotFolder, "bukan folder"},
	}
	if readOnlyDir(0o555) {
		cases = append(cases, struct{ name, path, code, text string }{"read-only folder", filepath.Join(roDir, "a.pdf"), CodeReadOnly, "hanya-baca"})
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := WriteFile(context.Background(), c.path, []byte("x"))
			if code(err) != c.code || !strings.Contains(err.Error(), c.text) {
				t.Fatalf("err = %v, want %s containing %q", err, c.code, c.text)
			}
		})
	}
	if b, _ := os.ReadFile(roFile); string(b) != "lama" {
		t.Error("the read-only file was changed")
	}
	if got := entries(t, dir); len(got) != 4 {
		t.Errorf("folder holds %v (a temporary file left?)", got)
	}
}

func TestMakeDirsCreatesArchiveFolders(t *testing.T) {
	dir := testutil.TempDir(t)
	path := filepath.Join(dir, "surat", "2026", "a.pdf")
	if err := WriteFile(context.Background(), path, []byte("x"), Options{MakeDirs: true}); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(path); string(b) != "x" {
		t.Errorf("content = %q", b)
	}
}

func TestRenameFailureKeepsOldFileAndRemovesTemp(t *testing.T) {
	dir := testutil.TempDir(t)
	path := filepath.Join(dir, "desa.xlsx")
	if err := os.WriteFile(path, []byte("lama"), 0o644); err != nil {
		t.Fatal(err)
	}
	rename = func(o, n string) error { return &os.LinkError{Op: "rename", Old: o, New: n, Err: fs.ErrPermission} }
	defer func() { rename = os.Rename }()
	err := WriteFile(context.Background(), path, []byte("baru"))
	if code(err) != CodeLocked || !strings.Contains(err.Error(), "Berkas desa.xlsx sedang dibuka di aplikasi lain; tutup dulu lalu ulangi.") {
		t.Fatalf("err = %v", err)
	}
	if b, _ := os.ReadFile(path); string(b) != "lama" {
		t.Error("the old file was changed")
	}
	if got := entries(t, dir); len(got) != 1 {
		t.Errorf("folder holds %v", got)
	}
}

func TestCreateTempRefusedIsReadOnlyFolder(t *testing.T) {
	dir := testutil.TempDir(t)
	createTemp = func(string, string) (*os.File, error) {
		return nil, &fs.PathError{Op: "open", Path: filepath.Join(dir, ".sidamping-1.tmp"), Err: fs.ErrPermission}
	}
	defer func() { createTemp = os.CreateTemp }()
	err := WriteFile(context.Background(), filepath.Join(dir, "a.pdf"), []byte("x"))
	if code(err) != CodeReadOnly {
		t.Fatalf("err = %v", err)
	}
}

func TestCancelledLeavesNothing(t *testing.T) {
	dir := testutil.TempDir(t)
	ctx, cancel := context.WithCancel(context.Background())
	tmp, err := Create(ctx, filepath.Join(dir, "a.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	cancel()
	if err := tmp.Commit(); !errors.Is(err, models.ErrCancelled) {
		t.Fatalf("err = %v", err)
	}
	if got := entries(t, dir); len(got) != 0 {
		t.Errorf("folder holds %v", got)
	}
}

// TestMessagesAreClean: no message the user sees carries the operating system's text,
// a temporary name or a doubled full stop.
func TestMessagesAreClean(t *testing.T) {
	dir := filepath.Join(string(filepath.Separator)+"Users", "Budi", "Dokumen")
	p := filepath.Join(dir, "laporan.xlsx")
	tmp := filepath.Join(dir, ".sidamping-123.tmp")
	raw := []error{
		&os.LinkError{Op: "rename", Old: tmp, New: p, Err: fs.ErrPermission},
		&os.LinkError{Op: "rename", Old: tmp, New: p, Err: errors.New("The process cannot access the file because it is being used by another process.")},
		&fs.PathError{Op: "open", Path: tmp, Err: fs.ErrNotExist},
		&fs.PathError{Op: "write", Path: tmp, Err: syscall.ENOSPC},
		&fs.PathError{Op: "open", Path: p, Err: errors.New("Sharing violation.")},
	}
	var got []error
	for _, err := range raw {
		for _, op := range []string{"create", "write", "rename"} {
			got = append(got, classify(op, p, err))
		}
		got = append(got, UserError(err))
	}
	for _, err := range got {
		if ae := models.AsAppError(err); ae.Code != CodeIsFolder && ae.Unwrap() == nil {
			t.Errorf("%s: the technical cause is lost (nothing for the log)", ae.Code)
		}
	}
	got = append(got, Locked(p, nil), msgReadOnlyDir.at(p, nil), msgFolderMissing.at(p, nil), msgIsFolder.at(p, nil), WriteFailed(p, raw[1]))
	for _, err := range got {
		ae := models.AsAppError(err)
		if !strings.HasPrefix(ae.Code, "files.") {
			t.Errorf("%v: code %q", err, ae.Code)
		}
		m := ae.Message
		if strings.HasSuffix(m, "..") || strings.Contains(m, "rename") || strings.Contains(m, ".tmp") ||
			strings.Contains(m, "process cannot") || strings.Contains(m, "Sharing violation") || strings.Contains(m, "denied") {
			t.Errorf("message %q shows raw text", m)
		}
	}
}

func TestUserErrorLeavesCodedErrors(t *testing.T) {
	ae := models.Conflict("x.y", "Pesan.")
	if UserError(ae) != error(ae) {
		t.Error("a coded error was replaced")
	}
	plain := errors.New("boom")
	if UserError(plain) != plain {
		t.Error("a non-file error was replaced")
	}
}

func modelsMessage(err error) string { return models.AsAppError(err).Message }
