package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"sidamping/services/testutil"
)

// orphansBook writes a village's list of children (the first row is the header); an
// int value becomes a number cell.
func orphansBook(t *testing.T, name string, rows [][]any) string {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	for r, row := range rows {
		for c, v := range row {
			ref, _ := excelize.CoordinatesToCellName(c+1, r+1)
			f.SetCellValue("Sheet1", ref, v)
		}
	}
	path := filepath.Join(testutil.TempDir(t), name)
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestCLIOrphansImportSummaryExport(t *testing.T) {
	db := householdDB(t)
	header := []any{"Kode Desa", "Nama Anak", "NIK", "JK", "Tanggal Lahir", "Status", "Sekolah"}
	good := orphansBook(t, "anak.xlsx", [][]any{header,
		{"33.20.01.2001", "Rina", "3320014101150002", "P", "17-08-2015", "Yatim", "SD"},
		{"33.20.01.2001", "Joko", "", "L", "03-02-2019", "Yatim Piatu", "Belum sekolah"},
		{"33.20.01.2002", "Sari", "", "P", "03-02-2012", "Piatu", "SMP"},
	})
	r := cli(t, "--db", db, "--json", "import", "orphans", good).expect(t, 0)
	if r.obj["ok"] != true || r.obj["imported"].(float64) != 3 || len(r.obj["errors"].([]any)) != 0 {
		t.Fatalf("import %v", r.obj)
	}
	bad := orphansBook(t, "salah.xlsx", [][]any{header,
		{"33.20.01.2003", "Baik", "", "P", "17-08-2015", "Yatim", "SD"},
		{"33.20.01.2003", "NIK Angka", 3320014101150003, "P", "17-08-2015", "Yatim", "SD"},
		{"33.20.01.2003", "Dewasa", "", "P", "17-08-1990", "Yatim", "SMA"},
	})
	r = cli(t, "--db", db, "--json", "import", "orphans", bad).expect(t, 1)
	errs := r.obj["errors"].([]any)
	if r.obj["ok"] != false || r.obj["imported"].(float64) != 0 || len(errs) != 2 {
		t.Fatalf("bad import %v", r.obj)
	}
	e0, e1 := errs[0].(map[string]any), errs[1].(map[string]any)
	if e0["row"].(float64) != 3 || e0["column"] != "C" || e1["row"].(float64) != 4 || e1["column"] != "E" ||
		!strings.Contains(e1["message"].(string), "registri ini untuk anak") {
		t.Fatalf("errors %v", errs)
	}
	if n := count(t, db, "anak_yatim"); n != 3 {
		t.Fatalf("%d children after a refused import", n)
	}
	fosters := orphansBook(t, "ota.xlsx", [][]any{{"Nama", "Jenis", "Uang per Bulan", "Jumlah Anak", "Mulai"},
		{"Baznas Kabupaten", "Baznas", 300000, 10, "01-01-2026"}})
	r = cli(t, "--db", db, "--json", "import", "fosters", fosters).expect(t, 0)
	if r.obj["imported"].(float64) != 1 || count(t, db, "orang_tua_asuh") != 1 {
		t.Fatalf("fosters %v", r.obj)
	}

	r = cli(t, "--db", db, "--json", "orphans", "summary", "--year", "2026").expect(t, 0)
	vs := r.obj["villages"].([]any)
	if len(vs) != 2 {
		t.Fatalf("summary %v", r.obj)
	}
	v := vs[0].(map[string]any)
	for k, want := range map[string]float64{"children": 2, "yatim": 1, "piatu": 0, "yatim_piatu": 1, "matched": 0, "unmatched": 2, "assessment_due": 2} {
		if v[k].(float64) != want {
			t.Errorf("village %v: %s = %v, want %v", v["code"], k, v[k], want)
		}
	}
	if v["code"] != "33.20.01.2001" {
		t.Errorf("first village %v", v["code"])
	}
	cli(t, "--db", db, "orphans", "summary").expect(t, 2)

	out := filepath.Join(testutil.TempDir(t), "anak.xlsx")
	cli(t, "--db", db, "export", "orphans", "--out", out).expect(t, 0)
	if n := count(t, db, "log_ekspor_anak"); n != 0 {
		t.Fatalf("a counts export was logged (%d)", n)
	}
	r = cli(t, "--db", db, "--json", "export", "orphans", "--out", out, "--named").expect(t, 0)
	if r.obj["children"].(float64) != 3 || count(t, db, "log_ekspor_anak") != 1 {
		t.Fatalf("named export %v", r.obj)
	}
	f, err := excelize.OpenFile(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, _ := f.GetRows("Daftar Anak")
	if len(rows) == 0 || !strings.HasPrefix(rows[0][0], "RAHASIA") {
		t.Fatalf("named sheet %v", rows)
	}
}
