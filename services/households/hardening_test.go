package households

import (
	"archive/zip"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"sidamping/services/common"
	"sidamping/services/testutil"
)

// A NIK that is not 16 digits is kept as sementara, and the result, the preview and
// the error report count and list the row.
func TestTemporaryNIKIsFlaggedEverywhere(t *testing.T) {
	svc, db, _ := newService(t)
	dir := testutil.TempDir(t)
	path := badBook(t, dir, "sementara.xlsx", func(r []any) { r[2] = "SEMENTARA-01" })
	pv, err := svc.Preview(ctx, PreviewInput{Files: []string{path}})
	if err != nil || pv.FlaggedCount != 1 || len(pv.Flagged) != 1 || pv.Flagged[0].Row != 3 {
		t.Fatalf("preview: %v %d %+v", err, pv.FlaggedCount, pv.Flagged)
	}
	report := filepath.Join(dir, "laporan.xlsx")
	res, err := svc.Import(ctx, ImportInput{Files: []string{path}, Edition: "E", ReportPath: report})
	if err != nil || res.Imported != 4 {
		t.Fatalf("import: %v %+v", err, res)
	}
	if res.FlaggedCount != 1 || len(res.Flagged) != 1 {
		t.Fatalf("flagged %d %+v", res.FlaggedCount, res.Flagged)
	}
	f := res.Flagged[0]
	if f.Column+itoa(f.Row) != "C3" || f.File != "sementara.xlsx" || f.Sheet != "DTKS" || f.Value != "SEMENTARA-01" || f.Code != CodeNIKTemporary {
		t.Fatalf("flagged row %+v", f)
	}
	if !strings.Contains(strings.Join(res.Notes, "\n"), "1 baris diimpor dengan NIK sementara") {
		t.Errorf("notes %q", res.Notes)
	}
	if n := testutil.Count(t, db, "individu", "nik_flag = ?", "sementara"); n != 1 {
		t.Errorf("%d members flagged sementara", n)
	}
	if res.ErrorReport != report {
		t.Fatalf("no report written: %+v", res)
	}
	wb, err := excelize.OpenFile(report)
	if err != nil {
		t.Fatal(err)
	}
	defer wb.Close()
	rows, _ := wb.GetRows("NIK Sementara")
	last := rows[len(rows)-1]
	if last[0] != "sementara.xlsx" || last[2] != "3" || last[3] != "C" || last[5] != "SEMENTARA-01" || last[6] != CodeNIKTemporary {
		t.Fatalf("report rows %q", rows)
	}
}

// Files that are not workbooks are named for what they are; Excel error values are
// refused with their cell.
func TestImportNamesWrongFilesAndErrorValues(t *testing.T) {
	svc, db, _ := newService(t)
	dir := testutil.TempDir(t)
	docx := filepath.Join(dir, "surat.xlsx")
	zf, _ := os.Create(docx)
	zw := zip.NewWriter(zf)
	w, _ := zw.Create("word/document.xml")
	_, _ = w.Write([]byte("<w:document/>"))
	_ = zw.Close()
	_ = zf.Close()
	pdf := filepath.Join(dir, "dtks.xlsx")
	if err := os.WriteFile(pdf, []byte("%PDF-1.5\n1 0 obj\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	galat := badBook(t, dir, "galat.xlsx", func(r []any) { r[9] = "#N/A" })
	csv := filepath.Join(dir, "galat.csv")
	if err := os.WriteFile(csv, []byte("NIK;NO KK;NAMA;KODE WILAYAH\n3320000000010001;3320000000019001;#REF!;3320012001\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cases := []struct{ path, code, want string }{
		{docx, "files.is_word", "surat.xlsx adalah dokumen Word, bukan buku kerja Excel"},
		{pdf, "files.is_pdf", "dtks.xlsx adalah dokumen PDF"},
		{galat, "sheetreader.error_value", "sel J3 berisi galat Excel #N/A"},
		{csv, "sheetreader.error_value", "sel C2 berisi galat Excel #REF!"},
	}
	for _, c := range cases {
		if _, err := svc.Preview(ctx, PreviewInput{Files: []string{c.path}}); !isCodeErr(err, c.code) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("preview %s: %v", filepath.Base(c.path), err)
		}
		if _, err := svc.Import(ctx, ImportInput{Files: []string{c.path}, Edition: "X", Mode: ModeSkip}); !isCodeErr(err, c.code) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("import %s: %v", filepath.Base(c.path), err)
		}
	}
	if testutil.Count(t, db, "edisi") != 0 || testutil.Count(t, db, "individu") != 0 {
		t.Fatal("nothing may be saved")
	}
}

// signal is an emitter that closes ch on its first event.
type signal struct {
	once sync.Once
	ch   chan struct{}
}

func (s *signal) Emit(string, any) { s.once.Do(func() { close(s.ch) }) }

// Two processes importing the same edition name: one wins, the other gets
// households.edition_exists (not a raw UNIQUE error), and one edition is saved.
func TestConcurrentImportsOfOneEditionName(t *testing.T) {
	dir := testutil.TempDir(t)
	dbPath := filepath.Join(dir, "bersama.db")
	dbA := testutil.NewDBAt(t, dbPath, true)
	fixture(t, dbA, 3, 5)
	dbB := testutil.NewDBAt(t, dbPath, false) // the second process's own connection
	clock := common.FixedClock{T: time.Date(2026, 10, 1, 9, 0, 0, 0, time.UTC)}
	started := &signal{ch: make(chan struct{})}
	a := New(dbA, clock, nil, nil)
	b := New(dbB, clock, started, nil)
	// A holds on (while reading its rows, inside its transaction) until B has passed
	// the name check that runs before any transaction.
	var once sync.Once
	a.onRows = func(int64) {
		once.Do(func() {
			select {
			case <-started.ch:
			case <-time.After(10 * time.Second):
			}
		})
	}
	fileA := dtksBook(t, dir, "a.xlsx", 700, 2)
	fileB := dtksBook(t, dir, "b.xlsx", 5, 2)
	errs := make(chan error, 2)
	go func() {
		_, err := a.Import(ctx, ImportInput{Files: []string{fileA}, Edition: "DTKS Oktober 2026"})
		errs <- err
	}()
	go func() {
		_, err := b.Import(ctx, ImportInput{Files: []string{fileB}, Edition: "DTKS Oktober 2026"})
		errs <- err
	}()
	var ok, exists int
	for range 2 {
		err := <-errs
		switch {
		case err == nil:
			ok++
		case isCodeErr(err, CodeEditionExists):
			exists++
			if !strings.Contains(err.Error(), "sudah ada") || strings.Contains(err.Error(), "UNIQUE") {
				t.Errorf("message: %v", err)
			}
		default:
			t.Errorf("unexpected error: %v", err)
		}
	}
	if ok != 1 || exists != 1 {
		t.Fatalf("%d imports succeeded, %d refused as existing", ok, exists)
	}
	if n := testutil.Count(t, dbA, "edisi"); n != 1 {
		t.Fatalf("%d editions", n)
	}
}
