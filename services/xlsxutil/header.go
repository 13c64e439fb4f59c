// Package xlsxutil holds what every Excel import and export of SiDamping shares:
// opening a workbook safely with clear Indonesian errors, finding the header row and
// matching its headers tolerantly against a list of fields, reading cells as text while
// catching codes Excel turned into numbers, and a styled, streaming export writer that
// never leaves half a file behind.
package xlsxutil

import (
	"strings"
	"unicode"

	"github.com/xuri/excelize/v2"
)

// FieldType says how a column's cells are read and checked.
type FieldType int

const (
	// TypeText is free text.
	TypeText FieldType = iota
	// TypeCode is an identifier kept as text (region code, OPD code). A number cell is
	// accepted only when it is a whole number of at most 15 digits (nothing was lost).
	TypeCode
	// TypeDigits is a long digit string (NIP, NIK, No KK): a number cell is always
	// rejected, because Excel keeps only 15 significant digits.
	TypeDigits
	// TypeInt is a whole number.
	TypeInt
	// TypeDecimal is a decimal number (a percentage, for instance).
	TypeDecimal
	// TypeDate is a calendar date; exports write it as a date cell (DateFormat).
	TypeDate
)

// Field is one column an importer understands.
type Field struct {
	Key      string    // stable key, e.g. "code"
	Label    string    // the header the templates use, e.g. "Kode Desa"; also matched
	Synonyms []string  // other spellings people use, e.g. "kode_wilayah", "Kd. Desa"
	Required bool      // the header must be present
	Type     FieldType // how cells are checked
}

// HeaderCell is one header cell of the file.
type HeaderCell struct {
	Col    int    `json:"col"`    // 0-based column index
	Letter string `json:"letter"` // column letter, "C"
	Text   string `json:"text"`   // the header as written
	Field  string `json:"field"`  // matched field key, "" when unknown
}

// Duplicate is a field that more than one header maps to.
type Duplicate struct {
	Field   string       `json:"field"`
	Label   string       `json:"label"`
	Columns []HeaderCell `json:"columns"`
}

// Header is the result of matching one row against a field list.
type Header struct {
	Row        int            // 1-based number of the (lowest) header row; 0 when none was found
	Top        int            // 1-based number of its highest row (Row for a one-row header)
	Texts      []string       // the header text of every column, rows combined ("" when empty)
	Cols       map[string]int // field key -> 0-based column (the first one when duplicated)
	Cells      []HeaderCell   // every non-empty header cell, in order
	Missing    []Field        // required fields without a header
	Duplicates []Duplicate    // fields matched by two or more headers
	required   int            // number of required fields matched
	matched    int            // number of fields matched
}

// Has tells whether the file has a column for field key.
func (h Header) Has(key string) bool { _, ok := h.Cols[key]; return ok }

// Cell returns the header cell of field key.
func (h Header) Cell(key string) (HeaderCell, bool) {
	c, ok := h.Cols[key]
	if !ok {
		return HeaderCell{}, false
	}
	for _, hc := range h.Cells {
		if hc.Col == c {
			return hc, true
		}
	}
	return HeaderCell{}, false
}

// Unknown lists the headers that match no field (they are ignored).
func (h Header) Unknown() []HeaderCell {
	var out []HeaderCell
	for _, c := range h.Cells {
		if c.Field == "" {
			out = append(out, c)
		}
	}
	return out
}

// abbreviations people use in headers, expanded word by word.
var abbreviations = map[string]string{
	"kd": "kode", "nm": "nama", "jml": "jumlah", "jmlh": "jumlah", "kec": "kecamatan",
	"kel": "kelurahan", "pddk": "penduduk", "telp": "telepon", "tlp": "telepon",
	"gol": "golongan", "prosen": "persentase", "persen": "persentase", "pct": "persentase",
}

// Normalize folds a header for matching: lower case, every run of punctuation,
// underscores, dots and spaces becomes one space, and common abbreviations are
// expanded ("Kd. Desa", "KODE  DESA" and "kode_desa" all become "kode desa").
func Normalize(s string) string {
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	for i, w := range words {
		if full, ok := abbreviations[w]; ok {
			words[i] = full
		}
	}
	return strings.Join(words, " ")
}

// stripParens removes "(...)" parts: "RT Miskin (desil 1-2)" -> "RT Miskin ".
func stripParens(s string) string {
	var b strings.Builder
	depth := 0
	for _, r := range s {
		switch {
		case r == '(' || r == '[':
			depth++
		case (r == ')' || r == ']') && depth > 0:
			depth--
		case depth == 0:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Matcher matches header texts to fields.
type Matcher struct {
	fields []Field
	exact  map[string]int // normalised spelling -> field index
	tight  map[string]int // normalised spelling without spaces -> field index
}

// NewMatcher prepares the lookup for a field list.
func NewMatcher(fields []Field) *Matcher {
	m := &Matcher{fields: fields, exact: map[string]int{}, tight: map[string]int{}}
	for i, f := range fields {
		for _, s := range append([]string{f.Label, f.Key}, f.Synonyms...) {
			m.add(Normalize(s), i)
		}
	}
	// Spellings without their "(...)" part come last, so they never shadow a full one.
	for i, f := range fields {
		for _, s := range append([]string{f.Label}, f.Synonyms...) {
			m.add(Normalize(stripParens(s)), i)
		}
	}
	return m
}

func (m *Matcher) add(n string, i int) {
	if n == "" {
		return
	}
	if _, ok := m.exact[n]; !ok {
		m.exact[n] = i
	}
	t := strings.ReplaceAll(n, " ", "")
	if _, ok := m.tight[t]; !ok {
		m.tight[t] = i
	}
}

// Fields returns the matcher's field list.
func (m *Matcher) Fields() []Field { return m.fields }

// Match returns the index of the field a header means, or -1.
func (m *Matcher) Match(header string) int {
	for _, h := range []string{header, stripParens(header)} {
		n := Normalize(h)
		if n == "" {
			continue
		}
		if i, ok := m.exact[n]; ok {
			return i
		}
		if i, ok := m.tight[strings.ReplaceAll(n, " ", "")]; ok {
			return i
		}
	}
	return -1
}

// MatchRow matches one row of cells (row is its 1-based number).
func (m *Matcher) MatchRow(row int, cells []string) Header {
	h := Header{Row: row, Cols: map[string]int{}}
	seen := map[string][]HeaderCell{}
	for c, text := range cells {
		text = strings.TrimSpace(text)
		if text == "" {
			continue
		}
		letter, _ := excelize.ColumnNumberToName(c + 1)
		hc := HeaderCell{Col: c, Letter: letter, Text: text}
		if i := m.Match(text); i >= 0 {
			f := m.fields[i]
			hc.Field = f.Key
			if _, dup := h.Cols[f.Key]; !dup {
				h.Cols[f.Key] = c
				h.matched++
				if f.Required {
					h.required++
				}
			}
			seen[f.Key] = append(seen[f.Key], hc)
		}
		h.Cells = append(h.Cells, hc)
	}
	for _, f := range m.fields {
		if f.Required && !h.Has(f.Key) {
			h.Missing = append(h.Missing, f)
		}
		if cs := seen[f.Key]; len(cs) > 1 {
			h.Duplicates = append(h.Duplicates, Duplicate{Field: f.Key, Label: f.Label, Columns: cs})
		}
	}
	return h
}

// FindHeader looks for the header row among the first maxRows rows: the first row that
// has every required field, else the row with the most required fields (at least one,
// and two known fields in all). It returns ok=false when no row qualifies.
func (m *Matcher) FindHeader(rows [][]string, maxRows int) (Header, bool) {
	var best Header
	for i := 0; i < len(rows) && i < maxRows; i++ {
		h := m.MatchRow(i+1, rows[i])
		if len(h.Missing) == 0 && h.matched > 0 {
			return h, true
		}
		if h.required > best.required && h.matched >= 2 {
			best = h
		}
	}
	return best, best.Row > 0
}

// RequiredLabels lists the labels of the required fields, for messages.
func (m *Matcher) RequiredLabels() []string {
	var out []string
	for _, f := range m.fields {
		if f.Required {
			out = append(out, f.Label)
		}
	}
	return out
}
