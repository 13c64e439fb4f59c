package render

import (
	"strings"
	"time"

	"sidamping/services/common"
)

// FormatTanggal formats a date the way letters print it: "22 November 2026".
func FormatTanggal(t time.Time) string { return common.Tanggal(t) }

// Romawi gives the Roman numeral used for the month in letter numbers: 11 → "XI".
// Zero or negative gives "".
func Romawi(n int) string {
	if n <= 0 {
		return ""
	}
	return common.Romawi(n)
}

var angka = []string{"", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh",
	"delapan", "sembilan", "sepuluh", "sebelas"}

// terbilang spells a positive number below one thousand in Indonesian words.
func terbilang(n int) string {
	switch {
	case n < 12:
		return angka[n]
	case n < 20:
		return angka[n-10] + " belas"
	case n < 100:
		return strings.TrimSpace(angka[n/10] + " puluh " + terbilang(n%10))
	case n < 200:
		return strings.TrimSpace("seratus " + terbilang(n-100))
	case n < 1000:
		return strings.TrimSpace(angka[n/100] + " ratus " + terbilang(n%100))
	}
	return ""
}

// DiktumLabel gives the ordinal word that labels the n-th diktum of a decree:
// 1 → "KESATU", 2 → "KEDUA", 10 → "KESEPULUH", 11 → "KESEBELAS", 12 → "KEDUA BELAS".
func DiktumLabel(n int) string {
	if n <= 0 || n >= 1000 {
		return ""
	}
	if n == 1 {
		return "KESATU"
	}
	return "KE" + strings.ToUpper(terbilang(n))
}

// letterMarker gives the list marker a., b., ..., z., aa., ab., ... for index i (0-based).
func letterMarker(i int) string {
	s := ""
	for i >= 0 {
		s = string(rune('a'+i%26)) + s
		i = i/26 - 1
	}
	return s + "."
}

// titleCase turns "BUPATI CONTOH" into "Bupati Contoh" for document metadata.
func titleCase(s string) string {
	words := strings.Fields(strings.ToLower(s))
	for i, w := range words {
		r := []rune(w)
		r[0] = []rune(strings.ToUpper(string(r[0])))[0]
		words[i] = string(r)
	}
	return strings.Join(words, " ")
}

// withComma ends an office title with the comma the signature block wants.
func withComma(s string) string {
	s = strings.TrimRight(s, " \n")
	if s == "" || strings.HasSuffix(s, ",") {
		return s
	}
	return s + ","
}

// lines splits text on newlines, dropping a trailing empty line.
func lines(s string) []string {
	s = strings.TrimRight(strings.ReplaceAll(s, "\r", ""), "\n")
	if s == "" {
		return nil
	}
	return strings.Split(s, "\n")
}
