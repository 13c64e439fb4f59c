package dashboard_test

import (
	"testing"
	"time"

	"sidamping/services/common"
	"sidamping/services/dashboard"
	"sidamping/services/demo"
	"sidamping/services/testutil"
)

// BenchmarkDashboardDemo builds the Beranda of the demo regency (48 pairings, 42 OPD,
// a full year of plans and realisation): target ≤ 300 ms.
func BenchmarkDashboardDemo(b *testing.B) {
	db := testutil.NewDB(b)
	clock := common.FixedClock{T: time.Date(2026, 12, 3, 9, 0, 0, 0, time.UTC)}
	if _, err := demo.Load(ctx, db, demo.DefaultSeed, clock); err != nil {
		b.Fatal(err)
	}
	s := dashboard.New(db, clock)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d, err := s.Build(ctx, 2026, 0)
		if err != nil || len(d.OPD) == 0 {
			b.Fatal(err, len(d.OPD))
		}
	}
}
