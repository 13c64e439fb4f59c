package sheetreader

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// ctxCheckEvery is how many rows pass between checks for cancellation.
const ctxCheckEvery = 4096

// span locates a cell's value: buf[start:end] of the row, or shared string
// number end when start is -1.
type span struct{ start, end int }

// sheetParser streams a worksheet part into Rows. The CSV reader uses its
// row-building half (place, endRow) too.
type sheetParser struct {
	s     *scanner
	sst   *sharedStrings
	limit int // largest cell value in bytes
	file  string
	sheet string
	csv   bool // rows come from a CSV file (see fixEncoding)
	// allowErrors passes Excel error values through instead of refusing them.
	allowErrors bool

	// The current row. spans, types, styles and cells always have the same
	// length; the first n entries are in use.
	row     Row
	buf     []byte // the row's cell values, back to back
	spans   []span
	types   []CellType
	styles  []int32
	cells   []string
	n       int
	rowNum  int
	prevCol int // column of the previous <c>, for cells without r
	inRow   bool
}

// userError marks errors that come from the callback or the context, which
// Rows returns unwrapped.
type userError struct{ err error }

func (e userError) Error() string { return e.err.Error() }

// run parses the whole part, calling fn for each row that has a value.
func (p *sheetParser) run(ctx context.Context, fn func(*Row) error) error {
	s := p.s
	for { // everything before <sheetData> (sheet properties, columns) is skipped
		if err := s.nextTag(); err != nil {
			if err == io.EOF {
				return nil // a chart sheet or an empty part: no rows
			}
			return err
		}
		if s.tag.opens("sheetData") {
			if s.tag.kind == tagEmpty {
				return nil
			}
			break
		}
	}
	rows := 0
	for {
		if err := s.nextTag(); err != nil {
			return eofIsUnexpected(err)
		}
		t := &s.tag
		switch {
		case t.opens("row"):
			if err := p.beginRow(); err != nil {
				return err
			}
			if t.kind == tagEmpty {
				p.inRow = false
			}
		case t.is(tagEnd, "row"):
			if err := p.endRow(fn); err != nil {
				return err
			}
			if rows++; rows%ctxCheckEvery == 0 {
				if err := ctx.Err(); err != nil {
					return userError{err}
				}
			}
		case t.opens("c") && p.inRow:
			if err := p.cell(); err != nil {
				return err
			}
		case t.is(tagEnd, "sheetData"):
			if p.inRow {
				return p.endRow(fn)
			}
			return nil
		case t.kind == tagStart: // anything else inside sheetData
			if err := s.skipElement(); err != nil {
				return err
			}
		}
	}
}

// beginRow starts a row from its <row> tag.
func (p *sheetParser) beginRow() error {
	num := p.rowNum + 1
	if v, ok := p.s.tag.attr("r"); ok {
		n, ok := parseUint(bytes.TrimSpace(v))
		if !ok || n < 1 {
			return fmt.Errorf("nomor baris %q tidak sah", v)
		}
		num = n
	}
	if num > MaxRows {
		return fmt.Errorf("nomor baris %d melebihi batas Excel %d", num, MaxRows)
	}
	p.rowNum, p.prevCol, p.n, p.inRow = num, -1, 0, true
	p.buf = p.buf[:0]
	return nil
}

// cell reads one <c> element (its start tag just read) into the row.
func (p *sheetParser) cell() error {
	s := p.s
	col, typ, style := p.prevCol+1, CellNumber, 0
	for _, a := range s.tag.attrs {
		switch string(a.name) {
		case "r":
			c, n := parseColumn(a.value)
			if n == 0 {
				return fmt.Errorf("alamat sel %q tidak sah di baris %d", a.value, p.rowNum)
			}
			col = c
		case "s":
			if v, ok := parseUint(a.value); ok {
				style = v
			}
		case "t":
			typ = cellTypeOf(a.value)
		}
	}
	if col >= MaxColumns {
		return fmt.Errorf("kolom sel melebihi batas Excel di baris %d", p.rowNum)
	}
	p.prevCol = col
	if s.tag.kind == tagEmpty {
		return nil // no value: a gap
	}
	v, is := span{-2, 0}, span{-2, 0} // -2: element absent
	hasF := false
	for {
		if err := s.nextTag(); err != nil {
			return eofIsUnexpected(err)
		}
		t := &s.tag
		if t.kind == tagEnd {
			break // </c>
		}
		var err error
		switch string(t.name) {
		case "v":
			v = span{len(p.buf), len(p.buf)}
			if t.kind == tagStart {
				p.buf, err = s.readText(p.buf, p.limit)
				v.end = len(p.buf)
			}
		case "is":
			is = span{len(p.buf), len(p.buf)}
			if t.kind == tagStart {
				p.buf, err = s.readRichText(p.buf, p.limit)
				is.end = len(p.buf)
			}
		case "f":
			hasF = true
			if t.kind == tagStart {
				err = s.skipElement()
			}
		default:
			if t.kind == tagStart {
				err = s.skipElement()
			}
		}
		if errors.Is(err, errTooLarge) {
			return errCellTooLarge(p.file, p.sheet, CellName(col, p.rowNum), p.limit)
		}
		if err != nil {
			return err
		}
	}
	val := v
	switch typ {
	case CellInlineString:
		if is.start != -2 {
			val = is
		}
	case CellSharedString:
		if v.start >= 0 && v.end > v.start {
			idx, ok := parseUint(bytes.TrimSpace(p.buf[v.start:v.end]))
			if !ok || idx >= p.sst.count() {
				return fmt.Errorf("indeks shared string %q di sel %s tidak ada",
					p.buf[v.start:v.end], CellName(col, p.rowNum))
			}
			if p.sst.tooLarge[idx] {
				return errCellTooLarge(p.file, p.sheet, CellName(col, p.rowNum), p.limit)
			}
			p.buf = p.buf[:v.start] // the index text is no longer needed
			val = span{v.start, v.start}
			if p.sst.get(idx) != "" {
				val = span{-1, idx}
			}
		}
	}
	if val.start == -2 || val.start >= 0 && val.end == val.start {
		if !hasF {
			return nil // an empty cell is a gap
		}
		val = span{0, 0}
	}
	p.place(col, val, typ, style)
	return nil
}

// cellTypeOf maps a t attribute to a CellType; unknown values are treated
// as numbers, like excelize does.
func cellTypeOf(t []byte) CellType {
	switch string(t) {
	case "s":
		return CellSharedString
	case "inlineStr":
		return CellInlineString
	case "str":
		return CellFormulaString
	case "b":
		return CellBool
	case "e":
		return CellError
	case "d":
		return CellDate
	}
	return CellNumber
}

// place records a cell at column col, filling any gap before it.
func (p *sheetParser) place(col int, sp span, typ CellType, style int) {
	if col >= len(p.spans) {
		grow := col + 1 - len(p.spans)
		p.spans = append(p.spans, make([]span, grow)...)
		p.types = append(p.types, make([]CellType, grow)...)
		p.styles = append(p.styles, make([]int32, grow)...)
		p.cells = append(p.cells, make([]string, grow)...)
	}
	for i := p.n; i < col; i++ {
		p.types[i], p.styles[i] = CellEmpty, 0
	}
	p.spans[col], p.types[col], p.styles[col] = sp, typ, int32(style)
	p.n = max(p.n, col+1)
}

// endRow turns the row's spans into strings and hands the row to fn if it
// has any value.
func (p *sheetParser) endRow(fn func(*Row) error) error {
	p.inRow = false
	n := p.n
	if n == 0 {
		return nil
	}
	cells := p.cells[:n]
	text := string(p.buf) // one allocation per row; cells are substrings
	for i := range n {
		sp := p.spans[i]
		switch {
		case p.types[i] == CellEmpty:
			cells[i] = ""
		case sp.start < 0:
			cells[i] = p.sst.get(sp.end)
		default:
			cells[i] = text[sp.start:sp.end]
		}
	}
	if p.csv && !utf8.ValidString(text) {
		fixEncoding(cells)
	}
	for n > 0 && cells[n-1] == "" {
		n--
	}
	if n == 0 {
		return nil
	}
	if !p.allowErrors {
		for i, v := range cells[:n] {
			if v != "" && (p.types[i] == CellError || v[0] == '#' && IsErrorValue(v)) {
				return errErrorValue(p.file, p.sheet, CellName(i, p.rowNum), strings.TrimSpace(v))
			}
		}
	}
	r := &p.row
	r.Num, r.Cells, r.Types, r.styles = p.rowNum, cells[:n], p.types[:n], p.styles[:n]
	if err := fn(r); err != nil {
		return userError{err}
	}
	return nil
}
