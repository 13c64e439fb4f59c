package sheetreader

import (
	"sidamping/services/testutil"

	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
)

// tricky holds texts that stress escaping, whitespace and Unicode.
var tricky = []string{
	"Nama & <Alamat> \"kutip\" 'apos'",
	"  spasi depan dan belakang  ",
	"baris1\nbaris2\r\nbaris3\rbaris4",
	"\ttab",
	"Ñoño Müller — “kutip” €100",
	"ꦗꦮ ꦱꦼꦤ꧀ꦠꦺꦴ", // Javanese script
	"😀 emoji 🇮🇩",
	"_x000D_ literal escape",
	"_x005F_x0041_",
	"]]> bukan CDATA",
	"&amp; sudah di-escape",
	"3320010101010001",
	"0812-3456-789",
	"=1+1 bukan rumus",
	"<?xml?> <!-- bukan komentar -->",
	"ümlaut\u00a0nbsp",
	strings.Repeat("panjang ", 4000),
}

// TestMatchesExcelizeVaried writes a workbook with every kind of value,
// gaps, several renamed, reordered and hidden sheets, and checks that every
// cell reads exactly as excelize reads it (raw values).
func TestMatchesExcelizeVaried(t *testing.T) {
	path := filepath.Join(testutil.TempDir(t), "varied.xlsx")
	f := excelize.NewFile()
	must(t, f.SetSheetName("Sheet1", "Data Warga"))
	_, err := f.NewSheet("Hapus Saya")
	must(t, err)
	_, err = f.NewSheet("Rekap & <Ringkas>")
	must(t, err)
	_, err = f.NewSheet("Tersembunyi")
	must(t, err)
	must(t, f.DeleteSheet("Hapus Saya")) // sheet parts are no longer sheet1..N in order
	must(t, f.MoveSheet("Rekap & <Ringkas>", "Data Warga"))
	must(t, f.SetSheetVisible("Tersembunyi", false))

	s := "Data Warga"
	for i, v := range tricky {
		must(t, f.SetCellStr(s, CellName(0, i+1), v))
	}
	must(t, f.SetCellValue(s, "B1", 3320010101010001))                             // 16 digits as a number
	must(t, f.SetCellDefault(s, "B2", "3.3201E+15"))                               // as Excel writes it
	must(t, f.SetCellValue(s, "B3", 1.5))                                          // float
	must(t, f.SetCellValue(s, "B4", -0.000123))                                    // small float
	must(t, f.SetCellValue(s, "B5", true))                                         // bool
	must(t, f.SetCellValue(s, "B6", false))                                        // bool
	must(t, f.SetCellValue(s, "B7", time.Date(1985, 6, 22, 0, 0, 0, 0, time.UTC))) // date style
	must(t, f.SetCellFormula(s, "B8", "SUM(B3:B4)"))                               // formula without value
	must(t, f.SetCellRichText(s, "B9", []excelize.RichTextRun{
		{Text: "Tebal ", Font: &excelize.Font{Bold: true}}, {Text: "& miring", Font: &excelize.Font{Italic: true}},
	}))
	must(t, f.SetCellStr(s, "C10", ""))       // empty string cell
	must(t, f.SetCellValue(s, "Z20", "jauh")) // column and row gap
	must(t, f.SetCellValue(s, "AA20", 42))
	must(t, f.SetCellValue(s, "XFD30", "kolom terakhir"))
	must(t, f.SetCellValue(s, "A1000", "baris jauh"))

	r := "Rekap & <Ringkas>"
	must(t, f.SetSheetRow(r, "A1", &[]any{"Desa", "Jumlah", "Desil"}))
	must(t, f.SetSheetRow(r, "A2", &[]any{"Krajan", 120, 1}))
	must(t, f.SetSheetRow(r, "B4", &[]any{nil, 7.25, "x"}))
	must(t, f.SetCellValue("Tersembunyi", "D4", "rahasia"))
	must(t, f.SaveAs(path))

	wb, err := Open(path)
	must(t, err)
	got := wb.Sheets()
	wb.Close()
	wantNames := []string{"Rekap & <Ringkas>", "Data Warga", "Tersembunyi"}
	wantStates := []string{"visible", "visible", "hidden"}
	if len(got) != len(wantNames) {
		t.Fatalf("Sheets() = %+v", got)
	}
	for i, sh := range got {
		if sh.Name != wantNames[i] || sh.State != wantStates[i] || sh.Index != i || sh.Type != "worksheet" {
			t.Errorf("sheet %d = %+v, want %s (%s)", i, sh, wantNames[i], wantStates[i])
		}
	}
	assertSameAsExcelize(t, path)

	// Spot checks of values and types, independent of excelize.
	rows := rowsOf(t, path, s)
	checkCell(t, rows, "A1", tricky[0], CellSharedString)
	checkCell(t, rows, "A3", "baris1\nbaris2\r\nbaris3\rbaris4", CellSharedString)
	checkCell(t, rows, "B1", "3320010101010001", CellNumber)
	checkCell(t, rows, "B2", "3.3201E+15", CellNumber)
	checkCell(t, rows, "B5", "1", CellBool)
	checkCell(t, rows, "B6", "0", CellBool)
	checkCell(t, rows, "B9", "Tebal & miring", CellSharedString)
	checkCell(t, rows, "XFD30", "kolom terakhir", CellSharedString)
	checkCell(t, rows, "A1000", "baris jauh", CellSharedString)
	if _, ok := rows[10]; !ok || len(rows[10].Cells) != 1 {
		t.Errorf("row 10 = %q, want only A10 (the empty C10 is trimmed)", rows[10].Cells)
	}
	row7 := rows[7]
	if !row7.IsDate(1) || row7.IsDate(0) {
		t.Errorf("B7 IsDate = %v, A7 IsDate = %v", row7.IsDate(1), row7.IsDate(0))
	}
	if tm, ok := row7.Time(1); !ok || !tm.Equal(time.Date(1985, 6, 22, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("B7 Time = %v %v", tm, ok)
	}
	if row30 := rows[30]; row30.Type(MaxColumns-1) != CellSharedString || len(row30.Cells) != MaxColumns {
		t.Errorf("row 30 has %d cells", len(row30.Cells))
	}
}

// checkCell asserts one cell's value and type.
func checkCell(t *testing.T, rows map[int]Row, ref, value string, typ CellType) {
	t.Helper()
	col, row, err := ParseCellName(ref)
	must(t, err)
	r, ok := rows[row]
	if !ok {
		t.Errorf("%s: row %d missing", ref, row)
		return
	}
	if got := r.Value(col); got != value {
		t.Errorf("%s = %q, want %q", ref, got, value)
	}
	if got := r.Type(col); got != typ {
		t.Errorf("%s type = %v, want %v", ref, got, typ)
	}
}

// randomValue returns a random cell value of a random kind.
func randomValue(r *rand.Rand) any {
	switch r.IntN(9) {
	case 0:
		return nil
	case 1:
		return r.IntN(1_000_000) - 500_000
	case 2:
		return r.Float64() * 1e6
	case 3:
		return r.Int64N(9e15) + 1e15 // 16-digit number
	case 4:
		return r.IntN(2) == 0
	case 5:
		return time.Date(1940+r.IntN(80), time.Month(1+r.IntN(12)), 1+r.IntN(28), r.IntN(24), r.IntN(60), 0, 0, time.UTC)
	case 6:
		return tricky[r.IntN(len(tricky))]
	default:
		const alphabet = "abcXYZ 0189&<>\"'_x\n\t.,;éꦗ😀"
		runes := []rune(alphabet)
		var b strings.Builder
		for range r.IntN(20) {
			b.WriteRune(runes[r.IntN(len(runes))])
		}
		return b.String()
	}
}

// TestMatchesExcelizeRandom fills sheets with random values, once through
// the normal API (shared strings) and once through the StreamWriter
// (inline strings), and compares every cell with excelize.
func TestMatchesExcelizeRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 11))
	path := filepath.Join(testutil.TempDir(t), "random.xlsx")
	f := excelize.NewFile()
	must(t, f.SetSheetName("Sheet1", "Acak"))
	for row := 1; row <= 150; row += 1 + r.IntN(3) {
		for col := 0; col < 25; col++ {
			if v := randomValue(r); v != nil {
				must(t, f.SetCellValue("Acak", CellName(col, row), v))
			}
		}
	}
	_, err := f.NewSheet("Stream")
	must(t, err)
	sw, err := f.NewStreamWriter("Stream")
	must(t, err)
	for row := 1; row <= 150; row += 1 + r.IntN(3) {
		vals := make([]any, 25)
		for i := range vals {
			vals[i] = randomValue(r)
		}
		must(t, sw.SetRow(CellName(0, row), vals))
	}
	must(t, sw.Flush())
	must(t, f.SaveAs(path))
	assertSameAsExcelize(t, path)

	// The stream sheet stores text inline: make sure that path was taken.
	inline := 0
	wb, err := Open(path)
	must(t, err)
	defer wb.Close()
	must(t, wb.Rows(context.Background(), "Stream", func(row *Row) error {
		for _, typ := range row.Types {
			if typ == CellInlineString {
				inline++
			}
		}
		return nil
	}))
	if inline == 0 {
		t.Error("no inline string cells read from the stream sheet")
	}
}

// TestRowReuseAndRetention checks the documented contract: cell strings
// stay valid after the callback although the Row is reused.
func TestRowReuseAndRetention(t *testing.T) {
	path := filepath.Join(testutil.TempDir(t), "keep.xlsx")
	f := excelize.NewFile()
	sw, err := f.NewStreamWriter("Sheet1")
	must(t, err)
	for i := 1; i <= 3000; i++ {
		must(t, sw.SetRow(CellName(0, i), []any{fmt.Sprintf("nama-%d", i), i}))
	}
	must(t, sw.Flush())
	must(t, f.SaveAs(path))

	wb, err := Open(path)
	must(t, err)
	defer wb.Close()
	var kept []string
	var last float64
	must(t, wb.Rows(context.Background(), "sheet1", func(r *Row) error { // name case is ignored
		kept = append(kept, r.Cells[0])
		last = r.Progress()
		return nil
	}))
	for i, v := range kept {
		if want := fmt.Sprintf("nama-%d", i+1); v != want {
			t.Fatalf("kept[%d] = %q, want %q", i, v, want)
		}
	}
	if last <= 0.9 || last > 1 {
		t.Errorf("progress at the last row = %v", last)
	}
}
