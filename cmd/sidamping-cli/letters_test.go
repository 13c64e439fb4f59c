package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"sidamping/services/testutil"
)

func TestLetterAndPairingsCommands(t *testing.T) {
	dir := testutil.TempDir(t)
	db := filepath.Join(dir, "sidamping.db")
	cli(t, "--db", db, "demo").expect(t, 0)
	year := "2026"

	// Wrong usage: exit 2.
	cli(t, "--db", db, "letter", "decree").expect(t, 2)
	cli(t, "--db", db, "letter", "memo", "--year", year, "--out", "x.pdf").expect(t, 2)
	cli(t, "--db", db, "letter", "assignment", "--year", year, "--out", "x.pdf").expect(t, 2)

	out := filepath.Join(dir, "keputusan.pdf")
	r := cli(t, "--db", db, "--json", "letter", "decree", "--year", year, "--out", out).expect(t, 0)
	if r.obj["number"] != "400.9/1/"+year {
		t.Fatalf("decree json %v", r.obj)
	}
	if b, err := os.ReadFile(out); err != nil || !strings.HasPrefix(string(b), "%PDF") {
		t.Fatalf("decree pdf: %v", err)
	}
	if _, err := exec.LookPath("pdftotext"); err == nil {
		text, _ := exec.Command("pdftotext", out, "-").Output()
		if !strings.Contains(string(text), "400.9/1/"+year) {
			t.Errorf("pdf text lacks the number")
		}
	}
	// Unknown OPD code: exit 1 with a message.
	r = cli(t, "--db", db, "letter", "assignment", "--year", year, "--opd", "TIDAK-ADA", "--out", filepath.Join(dir, "st.pdf")).expect(t, 1)
	if !strings.Contains(r.stderr, "TIDAK-ADA") {
		t.Errorf("stderr %q", r.stderr)
	}

	xlsx := filepath.Join(dir, "pendampingan.xlsx")
	r = cli(t, "--db", db, "--json", "pairings", "export", "--year", year, "--out", xlsx).expect(t, 0)
	if r.obj["rows"] != 48.0 {
		t.Fatalf("export json %v", r.obj)
	}
	f, err := excelize.OpenFile(xlsx)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, _ := f.GetRows("Pendampingan")
	if len(rows) != 4+48 || rows[3][4] != "Perangkat Daerah Pendamping" {
		t.Fatalf("workbook has %d rows, header %v", len(rows), rows[3])
	}
}
