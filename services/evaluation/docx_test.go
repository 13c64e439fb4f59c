package evaluation_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"sidamping/models"
	"sidamping/services/common"
	"sidamping/services/demo"
	"sidamping/services/docx"
	"sidamping/services/evaluation"
	"sidamping/services/plan/plantest"
	"sidamping/services/profile"
	"sidamping/services/testutil"
)

// TestSummaryDocx: the evaluation summary saved as Word is on F4 with the letterhead
// (emblem in word/media), the scores and Form 4 changes as real tables whose header
// row repeats, the findings and the signature block; LibreOffice prints it on F4 with
// the same names.
func TestSummaryDocx(t *testing.T) {
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
	if _, err := s.Save(ctx, models.Evaluasi{PendampinganID: pid, Semester: 1, EvaluatedOn: "2026-06-30", Evaluator: "Sekretariat TKPK",
		ScoreLokasi: 5, ScoreSasaran: 4, ScoreManfaat: 4, ScoreKolaborasi: 3,
		Findings: "Bantuan rumah tidak layak huni tepat sasaran.", Recommendations: "Perluas kemitraan CSR."}); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(testutil.TempDir(t), "evaluasi.docx")
	if err := s.Docx(ctx, pid, 1, path); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := docx.Part(data, "word/document.xml")
	if err != nil {
		t.Fatal(err)
	}
	header, _ := docx.Part(data, "word/header1.xml")
	for _, want := range []string{`<w:pgSz w:w="12189" w:h="18709"/>`, `w:left="1701"`, "RINGKASAN EVALUASI SEMESTER I TAHUN 2026",
		"Tepat sasaran", "4 — Baik", "Rata-rata", "Perubahan", "Bantuan rumah tidak layak huni tepat sasaran.",
		"Perluas kemitraan CSR.", "Mengetahui,", "Ir. Budi Santoso, M.T.", "NIP. 197203151998031004", "<w:tblHeader"} {
		if !strings.Contains(doc, want) {
			t.Errorf("document.xml lacks %s", want)
		}
	}
	if !regexp.MustCompile(`Serapan anggaran<.*?\d{1,3},\d %`).MatchString(doc) {
		t.Error("absorption not written as 40,9 %")
	}
	if !strings.Contains(header, "BADAN PERENCANAAN PEMBANGUNAN DAERAH") || !strings.Contains(header, "<wp:inline") {
		t.Errorf("letterhead lacks its lines or emblem")
	}
	if media, _ := docx.Media(data); len(media) != 1 {
		t.Errorf("media %v, want the emblem", media)
	}

	testutil.NeedTools(t, "soffice", "pdfinfo", "pdftotext")
	pdf := testutil.ToPDF(t, path)
	out, _ := exec.Command("pdfinfo", pdf).Output()
	m := regexp.MustCompile(`Page size:\s+([\d.]+) x ([\d.]+) pts`).FindStringSubmatch(string(out))
	if m == nil || !near(m[1], 609.45) || !near(m[2], 935.43) {
		t.Errorf("LibreOffice page size %q, want F4 609.45 x 935.43", m)
	}
	text, _ := exec.Command("pdftotext", pdf, "-").Output()
	flat := strings.Join(strings.Fields(string(text)), " ")
	for _, want := range []string{"PEMERINTAH KABUPATEN CONTOH", "3. Ketepatan Lokasi", "6. Rekomendasi", "Hj. Endang Sri Rahayu, S.E., M.M.", "NIP. 197203151998031004"} {
		if !strings.Contains(flat, want) {
			t.Errorf("LibreOffice's PDF lacks %q", want)
		}
	}
}

func near(s string, want float64) bool {
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return false
	}
	return v > want-1 && v < want+1
}
