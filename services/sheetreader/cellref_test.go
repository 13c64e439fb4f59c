package sheetreader

import (
	"strconv"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
)

func TestCellNames(t *testing.T) {
	for _, c := range []struct {
		col, row int
		name     string
	}{{0, 1, "A1"}, {25, 9, "Z9"}, {26, 10, "AA10"}, {51, 1, "AZ1"}, {52, 1, "BA1"},
		{701, 2, "ZZ2"}, {702, 3, "AAA3"}, {MaxColumns - 1, MaxRows, "XFD1048576"}} {
		if got := CellName(c.col, c.row); got != c.name {
			t.Errorf("CellName(%d, %d) = %q, want %q", c.col, c.row, got, c.name)
		}
		col, row, err := ParseCellName(c.name)
		if err != nil || col != c.col || row != c.row {
			t.Errorf("ParseCellName(%q) = %d, %d, %v", c.name, col, row, err)
		}
		want, _ := excelize.CoordinatesToCellName(c.col+1, c.row)
		if want != c.name {
			t.Errorf("excelize names (%d, %d) %q", c.col, c.row, want)
		}
	}
	if col, row, err := ParseCellName("$c$7"); err != nil || col != 2 || row != 7 {
		t.Errorf("ParseCellName($c$7) = %d, %d, %v", col, row, err)
	}
	for _, bad := range []string{"", "A", "1", "A0", "XFE1", "A1048577", "A-1", "A1B", "Ä1"} {
		if _, _, err := ParseCellName(bad); err == nil {
			t.Errorf("ParseCellName(%q) accepted", bad)
		}
	}
	for letters, want := range map[string]int{"A": 0, "z": 25, "AA": 26, "xfd": 16383} {
		if got, err := ColumnIndex(letters); err != nil || got != want {
			t.Errorf("ColumnIndex(%q) = %d, %v", letters, got, err)
		}
	}
	for _, bad := range []string{"", "A1", "XFE", "ÄB"} {
		if _, err := ColumnIndex(bad); err == nil {
			t.Errorf("ColumnIndex(%q) accepted", bad)
		}
	}
	if ColumnName(-1) != "" {
		t.Error("ColumnName(-1) is not empty")
	}
}

func TestIsDateFormat(t *testing.T) {
	for code, want := range map[string]bool{
		"General":                   false,
		"0":                         false,
		"#,##0.00":                  false,
		"0.00E+00":                  false,
		"@":                         false,
		`#,##0" jiwa"`:              false,
		`"Rp"#,##0;[Red]-"Rp"#,##0`: false,
		`[$Rp-421]#,##0`:            false,
		`0\d`:                       false, // escaped literal d
		`_(* #,##0_)`:               false,
		"dd/mm/yyyy":                true,
		"d mmmm yyyy":               true,
		`[$-421]dddd, d mmmm yyyy`:  true,
		"yyyy-mm-dd hh:mm:ss":       true,
		"h:mm AM/PM":                true,
		"[h]:mm":                    true,
		"[mm]:ss":                   true,
		"mmm-yy":                    true,
		`"tanggal "d`:               true,
	} {
		if got := IsDateFormat(code); got != want {
			t.Errorf("IsDateFormat(%q) = %v, want %v", code, got, want)
		}
	}
}

func TestExcelSerialToTime(t *testing.T) {
	// Agreement with excelize over the calendar from 1 March 1900 on.
	// (Before it, excelize is a day early: Excel shows serial 1 as
	// 1 January 1900.)
	for _, serial := range []float64{61, 62, 366, 10000, 31220, 44734, 44734.5,
		44734.25, 44734.999988, 2958465} {
		want, err := excelize.ExcelDateToTime(serial, false)
		must(t, err)
		got, ok := ExcelSerialToTime(formatFloat(serial))
		if !ok || !got.Equal(want.Round(time.Second)) {
			t.Errorf("serial %v: %v, excelize %v", serial, got, want)
		}
	}
	for serial, want := range map[string]time.Time{
		"1":        time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC),
		"59":       time.Date(1900, 2, 28, 0, 0, 0, 0, time.UTC),
		"61":       time.Date(1900, 3, 1, 0, 0, 0, 0, time.UTC),
		"31220":    time.Date(1985, 6, 22, 0, 0, 0, 0, time.UTC),
		"44734.75": time.Date(2022, 6, 22, 18, 0, 0, 0, time.UTC),
		"0.5":      time.Date(1899, 12, 31, 12, 0, 0, 0, time.UTC),
	} {
		if got, ok := ExcelSerialToTime(serial); !ok || !got.Equal(want) {
			t.Errorf("ExcelSerialToTime(%s) = %v, want %v", serial, got, want)
		}
	}
	for _, bad := range []string{"", "abc", "-1", "60", "60.5", "2958466", "NaN", "3320010101010001"} {
		if tm, ok := ExcelSerialToTime(bad); ok {
			t.Errorf("ExcelSerialToTime(%q) = %v", bad, tm)
		}
	}
}

func formatFloat(f float64) string { return strconv.FormatFloat(f, 'g', -1, 64) }
