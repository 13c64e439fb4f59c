package xlsxutil

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"sidamping/models"
	"sidamping/services/testutil"
)

// An Excel error value in any cell refuses the file with the cell's address; it is
// never read as text.
func TestErrorValueRefusedWithCell(t *testing.T) {
	for _, v := range []string{"#REF!", "#N/A", "#VALUE!", "#DIV/0!", "#NAME?", "#NULL!", "#NUM!", "#GETTING_DATA"} {
		path := filepath.Join(testutil.TempDir(t), "desa.xlsx")
		f := excelize.NewFile()
		must := func(err error) {
			t.Helper()
			if err != nil {
				t.Fatal(err)
			}
		}
		must(f.SetSheetName("Sheet1", "Desa"))
		must(f.SetSheetRow("Desa", "A1", &[]any{"Kode Desa", "Nama Desa", "Penduduk"}))
		must(f.SetSheetRow("Desa", "A12", &[]any{"33.20.01.2001", "Bugel"}))
		must(f.SetCellFormula("Desa", "C12", "1/0"))
		must(f.SaveAs(path))
		f.Close()
		// excelize writes no cached value; give the formula cell the error value Excel stores.
		rewriteSheet(t, path, `<c r="C12"`, `<c r="C12" t="e"><f>1/0</f><v>`+v+`</v></c>`)
		wb, err := Open(path)
		if err != nil {
			t.Fatal(err)
		}
		_, err = wb.ReadSheet(context.Background(), "Desa", nil)
		wb.Close()
		var ae *models.AppError
		if appCode(err) != "xlsx.error_value" || !strings.Contains(err.Error(), "desa.xlsx") || !strings.Contains(err.Error(), "sel C12") ||
			!strings.Contains(err.Error(), v) || !strings.Contains(err.Error(), `"Desa"`) {
			t.Fatalf("%s: %v", v, err)
		}
		if asApp(err, &ae); ae.Params["cell"] != "C12" || ae.Params["sheet"] != "Desa" || ae.Params["file"] != "desa.xlsx" {
			t.Errorf("%s: params %v", v, ae.Params)
		}
	}
}

func asApp(err error, ae **models.AppError) bool {
	e := models.AsAppError(err)
	*ae = e
	return e != nil
}

// rewriteSheet replaces the element of the first sheet starting with from (up to its
// closing "/>" or "</c>") with to.
func rewriteSheet(t *testing.T, path, from, to string) {
	t.Helper()
	testutil.RewritePart(t, path, path, testutil.SheetPart, func(w io.Writer, old []byte) {
		s := string(old)
		i := strings.Index(s, from)
		if i < 0 {
			t.Fatalf("%s not in sheet: %s", from, s)
		}
		j := i + strings.Index(s[i:], ">")
		if s[j-1] == '/' {
			j++
		} else {
			j = i + strings.Index(s[i:], "</c>") + 4
		}
		_, _ = io.WriteString(w, s[:i]+to+s[j:])
	})
}

// writeInflated writes a workbook whose sheet unpacks to size bytes (small on disk).
func writeInflated(t testing.TB, path string, size int) {
	t.Helper()
	good := filepath.Join(filepath.Dir(path), "kecil.xlsx")
	writeBook(t, good, "Data", [][]any{{"Kode Desa", "Nama Desa"}})
	testutil.RewritePart(t, good, path, testutil.SheetPart, func(w io.Writer, _ []byte) {
		_, _ = io.WriteString(w, `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`)
		block := []byte(strings.Repeat(`<row><c t="inlineStr"><is><t>x</t></is></c></row>`, 20000))
		for n := 0; n < size; n += len(block) {
			if _, err := w.Write(block); err != nil {
				t.Fatal(err)
			}
		}
		_, _ = io.WriteString(w, `</sheetData></worksheet>`)
	})
}

// A 50 MB sheet in a small file is refused at Open, before excelize or the import
// reads it.
func TestInflatedSheetRefusedAtOpen(t *testing.T) {
	path := filepath.Join(testutil.TempDir(t), "bom.xlsx")
	writeInflated(t, path, 50<<20)
	if st, _ := os.Stat(path); st.Size() > 1<<20 {
		t.Fatalf("file is %d bytes", st.Size())
	}
	start := time.Now()
	_, err := Open(path)
	if appCode(err) != "files.inflated" || !strings.Contains(err.Error(), "bom.xlsx") || !strings.Contains(err.Error(), "sheet1.xml") {
		t.Fatalf("got %v", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("refused after %v", d)
	}
}

func BenchmarkRefuseInflated(b *testing.B) {
	path := filepath.Join(testutil.TempDir(b), "bom.xlsx")
	writeInflated(b, path, 50<<20)
	b.ResetTimer()
	for range b.N {
		if _, err := Open(path); appCode(err) != "files.inflated" {
			b.Fatal(err)
		}
	}
}
