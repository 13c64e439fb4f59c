package orphans_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"sidamping/models"
	"sidamping/services/common"
	"sidamping/services/orphans"
	"sidamping/services/plan/plantest"
	"sidamping/services/testutil"
)

var ctx = context.Background()

// today is the fixed clock of every test: 10 June 2026.
var today = time.Date(plantest.Year, 6, 10, 9, 0, 0, 0, time.UTC)

type env struct {
	f *plantest.Fixture
	s *orphans.Service
}

func setup(t *testing.T) env {
	t.Helper()
	f := plantest.Build(t, plantest.Options{Pairings: 9})
	return env{f: f, s: orphans.New(f.DB, common.FixedClock{T: today}, testutil.TempDir(t))}
}

func wantCode(t *testing.T, err error, code, field string) *models.AppError {
	t.Helper()
	var ae *models.AppError
	if !errors.As(err, &ae) || ae.Code != code {
		t.Fatalf("want error %s, got %v", code, err)
	}
	if field != "" && ae.Field != field {
		if _, ok := ae.Fields[field]; !ok {
			t.Fatalf("want the error on field %s, got field %q fields %v (%s)", field, ae.Field, ae.Fields, ae.Message)
		}
	}
	return ae
}

func (e env) child(t *testing.T, i int, name string, mod func(*orphans.ChildInput)) orphans.ChildRow {
	t.Helper()
	in := orphans.ChildInput{DesaID: e.f.Desa[i].ID, Name: name, Sex: "P", BirthDate: "2015-03-01", FatherDied: true,
		FatherDeathDate: "2021-08-01", GuardianName: "Sumini", GuardianRelation: "Ibu", GuardianPhone: "0812 3456 789",
		School: "sd", JKN: true, Needs: []string{"pendidikan", "dokumen"}, AssessedOn: "2026-05-02"}
	if mod != nil {
		mod(&in)
	}
	c, err := e.s.SaveChild(ctx, in)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func (e env) foster(t *testing.T, name string, mod func(*models.OrangTuaAsuh)) orphans.FosterRow {
	t.Helper()
	in := models.OrangTuaAsuh{Kind: "warga", Name: name, Phone: "0813 2222 1111", MoneyPerMonth: 300_000, Capacity: 1,
		PeriodStart: "2026-01-01", PeriodEnd: "2026-12-31"}
	if mod != nil {
		mod(&in)
	}
	f, err := e.s.SaveFoster(ctx, in)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func TestSaveChildStoresTheRowAndItsAssessment(t *testing.T) {
	e := setup(t)
	c := e.child(t, 0, "  Siti   Aminah ", func(in *orphans.ChildInput) {
		in.NIK, in.NoKK, in.MotherDied = "3320014101150002", "3320010101100009", true
	})
	var row models.AnakYatim
	if err := e.f.DB.First(&row, c.ID).Error; err != nil {
		t.Fatal(err)
	}
	if row.Name != "Siti Aminah" || *row.NIK != "3320014101150002" || *row.NoKK != "3320010101100009" ||
		row.Category != models.OrphanYatimPiatu || row.Needs != "pendidikan,dokumen" || row.School != "sd" || !row.JKN {
		t.Fatalf("stored row %+v", row)
	}
	if c.NIK != "3320xxxxxxxx0002" || c.Age != 11 || c.Matched || c.AssessmentDue {
		t.Fatalf("listed %+v", c)
	}
	if n := testutil.Count(t, e.f.DB, "asesmen_anak", "anak_id = ? AND assessed_on = ?", c.ID, "2026-05-02"); n != 1 {
		t.Fatalf("assessments %d", n)
	}
	r, err := e.s.RevealChild(ctx, c.ID)
	if err != nil || r.NIK != "3320014101150002" {
		t.Fatalf("reveal %+v %v", r, err)
	}
	// Saving the form back with the masked NIK keeps the stored one.
	in := orphans.ChildInput{ID: c.ID, DesaID: c.DesaID, Name: c.Name, NIK: c.NIK, NoKK: c.NoKK, Sex: "P", BirthDate: c.BirthDate,
		MotherDied: true, School: "smp"}
	if _, err := e.s.SaveChild(ctx, in); err != nil {
		t.Fatal(err)
	}
	e.f.DB.First(&row, c.ID)
	if *row.NIK != "3320014101150002" || row.Category != models.OrphanPiatu || row.School != "smp" {
		t.Fatalf("after update %+v", row)
	}
}

func TestBadChildIsRefusedWithItsFieldAndNothingSaved(t *testing.T) {
	e := setup(t)
	base := orphans.ChildInput{DesaID: e.f.Desa[0].ID, Name: "Budi", Sex: "L", BirthDate: "2016-01-01", FatherDied: true, School: "sd"}
	cases := []struct {
		name, field, text string
		mod               func(*orphans.ChildInput)
	}{
		{"numeric NIK", "nik", "16 digit", func(in *orphans.ChildInput) { in.NIK = "3.32001E+15" }},
		{"short NIK", "nik", "16 digit", func(in *orphans.ChildInput) { in.NIK = "33200101" }},
		{"future birth", "birthDate", "masa depan", func(in *orphans.ChildInput) { in.BirthDate = "2026-07-01" }},
		{"adult", "birthDate", "registri ini untuk anak", func(in *orphans.ChildInput) { in.BirthDate = "2007-01-01" }},
		{"unknown village", "desaCode", "33.20.09.2999", func(in *orphans.ChildInput) { in.DesaID, in.DesaCode = 0, "33.20.09.2999" }},
		{"no parent died", "fatherDied", "meninggal", func(in *orphans.ChildInput) { in.FatherDied = false }},
		{"no school", "school", "sekolah", func(in *orphans.ChildInput) { in.School = "" }},
	}
	for _, c := range cases {
		in := base
		c.mod(&in)
		_, err := e.s.SaveChild(ctx, in)
		ae := wantCode(t, err, orphans.CodeInvalid, c.field)
		if !strings.Contains(ae.Fields[c.field], c.text) {
			t.Errorf("%s: message %q lacks %q", c.name, ae.Fields[c.field], c.text)
		}
	}
	if n := testutil.Count(t, e.f.DB, "anak_yatim"); n != 0 {
		t.Fatalf("%d children saved", n)
	}
	// The same NIK twice is refused.
	e.child(t, 0, "A", func(in *orphans.ChildInput) { in.NIK = "3320010101150001" })
	_, err := e.s.SaveChild(ctx, orphans.ChildInput{DesaID: e.f.Desa[0].ID, Name: "B", NIK: "3320010101150001", Sex: "L", BirthDate: "2016-01-01", MotherDied: true, School: "sd"})
	wantCode(t, err, orphans.CodeInvalid, "nik")
}

func TestMatchRulesAndDeliveries(t *testing.T) {
	e := setup(t)
	a := e.child(t, 0, "Anak A", nil)
	b := e.child(t, 1, "Anak B", nil)
	o := e.foster(t, "Pak Harjo", nil)
	m, err := e.s.SaveMatch(ctx, models.Pengasuhan{AnakID: a.ID, OTAID: o.ID, StartDate: "2026-02-01"})
	if err != nil {
		t.Fatal(err)
	}
	if m.EndDate != "2026-12-31" || m.AmountMonth != 300_000 || m.Support != "Rp 300.000/bulan" || !m.Active {
		t.Fatalf("match %+v", m)
	}
	// Capacity 1: a second child overlapping is refused, nothing saved.
	_, err = e.s.SaveMatch(ctx, models.Pengasuhan{AnakID: b.ID, OTAID: o.ID, StartDate: "2026-05-01", EndDate: "2026-08-31"})
	ae := wantCode(t, err, orphans.CodeCapacityFull, "otaId")
	if !strings.Contains(ae.Message, "Pak Harjo") || !strings.Contains(ae.Message, "penuh") {
		t.Fatalf("message %q", ae.Message)
	}
	// Outside the commitment period.
	_, err = e.s.SaveMatch(ctx, models.Pengasuhan{AnakID: b.ID, OTAID: o.ID, StartDate: "2025-12-01"})
	wantCode(t, err, orphans.CodeOutsidePeriod, "startDate")
	if n := testutil.Count(t, e.f.DB, "pengasuhan"); n != 1 {
		t.Fatalf("%d matches", n)
	}
	// A delivery before the match started is refused; one inside is kept.
	_, err = e.s.AddDelivery(ctx, orphans.DeliveryInput{PengasuhanID: m.ID, Month: "2026-01", Amount: 300_000})
	ae = wantCode(t, err, orphans.CodeDeliveryBefore, "month")
	if !strings.Contains(ae.Message, "sebelum pengasuhan dimulai") {
		t.Fatalf("message %q", ae.Message)
	}
	if _, err := e.s.AddDelivery(ctx, orphans.DeliveryInput{PengasuhanID: m.ID, Month: "2026-03", Amount: 300_000}); err != nil {
		t.Fatal(err)
	}
	if n := testutil.Count(t, e.f.DB, "penyaluran", "pengasuhan_id = ? AND month = ? AND amount = ?", m.ID, "2026-03", 300_000); n != 1 {
		t.Fatalf("deliveries %d", n)
	}
	// Ending the match keeps it as history and frees the foster parent.
	if _, err := e.s.EndMatch(ctx, m.ID, "2026-04-30", "pindah"); err != nil {
		t.Fatal(err)
	}
	hist, _ := e.s.ListMatches(ctx, orphans.MatchFilter{AnakID: a.ID})
	if len(hist) != 1 || hist[0].Active || hist[0].EndDate != "2026-04-30" || hist[0].Delivered != 300_000 {
		t.Fatalf("history %+v", hist)
	}
	if _, err := e.s.SaveMatch(ctx, models.Pengasuhan{AnakID: b.ID, OTAID: o.ID, StartDate: "2026-05-01"}); err != nil {
		t.Fatal(err)
	}
	// A foster parent with history cannot be deleted.
	wantCode(t, e.s.DeleteFoster(ctx, o.ID), orphans.CodeFosterInUse, "")
}

func TestCandidatesPreferTheVillagesOPDAndKecamatan(t *testing.T) {
	e := setup(t)
	c := e.child(t, 0, "Anak A", nil)
	opd := e.f.Pairings[0].OPDID
	other := e.f.Pairings[1].OPDID
	kec := e.f.Kec[0].ID
	far := e.f.Kec[1].ID
	e.foster(t, "Lain", func(o *models.OrangTuaAsuh) { o.KecamatanID = &far })
	e.foster(t, "Tetangga", func(o *models.OrangTuaAsuh) { o.KecamatanID = &kec })
	e.foster(t, "ASN pendamping", func(o *models.OrangTuaAsuh) { o.Kind, o.OPDID, o.KecamatanID = "asn", &opd, &far })
	e.foster(t, "ASN lain", func(o *models.OrangTuaAsuh) { o.Kind, o.OPDID = "asn", &other })
	full := e.foster(t, "Penuh", func(o *models.OrangTuaAsuh) { o.KecamatanID = &kec })
	x := e.child(t, 2, "Anak X", nil)
	if _, err := e.s.SaveMatch(ctx, models.Pengasuhan{AnakID: x.ID, OTAID: full.ID, StartDate: "2026-01-01"}); err != nil {
		t.Fatal(err)
	}
	got, err := e.s.Candidates(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, g := range got {
		names = append(names, g.Name)
	}
	if strings.Join(names, ",") != "ASN pendamping,Tetangga,ASN lain,Lain" {
		t.Fatalf("candidates %v", names)
	}
}

func TestSummaryAndFollowUps(t *testing.T) {
	e := setup(t)
	a := e.child(t, 0, "Ani", nil)                                                                                        // yatim, matched
	e.child(t, 0, "Bayu", func(in *orphans.ChildInput) { in.FatherDied, in.MotherDied, in.AssessedOn = false, true, "" }) // piatu, never assessed
	e.child(t, 0, "Citra", func(in *orphans.ChildInput) {
		in.MotherDied, in.AssessedOn, in.School = true, "2025-10-01", "putus_sekolah"
	})
	c2 := e.child(t, 1, "Dodi", nil)
	o := e.foster(t, "Baznas", func(o *models.OrangTuaAsuh) { o.Kind, o.Capacity, o.PeriodEnd = "baznas", 5, "2026-07-31" })
	p := e.foster(t, "Bu Rini", nil)
	m, _ := e.s.SaveMatch(ctx, models.Pengasuhan{AnakID: a.ID, OTAID: o.ID, StartDate: "2026-01-01"})
	m2, err := e.s.SaveMatch(ctx, models.Pengasuhan{AnakID: c2.ID, OTAID: p.ID, StartDate: "2026-03-01"})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range []orphans.DeliveryInput{{PengasuhanID: m.ID, Month: "2026-04", Amount: 250_000}, {PengasuhanID: m.ID, Month: "2026-05", Amount: 250_000},
		{PengasuhanID: m2.ID, Month: "2026-04", InKind: "Seragam sekolah"}} {
		if _, err := e.s.AddDelivery(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	counts, err := e.s.Counts(ctx, e.s.YearPeriod(plantest.Year))
	if err != nil {
		t.Fatal(err)
	}
	if len(counts) != 9 {
		t.Fatalf("%d villages, want the 9 accompanied", len(counts))
	}
	v := counts[0]
	if v.Code != e.f.Desa[0].Code || v.Children != 3 || v.Yatim != 1 || v.Piatu != 1 || v.YatimPiatu != 1 || v.Matched != 1 ||
		v.Unmatched != 2 || v.AssessmentDue != 2 || v.School["sd"] != 2 || v.School["putus_sekolah"] != 1 || v.FostersInst != 1 ||
		v.Deliveries != 2 || v.Money != 500_000 {
		t.Fatalf("village 1 %+v", v)
	}
	if w := counts[1]; w.Children != 1 || w.Matched != 1 || w.FostersPerson != 1 || w.Deliveries != 1 || w.Money != 0 {
		t.Fatalf("village 2 %+v", w)
	}
	fu, err := e.s.FollowUps(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range fu {
		got = append(got, f.Kind+":"+f.ChildName)
	}
	want := "tanpa_ota:Bayu,tanpa_ota:Citra,asesmen_jatuh_tempo:Bayu,asesmen_jatuh_tempo:Citra," +
		"komitmen_berakhir:Ani,penyaluran_kosong:Dodi"
	if strings.Join(got, ",") != want {
		t.Fatalf("follow-ups\n got %s\nwant %s", strings.Join(got, ","), want)
	}
	// The unmatched list no longer has Ani.
	un, _ := e.s.ListChildren(ctx, orphans.ChildFilter{Status: "unmatched"})
	for _, c := range un {
		if c.Name == "Ani" || c.Name == "Dodi" {
			t.Fatalf("%s is matched but listed as unmatched", c.Name)
		}
	}
	if len(un) != 2 {
		t.Fatalf("unmatched %d", len(un))
	}
}
