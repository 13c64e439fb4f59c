package xlsxutil

import (
	"math"
	"strings"
	"time"
)

// DateFormat shows a date cell as "20 Januari 2026": [$-421] is the Indonesian locale,
// whose month names Excel and LibreOffice both use, whatever the computer's language.
const DateFormat = `[$-421]d mmmm yyyy`

// dateLayouts are the text forms of a date a TypeDate column accepts.
var dateLayouts = []string{"2006-01-02", "2006-01-02 15:04:05", "2006-01-02 15:04", time.RFC3339, time.RFC3339Nano,
	"2006-01-02T15:04:05", "2006-01-02 15:04:05-07:00", "2006-01-02 15:04:05.999999999-07:00"}

// DateValue turns a time.Time, *time.Time or a date written as text ("2026-01-20",
// "2026-01-20 10:30:00") into the calendar day for a date cell; ok is false for an
// empty or unreadable value.
func DateValue(v any) (day time.Time, ok bool) {
	var t time.Time
	switch x := v.(type) {
	case time.Time:
		t = x
	case *time.Time:
		if x == nil {
			return time.Time{}, false
		}
		t = *x
	case string:
		s := strings.TrimSpace(x)
		if s == "" {
			return time.Time{}, false
		}
		parsed := false
		for _, l := range dateLayouts {
			if p, err := time.Parse(l, s); err == nil {
				t, parsed = p, true
				break
			}
		}
		if !parsed {
			return time.Time{}, false
		}
	default:
		return time.Time{}, false
	}
	if t.IsZero() {
		return time.Time{}, false
	}
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), true
}

// isWhole tells whether a decimal value has no fraction, so it shows as "52", not "52,0".
func isWhole(v any) bool {
	switch x := v.(type) {
	case float64:
		return x == math.Trunc(x) && math.Abs(x) < 1e15
	case float32:
		return float64(x) == math.Trunc(float64(x))
	case int, int64, int32:
		return true
	}
	return false
}

// cellStyle picks the style of a value in column c: dates get the date style, whole
// values of a decimal column the integer style; the value may be replaced (a date
// written as text becomes a time.Time).
func (s *SheetWriter) cellStyle(c Column, v any) (int, any, error) {
	switch c.Type {
	case TypeDate:
		if v == nil {
			return s.w.st.text, nil, nil
		}
		if d, ok := DateValue(v); ok {
			id, err := s.w.numStyle(DateFormat, false)
			return id, d, err
		}
		if str, ok := v.(string); ok && strings.TrimSpace(str) == "" {
			return s.w.st.text, nil, nil
		}
		return s.w.st.text, v, nil // an unreadable date is kept as it was written
	case TypeDecimal:
		if isWhole(v) && (c.NumFmt == "" || c.NumFmt == DecimalFormat) {
			return s.w.st.integer, v, nil
		}
	}
	return -1, v, nil
}
