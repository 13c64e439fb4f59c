package sheetreader

import (
	"archive/zip"
	"bufio"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// Benchmarks read a DTKS-like workbook of N rows × 15 columns, generated
// once and cached in os.TempDir(). N is 100,000 by default; set
// SHEETREADER_BENCH_ROWS=1000000 for the full size:
//
//	SHEETREADER_BENCH_ROWS=1000000 go test -run=^$ -bench=Read -benchtime=1x ./services/sheetreader/

const benchSheet = "DTKS"

var benchHeader = []string{"ID DTKS", "NIK", "No KK", "Nama", "Nama Ibu Kandung",
	"Tempat Lahir", "Tanggal Lahir", "Jenis Kelamin", "Alamat", "RT", "RW",
	"Kode Desa", "Desil", "Pekerjaan", "Status PKH"}

func benchRows() int {
	if n, err := strconv.Atoi(os.Getenv("SHEETREADER_BENCH_ROWS")); err == nil && n > 0 {
		return n
	}
	return 100_000
}

var (
	givenNames = []string{"SITI", "AHMAD", "SRI", "MUHAMMAD", "DWI", "EKO", "TRI", "NUR",
		"BUDI", "WAHYU", "SUGENG", "PARTINI", "SUPARMI", "SLAMET", "RINA", "AGUS"}
	familyNames = []string{"RAHAYU", "SANTOSO", "WIDODO", "LESTARI", "HIDAYAT", "PURNOMO",
		"ASTUTI", "SETIAWAN", "SUSANTI", "PRASETYO", "WULANDARI", "NUGROHO"}
	places = []string{"BLORA", "PURWOREJO", "JEPARA", "REMBANG", "GROBOGAN", "KUDUS"}
	jobs   = []string{"PETANI", "BURUH HARIAN LEPAS", "NELAYAN", "PEDAGANG", "TIDAK BEKERJA",
		"MENGURUS RUMAH TANGGA", "PELAJAR/MAHASISWA", "WIRASWASTA"}
)

// benchRecord returns row i (0-based) of the DTKS-like data: text for every
// column but the birth date (a date serial) and the desil (a number).
func benchRecord(r *rand.Rand, i int) (text [15]string, birth float64, desil int) {
	nik := 3316000000000000 + int64(i)*7919%1_000_000_000_000
	text[0] = fmt.Sprintf("DTKS%010d", i+1)
	text[1] = strconv.FormatInt(nik, 10)
	text[2] = strconv.FormatInt(nik/4*4+1, 10)
	text[3] = givenNames[r.IntN(len(givenNames))] + " " + familyNames[r.IntN(len(familyNames))]
	text[4] = givenNames[r.IntN(len(givenNames))] + " " + familyNames[r.IntN(len(familyNames))]
	text[5] = places[r.IntN(len(places))]
	if r.IntN(2) == 0 {
		text[7] = "LAKI-LAKI"
	} else {
		text[7] = "PEREMPUAN"
	}
	text[8] = fmt.Sprintf("DUSUN KRAJAN %d RT %03d RW %03d", r.IntN(9)+1, r.IntN(20)+1, r.IntN(12)+1)
	text[9] = fmt.Sprintf("%03d", r.IntN(20)+1)
	text[10] = fmt.Sprintf("%03d", r.IntN(12)+1)
	text[11] = fmt.Sprintf("33.16.%02d.20%02d", r.IntN(16)+1, r.IntN(30)+1)
	text[13] = jobs[r.IntN(len(jobs))]
	text[14] = []string{"YA", "TIDAK"}[r.IntN(2)]
	return text, float64(15000 + r.IntN(30000)), r.IntN(4) + 1
}

// cachedWorkbook returns the path of a cached generated workbook, making it
// with gen on first use.
func cachedWorkbook(tb testing.TB, kind string, n int, gen func(path string, n int) error) string {
	tb.Helper()
	path := filepath.Join(os.TempDir(), fmt.Sprintf("sheetreader-bench-v2-%s-%d.xlsx", kind, n))
	if _, err := os.Stat(path); err == nil {
		return path
	}
	tmp := strings.TrimSuffix(path, ".xlsx") + ".tmp.xlsx"
	if err := gen(tmp, n); err != nil {
		tb.Fatal(err)
	}
	if err := os.Rename(tmp, path); err != nil {
		tb.Fatal(err)
	}
	return path
}

// genInline writes the workbook with excelize's StreamWriter, which stores
// text as inline strings.
func genInline(path string, n int) error {
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", benchSheet); err != nil {
		return err
	}
	dateStyle, err := f.NewStyle(&excelize.Style{NumFmt: 14})
	if err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(benchSheet)
	if err != nil {
		return err
	}
	header := make([]any, len(benchHeader))
	for i, h := range benchHeader {
		header[i] = h
	}
	if err := sw.SetRow("A1", header); err != nil {
		return err
	}
	r := rand.New(rand.NewPCG(1, 2))
	row := make([]any, 15)
	for i := range n {
		text, birth, desil := benchRecord(r, i)
		for c, v := range text {
			row[c] = v
		}
		row[6] = excelize.Cell{StyleID: dateStyle, Value: birth}
		row[12] = desil
		cell, _ := excelize.CoordinatesToCellName(1, i+2)
		if err := sw.SetRow(cell, row); err != nil {
			return err
		}
	}
	if err := sw.Flush(); err != nil {
		return err
	}
	return f.SaveAs(path)
}

// genShared writes the same data with every text in the shared string
// table (as Excel itself saves), writing the XML directly because no
// excelize writer can produce a million shared strings quickly.
func genShared(path string, n int) error {
	out, err := os.Create(path)
	if err != nil {
		return err
	}
	defer out.Close()
	z := zip.NewWriter(out)
	for name, body := range map[string]string{
		"[Content_Types].xml":        minimalContentTypes,
		"_rels/.rels":                minimalRootRels,
		"xl/workbook.xml":            `<workbook xmlns="` + nsMain + `" xmlns:r="` + nsRel + `"><sheets><sheet name="` + benchSheet + `" sheetId="1" r:id="rId1"/></sheets></workbook>`,
		"xl/_rels/workbook.xml.rels": `<Relationships xmlns="` + nsPkgRel + `">` + rel("rId1", "worksheet", "worksheets/sheet1.xml") + rel("rId2", "sharedStrings", "sharedStrings.xml") + rel("rId3", "styles", "styles.xml") + `</Relationships>`,
		"xl/styles.xml":              `<styleSheet xmlns="` + nsMain + `"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>`,
	} {
		w, err := z.Create(name)
		if err != nil {
			return err
		}
		if _, err := w.Write([]byte(body)); err != nil {
			return err
		}
	}
	// Shared strings, deduplicated as Excel does: the header, then each
	// row's texts in order of first appearance.
	sw, err := z.Create("xl/sharedStrings.xml")
	if err != nil {
		return err
	}
	index := map[string]int{}
	var order []string
	intern := func(v string) int {
		i, ok := index[v]
		if !ok {
			i = len(order)
			index[v] = i
			order = append(order, v)
		}
		return i
	}
	for _, h := range benchHeader {
		intern(h)
	}
	r := rand.New(rand.NewPCG(1, 2))
	ids := make([]int32, 0, 13*n)
	for i := range n {
		text, _, _ := benchRecord(r, i)
		for c, v := range text {
			if c != 6 && c != 12 {
				ids = append(ids, int32(intern(v)))
			}
		}
	}
	index = nil
	bw := bufio.NewWriterSize(sw, 1<<16)
	fmt.Fprintf(bw, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`+"\n"+`<sst xmlns="%s" count="%d" uniqueCount="%d">`, nsMain, 15+13*n, len(order))
	for _, v := range order {
		fmt.Fprintf(bw, "<si><t>%s</t></si>", v)
	}
	bw.WriteString("</sst>")
	if err := bw.Flush(); err != nil {
		return err
	}
	ws, err := z.Create("xl/worksheets/sheet1.xml")
	if err != nil {
		return err
	}
	bw = bufio.NewWriterSize(ws, 1<<16)
	fmt.Fprintf(bw, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`+"\n"+`<worksheet xmlns="%s"><dimension ref="A1:O%d"/><sheetData><row r="1" spans="1:15">`, nsMain, n+1)
	for c := range benchHeader {
		fmt.Fprintf(bw, `<c r="%s1" t="s"><v>%d</v></c>`, ColumnName(c), c)
	}
	bw.WriteString("</row>")
	r = rand.New(rand.NewPCG(1, 2))
	next := 0
	for i := range n {
		_, birth, desil := benchRecord(r, i)
		row := i + 2
		fmt.Fprintf(bw, `<row r="%d" spans="1:15">`, row)
		for c := range 15 {
			switch c {
			case 6:
				fmt.Fprintf(bw, `<c r="G%d" s="1"><v>%g</v></c>`, row, birth)
			case 12:
				fmt.Fprintf(bw, `<c r="M%d"><v>%d</v></c>`, row, desil)
			default:
				fmt.Fprintf(bw, `<c r="%s%d" t="s"><v>%d</v></c>`, ColumnName(c), row, ids[next])
				next++
			}
		}
		bw.WriteString("</row>")
	}
	bw.WriteString("</sheetData></worksheet>")
	if err := bw.Flush(); err != nil {
		return err
	}
	return z.Close()
}

// readCount reads every row of the bench sheet and checks its shape.
func readCount(tb testing.TB, path string) int {
	wb, err := Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer wb.Close()
	rows := 0
	err = wb.Rows(context.Background(), benchSheet, func(r *Row) error {
		if len(r.Cells) != 15 {
			return fmt.Errorf("row %d has %d cells", r.Num, len(r.Cells))
		}
		rows++
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	return rows
}

func BenchmarkRead(b *testing.B) {
	n := benchRows()
	for _, kind := range []struct {
		name string
		gen  func(string, int) error
	}{{"inline", genInline}, {"shared", genShared}} {
		b.Run(fmt.Sprintf("%s-%d", kind.name, n), func(b *testing.B) {
			path := cachedWorkbook(b, kind.name, n, kind.gen)
			b.ResetTimer()
			for b.Loop() {
				if got := readCount(b, path); got != n+1 {
					b.Fatalf("read %d rows, want %d", got, n+1)
				}
			}
			b.ReportMetric(float64(n+1)*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
		})
	}
}

// BenchmarkReadCSV reads the same data saved as a ';'-separated CSV file.
func BenchmarkReadCSV(b *testing.B) {
	n := benchRows()
	path := filepath.Join(os.TempDir(), fmt.Sprintf("sheetreader-bench-v2-%d.csv", n))
	if _, err := os.Stat(path); err != nil {
		var sb strings.Builder
		sb.WriteString(strings.Join(benchHeader, ";") + "\r\n")
		r := rand.New(rand.NewPCG(1, 2))
		for i := range n {
			text, birth, desil := benchRecord(r, i)
			text[6], text[12] = strconv.FormatFloat(birth, 'f', -1, 64), strconv.Itoa(desil)
			text[8] = `"` + text[8] + `; Desa ""Krajan"""`
			sb.WriteString(strings.Join(text[:], ";") + "\r\n")
		}
		if err := os.WriteFile(path, []byte(sb.String()), 0o600); err != nil {
			b.Fatal(err)
		}
	}
	b.ResetTimer()
	for b.Loop() {
		wb, err := Open(path)
		if err != nil {
			b.Fatal(err)
		}
		rows := 0
		err = wb.Rows(context.Background(), wb.Sheets()[0].Name, func(r *Row) error {
			if len(r.Cells) != 15 {
				return fmt.Errorf("row %d has %d cells: %q", r.Num, len(r.Cells), r.Cells)
			}
			rows++
			return nil
		})
		if err != nil || rows != n+1 {
			b.Fatalf("read %d rows: %v", rows, err)
		}
	}
	b.ReportMetric(float64(n+1)*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
}

// BenchmarkExcelizeRows is the baseline: excelize's own streaming Rows()
// iterator on the same kind of file (smaller, as it is much slower).
func BenchmarkExcelizeRows(b *testing.B) {
	n := min(benchRows(), 20_000)
	path := cachedWorkbook(b, "inline", n, genInline)
	b.ResetTimer()
	for b.Loop() {
		f, err := excelize.OpenFile(path)
		if err != nil {
			b.Fatal(err)
		}
		rows, err := f.Rows(benchSheet)
		if err != nil {
			b.Fatal(err)
		}
		count := 0
		for rows.Next() {
			if _, err := rows.Columns(excelize.Options{RawCellValue: true}); err != nil {
				b.Fatal(err)
			}
			count++
		}
		rows.Close()
		f.Close()
		if count != n+1 {
			b.Fatalf("read %d rows, want %d", count, n+1)
		}
	}
	b.ReportMetric(float64(n+1)*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
}
