package sheetreader

import (
	"bytes"
	"errors"
	"io"
	"math"
	"unicode/utf8"
	"unsafe"
)

// sharedStrings is the workbook's shared string table, stored compactly:
// every string concatenated into one string plus one end offset each, so a
// table of a million names costs two allocations instead of a million.
// Strings handed out are substrings of text and are safe to keep.
type sharedStrings struct {
	text     string
	ends     []uint32     // string i is text[ends[i-1]:ends[i]] (start 0 for i == 0)
	tooLarge map[int]bool // strings longer than the cell limit (their text was dropped)
}

// count returns the number of strings; a nil table (no sharedStrings part)
// has none.
func (t *sharedStrings) count() int {
	if t == nil {
		return 0
	}
	return len(t.ends)
}

// get returns string i; the caller checks 0 <= i < count().
func (t *sharedStrings) get(i int) string {
	start := uint32(0)
	if i > 0 {
		start = t.ends[i-1]
	}
	return t.text[start:t.ends[i]]
}

var errSSTTooBig = errors.New("tabel shared string melebihi 4 GB")

// parseSharedStrings reads a sharedStrings.xml part. size is the part's
// expected uncompressed size (for preallocation; 0 if unknown) and limit the largest
// string kept; longer ones are recorded in tooLarge and fail only if a cell
// uses them.
func parseSharedStrings(r io.Reader, size int64, limit int) (*sharedStrings, error) {
	s := newScanner(r)
	t := &sharedStrings{}
	var data []byte
	for {
		err := s.nextTag()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		switch {
		case s.tag.opens("sst") && size > 0:
			t.ends, data = presize(s.tag.attrs, size)
		case s.tag.is(tagEmpty, "si"):
			t.ends = append(t.ends, uint32(len(data)))
		case s.tag.is(tagStart, "si"):
			base := len(data)
			data, err = s.readRichText(data, limit)
			if errors.Is(err, errTooLarge) {
				data = data[:base]
				if t.tooLarge == nil {
					t.tooLarge = make(map[int]bool)
				}
				t.tooLarge[len(t.ends)] = true
				err = s.skipUntilEnd("si")
			}
			if err != nil {
				return nil, err
			}
			if len(data) > math.MaxUint32 {
				return nil, errSSTTooBig
			}
			t.ends = append(t.ends, uint32(len(data)))
		}
	}
	if len(data) > 0 {
		// data is never written again, so the string can share its memory.
		t.text = unsafe.String(&data[0], len(data))
	}
	return t, nil
}

// presize allocates the offsets and text of a table from its uniqueCount
// and its part's size (capped, since both come from the file): every <si>
// takes at least 16 bytes of markup, the rest is at most text. Capacity that
// is never used is never touched, so it costs address space, not RAM.
func presize(attrs []attr, size int64) ([]uint32, []byte) {
	count := int64(0)
	for _, a := range attrs {
		if string(a.name) == "uniqueCount" {
			if n, ok := parseUint(a.value); ok {
				count = int64(n)
			}
		}
	}
	count = min(count, size/16, 1<<25)
	text := max(size-16*count, size/8)
	return make([]uint32, 0, count), make([]byte, 0, min(text, 1<<30))
}

// readRichText reads the content of an <si> or <is> element, whose start tag
// was just read, and appends its text the way excelize's xlsxSI.String
// builds it: the last direct <t> child, then the last <t> of each <r> run;
// phonetic runs (<rPh>) and properties are ignored; finally _xHHHH_
// escapes are decoded. It fails with errTooLarge past limit bytes.
func (s *scanner) readRichText(dst []byte, limit int) ([]byte, error) {
	base := len(dst)
	directEnd := base // the direct <t> text is dst[base:directEnd]; runs follow
	var err error
	for {
		if err = s.nextTag(); err != nil {
			return dst, eofIsUnexpected(err)
		}
		t := &s.tag
		switch {
		case t.kind == tagEnd:
			dst = append(dst[:base], unescapeBSTR(dst[base:])...)
			return dst, nil
		case t.is(tagEmpty, "t") || t.is(tagStart, "t"):
			// A later direct <t> replaces an earlier one and still goes
			// before any runs.
			runs := append([]byte(nil), dst[directEnd:]...)
			dst = dst[:base]
			if t.kind == tagStart {
				if dst, err = s.readText(dst, limit); err != nil {
					return dst, err
				}
			}
			directEnd = len(dst)
			dst = append(dst, runs...)
		case t.is(tagStart, "r"):
			if dst, err = s.readRun(dst, limit-(len(dst)-base)); err != nil {
				return dst, err
			}
		case t.kind == tagStart:
			if err = s.skipElement(); err != nil {
				return dst, err
			}
		}
		if len(dst)-base > limit {
			return dst, errTooLarge
		}
	}
}

// readRun appends the text of one rich text run <r> (start tag read): its
// last <t> child.
func (s *scanner) readRun(dst []byte, limit int) ([]byte, error) {
	start := len(dst)
	var err error
	for {
		if err = s.nextTag(); err != nil {
			return dst, eofIsUnexpected(err)
		}
		switch t := &s.tag; {
		case t.kind == tagEnd:
			return dst, nil
		case t.opens("t"):
			dst = dst[:start]
			if t.kind == tagStart {
				if dst, err = s.readText(dst, max(limit, 0)); err != nil {
					return dst, err
				}
			}
		case t.kind == tagStart:
			if err = s.skipElement(); err != nil {
				return dst, err
			}
		}
	}
}

// skipUntilEnd reads up to and including the next end tag with the given
// local name.
func (s *scanner) skipUntilEnd(name string) error {
	for {
		if err := s.nextTag(); err != nil {
			return eofIsUnexpected(err)
		}
		if s.tag.is(tagEnd, name) {
			return nil
		}
	}
}

// unescapeBSTR decodes _xHHHH_ escapes in place, as excelize's
// bstrUnmarshal does: left to right, "_x005F_" gives "_", and an escape of a
// UTF-16 surrogate is dropped.
func unescapeBSTR(b []byte) []byte {
	i := bytes.Index(b, []byte("_x"))
	if i < 0 {
		return b
	}
	w := i
	for i < len(b) {
		if b[i] == '_' && i+7 <= len(b) && b[i+1] == 'x' && b[i+6] == '_' {
			if v, ok := hex4(b[i+2 : i+6]); ok {
				if !(v >= 0xD800 && v <= 0xDFFF) {
					// At most 3 bytes where 7 were read: never overtakes i.
					w += utf8.EncodeRune(b[w:], rune(v))
				}
				i += 7
				continue
			}
		}
		b[w] = b[i]
		w++
		i++
	}
	return b[:w]
}

// hex4 parses four hexadecimal digits.
func hex4(b []byte) (int, bool) {
	v := 0
	for _, c := range b {
		switch {
		case c >= '0' && c <= '9':
			v = v<<4 | int(c-'0')
		case c|0x20 >= 'a' && c|0x20 <= 'f':
			v = v<<4 | int(c|0x20-'a'+10)
		default:
			return 0, false
		}
	}
	return v, true
}
