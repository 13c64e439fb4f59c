package xlsxutil

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
)

var (
	reThousands = regexp.MustCompile(`^[+-]?\d{1,3}([.,  ]\d{3})+$`)
	reSpace     = regexp.MustCompile(`[\s\x{00a0}]+`)
)

// ParseInt reads a whole number as people type it: "1250", "1.250" (Indonesian
// thousands), "1,250", "1 250", or a raw number cell such as "1250" or "1250.0000000001".
// "" gives 0. The error message is Indonesian and names label.
func ParseInt(label, s string) (int64, error) {
	s = strings.TrimSpace(s)
	if s == "" || s == "-" {
		return 0, nil
	}
	if reThousands.MatchString(s) {
		s = reSpace.ReplaceAllString(strings.NewReplacer(".", "", ",", "").Replace(s), "")
	}
	if n, err := strconv.ParseInt(s, 10, 64); err == nil {
		return n, nil
	}
	if x, err := strconv.ParseFloat(s, 64); err == nil && !math.IsInf(x, 0) && math.Abs(x-math.Round(x)) < 1e-6 && math.Abs(x) < 1e15 {
		return int64(math.Round(x)), nil
	}
	return 0, fmt.Errorf("%s %q bukan bilangan bulat.", label, s)
}

// ParseDecimal reads a decimal number: "12.5", "12,5", "1.234,5", "12,5 %" (a trailing
// percent sign is dropped: the value is read as displayed). "" gives 0.
func ParseDecimal(label, s string) (float64, error) {
	t := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "%"))
	t = reSpace.ReplaceAllString(t, "")
	if t == "" || t == "-" {
		return 0, nil
	}
	dot, comma := strings.LastIndex(t, "."), strings.LastIndex(t, ",")
	switch {
	case dot >= 0 && comma > dot: // 1.234,5
		t = strings.ReplaceAll(t, ".", "")
		t = strings.Replace(t, ",", ".", 1)
	case comma >= 0 && dot > comma: // 1,234.5
		t = strings.ReplaceAll(t, ",", "")
	case comma >= 0 && strings.Count(t, ",") == 1: // 12,5
		t = strings.Replace(t, ",", ".", 1)
	}
	x, err := strconv.ParseFloat(t, 64)
	if err != nil || math.IsInf(x, 0) || math.IsNaN(x) {
		return 0, fmt.Errorf("%s %q bukan angka.", label, strings.TrimSpace(s))
	}
	return x, nil
}
