package sheetreader

import (
	"encoding/xml"
	"io"
	"math"
	"strconv"
	"strings"
	"time"
)

// styles knows, for every cell format (the "s" attribute of a cell, an index
// into cellXfs), whether its number format shows a date or time.
type styles struct {
	date []bool
}

// isDate reports whether cell format s is a date/time format.
func (st *styles) isDate(s int) bool {
	return st != nil && s >= 0 && s < len(st.date) && st.date[s]
}

// parseStyles reads the numFmts and cellXfs of a styles.xml part. The part
// is small, so encoding/xml is fast enough here.
func parseStyles(r io.Reader) (*styles, error) {
	var doc struct {
		NumFmts []struct {
			ID   int    `xml:"numFmtId,attr"`
			Code string `xml:"formatCode,attr"`
		} `xml:"numFmts>numFmt"`
		CellXfs []struct {
			NumFmtID int `xml:"numFmtId,attr"`
		} `xml:"cellXfs>xf"`
	}
	if err := xml.NewDecoder(r).Decode(&doc); err != nil {
		return nil, err
	}
	custom := make(map[int]string, len(doc.NumFmts))
	for _, f := range doc.NumFmts {
		custom[f.ID] = f.Code
	}
	st := &styles{date: make([]bool, len(doc.CellXfs))}
	for i, xf := range doc.CellXfs {
		if code, ok := custom[xf.NumFmtID]; ok {
			st.date[i] = IsDateFormat(code)
		} else {
			st.date[i] = isBuiltinDate(xf.NumFmtID)
		}
	}
	return st, nil
}

// isBuiltinDate reports whether a built-in number format id is a date or
// time format (14-22 and 45-47 in every locale).
func isBuiltinDate(id int) bool {
	return id >= 14 && id <= 22 || id >= 45 && id <= 47
}

// IsDateFormat reports whether an Excel number format code shows a date or
// time: it has a d, m, y, h or s token outside quoted text, [..] brackets
// (colours, locales; elapsed-time [h] [mm] [ss] do count) and escaped
// characters.
func IsDateFormat(code string) bool {
	for i := 0; i < len(code); i++ {
		switch c := code[i]; c {
		case '"':
			j := strings.IndexByte(code[i+1:], '"')
			if j < 0 {
				return false
			}
			i += j + 1
		case '[':
			j := strings.IndexByte(code[i+1:], ']')
			if j < 0 {
				return false
			}
			if inner := strings.ToLower(code[i+1 : i+1+j]); inner != "" && strings.Trim(inner, "hms") == "" {
				return true
			}
			i += j + 1
		case '\\', '_', '*':
			i++ // the next character is literal text or padding
		default:
			switch c | 0x20 {
			case 'd', 'm', 'y', 'h', 's':
				return true
			}
		}
	}
	return false
}

var (
	epoch1900 = time.Date(1899, time.December, 30, 0, 0, 0, 0, time.UTC)
	epoch1904 = time.Date(1904, time.January, 1, 0, 0, 0, 0, time.UTC)
)

// maxSerial is 9999-12-31, the last date Excel shows, plus one.
const maxSerial = 2958466

// ExcelSerialToTime converts a numeric cell's raw text (a date serial in
// the 1900 date system, e.g. "44927" or "44927.75") to a UTC time rounded to
// the second. It returns false for text that is not a number, negative
// serials, serials after 9999 and serial 60, Excel's fictitious 29 February
// 1900. Use Row.Time for workbooks in the 1904 system.
func ExcelSerialToTime(v string) (time.Time, bool) {
	return serialToTime(v, false)
}

func serialToTime(v string, date1904 bool) (time.Time, bool) {
	f, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
	if err != nil || math.IsNaN(f) || f < 0 || f >= maxSerial {
		return time.Time{}, false
	}
	days := math.Floor(f)
	secs := math.Round((f - days) * 86400)
	base := epoch1904
	if !date1904 {
		switch {
		case days == 60:
			return time.Time{}, false
		case days < 60:
			// Before the fictitious leap day, serial 1 is 1 January 1900.
			base = epoch1900.AddDate(0, 0, 1)
		default:
			base = epoch1900
		}
	}
	return base.AddDate(0, 0, int(days)).Add(time.Duration(secs) * time.Second), true
}

// isoLayouts are the forms of a t="d" cell's ISO 8601 value.
var isoLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05.999999999",
	"2006-01-02T15:04",
	"2006-01-02",
	"15:04:05.999999999",
}

// parseISODate parses the text of a t="d" cell.
func parseISODate(v string) (time.Time, bool) {
	for _, l := range isoLayouts {
		if t, err := time.Parse(l, v); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}
