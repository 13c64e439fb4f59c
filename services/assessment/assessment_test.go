package assessment_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"sidamping/models"
	"sidamping/services/assessment"
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

func TestAssessmentForms(t *testing.T) {
	f := plantest.Build(t, plantest.Options{Pairings: 1})
	s := assessment.New(f.DB, nil)
	pid := f.Pairings[0].ID
	if _, err := s.SaveHead(ctx, pid, models.Asesmen{AssessedOn: "2026-02-10", Assessor: " Tim  Dinsos "}); err != nil {
		t.Fatal(err)
	}
	pots, err := s.SavePotentials(ctx, pid, []models.PotensiDesa{
		{Category: "pertanian", Name: "Sawah irigasi", Quantity: 120, Unit: "ha", Developable: true},
		{Category: "perikanan", Name: "Kolam lele", Quantity: 15, Unit: "kolam"},
	})
	if err != nil {
		t.Fatal(err)
	}
	_, err = s.SavePotentials(ctx, pid, []models.PotensiDesa{{Category: "tambang", Name: "x"}, {Category: "umkm", Name: "", Quantity: -1}})
	if ae := wantCode(t, err, assessment.CodeInvalid); len(ae.Details) != 3 || !strings.Contains(ae.Details[0], "tambang") {
		t.Fatalf("details %v", ae.Details)
	}
	form2 := models.Karakteristik{ScannedOn: "2026-02-12", Source: "DTKS Januari 2026", TotalPoor: 150, Rtlh: 40, TanpaJamban: 30, TanpaJKN: 60}
	if _, err := s.SaveCharacteristics(ctx, pid, 0, form2); err != nil {
		t.Fatal(err)
	}
	bad := form2
	bad.Rtlh = 200
	ae := wantCode(t, mustErr(s.SaveCharacteristics(ctx, pid, 0, bad)), assessment.CodeCountTooHigh)
	if !strings.Contains(ae.Fields["rtlh"], "melebihi") {
		t.Errorf("fields %v", ae.Fields)
	}
	bad.Rtlh = -1
	wantCode(t, mustErr(s.SaveCharacteristics(ctx, pid, 0, bad)), assessment.CodeNegative)
	wantCode(t, mustErr(s.SaveCharacteristics(ctx, pid, 3, form2)), assessment.CodeSemester)
	form4 := form2
	form4.TotalPoor, form4.Rtlh = 130, 28
	if _, err := s.SaveCharacteristics(ctx, pid, 1, form4); err != nil {
		t.Fatal(err)
	}
	issues, err := s.SaveIssues(ctx, pid, []models.Masalah{
		{Kind: models.KindMasalah, Description: "Banyak RTLH", Priority: 1},
		{Kind: models.KindKebutuhan, Description: "Bantuan rehab rumah", Priority: 1},
	})
	if err != nil {
		t.Fatal(err)
	}
	a, err := plan.New(f.DB, nil).SaveActivity(ctx, plan.ActivityInput{PendampinganID: pid, Strategy: "beban", Name: "Rehab RTLH",
		TargetGroup: "rumah_tangga", Months: []int{3}, NeedIDs: []uint{issues[1].ID}})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.SaveForm3(ctx, pid, 1, []models.PotensiPantau{{PotensiID: pots[0].ID, Quantity: 125, Progress: "Tanam serempak"}}); err != nil {
		t.Fatal(err)
	}
	got, err := s.Get(ctx, pid)
	if err != nil {
		t.Fatal(err)
	}
	if got.Head.Assessor != "Tim Dinsos" || len(got.Potentials) != 2 || got.Form2.TotalPoor != 150 || len(got.Problems) != 1 || len(got.Needs) != 1 {
		t.Fatalf("assessment %+v", got)
	}
	if len(got.Needs[0].Activities) != 1 || got.Needs[0].Activities[0].ID != a.ID {
		t.Fatalf("need links %+v", got.Needs[0])
	}
	mon, err := s.GetMonitoring(ctx, pid, 1)
	if err != nil {
		t.Fatal(err)
	}
	if mon.Potentials[0].Progress.Quantity != 125 || mon.Potentials[1].Progress.Quantity != 15 || mon.Form4.TotalPoor != 130 {
		t.Fatalf("monitoring %+v", mon)
	}
	if c := mon.Changes[0]; c.Baseline != 150 || c.Current != 130 || c.Change != -20 || !c.Recorded {
		t.Fatalf("total change %+v", c)
	}
	if c := mon.Changes[1]; c.Code != "rtlh" || c.Change != -12 || c.Percent != -30 {
		t.Fatalf("rtlh change %+v", c)
	}
	// Removing a potential drops its Form 3; removing the need drops its link.
	if _, err := s.SavePotentials(ctx, pid, got.Potentials[1:]); err != nil {
		t.Fatal(err)
	}
	if testutil.Count(t, f.DB, "potensi_pantau") != 0 || testutil.Count(t, f.DB, "potensi_desa") != 1 {
		t.Fatal("potential not removed with its monitoring")
	}
	if _, err := s.SaveIssues(ctx, pid, issues[:1]); err != nil {
		t.Fatal(err)
	}
	if testutil.Count(t, f.DB, "kegiatan_kebutuhan") != 0 {
		t.Fatal("need link left")
	}
}

func mustErr(_ models.Karakteristik, err error) error { return err }
