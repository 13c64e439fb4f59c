package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"sidamping/models"
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

// `letter assignment --all` writes one PDF with every OPD's Surat Tugas and lists the
// numbers; `letters register` exports the register of outgoing letters.
func TestLetterAllAndRegister(t *testing.T) {
	dir := testutil.TempDir(t)
	db := filepath.Join(dir, "sidamping.db")
	cli(t, "--db", db, "demo").expect(t, 0)
	year := "2026"
	cli(t, "--db", db, "letter", "assignment", "--year", year, "--all", "--opd", "X", "--out", filepath.Join(dir, "x.pdf")).expect(t, 2)
	cli(t, "--db", db, "letter", "decree", "--year", year, "--all", "--out", filepath.Join(dir, "x.pdf")).expect(t, 2)
	r := cli(t, "--db", db, "letter", "decree", "--year", year, "--format", "odt", "--out", filepath.Join(dir, "x.odt")).expect(t, 2)
	if !strings.Contains(r.stderr, "pdf") {
		t.Errorf("unknown format: stderr %q names no known format", r.stderr)
	}
	cli(t, "--db", db, "letter", "decree", "--year", year, "--out", filepath.Join(dir, "keputusan.pdf")).expect(t, 0)

	all := filepath.Join(dir, "ALL.pdf")
	r = cli(t, "--db", db, "--json", "letter", "assignment", "--year", year, "--all", "--out", all).expect(t, 0)
	nums, _ := r.obj["numbers"].([]any)
	var opds int
	mustQuery(t, db, "SELECT COUNT(DISTINCT opd_id) FROM pendampingan WHERE year = 2026", &opds)
	if len(nums) != opds || opds < 2 {
		t.Fatalf("%d numbers for %d paired OPDs: %v", len(nums), opds, r.obj)
	}
	needPoppler(t)
	info, _ := exec.Command("pdfinfo", all).Output()
	m := regexp.MustCompile(`Pages:\s+(\d+)`).FindStringSubmatch(string(info))
	if m == nil {
		t.Fatalf("pdfinfo: %s", info)
	}
	pages, _ := strconv.Atoi(m[1])
	if pages < opds {
		t.Fatalf("%d pages for %d letters", pages, opds)
	}
	text, _ := exec.Command("pdftotext", all, "-").Output()
	for _, n := range nums {
		if !strings.Contains(string(text), n.(string)) {
			t.Errorf("combined PDF lacks number %v", n)
		}
	}
	// Every OPD has its letter now: a second run issues nothing and says so.
	r = cli(t, "--db", db, "letter", "assignment", "--year", year, "--all", "--out", filepath.Join(dir, "lagi.pdf")).expect(t, 1)
	if !strings.Contains(r.stderr, "sudah memiliki surat tugas") {
		t.Errorf("second --all: %q", r.stderr)
	}

	reg := filepath.Join(dir, "REG.xlsx")
	r = cli(t, "--db", db, "--json", "letters", "register", "--year", year, "--out", reg).expect(t, 0)
	if r.obj["rows"] != float64(opds+1) {
		t.Fatalf("register json %v, want %d rows", r.obj, opds+1)
	}
	f, err := excelize.OpenFile(reg)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, _ := f.GetRows(f.GetSheetName(0))
	found := 0
	for _, row := range rows {
		for _, n := range nums {
			if len(row) > 6 && row[1] == n.(string) && row[6] == "Terbit" {
				found++
			}
		}
	}
	if found != opds {
		t.Errorf("register lists %d of the %d assignment letters", found, opds)
	}
	cli(t, "--db", db, "letters", "register", "--year", year).expect(t, 2)
	// The register cannot overwrite the database.
	cli(t, "--db", db, "letters", "register", "--year", year, "--out", db).expect(t, 1)
}

// mustQuery runs one scalar query on the database file.
func mustQuery(t *testing.T, path, q string, dst any) {
	t.Helper()
	db, err := models.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer models.Close(db)
	if err := db.Raw(q).Scan(dst).Error; err != nil {
		t.Fatal(err)
	}
}

// needPoppler skips without pdfinfo/pdftotext, except on CI where it fails.
func needPoppler(t *testing.T) {
	t.Helper()
	for _, tool := range []string{"pdfinfo", "pdftotext"} {
		if _, err := exec.LookPath(tool); err != nil {
			if os.Getenv("CI") == "true" && runtime.GOOS != "windows" {
				t.Fatalf("%s not installed", tool)
			}
			t.Skipf("%s not installed", tool)
		}
	}
}
