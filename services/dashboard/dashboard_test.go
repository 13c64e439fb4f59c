package dashboard_test

import (
	"context"
	"math"
	"testing"
	"time"

	"gorm.io/gorm"

	"sidamping/models"
	"sidamping/services/common"
	"sidamping/services/dashboard"
	"sidamping/services/plan"
	"sidamping/services/plan/plantest"
	"sidamping/services/realization"
	"sidamping/services/testutil"
)

var ctx = context.Background()

// may is the clock of the known data: the reference month is May.
var may = common.FixedClock{T: time.Date(plantest.Year, 5, 15, 9, 0, 0, 0, time.UTC)}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func activity(t testing.TB, db *gorm.DB, pairing uint, name string, months []int, budget ...plan.BudgetLine) uint {
	t.Helper()
	a, err := plan.New(db, may).SaveActivity(ctx, plan.ActivityInput{PendampinganID: pairing, Strategy: "pendapatan", Name: name,
		TargetGroup: "rumah_tangga", TargetVolume: 10, TargetUnit: "KK", Months: months, Budget: budget})
	must(t, err)
	return a.ID
}

func entry(t testing.TB, db *gorm.DB, k uint, month int, prog float64, hh, people int, money ...plan.BudgetLine) {
	t.Helper()
	st := "berjalan"
	if prog >= 100 {
		st = "selesai"
	}
	_, err := realization.New(db, may, testutil.TempDir(t)).SaveMonth(ctx, realization.EntryInput{KegiatanID: k, Month: month, Status: st,
		Progress: prog, Households: hh, People: people, Money: money})
	must(t, err)
}

func line(src string, amt int64) plan.BudgetLine { return plan.BudgetLine{Source: src, Amount: amt} }

// known builds three pairings: the first with two activities (one done, one behind),
// the second with one activity behind and nothing reported, the third without a plan;
// two household editions; one issued letter and a draft.
func known(t testing.TB) *plantest.Fixture {
	fx := plantest.Build(t, plantest.Options{Pairings: 3})
	db := fx.DB
	k1 := activity(t, db, fx.Pairings[0].ID, "Bantuan bibit", []int{1, 2, 3, 4}, line("apbd_kab", 10_000_000), line("dana_desa", 2_000_000))
	k2 := activity(t, db, fx.Pairings[0].ID, "Pelatihan UMKM", []int{3, 4, 5, 6, 7, 8}, line("csr", 6_000_000))
	activity(t, db, fx.Pairings[1].ID, "Jambanisasi", []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}, line("apbn", 12_000_000))
	entry(t, db, k1, 2, 50, 10, 40, line("apbd_kab", 3_000_000))
	entry(t, db, k1, 5, 100, 12, 45, line("apbd_kab", 5_000_000), line("dana_desa", 1_000_000))
	entry(t, db, k2, 3, 10, 0, 0, line("csr", 500_000))
	must(t, db.Create(&models.LaporanOPD{OPDID: fx.OPD[0].ID, Year: plantest.Year, Month: 3, File: "opd1-maret.xlsx", Entries: 1,
		ReceivedAt: time.Date(plantest.Year, 4, 2, 10, 0, 0, 0, time.UTC)}).Error)
	for _, s := range []models.Surat{{Type: models.SuratKeputusan, Year: plantest.Year, Status: models.StatusTerbit, Subject: "Keputusan"},
		{Type: models.SuratTugas, Year: plantest.Year, Status: models.StatusDraf, Subject: "Tugas"}} {
		must(t, db.Create(&s).Error)
	}
	e1 := models.Edisi{Name: "DTKS Jan", Source: models.SourceDTKS, DataDate: "2026-01-01"}
	e2 := models.Edisi{Name: "DTSEN Apr", Source: models.SourceDTSEN, DataDate: "2026-04-01"}
	must(t, db.Create(&e1).Error)
	must(t, db.Create(&e2).Error)
	for _, ed := range []models.EdisiDesa{
		{EdisiID: e1.ID, DesaID: fx.Desa[0].ID, Families: 100, Members: 300, Desil12: 60},
		{EdisiID: e2.ID, DesaID: fx.Desa[0].ID, Families: 100, Members: 4, Desil12: 50},
		{EdisiID: e2.ID, DesaID: fx.Desa[1].ID, Families: 80, Members: 4, Desil12: 40},
	} {
		must(t, db.Create(&ed).Error)
	}
	valid := "valid"
	kk := models.Keluarga{EdisiID: e2.ID, NoKK: "3320010101010001", DesaID: fx.Desa[0].ID}
	kk.Status = &valid
	must(t, db.Create(&kk).Error)
	nik := "3320010101800001"
	m := models.Individu{KeluargaID: kk.ID, NIK: &nik, NIKFlag: models.NIKValid, Name: "SITI", NameNorm: "SITI"}
	m.Status = &valid
	must(t, db.Create(&m).Error)
	return fx
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-6 }

func TestDashboardKnownData(t *testing.T) {
	fx := known(t)
	d, err := dashboard.New(fx.DB, may).Build(ctx, plantest.Year, 0)
	must(t, err)
	h := d.Headline
	if d.Month != 5 || d.MonthName != "Mei" || d.Empty {
		t.Fatalf("month %d %q empty %v", d.Month, d.MonthName, d.Empty)
	}
	for name, c := range map[string][2]int{"priority": {h.PriorityVillages, 3}, "paired": {h.Paired, 3}, "team": {h.WithTeam, 3},
		"plan": {h.WithPlan, 2}, "realisation in May": {h.WithRealisation, 1}, "letters": {h.LettersIssued, 1},
		"activities": {h.Activities, 3}, "late": {h.Late, 2}, "KK": {h.Households, 12}, "jiwa": {h.People, 45},
		"reported": {h.OPDReported, 1}, "not reported": {h.OPDNotReported, 2}} {
		if c[0] != c[1] {
			t.Errorf("%s = %d, want %d", name, c[0], c[1])
		}
	}
	if h.Planned != 30_000_000 || h.Realised != 9_500_000 || !near(h.Absorption, 9.5*100/30) {
		t.Errorf("money %d / %d (%.2f%%)", h.Planned, h.Realised, h.Absorption)
	}
	// Mean of the villages: (100+10)/2 = 55, 0 and 0 (no plan).
	if !near(h.Progress, 55.0/3) || !near(h.Expected, (75+5.0/12*100)/3) {
		t.Errorf("progress %.3f expected %.3f", h.Progress, h.Expected)
	}
	want := map[string][2]int64{"apbn": {12_000_000, 0}, "apbd_prov": {0, 0}, "apbd_kab": {10_000_000, 8_000_000},
		"dana_desa": {2_000_000, 1_000_000}, "csr": {6_000_000, 500_000}, "baznas": {0, 0}, "swadaya": {0, 0}, "lainnya": {0, 0}}
	if len(d.Sources) != 8 || d.Sources[0].Code != "apbn" || d.Sources[7].Code != "lainnya" {
		t.Fatalf("sources %+v", d.Sources)
	}
	for _, s := range d.Sources {
		if w := want[s.Code]; s.Planned != w[0] || s.Realised != w[1] {
			t.Errorf("source %s: %d / %d, want %v", s.Code, s.Planned, s.Realised, w)
		}
	}
	if s := d.Sources[2]; !near(s.Absorption, 80) {
		t.Errorf("APBD Kabupaten absorption %.2f", s.Absorption)
	}
	// Ranking: OPD 2 trails by 41.7 points, OPD 1 by 20, OPD 3 has no plan.
	if len(d.OPD) != 3 {
		t.Fatalf("opd %+v", d.OPD)
	}
	o2, o1, o3 := d.OPD[0], d.OPD[1], d.OPD[2]
	if o2.Code != fx.OPD[1].Code || o1.Code != fx.OPD[0].Code || o3.Code != fx.OPD[2].Code {
		t.Fatalf("order %s %s %s", o2.Code, o1.Code, o3.Code)
	}
	if o1.Planned != 18_000_000 || o1.Realised != 9_500_000 || !near(o1.Progress, 55) || !near(o1.Expected, 75) || o1.Late != 1 ||
		o1.LastReportedMonth != 5 || !o1.Reported || !o1.Behind || len(o1.Villages) != 1 || o1.Villages[0].PendampinganID != fx.Pairings[0].ID {
		t.Errorf("OPD 1 %+v", o1)
	}
	if o2.Planned != 12_000_000 || o2.Realised != 0 || o2.Late != 1 || o2.LastReportedMonth != 0 || o2.Reported {
		t.Errorf("OPD 2 %+v", o2)
	}
	if o3.Activities != 0 || !o3.Behind || o3.Planned != 0 {
		t.Errorf("OPD 3 %+v", o3)
	}
	// Where: one kecamatan, desil 1-2 of the latest edition (50 + 40), the money.
	if len(d.Kecamatan) != 1 || d.Kecamatan[0].Desil12 != 90 || d.Kecamatan[0].Villages != 3 || d.Kecamatan[0].Activities != 3 ||
		d.Kecamatan[0].Planned != 30_000_000 || d.Kecamatan[0].Realised != 9_500_000 {
		t.Errorf("kecamatan %+v", d.Kecamatan)
	}
	if len(d.Editions) != 2 || d.Editions[0].Name != "DTKS Jan" || d.Editions[1].Name != "DTSEN Apr" {
		t.Fatalf("editions %+v", d.Editions)
	}
	if len(d.Villages) != 3 {
		t.Fatalf("villages %+v", d.Villages)
	}
	v1, v2, v3 := d.Villages[0], d.Villages[1], d.Villages[2]
	if v1.Desil12 != 50 || v1.Desil12ByEd[0] != 60 || v1.Desil12ByEd[1] != 50 || v1.Activities != 2 || v1.Planned != 18_000_000 ||
		!near(v1.Progress, 55) || v1.PendampinganID != fx.Pairings[0].ID || !v1.Priority || !near(v1.Verified, 25) {
		t.Errorf("village 1 %+v", v1)
	}
	if v2.Desil12 != 40 || v2.Desil12ByEd[0] != 0 || v3.Desil12 != 0 || v3.Activities != 0 {
		t.Errorf("villages 2-3 %+v %+v", v2, v3)
	}
	// Verification of the latest edition: 1 of 8 members, 1 of 180 families.
	v := d.Verification
	if v.Edition != "DTSEN Apr" || v.Members != 8 || v.MembersVerified != 1 || v.Families != 180 || v.FamiliesVerified != 1 || !near(v.Percent, 12.5) {
		t.Errorf("verification %+v", v)
	}
	if len(d.VerifyByKec) != 1 || d.VerifyByKec[0].MembersVerified != 1 {
		t.Errorf("verification by kecamatan %+v", d.VerifyByKec)
	}
	done := map[string]bool{}
	for _, s := range d.Checklist {
		done[s.Key] = s.Done
	}
	if !done["desa"] || !done["opd"] || !done["pendampingan"] || !done["surat"] || !done["rencana"] || done["profil"] {
		t.Errorf("checklist %+v", d.Checklist)
	}
}

func TestDashboardEmptyShowsChecklist(t *testing.T) {
	fx := plantest.Build(t, plantest.Options{Pairings: 1})
	must(t, fx.DB.Exec("DELETE FROM anggota_tim").Error)
	must(t, fx.DB.Exec("DELETE FROM pendampingan").Error)
	d, err := dashboard.New(fx.DB, may).Build(ctx, plantest.Year, 0)
	must(t, err)
	if !d.Empty || len(d.Checklist) != 6 || len(d.OPD) != 0 || d.Headline.Planned != 0 {
		t.Fatalf("%+v", d)
	}
	keys := ""
	for _, s := range d.Checklist {
		keys += s.Key + ":" + map[bool]string{true: "y", false: "n"}[s.Done] + " "
	}
	if keys != "profil:n desa:y opd:y pendampingan:n surat:n rencana:n " {
		t.Errorf("checklist %s", keys)
	}
	if _, err := dashboard.New(fx.DB, may).Build(ctx, 0, 0); models.AsAppError(err).Code != "dashboard.year" {
		t.Errorf("year 0: %v", err)
	}
}
