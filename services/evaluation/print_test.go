package evaluation_test

import (
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"sidamping/models"
	"sidamping/services/common"
	"sidamping/services/demo"
	"sidamping/services/evaluation"
	"sidamping/services/plan/plantest"
	"sidamping/services/profile"
	"sidamping/services/testutil"
)

var numberedHeading = regexp.MustCompile(`^\s*[1-6]\. [A-Z]`)

// TestSummaryPrintReady: the evaluation summary carries the letterhead, the region named
// once, numbered sections whose heading never ends a page, percentages with a decimal
// comma, and the signature block (Mengetahui ... Ketua TKPK / Kepala Bappeda selaku
// Sekretaris TKPK with NIP) — for findings of any length.
func TestSummaryPrintReady(t *testing.T) {
	testutil.NeedTools(t, "pdftotext")
	f := plantest.Build(t, plantest.Options{Pairings: 1, Activities: 6, Through: 12, Seed: 9})
	ps := profile.New(f.DB, nil)
	if _, err := ps.Save(ctx, profile.Profile{
		Profil: models.Profil{RegencyName: "Kabupaten Contoh", Province: "Jawa Tengah", RegencyCode: "33.20", Capital: "Contoh",
			OfficeName: "Badan Perencanaan Pembangunan Daerah",
			Letterhead: "PEMERINTAH KABUPATEN CONTOH\nBADAN PERENCANAAN PEMBANGUNAN DAERAH\nJalan Pemuda Nomor 12 Contoh 59911 Telepon (0299) 321045"},
		Signatories: []models.Penandatangan{
			{Role: models.RoleWakilBupati, Name: "Hj. Endang Sri Rahayu, S.E., M.M."},
			{Role: models.RoleKepalaBappeda, Name: "Ir. Budi Santoso, M.T.", Rank: "Pembina Utama Muda (IV/c)", NIP: "197203151998031004"},
		},
	}); err != nil {
		t.Fatal(err)
	}
	if err := ps.SetLogo(ctx, "logo.png", demo.Logo()); err != nil {
		t.Fatal(err)
	}
	s := evaluation.New(f.DB, common.FixedClock{T: time.Date(plantest.Year, 12, 20, 0, 0, 0, 0, time.UTC)})
	pid := f.Pairings[0].ID
	dir := testutil.TempDir(t)
	sentence := "Bantuan rumah tidak layak huni tepat sasaran dan diterima keluarga desil satu di dusun yang jauh dari jalan desa. "
	for n := 0; n <= 70; n += 5 {
		if _, err := s.Save(ctx, models.Evaluasi{PendampinganID: pid, Semester: 1, EvaluatedOn: "2026-06-30", Evaluator: "Sekretariat TKPK",
			ScoreLokasi: 5, ScoreSasaran: 4, ScoreManfaat: 4, ScoreKolaborasi: 3,
			Findings: strings.TrimSpace(strings.Repeat(sentence, n)), Recommendations: "Perluas kemitraan CSR."}); err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(dir, fmt.Sprintf("evaluasi-%d.pdf", n))
		if err := s.PDF(ctx, pid, 1, path); err != nil {
			t.Fatal(err)
		}
		testutil.KeepSample(path)
		pages := strings.Split(strings.TrimRight(testutil.PDFText(t, path, "-layout"), "\f\n "), "\f")
		all := strings.Join(pages, "\n")
		flat := strings.Join(strings.Fields(all), " ")
		if n == 0 {
			for _, want := range []string{"PEMERINTAH KABUPATEN CONTOH", "BADAN PERENCANAAN PEMBANGUNAN DAERAH", "KABUPATEN CONTOH",
				"1. Pelaksanaan Rencana Aksi", "2. Penilaian", "3. Ketepatan Lokasi", "4. Perubahan Karakteristik", "5. Temuan", "6. Rekomendasi",
				"Mengetahui,", "Wakil Bupati Contoh", "selaku Ketua TKPK,", "Contoh, 20 Desember 2026", "selaku Sekretaris TKPK,",
				"Hj. Endang Sri Rahayu, S.E., M.M.", "Ir. Budi Santoso, M.T.", "NIP. 197203151998031004"} {
				if !strings.Contains(flat, want) {
					t.Errorf("summary lacks %q", want)
				}
			}
			if !regexp.MustCompile(`Serapan anggaran\s+\d{1,3},\d %`).MatchString(all) {
				t.Errorf("absorption not written as 40,9 %%:\n%s", all)
			}
		}
		if strings.Contains(strings.ToLower(flat), "kabupaten kabupaten") {
			t.Errorf("findings %d: the region is named twice", n)
		}
		if m := regexp.MustCompile(`\d\.\d+ ?%`).FindString(all); m != "" {
			t.Errorf("findings %d: percentage with a decimal point %q", n, m)
		}
		for i, pg := range pages[:len(pages)-1] {
			lines := strings.Split(strings.TrimRight(pg, "\n "), "\n")
			if last := lines[len(lines)-1]; numberedHeading.MatchString(last) {
				t.Errorf("findings %d: page %d ends with the heading %q", n, i+1, strings.TrimSpace(last))
			}
		}
		if last := pages[len(pages)-1]; !strings.Contains(last, "197203151998031004") || len(strings.Fields(last)) < 25 {
			t.Errorf("findings %d: the last page holds the signature alone or not at all: %q", n, last)
		}
	}
}
