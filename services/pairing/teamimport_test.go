package pairing

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"sidamping/models"
	"sidamping/services/testutil"
)

// twoVillages pairs Bappeda with Kalianyar and Sowan Lor in 2026.
func twoVillages(t *testing.T, f fixture) (uint, uint) {
	t.Helper()
	a, err := f.s.Assign(ctx, AssignInput{Year: 2026, DesaID: f.desa[0].ID, OPDID: f.opd[0].ID})
	if err != nil {
		t.Fatal(err)
	}
	b, err := f.s.Assign(ctx, AssignInput{Year: 2026, DesaID: f.desa[1].ID, OPDID: f.opd[0].ID, SecondReason: "Desa bertetangga"})
	if err != nil {
		t.Fatal(err)
	}
	return a.ID, b.ID
}

// teamBook writes a workbook whose first rows are a title, then the header and rows.
func teamBook(t *testing.T, header []string, rows ...[]string) string {
	t.Helper()
	x := excelize.NewFile()
	defer x.Close()
	sh := x.GetSheetName(0)
	x.SetSheetName(sh, "Tim")
	_ = x.SetCellValue("Tim", "A1", "DAFTAR TIM PENDAMPING")
	all := append([][]string{header}, rows...)
	for r, row := range all {
		for c, v := range row {
			cell, _ := excelize.CoordinatesToCellName(c+1, r+3)
			_ = x.SetCellStr("Tim", cell, v)
		}
	}
	p := filepath.Join(testutil.TempDir(t), "tim.xlsx")
	if err := x.SaveAs(p); err != nil {
		t.Fatal(err)
	}
	return p
}

func teamOf(t *testing.T, f fixture, id uint) []models.AnggotaTim {
	t.Helper()
	var m []models.AnggotaTim
	if err := f.db.Where("pendampingan_id = ?", id).Order("sort_order").Find(&m).Error; err != nil {
		t.Fatal(err)
	}
	return m
}

func TestImportTeamFromWorkbook(t *testing.T) {
	f := newFixture(t)
	a, b := twoVillages(t, f)
	hdr := []string{"No", "Nama Lengkap", "NIP", "Pangkat / Gol", "Jabatan", "Kedudukan dalam Tim", "Desa/Kelurahan"}
	path := teamBook(t, hdr,
		[]string{"1", "Sri Wahyuni, S.E.", "19750203 200003 2 004", "Pembina (IV/a)", "Kepala Bidang", "Koordinator", "DESA KALIANYAR"},
		[]string{"2", "Budi Santoso", "198001012005011003", "Penata (III/c)", "Analis", "Anggota", "Kalianyar"},
		[]string{"3", "Ani Lestari", "", "Penata Muda (III/a)", "Pengelola Data", "", "Sowan Lor"},
	)
	res, err := f.s.ImportTeam(ctx, 2026, f.opd[0].ID, path)
	if err != nil {
		t.Fatal(err)
	}
	if res.Members != 3 || len(res.Villages) != 2 {
		t.Fatalf("result %+v", res)
	}
	ta := teamOf(t, f, a)
	if len(ta) != 2 || ta[0].Name != "Sri Wahyuni, S.E." || ta[0].NIP != "197502032000032004" || ta[0].Role != models.RoleKoordinator ||
		ta[0].Rank != "Pembina (IV/a)" || ta[1].Role != models.RoleAnggota {
		t.Errorf("Kalianyar's team %+v", ta)
	}
	if tb := teamOf(t, f, b); len(tb) != 1 || tb[0].Name != "Ani Lestari" || tb[0].Role != models.RoleAnggota {
		t.Errorf("Sowan Lor's team %+v", tb)
	}
}

// Bad rows name file, sheet, row and column; nothing is saved, the old team stays.
func TestImportTeamRefusesBadRowsWhole(t *testing.T) {
	f := newFixture(t)
	a, _ := twoVillages(t, f)
	if err := f.s.SaveTeam(ctx, a, []models.AnggotaTim{{Role: models.RoleKoordinator, Name: "Lama"}}); err != nil {
		t.Fatal(err)
	}
	hdr := []string{"Nama", "NIP", "Pangkat/Golongan", "Jabatan", "Kedudukan", "Desa"}
	path := teamBook(t, hdr,
		[]string{"Sri Wahyuni", "19750203200003", "Pembina", "Kabid", "Koordinator", "Kalianyar"},
		[]string{"Budi", "198001012005011003", "", "", "Koordinator", "Kalianyar"},
		[]string{"Ani", "", "", "", "Bendahara", "Sowan Lor"},
		[]string{"Dewi", "", "", "", "Anggota", "Bugel"},
		[]string{"", "198001012005011004", "", "", "Anggota", "Sowan Lor"},
	)
	_, err := f.s.ImportTeam(ctx, 2026, f.opd[0].ID, path)
	ae := wantCode(t, err, CodeTeamImportInvalid)
	all := strings.Join(ae.Details, "\n")
	for _, want := range []string{
		"tim.xlsx, lembar Tim, baris 4, kolom B (NIP): NIP 19750203200003 harus 18 digit",
		"baris 5, kolom E (Kedudukan): Tim Kalianyar sudah memiliki koordinator di baris 4",
		"baris 6, kolom E (Kedudukan): Kedudukan \"Bendahara\" tidak dikenal",
		"baris 7, kolom F (Desa): Bugel bukan desa dampingan Bappeda tahun 2026 (Kalianyar, Sowan Lor)",
		"baris 8, kolom A (Nama): Nama anggota wajib diisi",
	} {
		if !strings.Contains(all, want) {
			t.Errorf("problems lack %q:\n%s", want, all)
		}
	}
	if ta := teamOf(t, f, a); len(ta) != 1 || ta[0].Name != "Lama" {
		t.Errorf("the old team changed: %+v", ta)
	}
	// A file without the Nama column is named as such.
	_, err = f.s.ImportTeam(ctx, 2026, f.opd[0].ID, teamBook(t, []string{"Pegawai", "Golongan"}, []string{"x", "y"}))
	if err == nil || !strings.Contains(err.Error(), "Nama") {
		t.Errorf("no header: %v", err)
	}
	// With two villages the Desa column is needed.
	_, err = f.s.ImportTeam(ctx, 2026, f.opd[0].ID, teamBook(t, []string{"Nama", "NIP"}, []string{"Sri", ""}))
	if ae := wantCode(t, err, CodeTeamImportInvalid); !strings.Contains(strings.Join(ae.Details, " "), "Desa wajib diisi") {
		t.Errorf("desa missing: %v", ae.Details)
	}
}

func TestCopyTeamBetweenTheOPDsVillages(t *testing.T) {
	f := newFixture(t)
	a, b := twoVillages(t, f)
	_, err := f.s.CopyTeam(ctx, a, b, false)
	wantCode(t, err, CodeTeamCopyEmpty)
	team := []models.AnggotaTim{{Role: models.RoleKoordinator, Name: "Sri", NIP: "197502032000032004"}, {Role: models.RoleAnggota, Name: "Budi"}}
	if err := f.s.SaveTeam(ctx, a, team); err != nil {
		t.Fatal(err)
	}
	n, err := f.s.CopyTeam(ctx, a, b, false)
	if err != nil || n != 2 {
		t.Fatalf("copy: %d %v", n, err)
	}
	tb := teamOf(t, f, b)
	if len(tb) != 2 || tb[0].Name != "Sri" || tb[0].Role != models.RoleKoordinator || tb[1].Name != "Budi" {
		t.Fatalf("copied team %+v", tb)
	}
	if ta := teamOf(t, f, a); len(ta) != 2 {
		t.Fatalf("the source lost its team: %+v", ta)
	}
	// A target with a team is replaced only when confirmed.
	if err := f.s.SaveTeam(ctx, a, team[:1]); err != nil {
		t.Fatal(err)
	}
	_, err = f.s.CopyTeam(ctx, a, b, false)
	if ae := wantCode(t, err, CodeTeamCopyTarget); !strings.Contains(ae.Message, "Sowan Lor") {
		t.Errorf("message %q", ae.Message)
	}
	if n, err := f.s.CopyTeam(ctx, a, b, true); err != nil || n != 1 || len(teamOf(t, f, b)) != 1 {
		t.Fatalf("replace: %d %v", n, err)
	}
	// Another agency's village is refused.
	c, err := f.s.Assign(ctx, AssignInput{Year: 2026, DesaID: f.desa[2].ID, OPDID: f.opd[1].ID})
	if err != nil {
		t.Fatal(err)
	}
	_, err = f.s.CopyTeam(ctx, a, c.ID, true)
	wantCode(t, err, CodeTeamCopyOther)
}

func TestDetailListsTheOPDsOtherVillages(t *testing.T) {
	f := newFixture(t)
	a, b := twoVillages(t, f)
	if err := f.s.SaveTeam(ctx, b, []models.AnggotaTim{{Role: models.RoleKoordinator, Name: "Sri"}}); err != nil {
		t.Fatal(err)
	}
	d, err := f.s.Get(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Siblings) != 1 || d.Siblings[0].PendampinganID != b || d.Siblings[0].DesaName != "Sowan Lor" || d.Siblings[0].TeamSize != 1 {
		t.Fatalf("siblings %+v", d.Siblings)
	}
}
