package render

import (
	"testing"
	"time"
)

func TestFormatTanggal(t *testing.T) {
	for _, tc := range []struct {
		t    time.Time
		want string
	}{
		{time.Date(2026, 11, 22, 9, 0, 0, 0, time.Local), "22 November 2026"},
		{time.Date(2022, 6, 1, 0, 0, 0, 0, time.UTC), "1 Juni 2022"},
		{time.Date(2026, 1, 31, 23, 59, 0, 0, time.UTC), "31 Januari 2026"},
		{time.Date(2025, 8, 17, 0, 0, 0, 0, time.UTC), "17 Agustus 2025"},
	} {
		if got := FormatTanggal(tc.t); got != tc.want {
			t.Errorf("FormatTanggal(%v) = %q, want %q", tc.t, got, tc.want)
		}
	}
}

func TestRomawi(t *testing.T) {
	want := []string{"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"}
	for n := 0; n <= 12; n++ {
		if got := Romawi(n); got != want[n] {
			t.Errorf("Romawi(%d) = %q, want %q", n, got, want[n])
		}
	}
	if got := Romawi(-3); got != "" {
		t.Errorf("Romawi(-3) = %q, want empty", got)
	}
	if got := Romawi(2026); got != "MMXXVI" {
		t.Errorf("Romawi(2026) = %q", got)
	}
}

func TestDiktumLabel(t *testing.T) {
	for n, want := range map[int]string{
		1: "KESATU", 2: "KEDUA", 3: "KETIGA", 4: "KEEMPAT", 5: "KELIMA", 6: "KEENAM",
		7: "KETUJUH", 8: "KEDELAPAN", 9: "KESEMBILAN", 10: "KESEPULUH", 11: "KESEBELAS",
		12: "KEDUA BELAS", 19: "KESEMBILAN BELAS", 20: "KEDUA PULUH", 21: "KEDUA PULUH SATU",
		100: "KESERATUS", 0: "",
	} {
		if got := DiktumLabel(n); got != want {
			t.Errorf("DiktumLabel(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestLetterMarker(t *testing.T) {
	for i, want := range map[int]string{0: "a.", 2: "c.", 25: "z.", 26: "aa.", 27: "ab."} {
		if got := letterMarker(i); got != want {
			t.Errorf("letterMarker(%d) = %q, want %q", i, got, want)
		}
	}
}

func TestWithComma(t *testing.T) {
	for in, want := range map[string]string{
		"BUPATI CONTOH": "BUPATI CONTOH,", "BUPATI CONTOH,": "BUPATI CONTOH,",
		"a.n. BUPATI CONTOH\nSEKRETARIS DAERAH\n": "a.n. BUPATI CONTOH\nSEKRETARIS DAERAH,", "": "",
	} {
		if got := withComma(in); got != want {
			t.Errorf("withComma(%q) = %q, want %q", in, got, want)
		}
	}
}
