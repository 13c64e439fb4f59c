package opdreport_test

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"sidamping/models"
	"sidamping/services/letters"
	"sidamping/services/opdreport"
	"sidamping/services/plan/plantest"
	"sidamping/services/profile"
	"sidamping/services/testutil"
)

func appErr(t *testing.T, err error, code string) *models.AppError {
	t.Helper()
	var ae *models.AppError
	if !errors.As(err, &ae) || ae.Code != code {
		t.Fatalf("want %s, got %v", code, err)
	}
	return ae
}

// A row copied twice (same activity, month and funding source) is refused, naming both
// rows; nothing is summed or saved.
func TestCopiedRowIsRefusedNamingBothRows(t *testing.T) {
	e := setup(t)
	f, err := excelize.OpenFile(e.tpl)
	if err != nil {
		t.Fatal(err)
	}
	src, _ := f.GetCellValue(opdreport.SheetData, "K6")
	f.Close()
	cells := good()
	for k, v := range map[string]any{"B9": opdreport.ActivityCode(e.acts[0].ID), "K9": src, "L9": 25_000_000, "M9": 30} {
		cells[k] = v
	}
	path := e.fill(t, "ganda.xlsx", cells)
	p, err := e.s.Preview(ctx, path, opdreport.ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Problems) != 1 || p.Problems[0].Cell != "B9" || !strings.Contains(p.Problems[0].Message, "Baris 6 dan baris 9") ||
		!strings.Contains(p.Problems[0].Message, "bulan Mei") {
		t.Fatalf("problems %+v", p.Problems)
	}
	for _, r := range p.Rows {
		if (r.Row == 6 || r.Row == 9) && r.Action != opdreport.ActionError {
			t.Errorf("row %d action %s", r.Row, r.Action)
		}
	}
	_, err = e.s.Import(ctx, path, opdreport.ImportOptions{})
	ae := appErr(t, err, opdreport.CodeInvalid)
	if !strings.Contains(strings.Join(ae.Details, "\n"), "lembar Realisasi, baris 9, kolom B") {
		t.Errorf("details %v", ae.Details)
	}
	if n := testutil.Count(t, e.f.DB, "realisasi"); n != 0 {
		t.Fatalf("%d rows saved", n)
	}
}

// An Excel error value is refused with its cell, never saved as text.
func TestErrorValueInTemplateIsRefused(t *testing.T) {
	e := setup(t)
	cells := good()
	cells["P6"] = "#REF!"
	_, err := e.s.Import(ctx, e.fill(t, "galat.xlsx", cells), opdreport.ImportOptions{})
	ae := appErr(t, err, "xlsx.error_value")
	if ae.Params["cell"] != "P6" || !strings.Contains(ae.Message, "galat.xlsx") || !strings.Contains(ae.Message, "#REF!") {
		t.Fatalf("error %+v", ae)
	}
	if n := testutil.Count(t, e.f.DB, "realisasi"); n != 0 {
		t.Fatalf("%d rows saved", n)
	}
}

// inflate copies the template with 50 MB of rows added to its data sheet (the file
// stays small).
func inflate(t *testing.T, tpl, out string) {
	t.Helper()
	testutil.RewritePart(t, tpl, out, testutil.SheetPart, func(w io.Writer, old []byte) {
		s := string(old)
		i := strings.Index(s, "</sheetData>")
		_, _ = io.WriteString(w, s[:i])
		block := strings.Repeat(`<row spans="1:17"><c s="1"/></row>`, 30000)
		for n := 0; n < 50<<20; n += len(block) {
			_, _ = io.WriteString(w, block)
		}
		_, _ = io.WriteString(w, s[i:])
	})
}

// A 50 MB sheet in a small file is refused with files.inflated at once, before the
// transaction.
func TestInflatedTemplateIsRefusedEarly(t *testing.T) {
	e := setup(t)
	path := filepath.Join(e.dir, "besar.xlsx")
	inflate(t, e.fill(t, "isi.xlsx", good()), path)
	if st, _ := os.Stat(path); st.Size() > 1<<20 {
		t.Fatalf("file is %d KB", st.Size()>>10)
	}
	start := time.Now()
	_, err := e.s.Import(ctx, path, opdreport.ImportOptions{})
	appErr(t, err, "files.inflated")
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("refused after %v", d)
	}
}

// The file is read before the import's transaction: a letter issued while the import
// is busy with its file is never kept waiting for the write lock ("database is locked").
func TestLetterIssuedDuringImportIsNotLocked(t *testing.T) {
	e := setup(t)
	if _, err := profile.New(e.f.DB, nil).Save(ctx, profile.Profile{
		Profil: models.Profil{RegencyName: "Kabupaten Contoh", Province: "Jawa Tengah", RegencyCode: "33.99", Capital: "Contoh",
			Letterhead: "PEMERINTAH KABUPATEN CONTOH"},
		Signatories: []models.Penandatangan{{Role: models.RoleBupati, Name: "H. Bambang Wijaya, S.H."},
			{Role: models.RoleSekda, Name: "Drs. Sutrisno, M.Si.", Rank: "Pembina Utama Madya", NIP: "196805121994031007"}},
	}); err != nil {
		t.Fatal(err)
	}
	path := e.fill(t, "isi.xlsx", func() map[string]any { c := good(); c["B9"] = opdreport.ActivityCode(e.acts[0].ID); return c }())
	ls := letters.New(e.f.DB, clock, testutil.TempDir(t))
	reading, letterDone := make(chan struct{}), make(chan error, 1)
	opdreport.SetAfterRead(e.s, func() {
		close(reading)
		select { // the import stays busy until the letter is issued (or has clearly failed)
		case err := <-letterDone:
			letterDone <- err
		case <-time.After(30 * time.Second):
		}
	})
	imported := make(chan error, 1)
	go func() { _, err := e.s.Import(ctx, path, opdreport.ImportOptions{}); imported <- err }()
	<-reading
	start := time.Now()
	_, err := ls.Issue(ctx, letters.Request{Type: models.SuratKeputusan, Year: plantest.Year})
	letterDone <- err
	if err != nil {
		t.Fatalf("letter issued during the import: %v", err)
	}
	if d := time.Since(start); d > 8*time.Second {
		t.Errorf("the letter waited %v for the import", d)
	}
	if err := <-imported; err != nil {
		t.Fatalf("import: %v", err)
	}
	if n := testutil.Count(t, e.f.DB, "realisasi"); n != 2 {
		t.Fatalf("realisasi rows %d", n)
	}
}

// The duplicate rule is per activity, month and funding source: the template asks for
// one row per source of an activity's money in a month, so a row that is an exact copy
// of another (every cell the same, as Excel's copy-and-paste makes it) is refused naming
// both rows, while the same activity and month with another source is accepted.
func TestExactCopyOfARowIsRefused(t *testing.T) {
	e := setup(t)
	f, err := excelize.OpenFile(e.tpl)
	if err != nil {
		t.Fatal(err)
	}
	cells := good()
	delete(cells, "B9") // row 9 is empty in the template: it gets row 6 cell by cell
	for _, k := range []string{"H9", "K9", "L9", "M9"} {
		delete(cells, k)
	}
	for col := 'A'; col <= 'P'; col++ {
		ref6 := string(col) + "6"
		v, ok := cells[ref6]
		if !ok {
			s, _ := f.GetCellValue(opdreport.SheetData, ref6)
			v = s
		}
		cells[ref6] = v
		cells[string(col)+"9"] = v
	}
	f.Close()
	path := e.fill(t, "salinan.xlsx", cells)
	p, err := e.s.Preview(ctx, path, opdreport.ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Problems) != 1 || !strings.Contains(p.Problems[0].Message, "Baris 6 dan baris 9") {
		t.Fatalf("problems %+v", p.Problems)
	}
	if _, err := e.s.Import(ctx, path, opdreport.ImportOptions{}); err == nil {
		t.Fatal("an exact copy was imported")
	}
	if n := testutil.Count(t, e.f.DB, "realisasi"); n != 0 {
		t.Fatalf("%d rows saved", n)
	}

	// The template's own case: row 9 the same activity and month with CSR money.
	two := good()
	two["B9"] = opdreport.ActivityCode(e.acts[0].ID)
	ok := e.fill(t, "dua-sumber.xlsx", two)
	p, err = e.s.Preview(ctx, ok, opdreport.ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Problems) != 0 {
		t.Fatalf("one row per funding source refused: %+v", p.Problems)
	}
}
