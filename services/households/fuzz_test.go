package households

import (
	"strings"
	"testing"

	"sidamping/services/sheetreader"
)

// FuzzHeaderMapping feeds arbitrary header rows (cells split by tabs, rows by line
// breaks) through header finding, mapping, source detection and the value checks:
// nothing may panic, every column gets a known key, no field is claimed twice, and
// the signature is stable.
//
//	go test -run='^$' -fuzz=FuzzHeaderMapping -fuzztime=60s ./services/households/
func FuzzHeaderMapping(f *testing.F) {
	for _, h := range [][]string{headersDTKS, headersP3KE, headersDTSEN} {
		f.Add(strings.Join(h, "\t"))
	}
	f.Add("DATA DTKS\nNO\tIDENTITAS\t\t\tTEMPAT/TANGGAL LAHIR\n\tNIK\tNO KK\tNAMA\tTEMPAT\tTANGGAL\n(1)\t(2)\t(3)\n1\t3320010101800001")
	f.Add("nik\tnik\tNIK \t_nik_\tKd. Desa\t(Nama)\t[x]\t\u00a0")
	f.Add("3.32E+15\t12 Januari 1980\tBLORA, 31-02-1980\t1980-01-12 00:00:00")
	known := map[string]bool{FExtra: true, FIgnore: true, FFamilyExtra: true}
	for _, fl := range fields {
		if !strings.HasPrefix(fl.Key, "ignore_") {
			known[fl.Key] = true
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		var rows [][]string
		for _, line := range strings.Split(s, "\n") {
			rows = append(rows, strings.Split(line, "\t"))
		}
		for _, row := range rows {
			m := MapHeaders(row)
			if len(m) != len(row) {
				t.Fatalf("mapping of %d headers has %d keys", len(row), len(m))
			}
			seen := map[string]bool{}
			for i, k := range m {
				if !known[k] {
					t.Fatalf("header %q mapped to unknown key %q", row[i], k)
				}
				if k != FExtra && k != FIgnore && k != FFamilyExtra {
					if seen[k] {
						t.Fatalf("field %s claimed twice in %q", k, row)
					}
					seen[k] = true
				}
			}
			src := DetectSource(row)
			if Signature(src, row) != Signature(src, row) {
				t.Fatal("unstable signature")
			}
			_ = checkMapping(m)
			for _, cell := range row {
				for _, typ := range []sheetreader.CellType{sheetreader.CellNumber, sheetreader.CellText} {
					r := checkID(cell, typ, false)
					if r.code == "" && r.flag == "" {
						t.Fatalf("checkID(%q) gave neither a flag nor an error", cell)
					}
				}
				if d, ok := parseDateText(cell); ok && len(d) != 10 {
					t.Fatalf("date %q → %q", cell, d)
				}
				splitBirth(cell)
				normRTRW(cell)
				parseDesil(cell, 10)
			}
		}
		if h, row, skip, ok := findHeader(rows); ok {
			if row < 1 || row > len(rows) || (skip != 0 && skip != row+1) || len(h) == 0 {
				t.Fatalf("header row %d skip %d of %d rows", row, skip, len(rows))
			}
		}
		if len(rows) >= 2 {
			if c := matcher.CombineHeaderRows(rows[:2], true); len(c) != max(len(rows[0]), len(rows[1])) {
				t.Fatal("combined header has the wrong width")
			}
		}
	})
}
