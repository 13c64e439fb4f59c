package brief_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"sidamping/models"
	"sidamping/services/brief"
	"sidamping/services/common"
	"sidamping/services/dashboard"
	"sidamping/services/households"
	"sidamping/services/master"
	"sidamping/services/plan/plantest"
	"sidamping/services/testutil"
)

type outFam struct {
	kk    int
	desa  uint
	desil int
	nik   int
}

// outEdition writes an edition of one-member families and returns the member id of each
// NIK number.
func outEdition(t *testing.T, fx *plantest.Fixture, name, date string, fams []outFam) map[int]uint {
	t.Helper()
	e := models.Edisi{Name: name, Source: models.SourceDTKS, DataDate: date, Families: len(fams), Members: len(fams)}
	if err := fx.DB.Create(&e).Error; err != nil {
		t.Fatal(err)
	}
	ids := map[int]uint{}
	for _, f := range fams {
		d := f.desil
		k := models.Keluarga{EdisiID: e.ID, DesaID: f.desa, NoKK: fmt.Sprintf("33200100000000%02d", f.kk), Desil: &d}
		if err := fx.DB.Create(&k).Error; err != nil {
			t.Fatal(err)
		}
		nik := fmt.Sprintf("33200200000%05d", f.nik)
		m := models.Individu{KeluargaID: k.ID, NIK: &nik, NIKFlag: models.NIKValid, Name: fmt.Sprintf("WARGA %d", f.nik), NameNorm: fmt.Sprintf("WARGA %d", f.nik)}
		if err := fx.DB.Create(&m).Error; err != nil {
			t.Fatal(err)
		}
		ids[f.nik] = m.ID
	}
	return ids
}

// outcomeFixture: village P is paired, Q (a new village) is not. Edition A (January)
// has No KK 1-3 in P desil 1, 2, 1, No KK 4 in P desil 4 and No KK 5 in Q desil 1;
// edition B (July) has 1 in desil 3 (up), 2 in desil 2 (still), 3 gone, 4 in desil 4,
// 5 in desil 2 (still) and a new No KK 6 in P desil 1 (new low). Members of No KK 1, 2
// and 4 received aid in March (read in A): 2 of 3 on target, 3 of 3 on location.
// Movement: 4 families in desil 1-2, 1 up, 2 still, 1 gone, 1 new (25 %); beneficiaries
// 2 → 1 up (50 %); non-beneficiaries 2 → 0 up, 1 still, 1 gone, 1 new (0 %).
func outcomeFixture(t *testing.T) *plantest.Fixture {
	fx := fixture(t)
	q, err := master.New(fx.DB, nil).SaveDesa(ctx, master.DesaInput{Code: "33.20.01.2099", Name: "Desa Pembanding", KecamatanID: fx.Kec[0].ID})
	if err != nil {
		t.Fatal(err)
	}
	p := fx.Pairings[0].DesaID
	a := outEdition(t, fx, "DTKS Januari 2026", "2026-01-15", []outFam{{1, p, 1, 1}, {2, p, 2, 2}, {3, p, 1, 3}, {4, p, 4, 4}, {5, q.ID, 1, 5}})
	outEdition(t, fx, "DTKS Juli 2026", "2026-07-15", []outFam{{1, p, 3, 1}, {2, p, 2, 2}, {4, p, 4, 4}, {5, q.ID, 2, 5}, {6, p, 1, 6}})
	var keg uint
	if err := fx.DB.Raw("SELECT id FROM kegiatan WHERE pendampingan_id = ? ORDER BY id LIMIT 1", fx.Pairings[0].ID).Scan(&keg).Error; err != nil || keg == 0 {
		t.Fatalf("kegiatan: %v", err)
	}
	for _, n := range []int{1, 2, 4} {
		if err := fx.DB.Exec("INSERT INTO penerima_manfaat(kegiatan_id, individu_id, month) VALUES (?, ?, 3)", keg, a[n]).Error; err != nil {
			t.Fatal(err)
		}
	}
	return fx
}

func outcomeBrief(fx *plantest.Fixture) *brief.Service {
	o := dashboard.NewHouseholdOutcome(households.New(fx.DB, may, common.NopEmitter{}, nil))
	return brief.New(fx.DB, may, nil, dashboard.New(fx.DB, may).WithOutcome(o))
}

func TestBriefOutcomeTables(t *testing.T) {
	fx := outcomeFixture(t)
	dir := testutil.TempDir(t)
	s := outcomeBrief(fx)
	pdf := filepath.Join(dir, "bahan-rapat.pdf")
	if _, err := s.Write(ctx, plantest.Year, pdf, brief.Options{}); err != nil {
		t.Fatal(err)
	}
	flat := strings.Join(strings.Fields(pdfText(t, pdf)), " ")
	for _, want := range []string{
		"Ketepatan sasaran penerima manfaat tahun 2026",
		"Kabupaten (semua kegiatan) 3 2 (66,7 %) 3 (100,0 %) 3 (100,0 %)",
		"Pergerakan keluarga desil 1-2: DTKS Januari 2026 (A) ke DTKS Juli 2026 (B), kabupaten",
		"Kabupaten 4 1 2 1 0 1 25,0 %",
		"Keluarga penerima manfaat 2 1 1 0 0 0 50,0 %",
		"Keluarga bukan penerima 2 0 1 1 0 1 0,0 %",
		"Desa dampingan (1 desa) 3 1 1 1 0 1 33,3 %",
		"Desa bukan dampingan (1 desa) 1 0 1 0 0 0 0,0 %",
		"bukan bukti sebab-akibat",
		"per kecamatan",
		// Kecamatan Kedung: 4 in desil 1-2, 1 up, 2 still, 1 gone, 1 new; beneficiaries 1 of 2 up, others 0 of 2.
		"Kedung 2 4 1 2 1 1 25,0 % 1 dari 2 0 dari 2",
	} {
		if !strings.Contains(flat, want) {
			t.Errorf("PDF lacks %q in %s", want, flat[strings.Index(flat, "Ketepatan Sasaran dan"):])
		}
	}
	if strings.Contains(flat, "belum tersedia") || strings.Contains(flat, "belum dapat dihitung") {
		t.Error("PDF still prints the placeholder note")
	}

	xlsx := filepath.Join(dir, "bahan-rapat.xlsx")
	if _, err := s.Write(ctx, plantest.Year, xlsx, brief.Options{}); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenFile(xlsx)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, _ := f.GetRows(brief.SheetOutcome)
	var cells []string
	for _, r := range rows {
		cells = append(cells, strings.Join(r, ""))
	}
	all := strings.Join(cells, "\n")
	for _, want := range []string{
		"Kabupaten (semua kegiatan) |  |  | 3 | 2 (66,7 %) | 3 (100,0 %) | 3 (100,0 %)",
		"Kabupaten | 4 | 1 | 2 | 1 | 0 | 1 | 25,0 %",
		"Keluarga penerima manfaat | 2 | 1 | 1 | 0 | 0 | 0 | 50,0 %",
		"Keluarga bukan penerima | 2 | 0 | 1 | 1 | 0 | 1 | 0,0 %",
		households.MovementNote,
	} {
		if !strings.Contains(all, want) {
			t.Errorf("workbook sheet %q lacks %q:\n%s", brief.SheetOutcome, want, all)
		}
	}
}

func TestBriefOutcomeNoEditions(t *testing.T) {
	fx := fixture(t)
	dir := testutil.TempDir(t)
	pdf := filepath.Join(dir, "bahan-rapat.pdf")
	if _, err := outcomeBrief(fx).Write(ctx, plantest.Year, pdf, brief.Options{}); err != nil {
		t.Fatal(err)
	}
	flat := strings.Join(strings.Fields(pdfText(t, pdf)), " ")
	note := fmt.Sprintf(dashboard.NoMovementNote, 0)
	if !strings.Contains(flat, note) || !strings.Contains(flat, "Belum ada penerima manfaat yang tercatat untuk tahun 2026") {
		t.Errorf("PDF lacks the notes: %s", flat)
	}
	if strings.Contains(flat, "Naik (Desil 3+)") {
		t.Error("movement table printed without editions")
	}
	xlsx := filepath.Join(dir, "bahan-rapat.xlsx")
	if _, err := outcomeBrief(fx).Write(ctx, plantest.Year, xlsx, brief.Options{}); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenFile(xlsx)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, _ := f.GetRows(brief.SheetOutcome)
	found := false
	for _, r := range rows {
		if strings.Contains(strings.Join(r, ""), note) {
			found = true
		}
	}
	if !found {
		t.Errorf("workbook lacks the note: %v", rows)
	}
}
