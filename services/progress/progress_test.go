package progress_test

import (
	"context"
	"math"
	"testing"
	"time"

	"sidamping/models"
	"sidamping/services/common"
	"sidamping/services/plan"
	"sidamping/services/plan/plantest"
	"sidamping/services/progress"
	"sidamping/services/testutil"
)

var ctx = context.Background()

// realise records one month of an activity directly.
func realise(t *testing.T, f *plantest.Fixture, kid uint, month int, progress float64, money map[string]int64, households int) {
	t.Helper()
	r := models.Realisasi{KegiatanID: kid, Month: month, Progress: progress, BeneficiaryHouseholds: households, BeneficiaryPeople: households * 4}
	if err := f.DB.Create(&r).Error; err != nil {
		t.Fatal(err)
	}
	for src, amt := range money {
		if err := f.DB.Create(&models.RealisasiDana{RealisasiID: r.ID, Source: src, Amount: amt}).Error; err != nil {
			t.Fatal(err)
		}
	}
}

func TestOverviewPlanAgainstRealisation(t *testing.T) {
	f := plantest.Build(t, plantest.Options{Pairings: 2})
	ps := plan.New(f.DB, nil)
	mk := func(pid uint, months []int, budget int64) uint {
		a, err := ps.SaveActivity(ctx, plan.ActivityInput{PendampinganID: pid, Strategy: "beban", Name: "K", TargetGroup: "individu",
			Months: months, Budget: []plan.BudgetLine{{Source: "apbd_kab", Amount: budget}}})
		if err != nil {
			t.Fatal(err)
		}
		return a.ID
	}
	onTime := mk(f.Pairings[0].ID, []int{1, 2, 3, 4}, 400) // expected 100 % by April
	late := mk(f.Pairings[0].ID, []int{3, 4, 5, 6}, 1000)  // expected 50 % by April
	unstarted := mk(f.Pairings[1].ID, []int{2, 3}, 600)    // expected 100 %, nothing done
	future := mk(f.Pairings[1].ID, []int{10, 11}, 200)     // not due yet
	realise(t, f, onTime, 1, 30, map[string]int64{"apbd_kab": 100}, 5)
	realise(t, f, onTime, 4, 100, map[string]int64{"apbd_kab": 300}, 12)
	realise(t, f, late, 3, 20, map[string]int64{"apbd_kab": 150, "csr": 50}, 2)
	realise(t, f, late, 5, 60, map[string]int64{"apbd_kab": 999}, 9) // after the reference month: ignored
	_ = future

	s := progress.New(f.DB, common.FixedClock{T: time.Date(plantest.Year, 4, 15, 0, 0, 0, 0, time.UTC)})
	ov, err := s.Overview(ctx, progress.Filter{Year: plantest.Year})
	if err != nil {
		t.Fatal(err)
	}
	if ov.Month != 4 || len(ov.Groups) != 2 {
		t.Fatalf("month %d groups %d", ov.Month, len(ov.Groups))
	}
	tot := ov.Totals
	if tot.Activities != 4 || tot.Budget != 2200 || tot.Spent != 600 || tot.Done != 1 || tot.Running != 1 || tot.NotStarted != 2 {
		t.Fatalf("totals %+v", tot)
	}
	if math.Abs(tot.Absorption-600.0*100/2200) > 1e-9 {
		t.Fatalf("absorption %v", tot.Absorption)
	}
	if tot.Behind != 2 || len(ov.Behind) != 2 || ov.Behind[0].ID != unstarted || ov.Behind[1].ID != late {
		t.Fatalf("behind %+v", ov.Behind)
	}
	g0 := ov.Groups[0]
	if g0.Key != f.Pairings[0].ID || g0.Budget != 1400 || g0.Spent != 600 || g0.Households != 14 {
		t.Fatalf("group 0 %+v", g0)
	}
	if ov.Series[0].Spent != 100 || ov.Series[2].Spent != 200 || ov.Series[3].SpentCum != 600 || ov.Series[4].Spent != 0 {
		t.Fatalf("series %+v", ov.Series[:5])
	}
	var planned int64
	for _, p := range ov.Series {
		planned += p.Planned
	}
	if planned != 2200 || ov.Series[11].PlannedCum != 2200 {
		t.Fatalf("planned series sums to %d", planned)
	}
	// Per OPD and per kecamatan, and one pairing with its activities.
	byOPD, err := s.Overview(ctx, progress.Filter{Year: plantest.Year, GroupBy: progress.ByOPD})
	if err != nil || len(byOPD.Groups) != 2 || byOPD.Totals.Spent != 600 {
		t.Fatalf("by OPD %+v %v", byOPD.Groups, err)
	}
	byKec, err := s.Overview(ctx, progress.Filter{Year: plantest.Year, GroupBy: progress.ByKecamatan})
	if err != nil || len(byKec.Groups) != 1 || byKec.Groups[0].Activities != 4 {
		t.Fatalf("by kecamatan %+v %v", byKec.Groups, err)
	}
	one, err := s.Overview(ctx, progress.Filter{Year: plantest.Year, PendampinganID: f.Pairings[1].ID, Month: 12})
	if err != nil || len(one.Activities) != 2 || one.Totals.Behind != 2 {
		t.Fatalf("one pairing at December %+v %v", one.Totals, err)
	}
	// As of May the late activity's May entry counts.
	may, _ := s.Overview(ctx, progress.Filter{Year: plantest.Year, Month: 5})
	if may.Totals.Spent != 1599 {
		t.Fatalf("May spent %d", may.Totals.Spent)
	}
	if _, err := s.Overview(ctx, progress.Filter{Year: plantest.Year, Month: 13}); err == nil {
		t.Fatal("month 13 accepted")
	}
}

// BenchmarkOverview measures the progress views on a full year: 48 pairings, 40
// activities each, realisation for all 12 months.
func BenchmarkOverview(b *testing.B) {
	f := plantest.Build(b, plantest.Options{Pairings: 48, Activities: 40, Through: 12, Dense: true, Seed: 1})
	s := progress.New(f.DB, common.FixedClock{T: time.Date(plantest.Year+1, 1, 10, 0, 0, 0, 0, time.UTC)})
	if n := testutil.Count(b, f.DB, "realisasi"); n != 48*40*12 {
		b.Fatalf("%d monthly entries, want %d", n, 48*40*12)
	}
	for _, tc := range []struct {
		name string
		f    progress.Filter
	}{
		{"per-pairing", progress.Filter{Year: plantest.Year}},
		{"per-opd", progress.Filter{Year: plantest.Year, GroupBy: progress.ByOPD}},
		{"per-kecamatan", progress.Filter{Year: plantest.Year, GroupBy: progress.ByKecamatan}},
		{"one-pairing", progress.Filter{Year: plantest.Year, PendampinganID: f.Pairings[10].ID}},
	} {
		b.Run(tc.name, func(b *testing.B) {
			for b.Loop() {
				ov, err := s.Overview(ctx, tc.f)
				if err != nil || ov.Totals.Activities == 0 {
					b.Fatal(err)
				}
			}
		})
	}
}
