package evaluation_test

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"sidamping/models"
	"sidamping/services/evaluation"
	"sidamping/services/plan/plantest"
	"sidamping/services/testutil"
)

// TestKetepatanFillsEvaluation: the pairing's beneficiaries, checked in the household
// edition of the time, give the figures and the written narratives of tepat lokasi and
// tepat sasaran; a narrative the user wrote replaces the written one; both reach the PDF.
func TestKetepatanFillsEvaluation(t *testing.T) {
	testutil.NeedTools(t, "pdftotext")
	f := plantest.Build(t, plantest.Options{Pairings: 1, Activities: 2, Through: 6, Seed: 3})
	db := f.DB
	pid, paired := f.Pairings[0].ID, f.Pairings[0].DesaID
	other := models.Desa{Code: "33.20.99.2099", Name: "Desa Lain", Kind: "desa", KecamatanID: f.Kec[0].ID}
	if err := db.Create(&other).Error; err != nil {
		t.Fatal(err)
	}
	var keg uint
	db.Raw("SELECT id FROM kegiatan WHERE pendampingan_id = ? ORDER BY id LIMIT 1", pid).Scan(&keg)
	ed := models.Edisi{Name: "DTKS Januari 2026", Source: models.SourceDTKS, DataDate: "2026-01-01"}
	if err := db.Create(&ed).Error; err != nil {
		t.Fatal(err)
	}
	// Family 1: desil 1 in the paired village (March); 2: desil 3 there (April); 3: desil
	// 2 elsewhere, found moved (May); 4: desil 1 in the paired village (September).
	for i, fam := range []struct {
		desa   uint
		desil  int
		status string
		month  int
	}{{paired, 1, "", 3}, {paired, 3, "", 4}, {other.ID, 2, "pindah", 5}, {paired, 1, "", 9}} {
		d := fam.desil
		k := models.Keluarga{EdisiID: ed.ID, NoKK: fmt.Sprintf("33200100000000%02d", i+1), DesaID: fam.desa, Desil: &d}
		if err := db.Create(&k).Error; err != nil {
			t.Fatal(err)
		}
		nik := fmt.Sprintf("33200200000000%02d", i+1)
		m := models.Individu{KeluargaID: k.ID, NIK: &nik, NIKFlag: models.NIKValid, Name: "WARGA", NameNorm: "WARGA"}
		if fam.status != "" {
			m.Status = &fam.status
		}
		if err := db.Create(&m).Error; err != nil {
			t.Fatal(err)
		}
		if err := db.Exec("INSERT INTO penerima_manfaat(kegiatan_id, individu_id, month) VALUES (?, ?, ?)", keg, m.ID, fam.month).Error; err != nil {
			t.Fatal(err)
		}
	}
	s := evaluation.New(db, nil)
	sum, err := s.Get(ctx, pid, 1)
	if err != nil {
		t.Fatal(err)
	}
	k := sum.Ketepatan
	if g := k.Figures; g.Beneficiaries != 3 || g.Families != 3 || g.OnLocation != 2 || g.OnTarget != 2 || g.Valid != 2 || g.NotFound != 0 ||
		g.OnLocationPct != 66.7 || g.OnTargetPct != 66.7 || g.ValidPct != 66.7 {
		t.Fatalf("semester 1 figures %+v", g)
	}
	wantLokasi := "Sampai akhir semester I tercatat 3 penerima manfaat dari 3 keluarga; 2 orang (66,7 %) tinggal di desa dampingan tahun 2026 " +
		"menurut edisi data keluarga yang berlaku saat bantuan diberikan (DTKS Januari 2026)."
	if k.Lokasi != wantLokasi || k.SuggestedLokasi != wantLokasi {
		t.Fatalf("lokasi %q", k.Lokasi)
	}
	if !strings.HasPrefix(k.Sasaran, "2 dari 3 penerima manfaat (66,7 %) termasuk desil 1-2") || !strings.Contains(k.Sasaran, "2 penerima (66,7 %) tidak tercatat meninggal") {
		t.Fatalf("sasaran %q", k.Sasaran)
	}
	// Semester 2 counts the September pick too; the user's own text replaces the written one.
	own := "Satu keluarga penerima ternyata sudah pindah; tim desa memperbaiki data."
	if _, err := s.Save(ctx, models.Evaluasi{PendampinganID: pid, Semester: 2, NarasiSasaran: "  " + own + " "}); err != nil {
		t.Fatal(err)
	}
	sum2, err := s.Get(ctx, pid, 2)
	if err != nil {
		t.Fatal(err)
	}
	if g := sum2.Ketepatan.Figures; g.Beneficiaries != 4 || g.OnLocation != 3 || g.OnTarget != 3 || g.Valid != 3 || g.OnTargetPct != 75 {
		t.Fatalf("semester 2 figures %+v", g)
	}
	if sum2.Ketepatan.Sasaran != own || !strings.HasPrefix(sum2.Ketepatan.SuggestedSasaran, "3 dari 4 penerima manfaat (75,0 %)") {
		t.Fatalf("semester 2 sasaran %q / %q", sum2.Ketepatan.Sasaran, sum2.Ketepatan.SuggestedSasaran)
	}

	dir := testutil.TempDir(t)
	for sem, want := range map[int][]string{
		1: {"3. Ketepatan Lokasi dan Sasaran Penerima Manfaat", "Tinggal di desa dampingan (tepat lokasi) 2 66,7 %",
			"Desil 1-2 pada edisi saat bantuan (tepat sasaran) 2 66,7 %", "Tepat lokasi: " + wantLokasi, "Tepat sasaran: 2 dari 3 penerima manfaat (66,7 %)"},
		2: {"Tinggal di desa dampingan (tepat lokasi) 3 75,0 %", "Tepat sasaran: " + own},
	} {
		path := filepath.Join(dir, fmt.Sprintf("evaluasi-%d.pdf", sem))
		if err := s.PDF(ctx, pid, sem, path); err != nil {
			t.Fatal(err)
		}
		if sample := os.Getenv("EVALUATION_SAMPLE_DIR"); sample != "" {
			data, _ := os.ReadFile(path)
			_ = os.WriteFile(filepath.Join(sample, "ketepatan-"+filepath.Base(path)), data, 0o644)
		}
		out, err := exec.Command("pdftotext", "-layout", path, "-").Output()
		if err != nil {
			t.Fatal(err)
		}
		flat := strings.Join(strings.Fields(string(out)), " ")
		for _, w := range want {
			if !strings.Contains(flat, w) {
				t.Errorf("semester %d PDF lacks %q:\n%s", sem, w, flat)
			}
		}
	}
}
