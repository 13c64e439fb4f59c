package render

import (
	"strings"
	"unicode"
)

// Justification limits, as multiples of the normal word space.
const (
	hyphenateAbove = 1.0 // extra space per gap above which the next word is hyphenated
	maxExtraSpace  = 1.6 // a line looser than this is set flush left instead
	minJustified   = 4   // lines of fewer words are never stretched
)

// textLine is one printed line of a paragraph.
type textLine struct {
	words   []string
	justify bool
}

func (l textLine) String() string { return strings.Join(l.words, " ") }

// breakText splits text into lines of width w in the current font. Lines are
// justified except the last, a line of fewer than four words, and a line that
// would still show rivers of space; a word that would leave a line loose is
// hyphenated at an Indonesian syllable boundary.
func (d *doc) breakText(text string, w float64) []textLine {
	pdf := d.pdf
	space := pdf.GetStringWidth(" ")
	words := strings.Fields(text)
	var out []textLine
	var cur []string
	curW := 0.0
	width := func(ws []string) float64 {
		return pdf.GetStringWidth(strings.Join(ws, " "))
	}
	finish := func() {
		extra := 0.0
		if len(cur) > 1 {
			extra = (w - width(cur)) / float64(len(cur)-1)
		}
		out = append(out, textLine{words: cur, justify: len(cur) >= minJustified && extra <= maxExtraSpace*space})
		cur, curW = nil, 0
	}
	for k := 0; k < len(words); k++ {
		word := words[k]
		ww := pdf.GetStringWidth(word)
		if len(cur) == 0 {
			if ww > w { // a word wider than the line: cut it where it overflows
				head, tail := cutToWidth(word, w, pdf.GetStringWidth)
				cur = []string{head}
				finish()
				words[k] = tail
				k--
				continue
			}
			cur, curW = []string{word}, ww
			continue
		}
		if curW+space+ww <= w {
			cur = append(cur, word)
			curW += space + ww
			continue
		}
		// The word does not fit: hyphenate it when the line would be loose.
		if (w-curW)/float64(max(len(cur)-1, 1)) > hyphenateAbove*space {
			hyphenated := false
			for _, cut := range hyphenPoints(word) {
				head := word[:cut]
				if !strings.HasSuffix(head, "-") && !strings.HasSuffix(head, "/") {
					head += "-"
				}
				if curW+space+pdf.GetStringWidth(head) <= w {
					cur = append(cur, head)
					words[k] = word[cut:]
					hyphenated = true
					break
				}
			}
			if hyphenated { // the tail starts the next line
				finish()
				k--
				continue
			}
		}
		finish()
		k--
	}
	if len(cur) > 0 {
		finish()
		out[len(out)-1].justify = false
	}
	return out
}

// drawLine prints one line at (x, y) across width w, stretching the word spaces
// when the line is justified.
func (d *doc) drawLine(l textLine, x, y, w, lh float64) {
	pdf := d.pdf
	if !l.justify || len(l.words) < 2 {
		pdf.SetXY(x, y)
		pdf.CellFormat(w, lh, l.String(), "", 0, "L", false, 0, "")
		return
	}
	total := 0.0
	for _, word := range l.words {
		total += pdf.GetStringWidth(word)
	}
	gap := (w - total) / float64(len(l.words)-1)
	for _, word := range l.words {
		ww := pdf.GetStringWidth(word)
		pdf.SetXY(x, y)
		pdf.CellFormat(ww, lh, word, "", 0, "L", false, 0, "")
		x += ww + gap
	}
}

// cutToWidth splits a word at the last rune that still fits width w.
func cutToWidth(word string, w float64, width func(string) float64) (string, string) {
	rs := []rune(word)
	n := 1
	for n < len(rs) && width(string(rs[:n+1])) <= w {
		n++
	}
	return string(rs[:n]), string(rs[n:])
}

// hyphenPoints gives the byte offsets at which an Indonesian word may be
// hyphenated, longest head first. It follows the syllable rules of the PUEBI
// (V-CV, VC-CV, vowel-vowel outside the diphthongs ai, au, ei, oi; ng, ny, kh
// and sy count as one consonant), breaks after a hyphen already in the word,
// breaks after the slash of "desa/kelurahan" (without a hyphen), keeps at least
// two letters on each side and leaves words with digits or dots whole.
func hyphenPoints(word string) []int {
	core := strings.TrimRightFunc(word, func(r rune) bool { return !unicode.IsLetter(r) })
	var cuts []int
	for i, r := range core {
		if (r == '-' || r == '/') && i >= 2 && len(core)-i-1 >= 2 {
			cuts = append(cuts, i+1) // after a hyphen, or after the slash of "desa/kelurahan"
		}
	}
	// Digits, addresses and short names (Bappeda, Sukorejo) are left whole.
	if strings.ContainsAny(word, "0123456789.@") || (unicode.IsUpper([]rune(core + " ")[0]) && len(core) < 9) {
		sortDesc(cuts)
		return cuts
	}
	seg := 0 // start of the current hyphen-free part
	for _, part := range strings.Split(strings.ReplaceAll(core, "/", "-"), "-") {
		for _, c := range syllableCuts(part) {
			cuts = append(cuts, seg+c)
		}
		seg += len(part) + 1
	}
	sortDesc(cuts) // longest head first
	return cuts
}

func isVowel(b byte) bool { return strings.IndexByte("aiueoAIUEO", b) >= 0 }

// syllableCuts gives the syllable boundaries inside one ASCII word part.
func syllableCuts(w string) []int {
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 || !unicode.IsLetter(rune(w[i])) {
			return nil
		}
	}
	low := strings.ToLower(w)
	var cuts []int
	add := func(c int) {
		if c >= 2 && len(w)-c >= 2 {
			cuts = append(cuts, c)
		}
	}
	for i := 0; i < len(low); {
		if !isVowel(low[i]) {
			i++
			continue
		}
		// low[i] is a vowel; find the next vowel.
		j := i + 1
		for j < len(low) && !isVowel(low[j]) {
			j++
		}
		if j >= len(low) {
			break
		}
		cons := low[i+1 : j]
		switch n := consonantCount(cons); {
		case n == 0:
			if d := low[i : i+2]; d != "ai" && d != "au" && d != "ei" && d != "oi" {
				add(i + 1)
			}
		case n == 1:
			add(i + 1)
		case n == 2:
			first := 1
			if len(cons) > 1 && isDigraph(cons[:2]) {
				first = 2
			}
			add(i + 1 + first)
		default: // three consonants or more: after the first (in-stru-men)
			first := 1
			if isDigraph(cons[:2]) {
				first = 2
			}
			add(i + 1 + first)
		}
		i = j
	}
	return cuts
}

func isDigraph(s string) bool { return s == "ng" || s == "ny" || s == "kh" || s == "sy" }

// consonantCount counts consonants, a digraph as one.
func consonantCount(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if i+1 < len(s) && isDigraph(s[i:i+2]) {
			i++
		}
		n++
	}
	return n
}

func reverse(s []int) []int {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
	return s
}

func sortDesc(s []int) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] > s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}
