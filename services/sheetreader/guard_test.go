package sheetreader

import (
	"archive/zip"
	"compress/flate"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"sidamping/services/testutil"
)

// readAll reads every row of the first sheet, returning the first error.
func readAll(path string) error {
	wb, err := Open(path)
	if err != nil {
		return err
	}
	defer wb.Close()
	return wb.Rows(context.Background(), wb.Sheets()[0].Name, func(*Row) error { return nil })
}

func TestErrorValuesAreRefusedWithTheirCell(t *testing.T) {
	for _, v := range []string{"#REF!", "#N/A", "#VALUE!", "#DIV/0!", "#NAME?", "#NULL!", "#NUM!", "#GETTING_DATA"} {
		// As Excel stores them: t="e", the value in <v>.
		path := dataSheet(t, "desa.xlsx", `<row r="1"><c r="A1" t="inlineStr"><is><t>Kode</t></is></c></row>`+
			`<row r="12"><c r="A12" t="inlineStr"><is><t>33.20</t></is></c><c r="D12" t="e"><f>A1/0</f><v>`+v+`</v></c></row>`, "")
		e := wantErr(t, readAll(path), ErrErrorValue, "desa.xlsx", `"Data"`, "sel D12", v)
		if e.Cell != "D12" || e.Sheet != "Data" {
			t.Errorf("%s: cell %q sheet %q", v, e.Cell, e.Sheet)
		}
		// Typed (or pasted) as text, as a CSV export writes it.
		path = dataSheet(t, "teks.xlsx", `<row r="3"><c r="B3" t="inlineStr"><is><t>`+v+`</t></is></c></row>`, "")
		wantErr(t, readAll(path), ErrErrorValue, "sel B3", v)
	}
	csv := writeFile(t, "dtks.csv", []byte("NIK;Nama\n3320010101010001;#N/A\n"))
	e := wantErr(t, readAll(csv), ErrErrorValue, "dtks.csv", "sel B2", "#N/A")
	if e.Cell != "B2" {
		t.Errorf("csv cell %q", e.Cell)
	}
	// Text that merely starts with '#' is data.
	ok := dataSheet(t, "ok.xlsx", `<row r="1"><c r="A1" t="inlineStr"><is><t>#1 RT 02</t></is></c></row>`, "")
	if err := readAll(ok); err != nil {
		t.Errorf("#1 RT 02: %v", err)
	}
}

func TestOLEWordAndPowerPointAreNamed(t *testing.T) {
	_, err := Open(writeFile(t, "undangan.xlsx", cfb(t, "WordDocument")))
	wantErr(t, err, ErrWord, "undangan.xlsx adalah dokumen Word")
	_, err = Open(writeFile(t, "paparan.xlsx", cfb(t, "PowerPoint Document")))
	wantErr(t, err, ErrPowerPoint, "paparan.xlsx")
}

func TestDeviceIsRefusedAtOnce(t *testing.T) {
	if _, err := os.Stat(os.DevNull); err != nil || runtime.GOOS == "windows" {
		t.Skip("no device file here")
	}
	_, err := Open(os.DevNull)
	wantErr(t, err, ErrNotRegular, "bukan berkas biasa", "perangkat")
	_, err = Open(testutil.TempDir(t))
	wantErr(t, err, ErrNotRegular, "folder")
}

// writeBomb writes a workbook whose part named part unpacks to size bytes of
// repeated content (a zip bomb, small on disk).
func writeBomb(t *testing.T, name, part string, size int, unit string) string {
	t.Helper()
	path := filepath.Join(testutil.TempDir(t), name)
	f, err := os.Create(path)
	must(t, err)
	z := zip.NewWriter(f)
	z.RegisterCompressor(zip.Deflate, func(w io.Writer) (io.WriteCloser, error) { return flate.NewWriter(w, flate.BestSpeed) })
	for n, body := range oneSheetWorkbook("xl/worksheets/sheet1.xml", sheetXML(`<row r="1"><c r="A1" t="s"><v>0</v></c></row>`), "") {
		if n == part {
			continue
		}
		w, err := z.Create(n)
		must(t, err)
		_, err = w.Write([]byte(body))
		must(t, err)
	}
	w, err := z.Create(part)
	must(t, err)
	head, tail := `<sst xmlns="`+nsMain+`">`, `</sst>`
	if !strings.Contains(part, "sharedStrings") {
		head, tail = `<worksheet xmlns="`+nsMain+`"><sheetData>`, `</sheetData></worksheet>`
	}
	_, err = io.WriteString(w, head)
	must(t, err)
	block := []byte(strings.Repeat(unit, (1<<20)/len(unit)))
	for written := 0; written < size; written += len(block) {
		_, err = w.Write(block)
		must(t, err)
	}
	_, err = io.WriteString(w, tail)
	must(t, err)
	must(t, z.Close())
	must(t, f.Close())
	return path
}

func TestZipBombIsRefusedBeforeReading(t *testing.T) {
	sst := writeBomb(t, "bom.xlsx", "xl/sharedStrings.xml", 256<<20, "<si><t>AAAAAAAA</t></si>")
	st, _ := os.Stat(sst)
	if st.Size() > 4<<20 {
		t.Fatalf("the bomb is %d bytes on disk", st.Size())
	}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	err := readAll(sst)
	runtime.ReadMemStats(&after)
	e := wantErr(t, err, ErrInflated, "bom.xlsx", "xl/sharedStrings.xml", "256 MB")
	if !errors.Is(e, ErrInflated) || e.Kind.Error() != "files.inflated" {
		t.Errorf("code %v", e.Kind)
	}
	if grew := after.TotalAlloc - before.TotalAlloc; grew > 64<<20 {
		t.Errorf("refusing the bomb allocated %d MB", grew>>20)
	}
	sheet := writeBomb(t, "lembar.xlsx", "xl/worksheets/sheet1.xml", 50<<20, `<row><c t="inlineStr"><is><t>x</t></is></c></row>`)
	wantErr(t, readAll(sheet), ErrInflated, "lembar.xlsx", "sheet1.xml", "50 MB")
}

func TestPartSizeCaps(t *testing.T) {
	var sb strings.Builder
	for i := range 60000 { // ~2 MB of distinct strings: compresses only a few times
		fmt.Fprintf(&sb, "<si><t>%x</t></si>", i*2654435761)
	}
	path := writeZip(t, "teks.xlsx", oneSheetWorkbook("xl/worksheets/sheet1.xml", sheetXML(""), `<sst xmlns="`+nsMain+`">`+sb.String()+`</sst>`))
	if _, err := Open(path); err != nil {
		t.Fatalf("default limits: %v", err)
	}
	_, err := OpenWith(path, Limits{MaxRatio: 100, MaxSharedStrings: 1 << 20})
	wantErr(t, err, ErrInflated, "teks.xlsx", "sharedStrings.xml", "batas tabel teks bersama 1 MB")
	_, err = OpenWith(path, Limits{MaxRatio: 100, MaxPart: 1 << 20})
	wantErr(t, err, ErrInflated, "batas 1 MB per bagian")
}
