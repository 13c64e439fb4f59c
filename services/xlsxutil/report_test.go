package xlsxutil

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/xuri/excelize/v2"

	"sidamping/services/testutil"
)

// TestReportExtras covers the report helpers: custom number formats, a totals row of
// SUM formulas with cached values, print setup with repeated header rows, a hidden
// list sheet with a dropdown, and a very hidden sheet.
func TestReportExtras(t *testing.T) {
	path := filepath.Join(testutil.TempDir(t), "laporan.xlsx")
	w, err := NewWriter(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Discard()
	sh, err := w.AddSheetWith("Rekap", []string{"LAPORAN"}, []Column{{Header: "Nama"}, {Header: "Anggaran", Type: TypeInt, NumFmt: RupiahFormat},
		{Header: "Serapan", Type: TypeDecimal, NumFmt: PercentFormat}},
		SheetOptions{Print: &PrintSetup{Landscape: true, FitToWidth: true, RepeatHeader: true}})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range [][]any{{"A", 1000, 0.5}, {"B", 2500, 0.25}} {
		if err := sh.WriteRow(r...); err != nil {
			t.Fatal(err)
		}
	}
	row, err := sh.WriteTotals("Jumlah", 0, map[int]any{1: 3500, 2: Formula{Expr: "B6/B6", Value: 1}})
	if err != nil || row != 6 {
		t.Fatalf("totals row %d %v", row, err)
	}
	if err := w.AddDropList("Rekap", "A4:A20", "'Daftar'!$A$1:$A$2", "Salah", "Pilih dari daftar."); err != nil {
		t.Fatal(err)
	}
	if err := w.AddHiddenSheet("Daftar", [][]any{{"A"}, {"B"}}, false); err != nil {
		t.Fatal(err)
	}
	if err := w.AddHiddenSheet("_meta", [][]any{{"versi", 1}}, true); err != nil {
		t.Fatal(err)
	}
	if err := w.Save(); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got, _ := f.GetCellFormula("Rekap", "B6"); got != "SUM(B4:B5)" {
		t.Errorf("formula %q", got)
	}
	if got, _ := f.GetCellValue("Rekap", "B6", excelize.Options{RawCellValue: true}); got != "3500" {
		t.Errorf("cached total %q", got)
	}
	if got, _ := f.GetCellFormula("Rekap", "C6"); got != "B6/B6" {
		t.Errorf("ratio formula %q", got)
	}
	id, _ := f.GetCellStyle("Rekap", "B4")
	if st, _ := f.GetStyle(id); st.CustomNumFmt == nil || *st.CustomNumFmt != RupiahFormat {
		t.Errorf("rupiah format %+v", st)
	}
	if v, _ := f.GetCellValue("Rekap", "B4"); v != "Rp 1,000" && v != "Rp 1.000" {
		t.Errorf("formatted %q", v)
	}
	pl, _ := f.GetPageLayout("Rekap")
	if pl.Size == nil || *pl.Size != PaperF4 || *pl.Orientation != "landscape" || *pl.FitToWidth != 1 {
		t.Errorf("page layout %+v", pl)
	}
	found := false
	for _, dn := range f.GetDefinedName() {
		found = found || (dn.Name == "_xlnm.Print_Titles" && dn.RefersTo == "'Rekap'!$1:$3") // title and header rows
	}
	if !found {
		t.Errorf("print titles %+v", f.GetDefinedName())
	}
	if dv, _ := f.GetDataValidations("Rekap"); len(dv) != 1 || dv[0].Sqref != "A4:A20" {
		t.Errorf("validations %+v", dv)
	}
	if v, _ := f.GetSheetVisible("Daftar"); v {
		t.Error("Daftar visible")
	}
	if f.GetActiveSheetIndex() != 0 {
		t.Error("first sheet not active")
	}
	if af, _ := f.GetCellValue("Rekap", "A6"); af != "Jumlah" {
		t.Errorf("label %q", af)
	}
}
