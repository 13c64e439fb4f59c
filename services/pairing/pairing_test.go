package pairing

import (
	"context"
	"errors"
	"strings"
	"testing"

	"gorm.io/gorm"

	"sidamping/models"
	"sidamping/services/master"
	"sidamping/services/testutil"
)

var ctx = context.Background()

// fixture: one kecamatan, four villages (three priority in 2026), three OPD, years 2025-2026.
type fixture struct {
	db      *gorm.DB
	s       *Service
	desa    []master.DesaRow
	opd     []models.OPD
	partner models.Mitra
}

func newFixture(t *testing.T) fixture {
	t.Helper()
	db := testutil.NewDB(t)
	m := master.New(db, nil)
	f := fixture{db: db, s: New(db, nil)}
	for _, y := range []int{2025, 2026} {
		if _, err := m.AddYear(ctx, y, ""); err != nil {
			t.Fatal(err)
		}
	}
	k, err := m.SaveKecamatan(ctx, master.KecamatanInput{Code: "33.20.01", Name: "Kedung"})
	if err != nil {
		t.Fatal(err)
	}
	for i, name := range []string{"Kalianyar", "Sowan Lor", "Bugel", "Tedunan"} {
		d, err := m.SaveDesa(ctx, master.DesaInput{Code: "33.20.01.200" + string(rune('1'+i)), Name: name,
			KecamatanID: k.ID, Year: 2026, Priority: i < 3})
		if err != nil {
			t.Fatal(err)
		}
		f.desa = append(f.desa, d)
	}
	for i, name := range []string{"Bappeda", "Dinas Sosial", "Diskominfo"} {
		o, err := m.SaveOPD(ctx, models.OPD{Code: "OPD" + string(rune('1'+i)), Name: name, Kind: "Dinas"})
		if err != nil {
			t.Fatal(err)
		}
		f.opd = append(f.opd, o)
	}
	f.partner, err = f.s.SaveMitra(ctx, models.Mitra{Name: "Universitas Contoh", Kind: "perguruan tinggi"})
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func wantCode(t *testing.T, err error, code string) *models.AppError {
	t.Helper()
	var ae *models.AppError
	if !errors.As(err, &ae) || ae.Code != code {
		t.Fatalf("want error %s, got %v", code, err)
	}
	return ae
}

func TestAssignRules(t *testing.T) {
	f := newFixture(t)
	p, err := f.s.Assign(ctx, AssignInput{Year: 2026, DesaID: f.desa[0].ID, OPDID: f.opd[0].ID})
	if err != nil {
		t.Fatal(err)
	}
	// A village has exactly one lead OPD per year.
	_, err = f.s.Assign(ctx, AssignInput{Year: 2026, DesaID: f.desa[0].ID, OPDID: f.opd[1].ID})
	if ae := wantCode(t, err, CodeVillageTaken); !strings.Contains(ae.Message, "Bappeda") {
		t.Errorf("message should name the OPD: %s", ae.Message)
	}
	// Only priority villages.
	_, err = f.s.Assign(ctx, AssignInput{Year: 2026, DesaID: f.desa[3].ID, OPDID: f.opd[1].ID})
	if ae := wantCode(t, err, CodeNotPriority); !strings.Contains(ae.Message, "Tedunan") {
		t.Errorf("message should name the village: %s", ae.Message)
	}
	// Not priority in 2025 either.
	_, err = f.s.Assign(ctx, AssignInput{Year: 2025, DesaID: f.desa[1].ID, OPDID: f.opd[1].ID})
	wantCode(t, err, CodeNotPriority)
	// Unknown year.
	_, err = f.s.Assign(ctx, AssignInput{Year: 2030, DesaID: f.desa[1].ID, OPDID: f.opd[1].ID})
	wantCode(t, err, CodeYearUnknown)
	// A second village for the same OPD needs a reason.
	_, err = f.s.Assign(ctx, AssignInput{Year: 2026, DesaID: f.desa[1].ID, OPDID: f.opd[0].ID})
	if ae := wantCode(t, err, CodeNeedsReason); ae.Fields["secondReason"] == "" || !strings.Contains(ae.Message, "Kalianyar") {
		t.Errorf("reason error: %+v", ae)
	}
	if n := testutil.Count(t, f.db, "pendampingan"); n != 1 {
		t.Fatalf("refusals saved rows: %d", n)
	}
	p2, err := f.s.Assign(ctx, AssignInput{Year: 2026, DesaID: f.desa[1].ID, OPDID: f.opd[0].ID, SecondReason: "Desa bertetangga, OPD lain belum tersedia"})
	if err != nil {
		t.Fatal(err)
	}
	if p2.SecondReason == "" {
		t.Fatal("reason not stored")
	}
	// Moving the second village to a free OPD drops the reason.
	moved, err := f.s.ChangeOPD(ctx, p2.ID, f.opd[1].ID, "", "")
	if err != nil || moved.SecondReason != "" || moved.OPDID != f.opd[1].ID {
		t.Fatalf("change: %+v %v", moved, err)
	}
	// Changing to an OPD that already has one needs a reason too.
	_, err = f.s.ChangeOPD(ctx, p2.ID, f.opd[0].ID, "", "")
	wantCode(t, err, CodeNeedsReason)

	b, err := f.s.Board(ctx, 2026)
	if err != nil {
		t.Fatal(err)
	}
	c := b.Counts
	if c.PriorityVillages != 3 || c.Paired != 2 || c.Unpaired != 1 || c.OPDTotal != 3 || c.OPDWithout != 1 || c.OPDWithSeveral != 0 {
		t.Fatalf("counts %+v", c)
	}
	if b.Villages[0].OPDName != "Bappeda" || b.Villages[2].PendampinganID != 0 {
		t.Fatalf("board villages %+v", b.Villages)
	}
	// Unassign and the OPD is free again.
	if err := f.s.Unassign(ctx, p.ID); err != nil {
		t.Fatal(err)
	}
	if err := f.s.Unassign(ctx, p.ID); !errors.Is(err, models.ErrNotFound) {
		t.Fatalf("second unassign: %v", err)
	}
}

func TestTeamPartnersAndReferences(t *testing.T) {
	f := newFixture(t)
	p, err := f.s.Assign(ctx, AssignInput{Year: 2026, DesaID: f.desa[0].ID, OPDID: f.opd[0].ID})
	if err != nil {
		t.Fatal(err)
	}
	bad := []models.AnggotaTim{
		{Role: models.RoleKoordinator, Name: "A", NIP: "197001011990031005"},
		{Role: models.RoleKoordinator, Name: "B", NIP: "123"},
		{Role: models.RoleAnggota, Name: ""},
	}
	err = f.s.SaveTeam(ctx, p.ID, bad)
	ae := wantCode(t, err, CodeTeamInvalid)
	if len(ae.Details) != 3 {
		t.Fatalf("want 3 problems, got %v", ae.Details)
	}
	team := []models.AnggotaTim{
		{Role: models.RoleAnggota, Name: "Siti Rahayu, S.E.", NIP: "198503152010012003", Rank: "Penata (III/c)", Position: "Analis Perencanaan"},
		{Role: models.RoleKoordinator, Name: "Drs. Bambang Susilo, M.Si.", NIP: "19700101 199003 1 005", Rank: "Pembina (IV/a)", Position: "Sekretaris"},
	}
	if err := f.s.SaveTeam(ctx, p.ID, team); err != nil {
		t.Fatal(err)
	}
	if err := f.s.SetPartners(ctx, p.ID, []PartnerLink{{MitraID: f.partner.ID, Role: "KKN tematik"}}); err != nil {
		t.Fatal(err)
	}
	d, err := f.s.Get(ctx, p.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Team) != 2 || d.Team[0].Role != models.RoleKoordinator || d.Team[0].NIP != "197001011990031005" {
		t.Fatalf("team %+v", d.Team)
	}
	if len(d.Partners) != 1 || d.Partners[0].Name != "Universitas Contoh" || d.DesaName != "Kalianyar" || d.OPDName != "Bappeda" {
		t.Fatalf("detail %+v", d)
	}
	// The partner and the OPD and the village are referenced now.
	if err := f.s.DeleteMitra(ctx, f.partner.ID); !errors.Is(err, models.ErrReferenced) {
		t.Fatalf("delete used partner: %v", err)
	}
	if err := master.New(f.db, nil).DeleteOPD(ctx, f.opd[0].ID); !errors.Is(err, models.ErrReferenced) || !strings.Contains(err.Error(), "1 pendampingan") {
		t.Fatalf("delete paired OPD: %v", err)
	}
	// Unassigning removes team and partner links.
	if err := f.s.Unassign(ctx, p.ID); err != nil {
		t.Fatal(err)
	}
	if testutil.Count(t, f.db, "anggota_tim") != 0 || testutil.Count(t, f.db, "pendampingan_mitra") != 0 {
		t.Fatal("children left behind")
	}
	if err := f.s.DeleteMitra(ctx, f.partner.ID); err != nil {
		t.Fatal(err)
	}
}

func TestMitraValidation(t *testing.T) {
	f := newFixture(t)
	_, err := f.s.SaveMitra(ctx, models.Mitra{Name: "universitas contoh", Kind: "Perguruan Tinggi"})
	wantCode(t, err, "mitra.duplicate")
	_, err = f.s.SaveMitra(ctx, models.Mitra{Name: "PT Gula", Kind: "Pabrik", Email: "bukan"})
	ae := wantCode(t, err, "mitra.invalid")
	if ae.Fields["kind"] == "" || ae.Fields["email"] == "" {
		t.Fatalf("fields %+v", ae.Fields)
	}
}

func TestCopyFromLastYear(t *testing.T) {
	f := newFixture(t)
	m := master.New(f.db, nil)
	// 2025: villages 0 and 3 were priority and paired.
	for _, d := range []master.DesaRow{f.desa[0], f.desa[3]} {
		if err := m.SetDesaYear(ctx, d.ID, 2025, true, false); err != nil {
			t.Fatal(err)
		}
	}
	a, err := f.s.Assign(ctx, AssignInput{Year: 2025, DesaID: f.desa[0].ID, OPDID: f.opd[0].ID})
	if err != nil {
		t.Fatal(err)
	}
	if err := f.s.SaveTeam(ctx, a.ID, []models.AnggotaTim{{Role: models.RoleKoordinator, Name: "Koordinator Lama"}}); err != nil {
		t.Fatal(err)
	}
	if _, err := f.s.Assign(ctx, AssignInput{Year: 2025, DesaID: f.desa[3].ID, OPDID: f.opd[2].ID}); err != nil {
		t.Fatal(err)
	}
	// In 2026 village 0 is already paired by hand with OPD 1.
	if _, err := f.s.Assign(ctx, AssignInput{Year: 2026, DesaID: f.desa[0].ID, OPDID: f.opd[1].ID}); err != nil {
		t.Fatal(err)
	}
	cands, err := f.s.CopyCandidates(ctx, 2025, 2026)
	if err != nil || len(cands) != 2 || !cands[0].AlreadyPaired || cands[1].AlreadyPaired || cands[0].TeamSize != 1 {
		t.Fatalf("candidates %+v %v", cands, err)
	}
	res, err := f.s.CopyFromYear(ctx, 2025, 2026, []uint{f.desa[0].ID, f.desa[3].ID})
	if err != nil {
		t.Fatal(err)
	}
	if res.Copied != 1 || len(res.Skipped) != 1 || res.Skipped[0] != "Kalianyar" {
		t.Fatalf("result %+v", res)
	}
	// Tedunan is now a priority continuation village of 2026 paired with Diskominfo.
	row, err := m.GetDesa(ctx, f.desa[3].ID, 2026)
	if err != nil || !row.Priority || !row.Continuation {
		t.Fatalf("flags %+v %v", row, err)
	}
	id, _ := f.s.FindByVillage(ctx, 2026, f.desa[3].ID)
	d, err := f.s.Get(ctx, id)
	if err != nil || d.OPDName != "Diskominfo" {
		t.Fatalf("copied pairing %+v %v", d, err)
	}
	hist, err := f.s.History(ctx, f.desa[0].ID)
	if err != nil || len(hist) != 2 || hist[0].Year != 2026 || hist[0].OPDName != "Dinas Sosial" || hist[1].Coordinator != "Koordinator Lama" {
		t.Fatalf("history %+v %v", hist, err)
	}
}
