package xlsxutil

import (
	"context"
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"sidamping/models"
	"sidamping/services/sheetreader"
)

// HeaderScanRows is how many rows at the top of a sheet are searched for the header.
const HeaderScanRows = 10

// Problem is one thing wrong with the file, located by sheet, row and column.
type Problem struct {
	File    string `json:"file"`
	Sheet   string `json:"sheet"`
	Row     int    `json:"row"`    // 1-based; 0 for the whole sheet
	Column  string `json:"column"` // column letter, "" for the whole row
	Header  string `json:"header"` // the column's header as written in the file
	Value   string `json:"value"`
	Message string `json:"message"`
	Code    string `json:"code,omitempty"` // set on warnings, e.g. "xlsx.column_empty"
}

// Cell returns the cell address ("C12"), or "" when the problem is not about one cell.
func (p Problem) Cell() string {
	if p.Column == "" || p.Row == 0 {
		return ""
	}
	return p.Column + strconv.Itoa(p.Row)
}

// String gives the full message: "data.xlsx, lembar Desa, baris 5, kolom C (Kode Desa): ...".
func (p Problem) String() string {
	var b strings.Builder
	b.WriteString(p.File)
	if p.Sheet != "" {
		b.WriteString(", lembar " + p.Sheet)
	}
	if p.Row > 0 {
		b.WriteString(", baris " + strconv.Itoa(p.Row))
	}
	if p.Column != "" {
		b.WriteString(", kolom " + p.Column)
		if p.Header != "" {
			b.WriteString(" (" + p.Header + ")")
		}
	}
	return b.String() + ": " + p.Message
}

// Sheet is one sheet read as text: the raw (unformatted) value of every cell.
type Sheet struct {
	wb     *Workbook
	Name   string
	Rows   [][]string
	types  [][]sheetreader.CellType // parallel to Rows
	merges []merge                  // merged ranges starting in the top rows (where headers are)
}

// cancelled is the error returned when ctx is done.
func cancelled(ctx context.Context) error {
	return models.NewError(models.ErrCancelled, "cancelled", "Proses dibatalkan.").Wrap(ctx.Err())
}

// ReadSheet reads every row of sheet as raw text (numbers unformatted, so a code typed
// as a number is not turned into "3.32E+09"), streamed by the shared sheet reader: a
// cell holding an Excel error value (#REF!, #N/A, ...) refuses the file with the
// cell's address (code xlsx.error_value). onRow, when not nil, is called with the
// number of rows read so far; ctx is checked as rows are read.
func (w *Workbook) ReadSheet(ctx context.Context, sheet string, onRow func(n int)) (*Sheet, error) {
	s := &Sheet{wb: w, Name: sheet}
	n := 0
	err := w.rows.Rows(ctx, sheet, func(r *sheetreader.Row) error {
		if n++; n%500 == 0 && onRow != nil {
			onRow(r.Num)
		}
		for len(s.Rows) < r.Num-1 {
			s.Rows, s.types = append(s.Rows, nil), append(s.types, nil)
		}
		s.Rows = append(s.Rows, append([]string(nil), r.Cells...))
		s.types = append(s.types, append([]sheetreader.CellType(nil), r.Types...))
		return nil
	})
	if ctx.Err() != nil {
		return nil, cancelled(ctx)
	}
	if err != nil {
		return nil, ReaderError(w.Name, err)
	}
	for len(s.Rows) > 0 && isBlank(s.Rows[len(s.Rows)-1]) {
		s.Rows = s.Rows[:len(s.Rows)-1]
	}
	if len(s.Rows) <= mergeRowsLimit {
		s.merges = readMerges(w.File, sheet)
	}
	return s, nil
}

func isBlank(cells []string) bool {
	for _, c := range cells {
		if cleanCell(c) != "" {
			return false
		}
	}
	return true
}

// cleanCell trims spaces, including the non-breaking spaces copied from web pages.
func cleanCell(s string) string { return strings.TrimSpace(strings.ReplaceAll(s, "\u00a0", " ")) }

// IsNumber tells whether the cell (1-based row, 0-based column) is stored as a number.
func (s *Sheet) IsNumber(row, col int) bool {
	if row < 1 || row > len(s.types) || col < 0 || col >= len(s.types[row-1]) {
		return false
	}
	t := s.types[row-1][col]
	return t == sheetreader.CellNumber || t == sheetreader.CellEmpty
}

// Display returns the cell as Excel shows it (number format applied).
func (s *Sheet) Display(row, col int) string {
	ref, _ := excelize.CoordinatesToCellName(col+1, row)
	v, _ := s.wb.File.GetCellValue(s.Name, ref)
	return v
}

// Record is one data row: the text of every matched field.
type Record struct {
	Row    int               // 1-based row number in the sheet
	Values map[string]string // field key -> cleaned text
	Bad    map[string]bool   // fields whose cell was rejected while reading
}

// Get returns the value of field key ("" when absent).
func (r Record) Get(key string) string { return r.Values[key] }

// Table is a sheet's data under its header row.
type Table struct {
	File     string
	Sheet    string
	Header   Header
	Fields   []Field
	Records  []Record
	Problems []Problem // header problems and cells rejected while reading
	Warnings []Problem // mapped columns with nothing readable (see columnWarnings)
}

// Table finds the header with m (over up to MaxHeaderDepth rows, merged cells read as
// their value) and reads the records below it. ok is false when the first
// HeaderScanRows rows hold no recognisable header.
func (s *Sheet) Table(m *Matcher) (t *Table, ok bool) {
	h, ok := m.FindHeaderRows(s.headerRows(), HeaderScanRows, false)
	if !ok {
		return nil, false
	}
	t = &Table{File: s.wb.Name, Sheet: s.Name, Header: h, Fields: m.Fields()}
	for _, f := range h.Missing {
		t.Problems = append(t.Problems, Problem{File: t.File, Sheet: t.Sheet, Row: h.Row,
			Message: fmt.Sprintf("Kolom wajib %s tidak ditemukan pada baris judul.", f.Label)})
	}
	for _, d := range h.Duplicates {
		var cols []string
		for _, c := range d.Columns {
			cols = append(cols, fmt.Sprintf("%s (%s)", c.Letter, c.Text))
		}
		t.Problems = append(t.Problems, Problem{File: t.File, Sheet: t.Sheet, Row: h.Row, Column: d.Columns[1].Letter, Header: d.Columns[1].Text,
			Message: fmt.Sprintf("Kolom %s sama-sama berarti %s; hapus atau ganti nama salah satunya.", strings.Join(cols, " dan "), d.Label)})
	}
	first := h.Row
	if first < len(s.Rows) && IsNumberingRow(s.Rows[first]) {
		first++ // the "(1) (2) (3)" row under the header
	}
	for r := first; r < len(s.Rows); r++ {
		if rec, ok := t.record(s, r+1, s.Rows[r]); ok {
			t.Records = append(t.Records, rec)
		}
	}
	t.Warnings = t.columnWarnings()
	return t, true
}

// record reads one data row; ok is false for a blank row.
func (t *Table) record(s *Sheet, row int, cells []string) (Record, bool) {
	rec := Record{Row: row, Values: map[string]string{}}
	blank := true
	for _, f := range t.Fields {
		col, has := t.Header.Cols[f.Key]
		if !has {
			continue
		}
		v := ""
		if col < len(cells) {
			v = cleanCell(cells[col])
		}
		if v != "" {
			blank = false
			if msg := t.checkCell(s, f, row, col, &v); msg != "" {
				hc, _ := t.Header.Cell(f.Key)
				t.Problems = append(t.Problems, Problem{File: t.File, Sheet: t.Sheet, Row: row, Column: hc.Letter, Header: hc.Text, Value: v, Message: msg})
				if rec.Bad == nil {
					rec.Bad = map[string]bool{}
				}
				rec.Bad[f.Key] = true
			}
		}
		rec.Values[f.Key] = v
	}
	return rec, !blank
}

var (
	reSci     = regexp.MustCompile(`^[+-]?\d+([.,]\d+)?[eE][+-]?\d+$`)
	reNumeric = regexp.MustCompile(`^[+-]?\d+(\.\d+)?$`)
)

// checkCell catches identifiers that Excel turned into numbers and converts percentages
// shown with a "%" format to their displayed value; it returns a message when the cell
// must be rejected.
func (t *Table) checkCell(s *Sheet, f Field, row, col int, v *string) string {
	switch f.Type {
	case TypeCode, TypeDigits:
		if reSci.MatchString(*v) {
			return fmt.Sprintf("%s %s ditulis dalam notasi ilmiah, sehingga digit terakhirnya hilang; format kolom sebagai Teks lalu ketik ulang nilainya.", f.Label, *v)
		}
		if !reNumeric.MatchString(*v) || !s.IsNumber(row, col) {
			return ""
		}
		digits := strings.TrimLeft(strings.TrimLeft(*v, "+-"), "0")
		if f.Type == TypeDigits || strings.Contains(*v, ".") || len(digits) > 15 {
			return fmt.Sprintf("%s %s tersimpan sebagai angka, bukan teks (Excel hanya menyimpan 15 digit, digit terakhir bisa berubah); format kolom sebagai Teks lalu ketik ulang nilainya (atau awali dengan tanda petik ').", f.Label, *v)
		}
	case TypeDecimal:
		if reNumeric.MatchString(*v) && strings.HasSuffix(strings.TrimSpace(s.Display(row, col)), "%") {
			if x, err := strconv.ParseFloat(*v, 64); err == nil {
				*v = strconv.FormatFloat(math.Round(x*1e11)/1e9, 'f', -1, 64)
			}
		}
	}
	return ""
}
