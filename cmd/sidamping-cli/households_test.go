package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"sidamping/models"
	"sidamping/services/testutil"
)

// householdDB makes a migrated database with a profile (regency 33.20) and the villages
// 33.20.01.2001-2005, closed again for the CLI to open.
func householdDB(t *testing.T) string {
	t.Helper()
	path := filepath.Join(testutil.TempDir(t), "sidamping.db")
	db := testutil.NewDBAt(t, path, true)
	for _, q := range []string{
		`INSERT INTO profil(id, regency_name, province, regency_code) VALUES (1, 'Kabupaten Contoh', 'Jawa Tengah', '33.20')`,
		`INSERT INTO kecamatan(id, code, name) VALUES (1, '33.20.01', 'Kec 01')`,
	} {
		if err := db.Exec(q).Error; err != nil {
			t.Fatal(err)
		}
	}
	for v := 1; v <= 5; v++ {
		if err := db.Exec(`INSERT INTO desa(id, code, name, kecamatan_id) VALUES (?, ?, ?, 1)`, v, fmt.Sprintf("33.20.01.20%02d", v), fmt.Sprintf("Desa %d", v)).Error; err != nil {
			t.Fatal(err)
		}
	}
	models.Close(db)
	return path
}

// dtksFile writes a DTKS workbook of families × 3 members (NIKs from offset) with the
// stream writer; badRow (1-based data row, 0 for none) gets its NIK as a number.
func dtksFile(t *testing.T, path string, families, offset, badRow int) string {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	f.SetSheetName("Sheet1", "DTKS")
	sw, err := f.NewStreamWriter("DTKS")
	if err != nil {
		t.Fatal(err)
	}
	sw.SetRow("A1", []any{"ID DTKS", "NIK", "NO KK", "NAMA", "TANGGAL LAHIR", "ALAMAT", "RT", "RW", "KODE WILAYAH", "DESIL"})
	row := 1
	for fam := 0; fam < families; fam++ {
		for m := 1; m <= 3; m++ {
			row++
			var nik any = fmt.Sprintf("3320%08d%04d", offset+fam, m)
			if row-1 == badRow {
				nik = 3320000000010000
			}
			cell, _ := excelize.CoordinatesToCellName(1, row)
			if err := sw.SetRow(cell, []any{fmt.Sprintf("D%d", row), nik, fmt.Sprintf("3320%08d9000", offset+fam), fmt.Sprintf("WARGA %d %d", fam, m),
				"12-01-1980", "KRAJAN", "001", "002", fmt.Sprintf("33200120%02d", 1+fam%5), 1 + fam%4}); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := sw.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestImportHouseholdsCommand(t *testing.T) {
	db := householdDB(t)
	dir := testutil.TempDir(t)
	a := dtksFile(t, filepath.Join(dir, "april.xlsx"), 10, 0, 0)
	r := cli(t, "--db", db, "--json", "import", "households", a, "--edition", "DTKS April").expect(t, 0)
	if r.obj["edition"] != "DTKS April" || r.obj["rows_read"] != 30.0 || r.obj["imported"] != 30.0 || r.obj["skipped"] != 0.0 {
		t.Fatalf("%v", r.obj)
	}
	if errs, ok := r.obj["errors"].([]any); !ok || len(errs) != 0 {
		t.Fatalf("errors %v", r.obj["errors"])
	}
	// A rejected file: exit 1, the same object with the located error, nothing saved.
	bad := dtksFile(t, filepath.Join(dir, "oktober.xlsx"), 12, 5, 4)
	r = cli(t, "--db", db, "--json", "import", "households", bad, "--edition", "DTKS Oktober", "--source", "dtks").expect(t, 1)
	errs := r.obj["errors"].([]any)
	e := errs[0].(map[string]any)
	if r.obj["code"] != "households.rejected" || r.obj["imported"] != 0.0 || e["code"] != "households.nik_numeric" || e["row"] != 5.0 ||
		e["column"] != "B" || e["sheet"] != "DTKS" || e["file"] != "oktober.xlsx" || e["value"] == "" {
		t.Fatalf("%v", r.obj)
	}
	if count(t, db, "edisi") != 1 {
		t.Fatal("a rejected import must save nothing")
	}
	// Skip mode imports the rest.
	report := filepath.Join(dir, "galat.xlsx")
	r = cli(t, "--db", db, "--json", "import", "households", bad, "--edition", "DTKS Oktober", "--mode", "skip", "--report", report).expect(t, 0)
	if r.obj["imported"] != 35.0 || r.obj["skipped"] != 1.0 || r.obj["error_report"] != report {
		t.Fatalf("%v", r.obj)
	}
	out := filepath.Join(dir, "banding.xlsx")
	r = cli(t, "--db", db, "--json", "households", "compare", "--from", "DTKS April", "--to", "DTKS Oktober", "--out", out).expect(t, 0)
	// April: families 0-9; October: families 5-16, family 6 missing its first member (row 4).
	if r.obj["families_in"] != 7.0 || r.obj["families_out"] != 5.0 || r.obj["members_out"] != 16.0 {
		t.Fatalf("%v", r.obj)
	}
	if _, err := os.Stat(out); err != nil {
		t.Fatal(err)
	}
	// Several files after the command form one edition.
	b1 := dtksFile(t, filepath.Join(dir, "juli-1.xlsx"), 4, 100, 0)
	b2 := dtksFile(t, filepath.Join(dir, "juli-2.xlsx"), 4, 200, 0)
	r = cli(t, "--db", db, "--json", "import", "households", b1, b2, "--edition", "DTKS Juli").expect(t, 0)
	if r.obj["edition"] != "DTKS Juli" || r.obj["imported"] != 24.0 {
		t.Fatalf("two files: %v", r.obj)
	}
	cli(t, "--db", db, "import", "penduduk", a).expect(t, 2)
	cli(t, "--db", db, "import", "households").expect(t, 2)
	cli(t, "--db", db, "households", "compare", "--from", "DTKS April").expect(t, 2)
}

// TestKillImportHouseholds kills a separately built CLI in the middle of a large import:
// the database passes "check", the interrupted edition is absent, the earlier one intact.
func TestKillImportHouseholds(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the CLI and imports a large file")
	}
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no Go toolchain to build the CLI")
	}
	dir := testutil.TempDir(t)
	exe := filepath.Join(dir, "sidamping-cli")
	if runtime.GOOS == "windows" {
		exe += ".exe"
	}
	if out, err := exec.Command(goBin, "build", "-o", exe, ".").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	db := householdDB(t)
	first := dtksFile(t, filepath.Join(dir, "awal.xlsx"), 20, 0, 0)
	cli(t, "--db", db, "import", "households", first, "--edition", "Awal").expect(t, 0)
	big := dtksFile(t, filepath.Join(dir, "besar.xlsx"), 100_000, 1000, 0)

	cmd := exec.Command(exe, "--db", db, "import", "households", big, "--edition", "Besar")
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	// Kill once the import has written a good part into the WAL.
	deadline := time.Now().Add(60 * time.Second)
	killed := false
	for !killed && time.Now().Before(deadline) {
		select {
		case err := <-done:
			t.Fatalf("the import finished before it could be killed (%v); make the file larger", err)
		case <-time.After(20 * time.Millisecond):
		}
		if st, err := os.Stat(db + "-wal"); err == nil && st.Size() > 8<<20 {
			if err := cmd.Process.Kill(); err != nil {
				t.Fatal(err)
			}
			<-done
			killed = true
		}
	}
	if !killed {
		cmd.Process.Kill()
		t.Fatal("the import never got going")
	}
	cli(t, "--db", db, "check").expect(t, 0)
	if n := count(t, db, "edisi"); n != 1 {
		t.Fatalf("%d editions after the kill", n)
	}
	if count(t, db, "individu") != 60 || count(t, db, "keluarga") != 20 {
		t.Fatal("the earlier edition must be intact")
	}
}
