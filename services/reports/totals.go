package reports

import (
	"context"

	"gorm.io/gorm"
)

// SourceTotals sums, per funding source, the budget planned for year and the money
// spent in months 1 to through: the same sums the Rekapitulasi sheet's per-source
// columns add up (the dashboard shows them, so both always agree).
func SourceTotals(ctx context.Context, db *gorm.DB, year, through int) (planned, spent map[string]int64, err error) {
	db = db.WithContext(ctx)
	b, err := budgetBySource(db, year)
	if err != nil {
		return nil, nil, err
	}
	c, err := spentBySource(db, year, 1, through)
	if err != nil {
		return nil, nil, err
	}
	return flatten(b), flatten(c), nil
}

func flatten(m sourceAmounts) map[string]int64 {
	out := map[string]int64{}
	for _, bySrc := range m {
		for src, amt := range bySrc {
			out[src] += amt
		}
	}
	return out
}
