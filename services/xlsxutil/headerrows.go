package xlsxutil

import (
	"strconv"
	"strings"
)

// MaxHeaderDepth is how many rows one header may span: a group title ("Jumlah", merged
// over three columns) above the sub-headers ("Penduduk | KK | KK Miskin"), and one more
// level above that.
const MaxHeaderDepth = 3

// CombineHeaderRows reads a header written over several rows (top row first) as one
// text per column. The lowest non-empty cell of a column names it; a cell above
// qualifies it when the two together name a field ("Jumlah" over "KK" becomes "Jumlah
// KK", "Kecamatan" over "Kode" becomes "Kode Kecamatan", "Tempat/Tanggal Lahir" over
// "Tempat" becomes "Tempat Lahir"). With carry, a title is also carried to the right
// over the empty cells of its row, for readers that do not know which cells are merged
// (CSV, the streaming reader); without it the rows must have their merged ranges filled
// (see Sheet.headerRows: a cell starting with spanMark only qualifies).
func (m *Matcher) CombineHeaderRows(rows [][]string, carry bool) []string {
	width := 0
	for _, r := range rows {
		width = max(width, len(r))
	}
	out := make([]string, width)
	carried := make([]string, len(rows))
	for c := 0; c < width; c++ {
		above := make([]string, len(rows)) // the qualifier each row offers this column
		for i, r := range rows {
			if v, ok := spanText(r, c); ok {
				carried[i], above[i] = v, v
			} else if v := cellText(r, c); v != "" {
				carried[i], above[i] = v, v
			} else if carry {
				above[i] = carried[i]
			}
		}
		bottom := -1
		for i := len(rows) - 1; i >= 0; i-- {
			if cellText(rows[i], c) != "" {
				bottom = i
				break
			}
		}
		if bottom < 0 {
			continue
		}
		out[c] = m.qualify(cellText(rows[bottom], c), above[:bottom])
	}
	return out
}

// qualify returns name joined with the nearest qualifier above it when that names a
// field, else name itself.
func (m *Matcher) qualify(name string, above []string) string {
	var quals []string // nearest first, without repeats of the name (vertical merges)
	for i := len(above) - 1; i >= 0; i-- {
		q := above[i]
		if q == "" || Normalize(q) == Normalize(name) || (len(quals) > 0 && quals[len(quals)-1] == q) {
			continue
		}
		quals = append(quals, q)
	}
	if len(quals) == 0 {
		return name
	}
	q := quals[0]
	cands := []string{q + " " + name, name + " " + q}
	if words := strings.Fields(Normalize(q)); len(words) > 1 {
		last := words[len(words)-1]
		cands = append(cands, name+" "+last, last+" "+name)
	}
	if len(quals) > 1 {
		all := make([]string, 0, len(quals)+1)
		for i := len(quals) - 1; i >= 0; i-- {
			all = append(all, quals[i])
		}
		cands = append(cands, strings.Join(append(all, name), " "))
	}
	for _, cand := range cands {
		if m.Match(cand) >= 0 {
			return cand
		}
	}
	return name
}

// cellText is a header cell's text; a cell filled from a merge to its left is "".
func cellText(row []string, c int) string {
	if c < len(row) && !strings.HasPrefix(row[c], spanMark) {
		return cleanCell(row[c])
	}
	return ""
}

// spanText is the text of a cell filled from a merge to its left.
func spanText(row []string, c int) (string, bool) {
	if c < len(row) && strings.HasPrefix(row[c], spanMark) {
		return cleanCell(row[c][len(spanMark):]), true
	}
	return "", false
}

// FindHeaderRows looks for the header like FindHeader, but reads it over up to
// MaxHeaderDepth rows: the row that completes the required fields may have a group
// title above it, or sub-headers below it, that name more columns. The header's Row is
// its lowest row (data start under it), Top its highest; its cells carry the combined
// texts. carry is passed to CombineHeaderRows.
func (m *Matcher) FindHeaderRows(rows [][]string, maxRows int, carry bool) (Header, bool) {
	var best Header
	for l := 0; l < len(rows) && l < maxRows; l++ {
		if LooksLikeData(rows[l]) || IsNumberingRow(rows[l]) {
			continue
		}
		h := m.blockEnding(rows, l, carry)
		if len(h.Missing) > 0 || h.matched == 0 {
			if h.required > best.required && h.matched >= 2 {
				best = h
			}
			continue
		}
		for k := l + 1; k < len(rows) && k-(h.Top-1) < MaxHeaderDepth; k++ {
			if LooksLikeData(rows[k]) || IsNumberingRow(rows[k]) {
				break
			}
			hk := m.block(rows, h.Top-1, k, carry)
			if len(hk.Missing) == 0 && hk.matched > h.matched && keepsColumns(hk, h) {
				h = hk
			}
		}
		return h, true
	}
	return best, best.Row > 0
}

// blockEnding is the best header whose lowest row is l: the row alone, or with the
// rows above it when they name more fields.
func (m *Matcher) blockEnding(rows [][]string, l int, carry bool) Header {
	best := m.block(rows, l, l, carry)
	for top := l - 1; top >= 0 && l-top < MaxHeaderDepth; top-- {
		if LooksLikeData(rows[top]) || IsNumberingRow(rows[top]) {
			break
		}
		if h := m.block(rows, top, l, carry); h.matched > best.matched && h.required >= best.required {
			best = h
		}
	}
	return best
}

// block matches rows top..bottom (0-based, inclusive) as one header.
func (m *Matcher) block(rows [][]string, top, bottom int, carry bool) Header {
	texts := m.CombineHeaderRows(rows[top:bottom+1], carry)
	h := m.MatchRow(bottom+1, texts)
	h.Top = top + 1
	h.Texts = make([]string, len(texts))
	for i, t := range texts {
		h.Texts[i] = strings.TrimSpace(t)
	}
	return h
}

// keepsColumns tells whether every column matched in old is still matched in h, so a
// data row below the header is never read as a sub-header.
func keepsColumns(h, old Header) bool {
	matched := map[int]bool{}
	for _, c := range h.Cells {
		if c.Field != "" {
			matched[c.Col] = true
		}
	}
	for _, c := range old.Cells {
		if c.Field != "" && !matched[c.Col] {
			return false
		}
	}
	return true
}

// LooksLikeData tells whether a row holds a long number (a region code, a NIK, a date):
// such a row is data, never part of a header.
func LooksLikeData(row []string) bool {
	for _, c := range row {
		digits, other := 0, false
		for _, r := range cleanCell(c) {
			switch {
			case r >= '0' && r <= '9':
				digits++
			case strings.ContainsRune(".,-/ '", r):
			default:
				other = true
			}
		}
		if digits >= 6 && !other {
			return true
		}
	}
	return false
}

// IsNumberingRow matches the "(1) (2) (3)" row government templates put under a header.
func IsNumberingRow(row []string) bool {
	n := 0
	for _, c := range row {
		c = strings.Trim(cleanCell(c), "()")
		if c == "" {
			continue
		}
		if _, err := strconv.Atoi(c); err != nil {
			return false
		}
		n++
	}
	return n >= 3
}
