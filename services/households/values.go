package households

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"sidamping/models"
	"sidamping/services/sheetreader"
)

// Error codes of row problems (RowError.Code) and of whole-import failures.
const (
	CodeNIKNumeric        = "households.nik_numeric"
	CodeNIKScientific     = "households.nik_scientific"
	CodeNIKInvalid        = "households.nik_invalid"
	CodeNIKDuplicate      = "households.nik_duplicate"
	CodeNIKTemporary      = "households.nik_temporary" // kept, but flagged in the result and the report
	CodeKKNumeric         = "households.kk_numeric"
	CodeKKScientific      = "households.kk_scientific"
	CodeKKInvalid         = "households.kk_invalid"
	CodeKKMissing         = "households.kk_missing"
	CodeNameMissing       = "households.name_missing"
	CodeVillageOutside    = "households.village_outside"
	CodeVillageUnknown    = "households.village_unknown"
	CodeVillageMissing    = "households.village_missing"
	CodeDesilInvalid      = "households.desil_invalid"
	CodeDateInvalid       = "households.date_invalid"
	CodeValueTooLong      = "households.value_too_long"
	CodeHeaderNotFound    = "households.header_not_found"
	CodeMappingIncomplete = "households.mapping_incomplete"
	CodeFileUnreadable    = "households.file_unreadable"
	CodeRejected          = "households.rejected"
	CodeNothingImported   = "households.nothing_imported"
	CodeEditionExists     = "households.edition_exists"
	CodeEditionInvalid    = "households.edition_invalid"
	CodeNoFiles           = "households.no_files"
	CodeProfileMissing    = "households.profile_missing"
	CodeNotFound          = "households.not_found"
	CodeStatusUnknown     = "households.status_unknown"
	CodeStatusInvalid     = "households.status_invalid"
	CodeStatusInUse       = "households.status_in_use"
)

// maxTextLen caps a text value (names, addresses); a longer one is a damaged cell.
const maxTextLen = 500

// idResult is a checked NIK or No KK.
type idResult struct {
	value string // the digits (valid), the placeholder as written (sementara), "" (kosong)
	flag  string // models.NIKValid, NIKKosong, NIKSementara
	code  string // non-empty when the cell is rejected
	msg   string
}

// checkID validates a NIK (kk=false) or No KK (kk=true) cell. Both must be 16-digit
// text: a number cell, or text in scientific notation, is the Excel corruption of
// DOMAIN.md and is rejected. An empty NIK, "-" or "0" is kept as kosong; a NIK that is
// text but not 16 digits (a placeholder) is kept as sementara. A No KK must be valid.
func checkID(raw string, typ sheetreader.CellType, kk bool) idResult {
	label, codeNum, codeSci := "NIK", CodeNIKNumeric, CodeNIKScientific
	if kk {
		label, codeNum, codeSci = "No KK", CodeKKNumeric, CodeKKScientific
	}
	v := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(raw), "'"))
	if v == "" || v == "-" || v == "0" {
		return idResult{flag: models.NIKKosong}
	}
	if isScientific(v) {
		return idResult{code: codeSci, msg: fmt.Sprintf("%s %s tertulis dalam notasi ilmiah sehingga digit terakhirnya hilang; format kolom sebagai Teks lalu ketik ulang nilainya.", label, v)}
	}
	switch typ {
	case sheetreader.CellNumber:
		msg := fmt.Sprintf("%s %s tersimpan sebagai angka, bukan teks (Excel hanya menyimpan 15 digit sehingga digit terakhir bisa berubah menjadi 0); format kolom sebagai Teks lalu ketik ulang nilainya, atau awali dengan tanda petik (').", label, v)
		return idResult{code: codeNum, msg: msg}
	case sheetreader.CellBool, sheetreader.CellError:
		return idResult{code: CodeNIKInvalid, msg: fmt.Sprintf("%s %s bukan nomor yang sah.", label, v)}
	}
	digits := stripSeparators(v)
	if len(digits) == 16 && allDigits(digits) && digits[0] != '0' {
		return idResult{value: digits, flag: models.NIKValid}
	}
	if kk {
		return idResult{code: CodeKKInvalid, msg: fmt.Sprintf("No KK %s tidak terdiri atas 16 angka.", v)}
	}
	if len(v) > 30 {
		return idResult{code: CodeNIKInvalid, msg: fmt.Sprintf("NIK %s… terlalu panjang.", v[:20])}
	}
	return idResult{value: v, flag: models.NIKSementara}
}

// isScientific matches "3.3201E+15", "3,32E15", "3E+15".
func isScientific(v string) bool {
	e := -1
	for i := 0; i < len(v); i++ {
		if v[i] == 'e' || v[i] == 'E' {
			e = i
			break
		}
	}
	if e <= 0 || e == len(v)-1 {
		return false
	}
	mant, exp := v[:e], strings.TrimLeft(v[e+1:], "+-")
	if exp == "" || !allDigits(exp) {
		return false
	}
	mant = strings.TrimLeft(mant, "+-")
	mant = strings.Replace(strings.Replace(mant, ".", "", 1), ",", "", 1)
	return mant != "" && allDigits(mant)
}

// stripSeparators removes spaces, dots and dashes people type inside a number.
func stripSeparators(v string) string {
	clean := true
	for i := 0; i < len(v) && clean; i++ {
		clean = v[i] != ' ' && v[i] != '.' && v[i] != '-'
	}
	if clean {
		return v
	}
	return strings.Map(func(r rune) rune {
		if r == ' ' || r == '.' || r == '-' {
			return -1
		}
		return r
	}, v)
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// parseNIK64 packs a 16-digit NIK into a uint64 for the duplicate check.
func parseNIK64(s string) uint64 {
	n, _ := strconv.ParseUint(s, 10, 64)
	return n
}

// months maps Indonesian (and English) month names and abbreviations to numbers.
var months = map[string]time.Month{
	"januari": 1, "jan": 1, "january": 1, "februari": 2, "feb": 2, "pebruari": 2, "peb": 2, "february": 2,
	"maret": 3, "mar": 3, "march": 3, "april": 4, "apr": 4, "mei": 5, "may": 5, "juni": 6, "jun": 6, "june": 6,
	"juli": 7, "jul": 7, "july": 7, "agustus": 8, "agu": 8, "agt": 8, "ags": 8, "aug": 8, "august": 8,
	"september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "oct": 10, "october": 10,
	"november": 11, "nov": 11, "nopember": 11, "desember": 12, "des": 12, "dec": 12, "december": 12,
}

// parseDateText reads a date typed as text: dd-mm-yyyy, dd/mm/yyyy, dd.mm.yyyy,
// yyyy-mm-dd (with an optional time), yyyymmdd, "12 Januari 1980", "12-Jan-1980".
// It returns the ISO date.
func parseDateText(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if i := strings.IndexAny(s, "T "); i == 10 && len(s) > 10 && s[4] == '-' {
		s = s[:10] // "1980-01-12 00:00:00"
	}
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '-' || r == '/' || r == '.' || r == ' ' || r == ',' })
	var y, m, d int
	switch {
	case len(parts) == 1 && len(s) == 8 && allDigits(s): // 19800112
		y, _ = strconv.Atoi(s[:4])
		m, _ = strconv.Atoi(s[4:6])
		d, _ = strconv.Atoi(s[6:])
	case len(parts) == 3 && allDigits(parts[0]) && allDigits(parts[2]):
		a, _ := strconv.Atoi(parts[0])
		c, _ := strconv.Atoi(parts[2])
		if allDigits(parts[1]) {
			m, _ = strconv.Atoi(parts[1])
		} else if mm, ok := months[strings.ToLower(parts[1])]; ok {
			m = int(mm)
		} else {
			return "", false
		}
		if len(parts[0]) == 4 { // yyyy-mm-dd
			y, d = a, c
		} else {
			d, y = a, c
			if len(parts[2]) == 2 { // dd-mm-yy: 00-29 → 2000s
				y += 1900
				if c < 30 {
					y += 100
				}
			}
		}
	default:
		return "", false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if m < 1 || m > 12 || t.Day() != d || y < 1880 || y > 2100 {
		return "", false
	}
	return t.Format("2006-01-02"), true
}

// cellDate reads a date column: a date cell (serial with a date style, or t="d"), a bare
// serial number, or text in one of the formats of parseDateText.
func cellDate(r *sheetreader.Row, col int) (string, bool) {
	if t, ok := r.Time(col); ok {
		return t.Format("2006-01-02"), t.Year() >= 1880 && t.Year() <= 2100
	}
	v := strings.TrimSpace(r.Value(col))
	if r.Type(col) == sheetreader.CellNumber {
		if f, err := strconv.ParseFloat(v, 64); err == nil && f >= 1 && f < 80000 {
			if t, ok := sheetreader.ExcelSerialToTime(v); ok {
				return t.Format("2006-01-02"), true
			}
		}
	}
	return parseDateText(v)
}

// splitBirth splits "BLORA, 12-01-1980" (or "BLORA 12-01-1980") into place and date text.
func splitBirth(s string) (place, date string) {
	s = strings.TrimSpace(s)
	if i := strings.LastIndex(s, ","); i >= 0 {
		return strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+1:])
	}
	// The date is the last one to three space-separated parts that parse.
	f := strings.Fields(s)
	for n := min(3, len(f)); n >= 1; n-- {
		d := strings.Join(f[len(f)-n:], " ")
		if _, ok := parseDateText(d); ok {
			return strings.Join(f[:len(f)-n], " "), d
		}
	}
	return s, ""
}

// normSex folds "LAKI-LAKI", "L", "1", "Pria" to L and "PEREMPUAN", "P", "2", "Wanita" to P.
func normSex(s string) string {
	switch strings.ToUpper(strings.TrimSpace(s)) {
	case "L", "LK", "LAKI-LAKI", "LAKI LAKI", "LAKI", "PRIA", "1", "M", "MALE":
		return "L"
	case "P", "PR", "PEREMPUAN", "WANITA", "2", "F", "FEMALE":
		return "P"
	}
	return ""
}

// normRTRW writes RT/RW numbers with three digits ("3", "03", "3.0" → "003"); other
// text is kept as written.
func normRTRW(s string) string {
	s = strings.TrimSpace(s)
	s = strings.TrimSuffix(s, ".0")
	if s == "" || !allDigits(s) || len(s) > 3 {
		return s
	}
	n, _ := strconv.Atoi(s)
	return fmt.Sprintf("%03d", n)
}

// parseDesil reads a desil 1..max; "" gives 0 (none).
func parseDesil(s string, max int) (int, bool) {
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), ".0"))
	if s == "" || s == "-" {
		return 0, true
	}
	s = strings.TrimPrefix(strings.ToLower(s), "desil ")
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 || n > max {
		return 0, false
	}
	return n, true
}
