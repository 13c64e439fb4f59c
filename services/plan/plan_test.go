package plan_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"gorm.io/gorm"

	"sidamping/models"
	"sidamping/services/pairing"
	"sidamping/services/plan"
	"sidamping/services/plan/plantest"
	"sidamping/services/testutil"
)

var ctx = context.Background()

func wantCode(t *testing.T, err error, code string) *models.AppError {
	t.Helper()
	var ae *models.AppError
	if !errors.As(err, &ae) || ae.Code != code {
		t.Fatalf("want error %s, got %v", code, err)
	}
	return ae
}

func sample(pid uint) plan.ActivityInput {
	return plan.ActivityInput{PendampinganID: pid, Strategy: "beban", Name: "  Rehabilitasi   RTLH ", TargetGroup: "rumah_tangga",
		TargetVolume: 10, TargetUnit: "unit", Months: []int{5, 3, 4}, OutputIndicator: "Rumah layak huni",
		Budget: []plan.BudgetLine{{Source: "apbd_kab", Amount: 150_000_000}, {Source: "baznas", Amount: 20_000_000}, {Source: "apbd_kab", Amount: 5_000_000}}}
}

func TestSaveActivityStoresBudgetPartnersAndNeeds(t *testing.T) {
	f := plantest.Build(t, plantest.Options{Pairings: 2})
	s := plan.New(f.DB, nil)
	p := f.Pairings[0]
	need := models.Masalah{PendampinganID: p.ID, Kind: models.KindKebutuhan, Description: "Rumah layak", Priority: 1}
	if err := f.DB.Create(&need).Error; err != nil {
		t.Fatal(err)
	}
	in := sample(p.ID)
	in.Partners = []plan.PartnerInput{{MitraID: f.Mitra[0].ID, Contribution: "Semen", Amount: 5_000_000}}
	in.NeedIDs = []uint{need.ID}
	a, err := s.SaveActivity(ctx, in)
	if err != nil {
		t.Fatal(err)
	}
	if a.Name != "Rehabilitasi RTLH" || a.BudgetTotal != 175_000_000 || len(a.Budget) != 2 || a.Budget[0].Amount != 155_000_000 {
		t.Fatalf("activity %+v", a)
	}
	if got := a.Months; len(got) != 3 || got[0] != 3 || got[2] != 5 {
		t.Fatalf("months %v", got)
	}
	if a.ExecutorOPDID == nil || *a.ExecutorOPDID != p.OPDID || a.ExecutorName != f.OPD[0].Name {
		t.Fatalf("executor defaults to the pairing's OPD: %+v", a)
	}
	if len(a.Partners) != 1 || a.Partners[0].Name != f.Mitra[0].Name || len(a.NeedIDs) != 1 {
		t.Fatalf("partners/needs %+v %+v", a.Partners, a.NeedIDs)
	}
	if n := testutil.Count(t, f.DB, "kegiatan_anggaran", "kegiatan_id = ?", a.ID); n != 2 {
		t.Fatalf("budget rows %d", n)
	}
	// Update replaces the budget.
	in.ID = a.ID
	in.Budget = []plan.BudgetLine{{Source: "dana_desa", Amount: 1_000_000}}
	a, err = s.SaveActivity(ctx, in)
	if err != nil || a.BudgetTotal != 1_000_000 || testutil.Count(t, f.DB, "kegiatan_anggaran") != 1 {
		t.Fatalf("update: %+v %v", a, err)
	}
	// A need of another pairing cannot be linked.
	other := models.Masalah{PendampinganID: f.Pairings[1].ID, Kind: models.KindKebutuhan, Description: "x", Priority: 2}
	f.DB.Create(&other)
	in.NeedIDs = []uint{other.ID}
	_, err = s.SaveActivity(ctx, in)
	wantCode(t, err, plan.CodeUnknownNeed)
	pl, err := s.GetPlan(ctx, p.ID)
	if err != nil || len(pl.Activities) != 1 || pl.BudgetTotal != 1_000_000 || pl.CanCopyPrevious {
		t.Fatalf("plan %+v %v", pl, err)
	}
}

func TestSaveActivityRefusesBadInput(t *testing.T) {
	f := plantest.Build(t, plantest.Options{Pairings: 1})
	s := plan.New(f.DB, nil)
	pid := f.Pairings[0].ID
	neg := sample(pid)
	neg.Budget = []plan.BudgetLine{{Source: "apbn", Amount: -5}}
	ae := wantCode(t, mustFail(s.SaveActivity(ctx, neg)), plan.CodeNegativeAmount)
	if !strings.Contains(ae.Fields["budget"], "negatif") {
		t.Errorf("message %q", ae.Fields["budget"])
	}
	bad := sample(pid)
	bad.Months = []int{0, 13}
	bad.Strategy = "lain"
	bad.Name = " "
	ae = wantCode(t, mustFail(s.SaveActivity(ctx, bad)), plan.CodeInvalid)
	for _, k := range []string{"months", "strategy", "name"} {
		if ae.Fields[k] == "" {
			t.Errorf("no message for %s: %+v", k, ae.Fields)
		}
	}
	src := sample(pid)
	src.Budget = []plan.BudgetLine{{Source: "dana_hibah", Amount: 5}}
	wantCode(t, mustFail(s.SaveActivity(ctx, src)), plan.CodeInvalid)
	none := sample(999)
	wantCode(t, mustFail(s.SaveActivity(ctx, none)), plan.CodePairingNotFound)
	if n := testutil.Count(t, f.DB, "kegiatan"); n != 0 {
		t.Fatalf("refusals saved %d activities", n)
	}
}

func mustFail(_ plan.Activity, err error) error { return err }

func TestCopyActivityAndDelete(t *testing.T) {
	f := plantest.Build(t, plantest.Options{Pairings: 1})
	s := plan.New(f.DB, nil)
	a, err := s.SaveActivity(ctx, sample(f.Pairings[0].ID))
	if err != nil {
		t.Fatal(err)
	}
	b, err := s.SaveActivity(ctx, sample(f.Pairings[0].ID))
	if err != nil {
		t.Fatal(err)
	}
	c, err := s.CopyActivity(ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	if c.Name != a.Name+" (salinan)" || c.BudgetTotal != a.BudgetTotal || c.SortOrder != a.SortOrder+1 || c.CopiedFromID == nil {
		t.Fatalf("copy %+v", c)
	}
	pl, _ := s.GetPlan(ctx, f.Pairings[0].ID)
	if len(pl.Activities) != 3 || pl.Activities[1].ID != c.ID || pl.Activities[2].ID != b.ID {
		t.Fatalf("order after copy: %v", []uint{pl.Activities[0].ID, pl.Activities[1].ID, pl.Activities[2].ID})
	}
	// An activity with realisation cannot be deleted.
	if err := f.DB.Create(&models.Realisasi{KegiatanID: a.ID, Month: 3, Progress: 10}).Error; err != nil {
		t.Fatal(err)
	}
	err = s.DeleteActivity(ctx, a.ID)
	if ae := wantCode(t, err, plan.CodeHasRealisation); !strings.Contains(ae.Message, "realisasi") {
		t.Errorf("message %q", ae.Message)
	}
	if err := s.DeleteActivity(ctx, c.ID); err != nil {
		t.Fatal(err)
	}
	if n := testutil.Count(t, f.DB, "kegiatan_anggaran", "kegiatan_id = ?", c.ID); n != 0 {
		t.Fatalf("budget of deleted activity left: %d", n)
	}
}

func TestCopyPreviousYear(t *testing.T) {
	f := plantest.Build(t, plantest.Options{Pairings: 2, PrevYear: true})
	s := plan.New(f.DB, nil)
	for i := 0; i < 3; i++ {
		in := sample(f.Prev.ID)
		if _, err := s.SaveActivity(ctx, in); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.CopyPreviousYear(ctx, f.Pairings[1].ID); err == nil {
		t.Fatal("a village without last year's pairing must be refused")
	} else {
		wantCode(t, err, plan.CodeNoPreviousYear)
	}
	pl, _ := s.GetPlan(ctx, f.Pairings[0].ID)
	if !pl.CanCopyPrevious {
		t.Fatal("CanCopyPrevious should be true")
	}
	res, err := s.CopyPreviousYear(ctx, f.Pairings[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if res.Copied != 3 || res.BudgetTotal != 3*175_000_000 || res.FromYear != plantest.Year-1 {
		t.Fatalf("result %+v", res)
	}
	if n := testutil.Count(t, f.DB, "kegiatan", "pendampingan_id = ?", f.Pairings[0].ID); n != 3 {
		t.Fatalf("copied %d", n)
	}
	_, err = s.CopyPreviousYear(ctx, f.Pairings[0].ID)
	wantCode(t, err, plan.CodeAlreadyCopied)
	if n := testutil.Count(t, f.DB, "kegiatan", "pendampingan_id = ?", f.Pairings[0].ID); n != 3 {
		t.Fatalf("second copy added rows: %d", n)
	}
}

func TestGenerateDemoIsDeterministic(t *testing.T) {
	dump := func() (plan.DemoSummary, []int64) {
		f := plantest.Build(t, plantest.Options{Pairings: 3})
		var sum plan.DemoSummary
		err := f.DB.Transaction(func(tx *gorm.DB) error {
			var err error
			sum, err = plan.GenerateDemo(ctx, tx, 7, plantest.Year, plan.DemoOptions{Through: 8})
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		var totals []int64
		for _, q := range []string{`SELECT COALESCE(SUM(amount),0) FROM kegiatan_anggaran`, `SELECT COALESCE(SUM(amount),0) FROM realisasi_dana`,
			`SELECT COUNT(*) FROM realisasi`, `SELECT COUNT(*) FROM potensi_desa`, `SELECT COUNT(*) FROM evaluasi`, `SELECT COUNT(*) FROM karakteristik`} {
			var n int64
			f.DB.Raw(q).Scan(&n)
			totals = append(totals, n)
		}
		// No month past Through, money never above budget.
		if n := testutil.Count(t, f.DB, "realisasi", "month > 8"); n != 0 {
			t.Fatalf("%d entries after August", n)
		}
		return sum, totals
	}
	s1, t1 := dump()
	s2, t2 := dump()
	if s1 != s2 || len(t1) != len(t2) {
		t.Fatalf("summaries differ: %+v %+v", s1, s2)
	}
	for i := range t1 {
		if t1[i] != t2[i] {
			t.Fatalf("totals differ: %v %v", t1, t2)
		}
	}
	if s1.Pairings != 3 || s1.Activities < 18 || s1.Activities > 30 || s1.Evaluations != 3 || t1[1] == 0 || t1[1] > t1[0] || t1[5] != 6 {
		t.Fatalf("summary %+v totals %v", s1, t1)
	}
}

func TestPairingWithPlanCannotBeUnassigned(t *testing.T) {
	f := plantest.Build(t, plantest.Options{Pairings: 1})
	if _, err := plan.New(f.DB, nil).SaveActivity(ctx, sample(f.Pairings[0].ID)); err != nil {
		t.Fatal(err)
	}
	err := pairing.New(f.DB, nil).Unassign(ctx, f.Pairings[0].ID)
	if !errors.Is(err, models.ErrReferenced) || !strings.Contains(err.Error(), "1 kegiatan rencana aksi") {
		t.Fatalf("unassign with a plan: %v", err)
	}
}
