package sheetreader

import (
	"bytes"
	"errors"
	"io"
	"strconv"
	"unicode/utf8"
)

// This file is a minimal, allocation-free XML tokenizer for the parts of a
// workbook that can be huge (worksheets and the shared string table). It
// understands exactly what those parts need: element tags with attributes,
// character data with the five XML entities and numeric character
// references, CDATA sections, comments, processing instructions and a
// DOCTYPE. Element and attribute names are matched by their local part
// (after any "x:" prefix), as excelize does. Like encoding/xml it turns
// "\r\n" and a lone "\r" in text into "\n".

const (
	scanBufSize = 64 << 10 // initial buffer
	scanBufMax  = 4 << 20  // largest single tag or unterminated entity we accept
)

var (
	errUnexpectedEOF = errors.New("XML terpotong: akhir data tak terduga")
	errTagTooLong    = errors.New("tag XML terlalu panjang")
	errBadEntity     = errors.New("entitas XML tidak sah")
	errTooLarge      = errors.New("teks melebihi batas") // wrapped by callers with a cell address
)

type syntaxError string

func (e syntaxError) Error() string { return "sintaks XML tidak sah: " + string(e) }

type tagKind uint8

const (
	tagStart tagKind = iota + 1 // <x ...>
	tagEmpty                    // <x .../>
	tagEnd                      // </x>
)

// tag is the element tag last read by nextTag. Its byte slices point into
// the scanner's buffer and are valid only until the scanner reads again.
type tag struct {
	kind  tagKind
	name  []byte // local name
	attrs []attr
}

type attr struct {
	name  []byte // local name
	value []byte // raw value, entities not yet decoded
}

// is reports whether the tag is of kind k with local name name.
func (t *tag) is(k tagKind, name string) bool {
	return t.kind == k && string(t.name) == name
}

// opens reports whether the tag is a start or empty tag named name.
func (t *tag) opens(name string) bool {
	return t.kind != tagEnd && string(t.name) == name
}

// attr returns the raw value of the attribute with the given local name.
func (t *tag) attr(name string) ([]byte, bool) {
	for i := range t.attrs {
		if string(t.attrs[i].name) == name {
			return t.attrs[i].value, true
		}
	}
	return nil, false
}

// scanner reads XML from r through its own growable buffer.
type scanner struct {
	r        io.Reader
	buf      []byte
	pos, end int   // unread data is buf[pos:end]
	eof      bool  // r is exhausted (or failed, see err)
	err      error // read error other than io.EOF
	consumed int64 // bytes read from r so far, for progress reports
	tag      tag
}

func newScanner(r io.Reader) *scanner {
	return &scanner{r: r, buf: make([]byte, scanBufSize)}
}

// fill keeps the unread bytes, moves them to the front and reads more after
// them, growing the buffer when it is full. It reports whether any new byte
// arrived.
func (s *scanner) fill() bool {
	if s.eof {
		return false
	}
	if s.pos > 0 {
		s.end = copy(s.buf, s.buf[s.pos:s.end])
		s.pos = 0
	}
	if s.end == len(s.buf) {
		if len(s.buf) >= scanBufMax {
			s.err, s.eof = errTagTooLong, true
			return false
		}
		nb := make([]byte, min(2*len(s.buf), scanBufMax))
		copy(nb, s.buf[:s.end])
		s.buf = nb
	}
	for {
		n, err := s.r.Read(s.buf[s.end:])
		s.end += n
		s.consumed += int64(n)
		if err != nil {
			if err != io.EOF {
				s.err = err
			}
			s.eof = true
			return n > 0
		}
		if n > 0 {
			return true
		}
	}
}

// fail returns the read error if there was one, else err.
func (s *scanner) fail(err error) error {
	if s.err != nil {
		return s.err
	}
	return err
}

// nextTag skips character data and non-element markup up to the next
// element tag and parses it into s.tag. It returns io.EOF at the end.
func (s *scanner) nextTag() error {
	for {
		// Tags usually follow each other directly: try that before searching.
		if s.pos >= s.end || s.buf[s.pos] != '<' {
			i := bytes.IndexByte(s.buf[s.pos:s.end], '<')
			if i < 0 {
				s.pos = s.end
				if !s.fill() {
					return s.fail(io.EOF)
				}
				continue
			}
			s.pos += i
		}
		isTag, err := s.markup()
		if err != nil || isTag {
			return err
		}
	}
}

// markup consumes the markup starting at s.pos (which holds '<'). For an
// element tag it fills s.tag and returns true; comments, CDATA sections,
// processing instructions and DOCTYPE declarations are skipped.
func (s *scanner) markup() (bool, error) {
	for {
		b := s.buf[s.pos:s.end]
		if len(b) >= 2 {
			switch b[1] {
			case '?':
				return false, s.skipPast("?>", 2)
			case '!':
				switch {
				case bytes.HasPrefix(b, []byte("<!--")):
					return false, s.skipPast("-->", 4)
				case bytes.HasPrefix(b, []byte("<![CDATA[")):
					return false, s.skipPast("]]>", 9)
				case s.eof || !isPrefix(b, "<!--") && !isPrefix(b, "<![CDATA["):
					return false, s.skipDirective()
				}
			default:
				n, err := s.parseElem(b)
				if err != nil {
					return false, err
				}
				if n > 0 {
					s.pos += n
					return true, nil
				}
			}
		}
		if !s.fill() {
			return false, s.fail(errUnexpectedEOF)
		}
	}
}

// skipPast moves s.pos just beyond the first delim found at or after
// s.pos+from.
func (s *scanner) skipPast(delim string, from int) error {
	d := []byte(delim)
	start := s.pos + from
	for {
		if i := bytes.Index(s.buf[start:s.end], d); i >= 0 {
			s.pos = start + i + len(d)
			return nil
		}
		// Keep only what could be the start of a split delimiter.
		s.pos = max(start, s.end-len(d)+1)
		if !s.fill() {
			return s.fail(errUnexpectedEOF)
		}
		start = s.pos
	}
}

// isPrefix reports whether b is a proper prefix of p: too short to tell
// whether it starts p.
func isPrefix(b []byte, p string) bool {
	return len(b) < len(p) && string(b) == p[:len(b)]
}

// skipDirective skips a "<!...>" declaration such as a DOCTYPE, the way
// encoding/xml does: quoted text and nested <...> and <!--...--> do not end
// it.
func (s *scanner) skipDirective() error {
	// Like encoding/xml, take the byte after "<!" as is (it can be neither a
	// quote nor the end); body is where a nested comment's text starts.
	off, depth, quote, comment, body := 3, 0, byte(0), false, 0
	for {
		for ; s.pos+off < s.end; off++ {
			c := s.buf[s.pos+off]
			switch {
			case comment:
				if c == '>' && off-2 >= body && s.buf[s.pos+off-1] == '-' && s.buf[s.pos+off-2] == '-' {
					comment = false
				}
			case quote != 0:
				if c == quote {
					quote = 0
				}
			case c == '"' || c == '\'':
				quote = c
			case c == '<':
				if s.pos+off+4 > s.end && !s.eof {
					goto refill // need to see whether "<!--" follows
				}
				if bytes.HasPrefix(s.buf[s.pos+off:s.end], []byte("<!--")) {
					comment, body = true, off+4
					off += 3
				} else {
					depth++
				}
			case c == '>':
				if depth == 0 {
					s.pos += off + 1
					return nil
				}
				depth--
			}
		}
	refill:
		if !s.fill() {
			return s.fail(errUnexpectedEOF)
		}
	}
}

// parseElem parses the element tag at the start of b into s.tag and returns
// its length, or 0 when b ends before the tag does.
func (s *scanner) parseElem(b []byte) (int, error) {
	t := &s.tag
	t.kind, t.attrs = tagStart, t.attrs[:0]
	i := 1
	if b[1] == '/' {
		t.kind, i = tagEnd, 2
	}
	start := i
	for i < len(b) && !isNameEnd(b[i]) {
		if b[i] == ':' {
			start = i + 1 // drop the namespace prefix
		}
		i++
	}
	if i == len(b) {
		return 0, nil
	}
	if i == start {
		return 0, syntaxError("nama tag kosong")
	}
	t.name = b[start:i]
	for {
		for i < len(b) && isSpace(b[i]) {
			i++
		}
		if i == len(b) {
			return 0, nil
		}
		switch b[i] {
		case '>':
			return i + 1, nil
		case '/':
			if i+1 == len(b) {
				return 0, nil
			}
			if b[i+1] != '>' || t.kind == tagEnd {
				return 0, syntaxError("'/' di dalam tag")
			}
			t.kind = tagEmpty
			return i + 2, nil
		}
		if t.kind == tagEnd {
			return 0, syntaxError("atribut pada tag penutup")
		}
		ns := i
		for i < len(b) && b[i] != '=' && !isNameEnd(b[i]) {
			if b[i] == ':' {
				ns = i + 1
			}
			i++
		}
		name := b[ns:i]
		for i < len(b) && isSpace(b[i]) {
			i++
		}
		if i == len(b) {
			return 0, nil
		}
		if b[i] != '=' || len(name) == 0 {
			return 0, syntaxError("atribut tanpa nilai")
		}
		i++
		for i < len(b) && isSpace(b[i]) {
			i++
		}
		if i == len(b) {
			return 0, nil
		}
		q := b[i]
		if q != '"' && q != '\'' {
			return 0, syntaxError("nilai atribut tanpa tanda petik")
		}
		j := i + 1 // values are short: a plain loop beats IndexByte
		for j < len(b) && b[j] != q {
			j++
		}
		if j == len(b) {
			return 0, nil
		}
		t.attrs = append(t.attrs, attr{name: name, value: b[i+1 : j]})
		i = j + 1
	}
}

// skipElement skips the content of the element whose start tag was just
// read, through its end tag.
func (s *scanner) skipElement() error {
	for depth := 1; depth > 0; {
		if err := s.nextTag(); err != nil {
			return eofIsUnexpected(err)
		}
		switch s.tag.kind {
		case tagStart:
			depth++
		case tagEnd:
			depth--
		}
	}
	return nil
}

// readText appends to dst the character data of the element whose start tag
// was just read, and consumes its end tag. Like encoding/xml decoding into a
// string, text of nested elements is skipped. It fails with errTooLarge once
// dst grows beyond limit bytes past len(dst) at the call.
func (s *scanner) readText(dst []byte, limit int) ([]byte, error) {
	limit += len(dst)
	var err error
	for {
		if len(dst) > limit {
			return dst, errTooLarge
		}
		b := s.buf[s.pos:s.end]
		// Fast path for the usual short plain value: copy up to '<'.
		j := 0
		for j < len(b) && b[j] != '<' && b[j] != '&' && b[j] != '\r' {
			j++
		}
		if j > 0 && j < len(b) && b[j] == '<' {
			dst = append(dst, b[:j]...)
			s.pos += j
			continue
		}
		i := bytes.IndexByte(b, '<')
		if i < 0 {
			k := textSafeEnd(b)
			if dst, err = appendText(dst, b[:k]); err != nil {
				return dst, err
			}
			s.pos += k
			if !s.fill() {
				return dst, s.fail(errUnexpectedEOF)
			}
			continue
		}
		if i > 0 {
			if dst, err = appendText(dst, b[:i]); err != nil {
				return dst, err
			}
			s.pos += i
			continue // recheck the limit
		}
		if len(b) < 9 && !s.eof {
			s.fill() // make sure a CDATA opener is visible
			continue
		}
		if bytes.HasPrefix(b, []byte("<![CDATA[")) {
			s.pos += 9
			if dst, err = s.readCDATA(dst, limit); err != nil {
				return dst, err
			}
			continue
		}
		isTag, err := s.markup()
		if err != nil {
			return dst, err
		}
		if !isTag {
			continue
		}
		switch s.tag.kind {
		case tagEnd:
			return dst, nil
		case tagStart:
			if err := s.skipElement(); err != nil {
				return dst, err
			}
		}
	}
}

// readCDATA appends the body of a CDATA section (its opener already
// consumed) and consumes the closing "]]>".
func (s *scanner) readCDATA(dst []byte, limit int) ([]byte, error) {
	for {
		b := s.buf[s.pos:s.end]
		if i := bytes.Index(b, []byte("]]>")); i >= 0 {
			s.pos += i + 3
			return appendCR(dst, b[:i]), nil
		}
		k := max(0, len(b)-2) // "]]" may be split
		if k > 0 && b[k-1] == '\r' {
			k--
		}
		dst = appendCR(dst, b[:k])
		s.pos += k
		if len(dst) > limit {
			return dst, errTooLarge
		}
		if !s.fill() {
			return dst, s.fail(errUnexpectedEOF)
		}
	}
}

// textSafeEnd returns how much of b can be decoded before more data arrives:
// all of it unless it ends inside an entity or with a '\r' that may start a
// "\r\n" pair.
func textSafeEnd(b []byte) int {
	k := len(b)
	if a := bytes.LastIndexByte(b, '&'); a >= 0 && a >= k-16 && bytes.IndexByte(b[a:], ';') < 0 {
		k = a
	}
	if k > 0 && b[k-1] == '\r' {
		k--
	}
	return k
}

// appendText appends character data, decoding entities and normalising line
// ends.
func appendText(dst, seg []byte) ([]byte, error) {
	for len(seg) > 0 {
		i := 0
		for i < len(seg) && seg[i] != '&' && seg[i] != '\r' {
			i++
		}
		dst = append(dst, seg[:i]...)
		if i == len(seg) {
			break
		}
		if seg[i] == '\r' {
			dst = append(dst, '\n')
			if i+1 < len(seg) && seg[i+1] == '\n' {
				i++
			}
			seg = seg[i+1:]
			continue
		}
		j := bytes.IndexByte(seg[i:], ';')
		if j < 0 {
			return dst, errBadEntity
		}
		r, ok := decodeEntity(seg[i+1 : i+j])
		if !ok {
			return dst, errBadEntity
		}
		dst = utf8.AppendRune(dst, r)
		seg = seg[i+j+1:]
	}
	return dst, nil
}

// appendCR appends seg turning "\r\n" and "\r" into "\n".
func appendCR(dst, seg []byte) []byte {
	for {
		i := bytes.IndexByte(seg, '\r')
		if i < 0 {
			return append(dst, seg...)
		}
		dst = append(append(dst, seg[:i]...), '\n')
		if i+1 < len(seg) && seg[i+1] == '\n' {
			i++
		}
		seg = seg[i+1:]
	}
}

// decodeEntity decodes the name between '&' and ';' the way encoding/xml
// does in strict mode.
func decodeEntity(name []byte) (rune, bool) {
	switch string(name) {
	case "lt":
		return '<', true
	case "gt":
		return '>', true
	case "amp":
		return '&', true
	case "apos":
		return '\'', true
	case "quot":
		return '"', true
	}
	if len(name) < 2 || name[0] != '#' {
		return 0, false
	}
	num, base := name[1:], 10
	if len(num) >= 2 && num[0] == 'x' {
		num, base = num[1:], 16
	}
	v, err := strconv.ParseUint(string(num), base, 32)
	if err != nil || !isXMLChar(rune(v)) {
		return 0, false
	}
	return rune(v), true
}

// isXMLChar reports whether r may appear in an XML 1.0 document.
func isXMLChar(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D ||
		r >= 0x20 && r <= 0xD7FF || r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF
}

// decodeAttr returns an attribute value with entities decoded; the common
// case without '&' returns v itself.
func decodeAttr(v []byte) ([]byte, error) {
	if bytes.IndexByte(v, '&') < 0 && bytes.IndexByte(v, '\r') < 0 {
		return v, nil
	}
	return appendText(nil, v)
}

func isSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

func isNameEnd(c byte) bool { return c == '>' || c == '/' || isSpace(c) }

// eofIsUnexpected turns a plain io.EOF into errUnexpectedEOF, for callers
// that were inside an element.
func eofIsUnexpected(err error) error {
	if err == io.EOF {
		return errUnexpectedEOF
	}
	return err
}
