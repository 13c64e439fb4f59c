package app

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"sidamping/models"
)

func TestOpenPath(t *testing.T) {
	rt := &Runtime{}
	err := rt.OpenPath(filepath.Join(os.TempDir(), "tidak-ada-sidamping.pdf"))
	var ae *models.AppError
	if !errors.As(err, &ae) || ae.Code != "file.missing" {
		t.Fatalf("missing file: %v", err)
	}
	f, err := os.CreateTemp("", "sidamping-*.pdf")
	if err != nil {
		t.Fatal(err)
	}
	f.Close()
	defer os.Remove(f.Name())
	t.Setenv(dialogStubEnv, filepath.Join(os.TempDir(), "jawaban"))
	if err := rt.OpenPath(f.Name()); err != nil {
		t.Fatalf("existing file under the test stub: %v", err)
	}
}

func TestDialogStubAnswers(t *testing.T) {
	dir, err := os.MkdirTemp("", "sidamping-stub-")
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(dir)
	answer := filepath.Join(dir, "jawaban.txt")
	if err := os.WriteFile(answer, []byte("/data/desa.xlsx\nabaikan\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv(dialogStubEnv, answer)
	rt := &Runtime{}
	if p, err := rt.OpenFile("x", ExcelFilter); err != nil || p != "/data/desa.xlsx" {
		t.Fatalf("OpenFile = %q, %v", p, err)
	}
	if ps, err := rt.OpenFiles("x"); err != nil || len(ps) != 1 || ps[0] != "/data/desa.xlsx" {
		t.Fatalf("OpenFiles = %v, %v", ps, err)
	}
	os.WriteFile(answer, []byte("\n"), 0o644)
	if p, _ := rt.SaveFile("x", "a.xlsx"); p != "" {
		t.Fatalf("cancelled SaveFile = %q", p)
	}
}
