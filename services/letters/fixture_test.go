package letters

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"testing"
	"time"

	"gorm.io/gorm"

	"sidamping/models"
	"sidamping/services/common"
	"sidamping/services/master"
	"sidamping/services/pairing"
	"sidamping/services/profile"
	"sidamping/services/testutil"
)

var ctx = context.Background()

var day = time.Date(2026, 11, 23, 9, 0, 0, 0, time.Local)

type fixture struct {
	db   *gorm.DB
	s    *Service
	dir  string
	opds []models.OPD
	desa []master.DesaRow
}

// newFixture makes a regency with n priority villages in 2026, each paired with its own
// OPD that has a two-person team.
func newFixture(t testing.TB, n int) fixture {
	t.Helper()
	db := testutil.NewDB(t)
	dir := testutil.TempDir(t)
	f := fixture{db: db, dir: dir, s: New(db, common.FixedClock{T: day}, dir)}
	_, err := profile.New(db, nil).Save(ctx, profile.Profile{
		Profil: models.Profil{RegencyName: "Kabupaten Contoh", Province: "Jawa Tengah", RegencyCode: "33.99", Capital: "Contoh",
			Letterhead: "PEMERINTAH KABUPATEN CONTOH\nSEKRETARIAT DAERAH\nJalan Pemuda Nomor 1 Contoh, Telp. (0291) 123456"},
		Signatories: []models.Penandatangan{
			{Role: models.RoleBupati, Name: "H. Bambang Wijaya, S.H."},
			{Role: models.RoleSekda, Name: "Drs. Sutrisno, M.Si.", Rank: "Pembina Utama Madya", NIP: "196805121994031007"},
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	m := master.New(db, nil)
	for _, y := range []int{2025, 2026} {
		if _, err := m.AddYear(ctx, y, ""); err != nil {
			t.Fatal(err)
		}
	}
	p := pairing.New(db, nil)
	var kec models.Kecamatan
	for i := 0; i < n; i++ {
		if i%20 == 0 {
			kec, err = m.SaveKecamatan(ctx, master.KecamatanInput{Code: fmt.Sprintf("33.99.%02d", i/20+1), Name: fmt.Sprintf("Kecamatan %02d", i/20+1)})
			if err != nil {
				t.Fatal(err)
			}
		}
		d, err := m.SaveDesa(ctx, master.DesaInput{Code: fmt.Sprintf("%s.%04d", kec.Code, 2001+i%20), Name: fmt.Sprintf("Desa Nomor%03d", i+1),
			KecamatanID: kec.ID, Year: 2026, Priority: true})
		if err != nil {
			t.Fatal(err)
		}
		o, err := m.SaveOPD(ctx, models.OPD{Code: fmt.Sprintf("OPD.%03d", i+1), Name: fmt.Sprintf("Dinas Contoh Nomor%03d", i+1), Kind: "Dinas"})
		if err != nil {
			t.Fatal(err)
		}
		pr, err := p.Assign(ctx, pairing.AssignInput{Year: 2026, DesaID: d.ID, OPDID: o.ID})
		if err != nil {
			t.Fatal(err)
		}
		team := []models.AnggotaTim{
			{Role: models.RoleKoordinator, Name: fmt.Sprintf("Koordinator %03d", i+1), NIP: fmt.Sprintf("1970010119900310%02d", i%100), Rank: "Pembina (IV/a)", Position: "Sekretaris"},
			{Role: models.RoleAnggota, Name: fmt.Sprintf("Anggota %03d", i+1), Rank: "Penata (III/c)", Position: "Analis"},
		}
		if err := p.SaveTeam(ctx, pr.ID, team); err != nil {
			t.Fatal(err)
		}
		f.opds = append(f.opds, o)
		f.desa = append(f.desa, d)
	}
	return f
}

func pdfText(t testing.TB, path string, args ...string) string {
	t.Helper()
	needTool(t, "pdftotext")
	out, err := exec.Command("pdftotext", append(append([]string{"-layout"}, args...), path, "-")...).Output()
	if err != nil {
		t.Fatal(err)
	}
	// Fold white space so words split over columns still match.
	return strings.Join(strings.Fields(string(out)), " ")
}

func pdfInfo(t testing.TB, path string) string {
	t.Helper()
	needTool(t, "pdfinfo")
	out, err := exec.Command("pdfinfo", path).Output()
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

// needTool skips a test when a poppler tool is missing, but fails it on CI (CI=true).
func needTool(t testing.TB, name string) {
	t.Helper()
	if _, err := exec.LookPath(name); err != nil {
		// The Windows test binaries run under Wine, which cannot start the Linux poppler tools.
		if os.Getenv("CI") == "true" && runtime.GOOS != "windows" {
			t.Fatalf("%s not installed (apt-get install poppler-utils); CI must read the letters back", name)
		}
		t.Skipf("%s not installed", name)
	}
}
