package common

import (
	"strconv"
	"strings"
	"time"
)

// BulanIndonesia are the Indonesian month names.
var BulanIndonesia = []string{"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
	"Agustus", "September", "Oktober", "November", "Desember"}

// HariIndonesia are the Indonesian weekday names, Sunday first.
var HariIndonesia = []string{"Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"}

// Tanggal formats a date as "22 November 2026".
func Tanggal(t time.Time) string {
	return strconv.Itoa(t.Day()) + " " + BulanIndonesia[t.Month()-1] + " " + strconv.Itoa(t.Year())
}

// HariTanggal formats a date as "Senin, 23 November 2026".
func HariTanggal(t time.Time) string { return HariIndonesia[t.Weekday()] + ", " + Tanggal(t) }

// Angka formats an integer with dots as thousands separators: 1250000 -> "1.250.000".
func Angka(n int64) string {
	neg := n < 0
	if neg {
		n = -n
	}
	s := strconv.FormatInt(n, 10)
	var b strings.Builder
	pre := len(s) % 3
	if pre > 0 {
		b.WriteString(s[:pre])
	}
	for i := pre; i < len(s); i += 3 {
		if b.Len() > 0 {
			b.WriteByte('.')
		}
		b.WriteString(s[i : i+3])
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

// Rupiah formats money as "Rp 1.250.000".
func Rupiah(n int64) string { return "Rp " + Angka(n) }

// Romawi gives the Roman numeral of a month (1..12) or any small positive number.
func Romawi(n int) string {
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var b strings.Builder
	for i, v := range vals {
		for n >= v {
			b.WriteString(syms[i])
			n -= v
		}
	}
	return b.String()
}

// Persen formats a percentage with an Indonesian decimal comma and a space before the
// sign: Persen(40.93, 1) is "40,9 %", Persen(100, 0) is "100 %".
func Persen(v float64, decimals int) string {
	s := strconv.FormatFloat(v, 'f', decimals, 64)
	if s == "-0" || strings.HasPrefix(s, "-0.") && strings.Trim(s[3:], "0") == "" {
		s = s[1:]
	}
	whole, frac, _ := strings.Cut(s, ".")
	neg := strings.HasPrefix(whole, "-")
	n, _ := strconv.ParseInt(strings.TrimPrefix(whole, "-"), 10, 64)
	out := Angka(n)
	if neg {
		out = "-" + out
	}
	if frac != "" {
		out += "," + frac
	}
	return out + " %"
}
