package sheetreader

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// OpenCSV opens a CSV file as a workbook with one sheet named after the
// file without its extension ("dtks 2024.csv" → "dtks 2024"). The field
// delimiter (',' ';' or tab) is detected from the first line, a UTF-8 BOM
// is skipped, quoted fields may hold delimiters, doubled quotes and line
// breaks, and a stray quote is kept as text. Files that are not valid UTF-8
// are read as Windows-1252, which is what Excel writes for "CSV (Comma
// delimited)". A file that is really an .xlsx (or .xls) is opened as such.
func OpenCSV(filename string) (*Workbook, error) {
	name := filepath.Base(filename)
	f, size, err := openFile(filename)
	if err != nil {
		return nil, err
	}
	head := make([]byte, len(oleMagic))
	n, _ := f.ReadAt(head, 0)
	head = head[:n]
	if err := SniffHead(head, name); err != nil {
		f.Close()
		return nil, err
	}
	switch {
	case bytes.Equal(head, oleMagic):
		defer f.Close()
		return nil, classifyOLE(f, name)
	case bytes.HasPrefix(head, []byte("PK\x03\x04")):
		w, err := openXLSX(f, size, name, DefaultLimits)
		if err != nil {
			f.Close()
		}
		return w, err
	case bytes.HasPrefix(head, []byte{0xFF, 0xFE}) || bytes.HasPrefix(head, []byte{0xFE, 0xFF}):
		f.Close()
		return nil, newError(ErrMalformed, name, nil,
			"berkas %s berkode UTF-16; simpan ulang sebagai \"CSV UTF-8\"", name)
	}
	f.Close()
	sheet := strings.TrimSuffix(name, filepath.Ext(name))
	return &Workbook{
		MaxCellBytes: DefaultMaxCellBytes,
		name:         name,
		csvPath:      filename,
		sheets:       []SheetInfo{{Name: sheet, State: "visible", Type: "csv"}},
	}, nil
}

// csvRows implements Rows for a CSV workbook.
func (w *Workbook) csvRows(ctx context.Context, sheet string, fn func(*Row) error) error {
	info, ok := w.sheet(sheet)
	if !ok {
		return errSheetNotFound(w.name, sheet)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	f, size, err := openFile(w.csvPath)
	if err != nil {
		return err
	}
	defer f.Close()
	s := newScanner(f)
	p := &sheetParser{limit: w.maxCell(), file: w.name, sheet: info.Name, csv: true, allowErrors: w.AllowErrorValues}
	p.row.progress = func() float64 { return min(1, float64(s.consumed)/float64(size)) }
	for s.end-s.pos < 3 && s.fill() {
	}
	if bytes.HasPrefix(s.buf[s.pos:s.end], []byte("\xEF\xBB\xBF")) {
		s.pos += 3
	}
	delim := detectDelimiter(s)
	for rows := 1; ; rows++ {
		p.rowNum, p.n, p.buf = rows, 0, p.buf[:0]
		more, err := p.csvRecord(s, delim)
		if err == nil {
			err = p.endRow(fn)
		}
		if err == nil && rows%ctxCheckEvery == 0 {
			if cerr := ctx.Err(); cerr != nil {
				err = userError{cerr}
			}
		}
		if err != nil || !more {
			return w.wrapErr(info, err)
		}
	}
}

// detectDelimiter picks the most frequent of ',', ';' and tab outside quotes
// in the first line (',' on a tie or when there is none).
func detectDelimiter(s *scanner) byte {
	for bytes.IndexByte(s.buf[s.pos:s.end], '\n') < 0 && s.end-s.pos < scanBufSize && s.fill() {
	}
	line := s.buf[s.pos:s.end]
	if i := bytes.IndexByte(line, '\n'); i >= 0 {
		line = line[:i]
	}
	var count [256]int
	quoted := false
	for _, c := range line {
		if c == '"' {
			quoted = !quoted
		} else if !quoted {
			count[c]++
		}
	}
	best := byte(',')
	for _, d := range []byte{';', '\t'} {
		if count[d] > count[best] {
			best = d
		}
	}
	return best
}

// csvRecord reads one record into the row. It reports false when the input
// ended.
func (p *sheetParser) csvRecord(s *scanner, delim byte) (more bool, err error) {
	if s.pos == s.end && !s.fill() {
		return false, s.err
	}
	for col := 0; ; col++ {
		start := len(p.buf)
		term, err := p.csvField(s, delim)
		if errors.Is(err, errTooLarge) {
			return false, errCellTooLarge(p.file, p.sheet, CellName(col, p.rowNum), p.limit)
		}
		if err != nil {
			return false, err
		}
		if col >= MaxColumns {
			return false, fmt.Errorf("baris %d berisi lebih dari %d kolom", p.rowNum, MaxColumns)
		}
		if len(p.buf) > start {
			p.place(col, span{start, len(p.buf)}, CellText, 0)
		}
		if term != delim {
			return term == '\n', nil
		}
	}
}

// csvField appends one field to p.buf and returns what ended it: delim,
// '\n' (end of line) or 0 (end of input).
func (p *sheetParser) csvField(s *scanner, delim byte) (byte, error) {
	limit := len(p.buf) + p.limit
	quoted := s.pos < s.end && s.buf[s.pos] == '"'
	if quoted {
		s.pos++
	}
	for {
		if len(p.buf) > limit {
			return 0, errTooLarge
		}
		if s.end-s.pos < 2 && !s.eof {
			s.fill() // look ahead for "" and \r\n pairs
			continue
		}
		b := s.buf[s.pos:s.end]
		if len(b) == 0 {
			return 0, s.err
		}
		i := 0
		if quoted {
			for i < len(b) && b[i] != '"' && b[i] != '\r' {
				i++
			}
		} else {
			for i < len(b) && b[i] != delim && b[i] != '\n' && b[i] != '\r' {
				i++
			}
		}
		p.buf = append(p.buf, b[:i]...)
		s.pos += i
		if i == len(b) || i+1 == len(b) && !s.eof {
			continue // need the byte after b[i]
		}
		c := b[i]
		s.pos++
		switch {
		case c == '\r':
			if i+1 < len(b) && b[i+1] == '\n' {
				s.pos++
			}
			if quoted {
				p.buf = append(p.buf, '\n')
				continue
			}
			return '\n', nil
		case c != '"':
			return c, nil // delim or '\n' outside quotes
		case i+1 < len(b) && b[i+1] == '"':
			s.pos++
			p.buf = append(p.buf, '"') // doubled quote
		case i+1 == len(b) || b[i+1] == delim || b[i+1] == '\n' || b[i+1] == '\r':
			quoted = false // closing quote; the terminator comes next
		default:
			p.buf = append(p.buf, '"') // stray quote: keep it as text
		}
	}
}

// fixEncoding replaces cells that are not valid UTF-8 by their Windows-1252
// reading.
func fixEncoding(cells []string) {
	for i, c := range cells {
		if !utf8.ValidString(c) {
			cells[i] = decode1252(c)
		}
	}
}

// cp1252 maps bytes 0x80-0x9F of Windows-1252; other bytes are Latin-1.
var cp1252 = [32]rune{
	'€', 0x81, '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', 0x8D, 'Ž', 0x8F,
	0x90, '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', 0x9D, 'ž', 'Ÿ',
}

func decode1252(s string) string {
	var b strings.Builder
	b.Grow(len(s) + len(s)/2)
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c < 0x80:
			b.WriteByte(c)
		case c < 0xA0:
			b.WriteRune(cp1252[c-0x80])
		default:
			b.WriteRune(rune(c))
		}
	}
	return b.String()
}
