package main

import (
	"path/filepath"
	"testing"

	"github.com/xuri/excelize/v2"

	"sidamping/services/testutil"
)

func TestExportAndTemplateCommands(t *testing.T) {
	dir := testutil.TempDir(t)
	db := filepath.Join(dir, "sidamping.db")
	cli(t, "--db", db, "demo").expect(t, 0)

	cli(t, "--db", db, "export", "quarterly", "--year", "2026", "--out", "x.xlsx").expect(t, 2)
	cli(t, "--db", db, "export", "yearly", "--year", "2026", "--quarter", "1", "--out", "x.xlsx").expect(t, 2)
	cli(t, "--db", db, "export", "quarterly", "--year", "2026", "--quarter", "5", "--out", filepath.Join(dir, "x.xlsx")).expect(t, 1)

	q := filepath.Join(dir, "triwulan.xlsx")
	r := cli(t, "--db", db, "--json", "export", "quarterly", "--year", "2025", "--quarter", "4", "--out", q).expect(t, 0)
	if r.obj["path"] != q {
		t.Fatalf("json %v", r.obj)
	}
	f, err := excelize.OpenFile(q)
	if err != nil {
		t.Fatal(err)
	}
	sheets := f.GetSheetList()
	f.Close()
	if len(sheets) < 6 || sheets[0] != "Rekapitulasi" {
		t.Fatalf("sheets %v", sheets)
	}
	m := filepath.Join(dir, "bulanan.xlsx")
	cli(t, "--db", db, "export", "monthly", "--year", "2025", "--month", "6", "--out", m).expect(t, 0)

	tpl := filepath.Join(dir, "templat.xlsx")
	r = cli(t, "--db", db, "--json", "template", "opd", "--year", "2026", "--opd", opdCodeOf(t, db), "--out", tpl).expect(t, 0)
	if r.obj["activities"].(float64) < 1 {
		t.Fatalf("template json %v", r.obj)
	}
	cli(t, "--db", db, "template", "opd", "--year", "2026", "--opd", "TIDAK-ADA", "--out", tpl).expect(t, 1)
	// An untouched template has nothing to import: exit 1 with a message, nothing saved.
	before := count(t, db, "realisasi")
	r = cli(t, "--db", db, "--json", "import", "opd-report", tpl).expect(t, 1)
	if r.obj["ok"] != false || r.obj["message"] == "" {
		t.Fatalf("untouched template: %v", r.obj)
	}
	if count(t, db, "realisasi") != before {
		t.Fatal("a refused import saved rows")
	}
	// Several files: one result line per file, exit 1 when any is refused.
	r = cli(t, "--db", db, "--json", "import", "opd-report", tpl, tpl).expect(t, 1)
	if files, _ := r.obj["files"].([]any); len(files) != 2 || r.obj["refused"].(float64) != 2 {
		t.Fatalf("two files: %v", r.obj)
	}
}

// opdCodeOf returns the code of an agency that leads a pairing in 2026.
func opdCodeOf(t *testing.T, path string) string {
	t.Helper()
	gdb := testutil.NewDBAt(t, path, false)
	var code string
	if err := gdb.Raw("SELECT o.code FROM opd o JOIN pendampingan p ON p.opd_id = o.id WHERE p.year = 2026 ORDER BY o.code LIMIT 1").Scan(&code).Error; err != nil {
		t.Fatal(err)
	}
	return code
}
