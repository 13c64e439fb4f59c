package sheetreader

import (
	"sidamping/services/testutil"

	"archive/zip"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/xuri/excelize/v2"
)

// Namespaces and boilerplate for hand-written workbooks.
const (
	nsMain   = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
	nsRel    = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
	nsPkgRel = "http://schemas.openxmlformats.org/package/2006/relationships"

	minimalContentTypes = `<?xml version="1.0" encoding="UTF-8"?>` +
		`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
		`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
		`<Default Extension="xml" ContentType="application/xml"/>` +
		`<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
		`</Types>`
	minimalRootRels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="` + nsPkgRel + `">` +
		`<Relationship Id="rId1" Type="` + nsRel + `/officeDocument" Target="xl/workbook.xml"/></Relationships>`
)

// rel writes one workbook relationship of the given type.
func rel(id, typ, target string) string {
	return `<Relationship Id="` + id + `" Type="` + nsRel + `/` + typ + `" Target="` + target + `"/>`
}

// writeZip writes parts (name → content) into a new zip file in dir.
func writeZip(t *testing.T, name string, parts map[string]string) string {
	t.Helper()
	path := filepath.Join(testutil.TempDir(t), name)
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	z := zip.NewWriter(f)
	for n, body := range parts {
		w, err := z.Create(n)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(body)); err != nil {
			t.Fatal(err)
		}
	}
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

// sheetXML wraps sheetData content in a worksheet element.
func sheetXML(data string) string {
	return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
		`<worksheet xmlns="` + nsMain + `" xmlns:r="` + nsRel + `"><dimension ref="A1"/>` +
		`<sheetData>` + data + `</sheetData><pageMargins left="0.7"/></worksheet>`
}

// oneSheetWorkbook returns the parts of a workbook with one sheet "Data"
// stored at sheetPart, plus an optional sharedStrings part.
func oneSheetWorkbook(sheetPart, sheet, sst string) map[string]string {
	parts := map[string]string{
		"[Content_Types].xml": minimalContentTypes,
		"_rels/.rels":         minimalRootRels,
		"xl/workbook.xml": `<workbook xmlns="` + nsMain + `" xmlns:r="` + nsRel + `">` +
			`<sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>`,
		"xl/_rels/workbook.xml.rels": `<Relationships xmlns="` + nsPkgRel + `">` +
			rel("rId1", "worksheet", "/"+sheetPart) + rel("rId2", "sharedStrings", "sharedStrings.xml") +
			`</Relationships>`,
		sheetPart: sheet,
	}
	if sst != "" {
		parts["xl/sharedStrings.xml"] = sst
	}
	return parts
}

// grid reads a sheet with this package into the shape excelize's GetRows
// returns: row i is row number i+1, missing rows are empty.
func grid(t *testing.T, path, sheet string) [][]string {
	t.Helper()
	wb, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer wb.Close()
	wb.AllowErrorValues = true // compared with excelize, which reads them as text
	var out [][]string
	err = wb.Rows(context.Background(), sheet, func(r *Row) error {
		for len(out) < r.Num-1 {
			out = append(out, nil)
		}
		out = append(out, append([]string(nil), r.Cells...))
		return nil
	})
	if err != nil {
		t.Fatalf("Rows(%q): %v", sheet, err)
	}
	return out
}

// excelizeGrid reads a sheet with excelize (raw values), trimming the empty
// trailing cells excelize keeps for formula cells without a value.
func excelizeGrid(t *testing.T, path, sheet string) [][]string {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range rows {
		for len(r) > 0 && r[len(r)-1] == "" {
			r = r[:len(r)-1]
		}
		if len(r) == 0 {
			r = nil
		}
		rows[i] = r
	}
	for len(rows) > 0 && rows[len(rows)-1] == nil {
		rows = rows[:len(rows)-1]
	}
	return rows
}

// assertSameAsExcelize compares every cell of every sheet with excelize.
func assertSameAsExcelize(t *testing.T, path string) {
	t.Helper()
	wb, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	sheets := wb.Sheets()
	wb.Close()
	for _, s := range sheets {
		got, want := grid(t, path, s.Name), excelizeGrid(t, path, s.Name)
		if len(got) != len(want) {
			t.Errorf("sheet %q: %d rows, excelize reads %d", s.Name, len(got), len(want))
		}
		for i := range min(len(got), len(want)) {
			if len(got[i]) != len(want[i]) {
				t.Errorf("sheet %q row %d: %d cells %q, excelize %d cells %q",
					s.Name, i+1, len(got[i]), got[i], len(want[i]), want[i])
				continue
			}
			for c := range got[i] {
				if got[i][c] != want[i][c] {
					t.Errorf("sheet %q cell %s: %q, excelize reads %q",
						s.Name, CellName(c, i+1), got[i][c], want[i][c])
				}
			}
		}
	}
}

// rowsOf reads a sheet with this package and returns copies of its rows,
// with their types, keyed by row number.
func rowsOf(t *testing.T, path, sheet string) map[int]Row {
	t.Helper()
	wb, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer wb.Close()
	wb.AllowErrorValues = true
	out := map[int]Row{}
	err = wb.Rows(context.Background(), sheet, func(r *Row) error {
		c := *r
		c.Cells = append([]string(nil), r.Cells...)
		c.Types = append([]CellType(nil), r.Types...)
		c.styles = append([]int32(nil), r.styles...)
		out[r.Num] = c
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
