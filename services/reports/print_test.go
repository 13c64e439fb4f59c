package reports_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"sidamping/models"
	"sidamping/services/plan/plantest"
	"sidamping/services/profile"
	"sidamping/services/reports"
	"sidamping/services/testutil"
)

const secretaryNIP = "197203151998031004"

// withProfile gives the fixture a profile typed the old way ("Kabupaten Contoh" in the
// name) and the head of Bappeda who signs the reports.
func withProfile(t *testing.T, fx *plantest.Fixture) {
	t.Helper()
	_, err := profile.New(fx.DB, clock).Save(ctx, profile.Profile{
		Profil: models.Profil{RegencyName: "Kabupaten Contoh", Province: "Jawa Tengah", RegencyCode: "33.20", Capital: "Contoh",
			OfficeName: "Badan Perencanaan Pembangunan Daerah", Letterhead: "PEMERINTAH KABUPATEN CONTOH\nBAPPEDA"},
		Signatories: []models.Penandatangan{{Role: models.RoleKepalaBappeda, Name: "Ir. Budi Santoso, M.T.",
			Rank: "Pembina Utama Muda (IV/c)", NIP: secretaryNIP}},
	})
	if err != nil {
		t.Fatal(err)
	}
}

// allCells gives every shown cell value of every sheet, as Excel displays it.
func allCells(t *testing.T, f *excelize.File) map[string][][]string {
	t.Helper()
	out := map[string][][]string{}
	for _, sh := range f.GetSheetList() {
		rows, err := f.GetRows(sh)
		if err != nil {
			t.Fatal(err)
		}
		out[sh] = rows
	}
	return out
}

// find returns the cell ("B12") of the first cell of sheet showing text containing s.
func find(rows [][]string, s string) string {
	for r, row := range rows {
		for c, v := range row {
			if strings.Contains(v, s) {
				ref, _ := excelize.CoordinatesToCellName(c+1, r+1)
				return ref
			}
		}
	}
	return ""
}

// checkPrinted converts the workbook with LibreOffice: no word under 7 pt, and the
// signature's NIP printed once.
func checkPrinted(t *testing.T, path string) {
	t.Helper()
	words := testutil.PDFWords(t, testutil.ToPDF(t, path))
	if small := testutil.SmallText(words, 7); len(small) > 0 {
		t.Errorf("%s: %d words under 7 pt, e.g. %v", filepath.Base(path), len(small), small[:min(5, len(small))])
	}
	n := 0
	for _, w := range words {
		if strings.Contains(w.Text, secretaryNIP) {
			n++
		}
	}
	if n == 0 {
		t.Errorf("%s: the signatory's NIP is not printed", filepath.Base(path))
	}
}

// TestReportWorkbooksPrintReady: the quarterly and monthly workbooks name the regency
// once ("Kabupaten Contoh", never "Kabupaten Kabupaten"), hold dates as date cells and
// months as names, end the summary sheet with the signature block, and LibreOffice prints
// every sheet with text of 7 pt or more.
func TestReportWorkbooksPrintReady(t *testing.T) {
	fx := plantest.Build(t, plantest.Options{Pairings: 6, Activities: 5, Through: 12, Seed: 3})
	withProfile(t, fx)
	s := reports.New(fx.DB, clock, nil)
	dir := testutil.TempDir(t)
	q := filepath.Join(dir, "triwulan.xlsx")
	if _, err := s.Quarterly(ctx, plantest.Year, 4, q); err != nil {
		t.Fatal(err)
	}
	m := filepath.Join(dir, "bulanan.xlsx")
	if _, err := s.Monthly(ctx, plantest.Year, 10, reports.LayoutLong, m); err != nil {
		t.Fatal(err)
	}
	mp := filepath.Join(dir, "bulanan-per-desa.xlsx")
	if _, err := s.Monthly(ctx, plantest.Year, 10, reports.LayoutPerPairing, mp); err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{q, m, mp} {
		f := open(t, path)
		cells := allCells(t, f)
		summary := f.GetSheetList()[0]
		for sh, rows := range cells {
			if ref := find(rows, "Kabupaten Kabupaten"); ref != "" {
				t.Errorf("%s!%s names the regency twice", sh, ref)
			}
			if sh != summary && !strings.HasPrefix(filepath.Base(path), "bulanan") {
				continue
			}
			if ref := find(rows, "Dampingan — Kabupaten Contoh"); ref == "" {
				t.Errorf("%s %s: the title does not name Kabupaten Contoh", filepath.Base(path), sh)
			}
			sig := find(rows, "Contoh, 23 November 2026")
			nip := find(rows, "NIP. "+secretaryNIP)
			if sig == "" || nip == "" || find(rows, "selaku Sekretaris TKPK") == "" || find(rows, "Ir. Budi Santoso, M.T.") == "" {
				t.Errorf("%s %s: no signature block (place/date %q, NIP %q)", filepath.Base(path), sh, sig, nip)
			} else {
				assertDate(t, f, sh, sig)
			}
		}
		if path == q {
			// Form 2's scanning date is a date cell.
			rows := cells[reports.SheetKarakter]
			col := header(t, f, reports.SheetKarakter, 6, "Tanggal Scanning")
			ref, _ := excelize.CoordinatesToCellName(col, 7)
			if len(rows) < 7 || rows[6][col-1] == "" {
				t.Fatalf("Karakteristik has no scanning date in %s", ref)
			}
			assertDate(t, f, reports.SheetKarakter, ref)
			// A whole volume shows without decimals.
			vcol := header(t, f, reports.SheetRencana, 6, "Volume")
			if v := cells[reports.SheetRencana][6][vcol-1]; strings.ContainsAny(v, ".,") {
				t.Errorf("Rencana Aksi volume shows %q", v)
			}
		}
		f.Close()
		checkPrinted(t, path)
	}
}

// assertDate checks that a cell is a number with a date format, not text.
func assertDate(t *testing.T, f *excelize.File, sheet, ref string) {
	t.Helper()
	typ, _ := f.GetCellType(sheet, ref)
	raw, _ := f.GetCellValue(sheet, ref, excelize.Options{RawCellValue: true})
	id, _ := f.GetCellStyle(sheet, ref)
	st, _ := f.GetStyle(id)
	if typ == excelize.CellTypeSharedString || typ == excelize.CellTypeInlineString || strings.Contains(raw, "-") ||
		st == nil || st.CustomNumFmt == nil || !strings.Contains(*st.CustomNumFmt, "mmmm yyyy") {
		t.Errorf("%s!%s is not a date cell (type %v, raw %q)", sheet, ref, typ, raw)
	}
}
