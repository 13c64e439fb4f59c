package masterxlsx

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/xuri/excelize/v2"
)

func openBook(t *testing.T, path string) *excelize.File {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = f.Close() })
	return f
}

// headerRow returns the cells of row n.
func rowCells(t *testing.T, f *excelize.File, sheet string, n int) []string {
	t.Helper()
	rows, err := f.GetRows(sheet)
	if err != nil || len(rows) < n {
		t.Fatalf("sheet %s has %d rows: %v", sheet, len(rows), err)
	}
	return rows[n-1]
}

func TestExportOPDStyledWithNIPAsText(t *testing.T) {
	e := newEnv(t)
	e.seed(t)
	path := filepath.Join(e.dir, "opd.xlsx")
	if err := e.svc.Export(e.ctx, ListOPD, path); err != nil {
		t.Fatal(err)
	}
	f := openBook(t, path)
	if got := f.GetSheetList(); len(got) != 1 || got[0] != SheetOPD {
		t.Fatalf("sheets = %v", got)
	}
	if v, _ := f.GetCellValue(SheetOPD, "A1"); v != "DAFTAR PERANGKAT DAERAH" {
		t.Errorf("title = %q", v)
	}
	if v, _ := f.GetCellValue(SheetOPD, "A2"); v != "Diekspor dari SiDamping pada 23 November 2026" {
		t.Errorf("subtitle = %q", v)
	}
	want := []string{"Kode", "Nama Perangkat Daerah", "Singkatan", "Jenis", "Nama Kepala", "Pangkat/Golongan", "NIP", "Alamat", "Telepon", "Email"}
	head := rowCells(t, f, SheetOPD, 4)
	for i, h := range want {
		if i >= len(head) || head[i] != h {
			t.Fatalf("header = %v, want %v", head, want)
		}
	}
	sid, _ := f.GetCellStyle(SheetOPD, "A4")
	if st, _ := f.GetStyle(sid); st.Font == nil || !st.Font.Bold || st.Fill.Type != "pattern" {
		t.Errorf("header style = %+v", st)
	}
	if typ, _ := f.GetCellType(SheetOPD, "G5"); typ != excelize.CellTypeInlineString && typ != excelize.CellTypeSharedString {
		t.Errorf("NIP cell type = %v, want a string", typ)
	}
	if v, _ := f.GetCellValue(SheetOPD, "G5"); v != "197001012000032001" {
		t.Errorf("NIP = %q", v)
	}
	if typ, _ := f.GetCellType(SheetOPD, "A5"); typ != excelize.CellTypeInlineString {
		t.Errorf("code cell type = %v", typ)
	}
	panes, _ := f.GetPanes(SheetOPD)
	if !panes.Freeze || panes.YSplit != 4 {
		t.Errorf("panes = %+v", panes)
	}
	found := false
	for _, dn := range f.GetDefinedName() {
		found = found || (dn.Name == "_xlnm._FilterDatabase" && dn.RefersTo == "'Perangkat Daerah'!$A$4:$J$5")
	}
	if !found {
		t.Errorf("no autofilter over A4:J5: %+v", f.GetDefinedName())
	}
	if w, _ := f.GetColWidth(SheetOPD, "B"); w < 17 || w > 30 {
		t.Errorf("name column width = %v", w)
	}
	if w, _ := f.GetColWidth(SheetOPD, "G"); w < 18 {
		t.Errorf("NIP column width = %v", w)
	}
}

func TestExportDesaWithYearFlags(t *testing.T) {
	e := newEnv(t)
	e.seed(t)
	path := filepath.Join(e.dir, "desa.xlsx")
	if err := e.svc.Export(e.ctx, ListDesa, path); err != nil {
		t.Fatal(err)
	}
	f := openBook(t, path)
	if got := f.GetSheetList(); got[0] != SheetDesa {
		t.Fatalf("sheets = %v", got)
	}
	head := rowCells(t, f, SheetDesa, 5)
	if len(head) != 12 || head[0] != "Kode Kecamatan" || head[2] != "Kode Desa" || head[10] != "Prioritas 2026" || head[11] != "Lanjutan 2026" {
		t.Errorf("header = %v", head)
	}
	// Rows are ordered by village code: 33.20.01.1002, 33.20.01.2001, 33.20.02.2001.
	r := rowCells(t, f, SheetDesa, 7)
	if r[2] != "33.20.01.2001" || r[3] != "Bugel" || r[4] != "Desa" || r[10] != "Ya" || len(r) > 11 && r[11] != "" {
		t.Errorf("Bugel row = %v", r)
	}
	if r := rowCells(t, f, SheetDesa, 8); len(r) < 12 || r[11] != "Ya" || r[10] != "" {
		t.Errorf("Lebuawu row = %v", r)
	}
	if typ, _ := f.GetCellType(SheetDesa, "F6"); typ != excelize.CellTypeUnset && typ != excelize.CellTypeNumber {
		t.Errorf("population cell type = %v", typ)
	}
	raw, _ := f.GetCellValue(SheetDesa, "F6", excelize.Options{RawCellValue: true})
	if raw != "6120" {
		t.Errorf("population = %q", raw)
	}
}

func TestExportImportRoundTripIsSame(t *testing.T) {
	e := newEnv(t)
	e.seed(t)
	for _, c := range []struct{ list, kind string }{{ListKecamatan, KindWilayah}, {ListDesa, KindWilayah}, {ListOPD, KindOPD}} {
		path := filepath.Join(e.dir, c.list+".xlsx")
		if err := e.svc.Export(e.ctx, c.list, path); err != nil {
			t.Fatal(err)
		}
		pv, err := e.svc.Preview(e.ctx, c.kind, path)
		if err != nil {
			t.Fatal(err)
		}
		if len(pv.Problems) != 0 || len(pv.Rows) == 0 {
			t.Fatalf("%s: problems %+v rows %d", c.list, pv.Problems, len(pv.Rows))
		}
		for _, r := range pv.Rows {
			if r.Action != ActionSame {
				t.Errorf("%s: row %d (%s %s) is %q, changed %v", c.list, r.Row, r.Entity, r.Values["code"], r.Action, r.Changed)
			}
		}
		res, err := e.svc.Import(e.ctx, c.kind, path)
		if err != nil || res.New+res.Updated != 0 {
			t.Errorf("%s: import %+v %v", c.list, res, err)
		}
	}
	if n := e.counts(t); n != [3]int64{2, 3, 1} {
		t.Errorf("rows = %v", n)
	}
}

func TestExportCancelledLeavesNoFile(t *testing.T) {
	e := newEnv(t)
	e.seed(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	path := filepath.Join(e.dir, "batal.xlsx")
	if err := e.svc.Export(ctx, ListDesa, path); appCode(err) != "cancelled" {
		t.Fatalf("err = %v", err)
	}
	if entries, _ := os.ReadDir(e.dir); len(entries) != 0 {
		t.Errorf("left behind: %v", entries)
	}
	if err := e.svc.Export(e.ctx, "penduduk", path); appCode(err) != "export.unknown_list" {
		t.Errorf("unknown list: %v", err)
	}
}
