package xlsxutil

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// Column is one column of an exported sheet.
type Column struct {
	Header   string
	Type     FieldType // TypeText/TypeCode/TypeDigits are written as text ("@"), TypeInt as "#,##0", TypeDecimal as "#,##0.00" ("#,##0" for a whole value), TypeDate as a date cell (DateFormat)
	MaxWidth float64   // cap for the width computed from the content; 0 means 50
	// NumFmt is an optional custom number format (e.g. RupiahFormat) that replaces the
	// style of Type; use it with TypeInt or TypeDecimal so values stay numbers.
	NumFmt string
	// MinWidth is an optional lower bound for the computed width.
	MinWidth float64
}

// Built-in number formats of Excel.
const (
	numFmtThousands = 3  // #,##0
	numFmtDecimal   = 4  // #,##0.00
	numFmtText      = 49 // @
)

// widthSampleRows is how many data rows are buffered to size the columns: the stream
// writer needs the widths before the first row is written.
const widthSampleRows = 1000

// fontFamily is the font of every exported workbook.
const fontFamily = "Arial"

// styles are created once per workbook.
type styles struct {
	title, subtitle, header, text, integer, decimal int
}

func newStyles(f *excelize.File) (styles, error) {
	// Arial, the offices' font (Liberation Sans, its metric twin, in LibreOffice).
	if err := f.SetDefaultFont(fontFamily); err != nil {
		return styles{}, err
	}
	border := []excelize.Border{
		{Type: "left", Color: "A6A6A6", Style: 1}, {Type: "right", Color: "A6A6A6", Style: 1},
		{Type: "top", Color: "A6A6A6", Style: 1}, {Type: "bottom", Color: "A6A6A6", Style: 1},
	}
	defs := []*excelize.Style{
		{Font: &excelize.Font{Family: fontFamily, Bold: true, Size: 14}},
		{Font: &excelize.Font{Family: fontFamily, Size: 11, Italic: true, Color: "595959"}},
		{Font: &excelize.Font{Family: fontFamily, Size: 11, Bold: true}, Border: border, NumFmt: numFmtText,
			Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDEBF7"}},
			Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true}},
		{Border: border, NumFmt: numFmtText},
		{Border: border, NumFmt: numFmtThousands},
		{Border: border, NumFmt: numFmtDecimal},
	}
	ids := make([]int, len(defs))
	for i, d := range defs {
		id, err := f.NewStyle(d)
		if err != nil {
			return styles{}, err
		}
		ids[i] = id
	}
	return styles{ids[0], ids[1], ids[2], ids[3], ids[4], ids[5]}, nil
}

// SheetWriter streams the rows of one sheet.
type SheetWriter struct {
	w         *Writer
	sw        *excelize.StreamWriter
	name      string
	title     []string
	cols      []Column
	widths    []int
	buf       [][]any
	started   bool
	headerRow int
	next      int // next row number to write
	closed    bool
	opt       SheetOptions
	totalsRow int       // row of WriteTotals, 0 when none
	sigRow    int       // first row of WriteSignature, 0 when none
	colWidths []float64 // the widths set at start, in characters
}

// AddSheet starts a sheet: optional title lines (the first bold), then a styled header
// row that stays frozen and carries an autofilter over the data. The previous sheet is
// closed first.
func (w *Writer) AddSheet(name string, title []string, cols []Column) (*SheetWriter, error) {
	return w.AddSheetWith(name, title, cols, SheetOptions{})
}

// AddSheetWith is AddSheet with print setup and other options (see SheetOptions).
func (w *Writer) AddSheetWith(name string, title []string, cols []Column, opt SheetOptions) (*SheetWriter, error) {
	if w.current != nil {
		if err := w.current.Close(); err != nil {
			return nil, err
		}
	}
	var err error
	if w.sheets == 0 {
		err = w.f.SetSheetName(w.f.GetSheetName(0), name)
	} else {
		_, err = w.f.NewSheet(name)
	}
	if err != nil {
		return nil, w.writeError(err)
	}
	w.sheets++
	// Sheet properties are written when the stream starts, so the print setup comes first.
	if err := w.applyPrint(name, opt.Print); err != nil {
		return nil, w.writeError(err)
	}
	sw, err := w.f.NewStreamWriter(name)
	if err != nil {
		return nil, w.writeError(err)
	}
	s := &SheetWriter{w: w, sw: sw, name: name, title: title, cols: cols, widths: make([]int, len(cols)), opt: opt}
	s.headerRow = 1
	if len(title) > 0 {
		s.headerRow = len(title) + 2 // a blank row between the title and the header
	}
	for i, c := range cols {
		s.widths[i] = utf8.RuneCountInString(c.Header) + 2
	}
	w.current = s
	return s, nil
}

// WriteRow adds one data row; values follow the columns (strings, integers, floats, nil).
func (s *SheetWriter) WriteRow(values ...any) error {
	if err := s.w.ctx.Err(); err != nil {
		return cancelled(s.w.ctx)
	}
	if !s.started {
		for i, v := range values {
			if i < len(s.widths) {
				s.widths[i] = max(s.widths[i], displayWidth(s.cols[i], v))
			}
		}
		s.buf = append(s.buf, values)
		if len(s.buf) < widthSampleRows {
			return nil
		}
		return s.start()
	}
	return s.put(values)
}

// displayWidth estimates the characters a value takes once formatted.
func displayWidth(c Column, v any) int {
	var s string
	switch x := v.(type) {
	case nil:
		return 0
	case Formula:
		return displayWidth(c, x.Value)
	case string:
		s = x
	case float64:
		s = strconv.FormatFloat(x, 'f', 2, 64)
	case time.Time:
		s = "30 September 2026"
	default:
		s = fmt.Sprint(x)
	}
	n := utf8.RuneCountInString(s)
	if c.Type == TypeDate && n > 0 {
		n = utf8.RuneCountInString("30 September 2026") // the longest date shown
	}
	if c.Type == TypeInt || c.Type == TypeDecimal {
		n += n / 3 // thousands separators
	}
	if c.NumFmt != "" {
		n += 3 // a prefix such as "Rp " or a suffix such as "%"
	}
	return n + 2
}

// start fixes the column widths and the frozen pane, then writes the title, the header
// and the buffered rows.
func (s *SheetWriter) start() error {
	s.started = true
	for i, c := range s.cols {
		limit := c.MaxWidth
		if limit == 0 {
			limit = 50
		}
		width := min(max(float64(s.widths[i]), 6, c.MinWidth), max(limit, c.MinWidth))
		s.colWidths = append(s.colWidths, width)
		if err := s.sw.SetColWidth(i+1, i+1, width); err != nil {
			return s.w.writeError(err)
		}
	}
	top, _ := excelize.CoordinatesToCellName(1, s.headerRow+1)
	if err := s.sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: s.headerRow, TopLeftCell: top, ActivePane: "bottomLeft"}); err != nil {
		return s.w.writeError(err)
	}
	last, _ := excelize.ColumnNumberToName(len(s.cols))
	for i, line := range s.title {
		style := s.w.st.subtitle
		if i == 0 {
			style = s.w.st.title
		}
		row := strconv.Itoa(i + 1)
		if err := s.sw.SetRow("A"+row, []any{excelize.Cell{StyleID: style, Value: line}}); err != nil {
			return s.w.writeError(err)
		}
		if len(s.cols) > 1 {
			if err := s.sw.MergeCell("A"+row, last+row); err != nil {
				return s.w.writeError(err)
			}
		}
	}
	head := make([]any, len(s.cols))
	for i, c := range s.cols {
		head[i] = excelize.Cell{StyleID: s.w.st.header, Value: c.Header}
	}
	if err := s.sw.SetRow("A"+strconv.Itoa(s.headerRow), head, excelize.RowOpts{Height: s.headerHeight()}); err != nil {
		return s.w.writeError(err)
	}
	s.next = s.headerRow + 1
	for _, r := range s.buf {
		if err := s.put(r); err != nil {
			return err
		}
	}
	s.buf = nil
	return nil
}

// put writes one row with each cell styled by its column type.
func (s *SheetWriter) put(values []any) error {
	cells := make([]any, len(s.cols))
	for i, c := range s.cols {
		var v any
		if i < len(values) {
			v = values[i]
		}
		formula := ""
		if f, ok := v.(Formula); ok {
			formula, v = f.Expr, f.Value
		}
		style := s.w.st.text
		switch c.Type {
		case TypeInt:
			style = s.w.st.integer
		case TypeDecimal:
			style = s.w.st.decimal
		case TypeDate:
		default:
			if v != nil && formula == "" {
				if str := fmt.Sprint(v); str != "" {
					v = str // identifiers stay text, never numbers
				} else {
					v = nil
				}
			}
		}
		if c.NumFmt != "" {
			var err error
			if style, err = s.w.numStyle(c.NumFmt, false); err != nil {
				return s.w.writeError(err)
			}
		}
		if formula == "" {
			st, val, err := s.cellStyle(c, v)
			if err != nil {
				return s.w.writeError(err)
			}
			if st >= 0 {
				style, v = st, val
			}
		}
		cells[i] = excelize.Cell{StyleID: style, Formula: formula, Value: v}
	}
	if err := s.sw.SetRow("A"+strconv.Itoa(s.next), cells); err != nil {
		return s.w.writeError(err)
	}
	s.next++
	return nil
}

// Close writes what is buffered, sets the autofilter over header and data and ends
// the sheet. Writer.Save calls it for the last sheet.
func (s *SheetWriter) Close() error {
	if s.closed {
		return nil
	}
	s.closed = true
	if s.w.current == s {
		s.w.current = nil
	}
	if !s.started {
		if err := s.start(); err != nil {
			return err
		}
	}
	first, _ := excelize.CoordinatesToCellName(1, s.headerRow)
	last, _ := excelize.CoordinatesToCellName(max(len(s.cols), 1), max(s.dataEnd(), s.headerRow))
	if !s.opt.NoFilter {
		if err := s.w.f.AutoFilter(s.name, first+":"+last, nil); err != nil {
			return s.w.writeError(err)
		}
	}
	if err := s.printTitles(); err != nil {
		return s.w.writeError(err)
	}
	if err := s.sw.Flush(); err != nil {
		return s.w.writeError(err)
	}
	return nil
}

// headerHeight is the header row's height in points: one 15 pt line per line a wrapped
// header needs in its column (Excel and LibreOffice do not grow a streamed row).
func (s *SheetWriter) headerHeight() float64 {
	lines := 1
	for i, c := range s.cols {
		if i >= len(s.colWidths) {
			break
		}
		room := max(int(s.colWidths[i])-1, 1)
		n, line := 1, 0
		for _, word := range strings.Fields(c.Header) {
			w := utf8.RuneCountInString(word)
			if line > 0 && line+1+w > room {
				n, line = n+1, w
			} else if line > 0 {
				line += 1 + w
			} else {
				line = w
			}
		}
		lines = max(lines, n)
	}
	return 15 * float64(lines)
}
