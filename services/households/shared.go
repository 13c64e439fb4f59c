package households

// ParseDateText reads a date typed as text the way the household import does
// (dd-mm-yyyy, dd/mm/yyyy, yyyy-mm-dd, "12 Januari 1980", ...) and returns the ISO
// date; other imports (the orphans registry) share it.
func ParseDateText(s string) (string, bool) { return parseDateText(s) }

// NormSex folds the spellings of sex ("LAKI-LAKI", "Pr", "2", ...) to L or P ("" when unknown).
func NormSex(s string) string { return normSex(s) }
