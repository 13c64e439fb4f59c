package models

import (
	"regexp"
	"strings"
)

var (
	reDigits   = regexp.MustCompile(`^[0-9]+$`)
	reRegency  = regexp.MustCompile(`^\d{2}\.\d{2}$`)
	reDistrict = regexp.MustCompile(`^\d{2}\.\d{2}\.\d{2}$`)
	reVillage  = regexp.MustCompile(`^\d{2}\.\d{2}\.\d{2}\.\d{4}$`)
	reEmail    = regexp.MustCompile(`^[^@\s]+@[^@\s]+\.[^@\s]+$`)
	rePhone    = regexp.MustCompile(`^[0-9 +()\-.]{5,20}$`)
	reSpaces   = regexp.MustCompile(`\s+`)
)

// CleanText trims and folds inner white space.
func CleanText(s string) string { return strings.TrimSpace(reSpaces.ReplaceAllString(s, " ")) }

// ValidNIP tells whether s is an 18-digit NIP (spaces allowed as separators).
func ValidNIP(s string) bool {
	s = NormalizeNIP(s)
	return len(s) == 18 && reDigits.MatchString(s)
}

// NormalizeNIP removes the spaces people type inside a NIP.
func NormalizeNIP(s string) string { return strings.ReplaceAll(strings.TrimSpace(s), " ", "") }

// ValidRegencyCode tells whether s looks like "33.20".
func ValidRegencyCode(s string) bool { return reRegency.MatchString(s) }

// ValidDistrictCode tells whether s looks like "33.20.01".
func ValidDistrictCode(s string) bool { return reDistrict.MatchString(s) }

// ValidVillageCode tells whether s looks like "33.20.01.2001".
func ValidVillageCode(s string) bool { return reVillage.MatchString(s) }

// ValidEmail is a light check for an e-mail address.
func ValidEmail(s string) bool { return reEmail.MatchString(s) }

// ValidPhone is a light check for a phone number.
func ValidPhone(s string) bool { return rePhone.MatchString(s) }

// NormalizeRegionCode turns "3320012001" or "33.20.01.2001" into the dotted form.
// Codes with an unexpected number of digits are returned trimmed but unchanged.
func NormalizeRegionCode(s string) string {
	s = strings.TrimSpace(s)
	digits := strings.ReplaceAll(s, ".", "")
	if !reDigits.MatchString(digits) || strings.Contains(s, "..") {
		return s
	}
	switch len(digits) {
	case 4:
		return digits[:2] + "." + digits[2:]
	case 6:
		return digits[:2] + "." + digits[2:4] + "." + digits[4:]
	case 10:
		return digits[:2] + "." + digits[2:4] + "." + digits[4:6] + "." + digits[6:]
	}
	return s
}

// ParentCode returns the code one level up ("33.20.01.2001" -> "33.20.01").
func ParentCode(code string) string {
	i := strings.LastIndex(code, ".")
	if i < 0 {
		return ""
	}
	return code[:i]
}
