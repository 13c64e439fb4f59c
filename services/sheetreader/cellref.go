package sheetreader

import (
	"errors"
	"strconv"
)

// Excel's sheet size limits.
const (
	MaxColumns = 16384   // column XFD
	MaxRows    = 1048576 // last row of a worksheet
)

var errBadRef = errors.New("alamat sel tidak sah")

// ColumnName returns the letters of a 0-based column index: 0 → "A",
// 25 → "Z", 26 → "AA". A negative index gives "".
func ColumnName(col int) string {
	if col < 0 {
		return ""
	}
	var b [8]byte
	i := len(b)
	for n := col + 1; n > 0; n = (n - 1) / 26 {
		i--
		b[i] = byte('A' + (n-1)%26)
	}
	return string(b[i:])
}

// CellName returns the A1-style address of a 0-based column and a 1-based
// row, e.g. CellName(0, 1) == "A1", matching Row.Cells indexing and Row.Num.
func CellName(col, row int) string {
	return ColumnName(col) + strconv.Itoa(row)
}

// ColumnIndex parses column letters ("A", "xfd") into a 0-based index.
func ColumnIndex(letters string) (int, error) {
	col, n := parseColumn([]byte(letters))
	if n == 0 || n != len(letters) {
		return 0, errBadRef
	}
	return col, nil
}

// ParseCellName splits an A1-style address into a 0-based column and a
// 1-based row. "$" anchors are accepted: "$B$7" → (1, 7).
func ParseCellName(ref string) (col, row int, err error) {
	b := []byte(ref)
	if len(b) > 0 && b[0] == '$' {
		b = b[1:]
	}
	col, n := parseColumn(b)
	if n == 0 {
		return 0, 0, errBadRef
	}
	b = b[n:]
	if len(b) > 0 && b[0] == '$' {
		b = b[1:]
	}
	row, ok := parseUint(b)
	if !ok || row < 1 || row > MaxRows {
		return 0, 0, errBadRef
	}
	return col, row, nil
}

// parseColumn reads leading column letters (either case) from b and returns
// the 0-based column and how many bytes it used; n == 0 when b does not start
// with a valid column of at most MaxColumns.
func parseColumn(b []byte) (col, n int) {
	v := 0
	for n < len(b) {
		c := b[n] | 0x20 // lower-case ASCII letters
		if c < 'a' || c > 'z' {
			break
		}
		v = v*26 + int(c-'a'+1)
		if v > MaxColumns {
			return 0, 0
		}
		n++
	}
	if n == 0 {
		return 0, 0
	}
	return v - 1, n
}

// parseUint parses a non-empty run of ASCII digits (no sign, at most 9
// digits so the value always fits in an int).
func parseUint(b []byte) (int, bool) {
	if len(b) == 0 || len(b) > 9 {
		return 0, false
	}
	v := 0
	for _, c := range b {
		if c < '0' || c > '9' {
			return 0, false
		}
		v = v*10 + int(c-'0')
	}
	return v, true
}
