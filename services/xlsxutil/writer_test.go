package xlsxutil

import (
	"archive/zip"
	"context"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"sidamping/services/fileout"
	"sidamping/services/testutil"
)

var exportCols = []Column{
	{Header: "Kode", Type: TypeCode}, {Header: "Nama"}, {Header: "NIP", Type: TypeDigits},
	{Header: "Jumlah Penduduk", Type: TypeInt}, {Header: "Persen", Type: TypeDecimal},
	{Header: "Keterangan", MaxWidth: 20},
}

func writeSample(t *testing.T, ctx context.Context, path string, n int) error {
	t.Helper()
	w, err := NewWriter(ctx, path)
	if err != nil {
		return err
	}
	defer w.Discard()
	sw, err := w.AddSheet("Perangkat Daerah", []string{"DAFTAR PERANGKAT DAERAH", "Kabupaten Contoh"}, exportCols)
	if err != nil {
		return err
	}
	long := strings.Repeat("panjang sekali ", 10)
	for i := 0; i < n; i++ {
		if err := sw.WriteRow("1.02.01", "Dinas Kesehatan", "197001012000031001", 1250000, 11.78, long); err != nil {
			return err
		}
	}
	return w.Save()
}

func TestWriterStylesAndLayout(t *testing.T) {
	dir := testutil.TempDir(t)
	path := filepath.Join(dir, "opd.xlsx")
	if err := writeSample(t, context.Background(), path, 3); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := f.GetSheetList(); len(got) != 1 || got[0] != "Perangkat Daerah" {
		t.Fatalf("sheets = %v", got)
	}
	sh := "Perangkat Daerah"
	if v, _ := f.GetCellValue(sh, "A1"); v != "DAFTAR PERANGKAT DAERAH" {
		t.Errorf("title = %q", v)
	}
	for i, c := range exportCols {
		ref, _ := excelize.CoordinatesToCellName(i+1, 4)
		if v, _ := f.GetCellValue(sh, ref); v != c.Header {
			t.Errorf("header %s = %q, want %q", ref, v, c.Header)
		}
	}
	sid, _ := f.GetCellStyle(sh, "A4")
	st, _ := f.GetStyle(sid)
	if st.Font == nil || !st.Font.Bold || len(st.Fill.Color) == 0 || len(st.Border) != 4 {
		t.Errorf("header style = %+v", st)
	}
	if typ, _ := f.GetCellType(sh, "C5"); typ != excelize.CellTypeInlineString && typ != excelize.CellTypeSharedString {
		t.Errorf("NIP cell type = %v, want a string", typ)
	}
	if v, _ := f.GetCellValue(sh, "C5"); v != "197001012000031001" {
		t.Errorf("NIP = %q", v)
	}
	sid, _ = f.GetCellStyle(sh, "C5")
	if st, _ := f.GetStyle(sid); st.NumFmt != 49 {
		t.Errorf("NIP number format = %d, want 49 (@)", st.NumFmt)
	}
	if typ, _ := f.GetCellType(sh, "D5"); typ != excelize.CellTypeUnset && typ != excelize.CellTypeNumber {
		t.Errorf("number cell type = %v", typ)
	}
	sid, _ = f.GetCellStyle(sh, "D5")
	if st, _ := f.GetStyle(sid); st.NumFmt != 3 {
		t.Errorf("number format = %d, want 3 (#,##0)", st.NumFmt)
	}
	panes, _ := f.GetPanes(sh)
	if !panes.Freeze || panes.YSplit != 4 || panes.TopLeftCell != "A5" {
		t.Errorf("panes = %+v", panes)
	}
	if w, _ := f.GetColWidth(sh, "C"); w < 18 || w > 25 {
		t.Errorf("NIP column width = %v", w)
	}
	if w, _ := f.GetColWidth(sh, "F"); w != 20 {
		t.Errorf("capped column width = %v, want 20", w)
	}
	if ref := autoFilterRef(t, path); ref != "A4:F7" {
		t.Errorf("autofilter = %q, want A4:F7", ref)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("folder holds %d entries, want only the workbook", len(entries))
	}
}

// autoFilterRef reads the autoFilter ref from the first worksheet's XML.
func autoFilterRef(t *testing.T, path string) string {
	t.Helper()
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	for _, f := range zr.File {
		if f.Name != "xl/worksheets/sheet1.xml" {
			continue
		}
		rc, _ := f.Open()
		b, _ := io.ReadAll(rc)
		rc.Close()
		s := string(b)
		i := strings.Index(s, `<autoFilter ref="`)
		if i < 0 {
			return ""
		}
		s = s[i+len(`<autoFilter ref="`):]
		return strings.ReplaceAll(s[:strings.Index(s, `"`)], "$", "")
	}
	return ""
}

func TestWriterReadOnlyTargetKeepsOldFile(t *testing.T) {
	dir := testutil.TempDir(t)
	path := filepath.Join(dir, "desa.xlsx")
	if err := os.WriteFile(path, []byte("lama"), 0o444); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(path, 0o644)
	err := writeSample(t, context.Background(), path, 2)
	if appCode(err) != "files.read_only" || !strings.Contains(err.Error(), "Berkas desa.xlsx hanya-baca") {
		t.Fatalf("err = %v", err)
	}
	if b, _ := os.ReadFile(path); string(b) != "lama" {
		t.Error("the old file was changed")
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("a temporary file was left behind: %d entries", len(entries))
	}
}

func TestWriterRefusesLiveDatabase(t *testing.T) {
	dir := testutil.TempDir(t)
	db := filepath.Join(dir, "sidamping.db")
	if err := os.WriteFile(db, []byte("SQLite format 3"), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx := fileout.Protect(context.Background(), fileout.Database, db)
	if err := writeSample(t, ctx, db, 2); appCode(err) != "files.output_is_database" {
		t.Fatalf("err = %v", err)
	}
	if b, _ := os.ReadFile(db); string(b) != "SQLite format 3" {
		t.Error("the database was overwritten")
	}
}

func TestWriterCancelledLeavesNothing(t *testing.T) {
	dir := testutil.TempDir(t)
	path := filepath.Join(dir, "batal.xlsx")
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err := writeSample(t, ctx, path, 5)
	if err == nil || !strings.Contains(err.Error(), "dibatalkan") {
		t.Fatalf("err = %v", err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("folder holds %d entries after a cancelled export", len(entries))
	}
	if _, err := os.Stat(path); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("target exists: %v", err)
	}
}

func TestWriterManyRowsStreams(t *testing.T) {
	dir := testutil.TempDir(t)
	path := filepath.Join(dir, "besar.xlsx")
	if err := writeSample(t, context.Background(), path, 2500); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, _ := f.GetRows("Perangkat Daerah")
	if len(rows) != 4+2500 {
		t.Errorf("rows = %d", len(rows))
	}
	if v, _ := f.GetCellValue("Perangkat Daerah", "C2504"); v != "197001012000031001" {
		t.Errorf("last NIP = %q", v)
	}
	if ref := autoFilterRef(t, path); ref != "A4:F2504" {
		t.Errorf("autofilter = %q", ref)
	}
}
