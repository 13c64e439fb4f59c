package letters

import (
	"regexp"
	"strings"
	"unicode"
)

// knownAbbreviations stay in capitals when a name imported in capitals is
// written the way a typist would.
var knownAbbreviations = []string{
	"RSUD", "BPKAD", "BPPKAD", "BPKPAD", "BPPKD", "BPBD", "BKD", "BKPSDM", "DPUPR", "PUPR", "DPRD", "UMKM", "UKM", "IKM",
	"UPT", "UPTD", "BLUD", "BUMD", "PDAM", "PKK", "TKPK", "PPKB", "P3A", "DP3A", "DP3AKB", "DPMPTSP", "PTSP", "PMD",
	"ESDM", "KB", "RI", "SD", "SMP", "SMA", "SMK", "TK", "PAUD", "KUA", "RT", "RW", "DTKS", "DTSEN", "P3KE", "CSR",
	"BAZNAS", "UPZ", "ASN", "PNS", "NIP", "NIK", "KK", "APBD", "APBN", "TJSLP", "OPD", "SKPD", "BLK", "PLN", "KUD",
}

// lowerWords are written in lower case inside a name ("Dinas Koperasi, Usaha Kecil
// dan Menengah").
var lowerWords = map[string]bool{"dan": true, "di": true, "ke": true, "dari": true, "yang": true, "untuk": true,
	"pada": true, "atau": true, "serta": true, "dengan": true, "bagi": true, "oleh": true, "dalam": true}

var reRoman = regexp.MustCompile(`^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$`)

// caser writes names that were imported in capitals in the case a typist uses.
type caser struct{ abbr map[string]string }

// newCaser knows the built-in abbreviations and the agencies' short names as
// the master data spells them ("Dinkes", "DPUPR", "Dinsos P3A").
func newCaser(opdAbbreviations []string) caser {
	c := caser{abbr: map[string]string{}}
	for _, a := range knownAbbreviations {
		c.abbr[a] = a
	}
	for _, a := range opdAbbreviations {
		for _, w := range strings.Fields(a) {
			if w = strings.Trim(w, ".,()"); w != "" {
				c.abbr[strings.ToUpper(w)] = w
			}
		}
	}
	return c
}

// allCaps reports whether s has letters and none of them in lower case.
func allCaps(s string) bool {
	letters := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		letters = letters || unicode.IsLetter(r)
	}
	return letters
}

// name returns s in a typist's case when it was written all in capitals
// ("DINAS KESEHATAN" → "Dinas Kesehatan", "RSUD DR. SOETOMO" → "RSUD Dr. Soetomo");
// a name with any lower-case letter is the user's own spelling and kept.
func (c caser) name(s string) string {
	if !allCaps(s) {
		return s
	}
	words := strings.Fields(s)
	for i, w := range words {
		words[i] = c.word(w, i == 0)
	}
	return strings.Join(words, " ")
}

// word cases one word, keeping its punctuation and parts joined by "-" or "/".
func (c caser) word(w string, first bool) string {
	var b strings.Builder
	start := 0
	flush := func(end int) {
		part := w[start:end]
		core := strings.TrimFunc(part, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if core == "" {
			b.WriteString(part)
			return
		}
		at := strings.Index(part, core)
		b.WriteString(part[:at] + c.core(core, first && start == 0) + part[at+len(core):])
	}
	for i, r := range w {
		if r == '-' || r == '/' {
			flush(i)
			b.WriteRune(r)
			start = i + 1
		}
	}
	flush(len(w))
	return b.String()
}

func (c caser) core(w string, first bool) string {
	if a, ok := c.abbr[w]; ok {
		return a
	}
	low := strings.ToLower(w)
	switch {
	case lowerWords[low] && !first:
		return low
	case strings.IndexFunc(w, unicode.IsDigit) >= 0:
		return w // "P3A", "2A"
	case len(w) > 1 && reRoman.MatchString(w) && !lowerWords[low]:
		return w // "II", "IV", "XII"
	}
	r := []rune(low)
	r[0] = unicode.ToUpper(r[0])
	return string(r)
}

// villageLabel is "Desa Ngombak" (or "Kelurahan ..."), without doubling a
// "Desa" that is already part of the name.
func villageLabel(name, kind string) string {
	prefix := "Desa"
	if strings.EqualFold(kind, "kelurahan") {
		prefix = "Kelurahan"
	}
	low := strings.ToLower(name)
	if strings.HasPrefix(low, "desa ") || strings.HasPrefix(low, "kelurahan ") {
		return name
	}
	return prefix + " " + name
}

var reDoubleDesa = regexp.MustCompile(`\b(Desa|Kelurahan|Kecamatan) (Desa|Kelurahan|Kecamatan) `)

// undouble removes the doubled word a template gives when a name already
// carries it: "Desa Desa Ngombak" → "Desa Ngombak".
func undouble(s string) string {
	return reDoubleDesa.ReplaceAllStringFunc(s, func(m string) string {
		parts := strings.Fields(m)
		if parts[0] == parts[1] {
			return parts[0] + " "
		}
		return m
	})
}
