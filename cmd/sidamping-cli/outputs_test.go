package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"sidamping/services/testutil"
)

// isDatabase reports that path still starts as an SQLite database.
func isDatabase(t *testing.T, path string) bool {
	t.Helper()
	b, err := os.ReadFile(path)
	return err == nil && bytes.HasPrefix(b, []byte("SQLite format 3\x00"))
}

// No command writes its output over the database it works on (nor its -wal/-shm files).
func TestOutputOverDatabaseIsRefused(t *testing.T) {
	dir := testutil.TempDir(t)
	db := filepath.Join(dir, "sidamping.db")
	cli(t, "--db", db, "demo").expect(t, 0)
	pairs := count(t, db, "pendampingan")
	// The same file under another spelling: a symbolic link to it.
	link := filepath.Join(dir, "tautan.db")
	targets := []string{db, db + "-wal", db + "-shm", filepath.Join(dir, ".", "sidamping.db")}
	if os.Symlink(db, link) == nil {
		targets = append(targets, link)
	}
	for _, out := range targets {
		for _, args := range [][]string{
			{"pairings", "export", "--year", "2026", "--out", out},
			{"export", "quarterly", "--year", "2025", "--quarter", "4", "--out", out},
			{"export", "monthly", "--year", "2025", "--month", "6", "--out", out},
			{"template", "opd", "--year", "2026", "--opd", opdCodeOf(t, db), "--out", out},
			{"letter", "decree", "--year", "2026", "--out", out},
			{"backup", "--out", out},
		} {
			r := cli(t, append([]string{"--db", db, "--json"}, args...)...).expect(t, 1)
			if r.obj["code"] != "files.output_is_database" {
				t.Errorf("%v: %v", args, r.obj)
			}
		}
	}
	if !isDatabase(t, db) || count(t, db, "pendampingan") != pairs {
		t.Fatal("the database was overwritten")
	}
	if n := count(t, db, "nomor_surat"); n != 0 {
		t.Errorf("a refused letter used %d numbers", n)
	}
}

// The error report of an import may not replace the workbook being imported.
func TestImportReportOverInputIsRefused(t *testing.T) {
	db := householdDB(t)
	dir := testutil.TempDir(t)
	src := dtksFile(t, filepath.Join(dir, "oktober.xlsx"), 6, 5, 4)
	before, _ := os.ReadFile(src)
	r := cli(t, "--db", db, "--json", "import", "households", src, "--edition", "DTKS Oktober", "--mode", "skip", "--report", src).expect(t, 1)
	if r.obj["code"] != "files.output_is_input" || !strings.Contains(r.obj["message"].(string), "oktober.xlsx") {
		t.Fatalf("%v", r.obj)
	}
	if after, _ := os.ReadFile(src); !bytes.Equal(before, after) {
		t.Fatal("the source workbook was replaced")
	}
	if count(t, db, "edisi") != 0 {
		t.Fatal("the import ran although its report could not be written")
	}
	// The database as report is refused as well; a proper path works.
	r = cli(t, "--db", db, "--json", "import", "households", src, "--edition", "DTKS Oktober", "--mode", "skip", "--report", db).expect(t, 1)
	if r.obj["code"] != "files.output_is_database" || !isDatabase(t, db) {
		t.Fatalf("%v", r.obj)
	}
	report := filepath.Join(dir, "galat.xlsx")
	cli(t, "--db", db, "import", "households", src, "--edition", "DTKS Oktober", "--mode", "skip", "--report", report).expect(t, 0)
	if _, err := os.Stat(report); err != nil {
		t.Fatal(err)
	}
}

// A letter whose PDF cannot be written uses up no number.
func TestLetterToUnwritablePlaceUsesNoNumber(t *testing.T) {
	dir := testutil.TempDir(t)
	db := filepath.Join(dir, "sidamping.db")
	cli(t, "--db", db, "demo").expect(t, 0)
	ro := filepath.Join(dir, "hanya-baca")
	if err := os.Mkdir(ro, 0o555); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(ro, 0o755)
	if err := os.Mkdir(filepath.Join(dir, "folder.pdf"), 0o755); err != nil {
		t.Fatal(err)
	}
	for out, code := range map[string]string{
		filepath.Join(dir, "tidak-ada", "keputusan.pdf"): "files.folder_missing",
		filepath.Join(ro, "keputusan.pdf"):               "files.read_only",
		filepath.Join(dir, "folder.pdf"):                 "files.is_folder",
	} {
		r := cli(t, "--db", db, "--json", "letter", "decree", "--year", "2026", "--out", out).expect(t, 1)
		msg, _ := r.obj["message"].(string)
		if r.obj["code"] != code || strings.HasSuffix(msg, "..") || strings.Contains(msg, ".tmp") || strings.Contains(msg, "rename") {
			t.Errorf("%s: %v", out, r.obj)
		}
	}
	if n := count(t, db, "nomor_surat"); n != 0 {
		t.Fatalf("%d numbers used by refused letters", n)
	}
	if n := count(t, db, "surat"); n != 0 {
		t.Fatalf("%d letters recorded", n)
	}
	r := cli(t, "--db", db, "--json", "letter", "decree", "--year", "2026", "--out", filepath.Join(dir, "keputusan.pdf")).expect(t, 0)
	if !strings.HasPrefix(r.obj["number"].(string), "400.9/1/") {
		t.Fatalf("next letter: %v", r.obj)
	}
}

// A letter date more than a year away from the programme year needs --force-date.
func TestLetterFarDateNeedsForceDate(t *testing.T) {
	dir := testutil.TempDir(t)
	db := filepath.Join(dir, "sidamping.db")
	cli(t, "--db", db, "demo").expect(t, 0)
	out := filepath.Join(dir, "keputusan.pdf")
	r := cli(t, "--db", db, "letter", "decree", "--year", "2026", "--date", "2028-02-01", "--out", out).expect(t, 1)
	if !strings.Contains(r.stderr, "lebih dari setahun") || !strings.Contains(r.stderr, "--force-date") {
		t.Fatalf("stderr %q", r.stderr)
	}
	if _, err := os.Stat(out); err == nil || count(t, db, "nomor_surat") != 0 {
		t.Fatal("a refused letter left a file or a number")
	}
	r = cli(t, "--db", db, "--json", "letter", "decree", "--year", "2026", "--date", "2028-02-01", "--force-date", "--out", out).expect(t, 0)
	if r.obj["number"] != "400.9/1/2028" {
		t.Fatalf("forced: %v", r.obj)
	}
}
