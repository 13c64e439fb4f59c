package sheetreader

import "time"

// CellType tells how a cell's value was stored in the file.
type CellType uint8

const (
	CellEmpty         CellType = iota // no cell (a gap) or a cell without a value
	CellNumber                        // t="n" or no t: raw number text, e.g. "3.3201E+15"
	CellSharedString                  // t="s": text from the shared string table
	CellInlineString                  // t="inlineStr": text in the cell
	CellFormulaString                 // t="str": text result of a formula
	CellBool                          // t="b": "1" or "0"
	CellError                         // t="e": "#N/A", "#DIV/0!", ...
	CellDate                          // t="d": ISO 8601 text
	CellText                          // a CSV field (CSV has no types)
)

var cellTypeNames = [...]string{"empty", "number", "shared string", "inline string",
	"formula string", "bool", "error", "date", "text"}

// String names the type, for messages and logs.
func (t CellType) String() string {
	if int(t) < len(cellTypeNames) {
		return cellTypeNames[t]
	}
	return "unknown"
}

// IsText reports whether the value was stored as text (any string kind or a
// CSV field). A NIK cell that is not text was typed as a number in Excel.
func (t CellType) IsText() bool {
	switch t {
	case CellSharedString, CellInlineString, CellFormulaString, CellText:
		return true
	}
	return false
}

// Row is one row of a sheet as passed to the Rows callback.
//
// The Row and its slices are reused for the next row: they are valid only
// during the callback, so copy what you keep. The strings in Cells are
// ordinary immutable strings and may be kept.
type Row struct {
	// Num is the 1-based row number (the row's r attribute, or the previous
	// row's number plus one; the record number in a CSV file).
	Num int
	// Cells holds the values by column, 0 = column A, with "" for gaps.
	// Trailing empty cells are trimmed. Numbers are the raw text of the XML
	// (no formatting), booleans "1"/"0", errors like "#N/A".
	Cells []string
	// Types is parallel to Cells.
	Types []CellType

	styles   []int32 // cell format index of each cell, parallel to Cells
	st       *styles
	date1904 bool
	progress func() float64
}

// Type returns the storage type of column col, CellEmpty beyond the row.
func (r *Row) Type(col int) CellType {
	if col < 0 || col >= len(r.Types) {
		return CellEmpty
	}
	return r.Types[col]
}

// Value returns column col's value, "" beyond the row.
func (r *Row) Value(col int) string {
	if col < 0 || col >= len(r.Cells) {
		return ""
	}
	return r.Cells[col]
}

// Style returns the cell format index (the cell's s attribute) of column
// col; 0 for CSV and gaps.
func (r *Row) Style(col int) int {
	if col < 0 || col >= len(r.styles) {
		return 0
	}
	return int(r.styles[col])
}

// IsDate reports whether column col is a number shown with a date or time
// format, or a t="d" ISO date cell.
func (r *Row) IsDate(col int) bool {
	switch r.Type(col) {
	case CellDate:
		return true
	case CellNumber:
		return r.st.isDate(r.Style(col))
	}
	return false
}

// Time converts a date cell (see IsDate) to a UTC time, honouring the
// workbook's 1900 or 1904 date system. It returns false for other cells.
func (r *Row) Time(col int) (time.Time, bool) {
	switch {
	case !r.IsDate(col):
		return time.Time{}, false
	case r.Types[col] == CellDate:
		return parseISODate(r.Cells[col])
	default:
		return serialToTime(r.Cells[col], r.date1904)
	}
}

// Progress returns the fraction (0 to 1) of the sheet read so far, measured
// in bytes, for progress bars.
func (r *Row) Progress() float64 {
	if r.progress == nil {
		return 0
	}
	return r.progress()
}
