package xlsxutil

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"sidamping/services/testutil"
)

// AssertDateCell checks that a cell is a number shown with DateFormat as want
// ("20 Januari 2026"), not text.
func assertDateCell(t *testing.T, f *excelize.File, sheet, cell, want string) {
	t.Helper()
	typ, _ := f.GetCellType(sheet, cell)
	raw, _ := f.GetCellValue(sheet, cell, excelize.Options{RawCellValue: true})
	shown, _ := f.GetCellValue(sheet, cell)
	id, _ := f.GetCellStyle(sheet, cell)
	st, _ := f.GetStyle(id)
	if typ == excelize.CellTypeSharedString || typ == excelize.CellTypeInlineString || st == nil || st.CustomNumFmt == nil ||
		!strings.Contains(*st.CustomNumFmt, "d mmmm yyyy") || shown != want || strings.Contains(raw, "-") {
		fmt := "<none>"
		if st != nil && st.CustomNumFmt != nil {
			fmt = *st.CustomNumFmt
		}
		t.Errorf("%s!%s: type %v raw %q shown %q format %s; want a date cell shown as %q", sheet, cell, typ, raw, shown, fmt, want)
	}
}

func TestDateCellsAndWholeNumbers(t *testing.T) {
	path := filepath.Join(testutil.TempDir(t), "tanggal.xlsx")
	w, err := NewWriter(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Discard()
	sw, err := w.AddSheet("Data", []string{"JUDUL"}, []Column{{Header: "Tanggal", Type: TypeDate}, {Header: "Volume", Type: TypeDecimal, NumFmt: DecimalFormat},
		{Header: "Jumlah", Type: TypeDecimal}})
	if err != nil {
		t.Fatal(err)
	}
	rows := [][]any{{"2026-01-20", 52.0, 3.0}, {time.Date(2026, 9, 30, 14, 5, 0, 0, time.UTC), 2.5, 1.25}, {"2026-03-02 10:15:00", nil, nil},
		{"", 0.0, nil}, {"kemarin", 1.0, nil}}
	for _, r := range rows {
		if err := sw.WriteRow(r...); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Save(); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	assertDateCell(t, f, "Data", "A4", "20 Januari 2026")
	assertDateCell(t, f, "Data", "A5", "30 September 2026")
	assertDateCell(t, f, "Data", "A6", "2 Maret 2026")
	for cell, want := range map[string]string{"A7": "", "A8": "kemarin", "B4": "52", "B5": "2.5", "C4": "3", "C5": "1.25", "B7": "0", "B8": "1"} {
		if v, _ := f.GetCellValue("Data", cell); v != want {
			t.Errorf("%s shows %q, want %q", cell, v, want)
		}
	}
}

// wideSheet writes a Rekap-like sheet of n columns (the quarterly Rekapitulasi has 35).
func wideSheet(t *testing.T, path string, n int) (*SheetWriter, string) {
	t.Helper()
	w, err := NewWriter(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Discard()
	cols := []Column{{Header: "No", Type: TypeInt}, {Header: "Kecamatan", MaxWidth: 20}, {Header: "Desa/Kelurahan", MaxWidth: 24}}
	for len(cols) < n {
		cols = append(cols, Column{Header: fmt.Sprintf("Anggaran Sumber %d (Rp)", len(cols)), Type: TypeInt, NumFmt: RupiahFormat, MinWidth: 16})
	}
	sw, err := w.AddSheetWith("Rekap", []string{"LAPORAN TRIWULAN I TAHUN 2026", "Kabupaten Contoh"}, cols,
		SheetOptions{Print: &PrintSetup{Landscape: true, Paper: PaperF4, FitToWidth: true, RepeatHeader: true, RepeatCols: 3}})
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 40; i++ {
		row := []any{i + 1, "Kecamatan Contoh", fmt.Sprintf("Desa Nomor %d", i+1)}
		for len(row) < n {
			row = append(row, 125000000)
		}
		if err := sw.WriteRow(row...); err != nil {
			t.Fatal(err)
		}
	}
	cell, err := sw.WriteSignature(Signature{Place: "Contoh", Date: time.Date(2026, 3, 31, 0, 0, 0, 0, time.UTC),
		Office: []string{"Kepala Bappeda Kabupaten Contoh", "selaku Sekretaris TKPK,"}, Name: "Ir. Budi Santoso, M.T.",
		Rank: "Pembina Utama Muda (IV/c)", NIP: "197203151998031004"})
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Save(); err != nil {
		t.Fatal(err)
	}
	return sw, cell
}

// TestWideSheetPrintsLegibly: 35 columns are not shrunk onto one page; the sheet spans
// several pages wide with the title rows and the first three columns on every page, and
// LibreOffice's PDF has no word under 7 pt.
func TestWideSheetPrintsLegibly(t *testing.T) {
	path := filepath.Join(testutil.TempDir(t), "rekap.xlsx")
	sw, sigCell := wideSheet(t, path, 35)
	wide := sw.PagesWide()
	if wide < 3 || wide > 8 {
		t.Fatalf("35 columns print %d pages wide", wide)
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lo, err := f.GetPageLayout("Rekap")
	if err != nil || lo.FitToWidth == nil || *lo.FitToWidth != wide || lo.Orientation == nil || *lo.Orientation != "landscape" || lo.Size == nil || *lo.Size != PaperF4 {
		t.Errorf("page layout %+v %v", lo, err)
	}
	titles := ""
	for _, d := range f.GetDefinedName() {
		if d.Name == "_xlnm.Print_Titles" && d.Scope == "Rekap" {
			titles = d.RefersTo
		}
	}
	if titles != "'Rekap'!$A:$C,'Rekap'!$1:$4" {
		t.Errorf("print titles %q", titles)
	}
	assertDateCell(t, f, "Rekap", sigCell, "Contoh, 31 Maret 2026")
	f.Close()

	words := testutil.PDFWords(t, testutil.ToPDF(t, path))
	if small := testutil.SmallText(words, 7); len(small) > 0 {
		t.Errorf("%d words under 7 pt, e.g. %v", len(small), small[:min(5, len(small))])
	}
	// Every page repeats the title and the village column; the signature prints once.
	pages := map[int]string{}
	for _, w := range words {
		pages[w.Page] += w.Text + " "
	}
	if len(pages) < wide {
		t.Errorf("%d pages for a sheet %d pages wide", len(pages), wide)
	}
	var sig []int
	for p, text := range pages {
		if !strings.Contains(text, "LAPORAN TRIWULAN") || !strings.Contains(text, "Desa/Kelurahan") {
			t.Errorf("page %d lacks the repeated title or first columns: %.200s", p, text)
		}
		if strings.Contains(text, "197203151998031004") {
			sig = append(sig, p)
		}
	}
	// Pages print down, then across: the block stands under the first columns.
	if len(sig) != 1 || !strings.Contains(pages[sig[0]], "Contoh, 31 Maret 2026") || !strings.Contains(pages[sig[0]], "Sumber 3 (Rp)") {
		t.Errorf("signature block on pages %v, want once, under the first columns", sig)
	}
}

func TestNarrowSheetStaysOnePageWide(t *testing.T) {
	sw, _ := wideSheet(t, filepath.Join(testutil.TempDir(t), "sempit.xlsx"), 8)
	if n := sw.PagesWide(); n != 1 {
		t.Errorf("8 columns print %d pages wide", n)
	}
}
