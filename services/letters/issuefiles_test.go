package letters

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"sidamping/models"
	"sidamping/services/fileout"
	"sidamping/services/testutil"
)

func appCode(err error) string {
	var ae *models.AppError
	if errors.As(err, &ae) {
		return ae.Code
	}
	return ""
}

// nothingIssued asserts that no letter and no number was recorded and that no PDF (nor a
// temporary file) is in the archive folder.
func nothingIssued(t *testing.T, f fixture) {
	t.Helper()
	if n := testutil.Count(t, f.db, "surat"); n != 0 {
		t.Errorf("%d letters recorded", n)
	}
	if n := testutil.Count(t, f.db, "nomor_surat"); n != 0 {
		t.Errorf("%d numbers used", n)
	}
	_ = filepath.Walk(filepath.Join(f.dir, "surat"), func(p string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() {
			t.Errorf("file left in the archive: %s", p)
		}
		return nil
	})
}

func TestIssueIntoReadOnlyArchiveUsesNoNumber(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("a folder's permission bits do not make it read-only on Windows")
	}
	f := newFixture(t, 2)
	archive := filepath.Join(f.dir, "surat", "2026")
	if err := os.MkdirAll(archive, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(archive, 0o555); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(archive, 0o755)
	if _, err := os.Stat(archive); err != nil {
		t.Fatal(err)
	}
	_, err := f.s.Issue(ctx, Request{Type: models.SuratKeputusan, Year: 2026})
	if appCode(err) != "files.read_only" {
		t.Fatalf("err = %v", err)
	}
	nothingIssued(t, f)
	if err := os.Chmod(archive, 0o755); err != nil {
		t.Fatal(err)
	}
	l, err := f.s.Issue(ctx, Request{Type: models.SuratKeputusan, Year: 2026})
	if err != nil || l.Number != "400.9/1/2026" {
		t.Fatalf("after the folder was fixed: %+v %v", l, err)
	}
	// "Terbitkan semua" into the read-only folder issues none of the assignment letters.
	if err := os.Chmod(archive, 0o555); err != nil {
		t.Fatal(err)
	}
	if _, _, err := f.s.IssueAllAssignments(ctx, Request{Year: 2026, Paper: "F4"}, ""); appCode(err) != "files.read_only" {
		t.Fatalf("issue all: err = %v", err)
	}
	if s, n := issuedCounts(t, f); s != 1 || n != 1 {
		t.Errorf("after the refused issue-all: %d letters, %d numbers", s, n)
	}
	if err := os.Chmod(archive, 0o755); err != nil {
		t.Fatal(err)
	}
	all, _, err := f.s.IssueAllAssignments(ctx, Request{Year: 2026}, "")
	if err != nil || len(all) != 2 || all[0].Number != "000.1.2.3/001/Bappeda/XI/2026" {
		t.Fatalf("issue all: %+v %v", all, err)
	}
}

func issuedCounts(t *testing.T, f fixture) (int64, int64) {
	return testutil.Count(t, f.db, "surat"), testutil.Count(t, f.db, "nomor_surat")
}

func TestIssueCopyToMissingFolderUsesNoNumber(t *testing.T) {
	f := newFixture(t, 2)
	out := filepath.Join(f.dir, "tidak-ada", "keputusan.pdf")
	_, err := f.s.IssueTo(ctx, Request{Type: models.SuratKeputusan, Year: 2026}, out)
	if appCode(err) != "files.folder_missing" {
		t.Fatalf("err = %v", err)
	}
	nothingIssued(t, f)
	out = filepath.Join(f.dir, "keputusan.pdf")
	l, err := f.s.IssueTo(ctx, Request{Type: models.SuratKeputusan, Year: 2026}, out)
	if err != nil || l.Number != "400.9/1/2026" {
		t.Fatalf("next issue: %+v %v", l, err)
	}
	copied, _ := os.ReadFile(out)
	archived, _ := os.ReadFile(l.PDFPath)
	if len(copied) == 0 || string(copied) != string(archived) {
		t.Errorf("copy %d bytes, archive %d bytes", len(copied), len(archived))
	}
	// A combined PDF that cannot be written (a folder in the file's place) issues none.
	if err := os.MkdirAll(filepath.Join(f.dir, "folder.pdf"), 0o755); err != nil {
		t.Fatal(err)
	}
	if _, _, err := f.s.IssueAllAssignments(ctx, Request{Year: 2026}, filepath.Join(f.dir, "folder.pdf")); appCode(err) != "files.is_folder" {
		t.Fatalf("issue all: err = %v", err)
	}
	if s, n := issuedCounts(t, f); s != 1 || n != 1 {
		t.Errorf("after the refused issue-all: %d letters, %d numbers", s, n)
	}
	all, pdf, err := f.s.IssueAllAssignments(ctx, Request{Year: 2026}, filepath.Join(f.dir, "semua.pdf"))
	if err != nil || len(all) != 2 || all[0].Number != "000.1.2.3/001/Bappeda/XI/2026" || all[1].Number != "000.1.2.3/002/Bappeda/XI/2026" {
		t.Fatalf("issue all after the failures: %+v %v", all, err)
	}
	if b, _ := os.ReadFile(filepath.Join(f.dir, "semua.pdf")); string(b) != string(pdf) {
		t.Error("the combined PDF was not written to out")
	}
}

func TestCopyToDatabaseIsRefused(t *testing.T) {
	f := newFixture(t, 1)
	db := filepath.Join(f.dir, "sidamping.db")
	if err := os.WriteFile(db, []byte("SQLite format 3"), 0o644); err != nil {
		t.Fatal(err)
	}
	c := protectDB(db)
	if _, err := f.s.IssueTo(c, Request{Type: models.SuratKeputusan, Year: 2026}, db+"-wal"); appCode(err) != "files.output_is_database" {
		t.Fatalf("err = %v", err)
	}
	nothingIssued(t, f)
}

// withPairing2025 pairs the fixture's first village in programme year 2025 too.
func withPairing2025(t *testing.T, f fixture) {
	t.Helper()
	if err := f.db.Exec("INSERT INTO desa_tahun(desa_id, year, priority, continuation) VALUES (?, 2025, 1, 0)", f.desa[0].ID).Error; err != nil {
		t.Fatal(err)
	}
	if err := f.db.Exec("INSERT INTO pendampingan(year, desa_id, opd_id) VALUES (2025, ?, ?)", f.desa[0].ID, f.opds[0].ID).Error; err != nil {
		t.Fatal(err)
	}
}

func TestCounterFollowsYearOfLetterDate(t *testing.T) {
	f := newFixture(t, 1)
	withPairing2025(t, f)
	a, err := f.s.Issue(ctx, Request{Type: models.SuratKeputusan, Year: 2026, Date: "2026-01-02"})
	if err != nil || a.Number != "400.9/1/2026" {
		t.Fatalf("2026 decree: %+v %v", a, err)
	}
	// The 2025 programme's decree signed on 5 January 2026 takes the next 2026 number.
	b, err := f.s.Issue(ctx, Request{Type: models.SuratKeputusan, Year: 2025, Date: "2026-01-05"})
	if err != nil || b.Number != "400.9/2/2026" || b.Seq != 2 || b.Year != 2025 {
		t.Fatalf("2025 decree dated 2026: %+v %v", b, err)
	}
	var years []int
	f.db.Raw("SELECT year FROM nomor_surat ORDER BY seq").Scan(&years)
	if len(years) != 2 || years[0] != 2026 || years[1] != 2026 {
		t.Errorf("counter years %v", years)
	}
	// Each keeps its own archive file.
	if a.PDFPath == b.PDFPath {
		t.Fatalf("both letters archived at %s", a.PDFPath)
	}
	// A 2025 letter dated in 2025 starts the 2025 counter.
	c, err := f.s.Issue(ctx, Request{Type: models.SuratKeputusan, Year: 2025, Date: "2025-12-30"})
	if err != nil || c.Number != "400.9/1/2025" {
		t.Fatalf("2025 decree dated 2025: %+v %v", c, err)
	}
}

func TestFarDateNeedsConfirmation(t *testing.T) {
	f := newFixture(t, 1)
	withPairing2025(t, f)
	for _, date := range []string{"2027-03-01", "2023-12-31"} {
		_, err := f.s.Issue(ctx, Request{Type: models.SuratKeputusan, Year: 2025, Date: date})
		if appCode(err) != CodeDateFar {
			t.Fatalf("%s: err = %v", date, err)
		}
	}
	nothingIssued(t, f)
	l, err := f.s.Issue(ctx, Request{Type: models.SuratKeputusan, Year: 2025, Date: "2027-03-01", ForceDate: true})
	if err != nil || l.Number != "400.9/1/2027" {
		t.Fatalf("confirmed: %+v %v", l, err)
	}
	// A draft preview is not refused.
	if _, err := f.s.Preview(ctx, Request{Type: models.SuratKeputusan, Year: 2025, Date: "2029-01-01"}); err != nil {
		t.Errorf("preview: %v", err)
	}
}

func protectDB(path string) context.Context {
	return fileout.Protect(ctx, fileout.Database, path)
}
