package brief_test

import (
	"context"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"sidamping/models"
	"sidamping/services/brief"
	"sidamping/services/common"
	"sidamping/services/dashboard"
	"sidamping/services/plan/plantest"
	"sidamping/services/testutil"
)

var ctx = context.Background()

var may = common.FixedClock{T: time.Date(plantest.Year, 5, 20, 9, 0, 0, 0, time.UTC)}

func fixture(t testing.TB) *plantest.Fixture {
	fx := plantest.Build(t, plantest.Options{Pairings: 4, Activities: 5, Through: 4, Seed: 11})
	if err := fx.DB.Create(&models.Profil{ID: 1, RegionKind: models.RegionKabupaten, RegencyName: "Contoh", Province: "Jawa Tengah",
		RegencyCode: "33.20", Capital: "Contoh", OfficeName: "Badan Perencanaan Pembangunan Daerah",
		Letterhead: "PEMERINTAH KABUPATEN CONTOH\nBADAN PERENCANAAN PEMBANGUNAN DAERAH\nJalan Pemuda Nomor 12 Contoh"}).Error; err != nil {
		t.Fatal(err)
	}
	return fx
}

func pdfText(t *testing.T, path string) string {
	t.Helper()
	testutil.NeedTools(t, "pdftotext")
	out, err := exec.Command("pdftotext", "-layout", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

type outcome struct{}

func (outcome) OutcomeTables(context.Context, int) ([]dashboard.Table, error) {
	return []dashboard.Table{{Title: "Ketepatan sasaran kegiatan", Header: []string{"Kegiatan", "Tepat sasaran"},
		Rows: [][]string{{"Bantuan bibit", "87,5%"}}}}, nil
}

func TestBriefPDF(t *testing.T) {
	fx := fixture(t)
	dir := testutil.TempDir(t)
	s := brief.New(fx.DB, may, nil, nil)
	path := filepath.Join(dir, "bahan-rapat.pdf")
	res, err := s.Write(ctx, plantest.Year, path, brief.Options{})
	if err != nil {
		t.Fatal(err)
	}
	d, err := dashboard.New(fx.DB, may).Build(ctx, plantest.Year, 0)
	if err != nil {
		t.Fatal(err)
	}
	if res.Format != "pdf" || res.Pages < 2 || res.OPD != 4 || res.Behind != d.Headline.OPDNotReported {
		t.Fatalf("result %+v", res)
	}
	txt := pdfText(t, path)
	flat := strings.Join(strings.Fields(txt), " ")
	for _, want := range []string{"PEMERINTAH KABUPATEN CONTOH", "BAHAN RAPAT TIM KOORDINASI PENANGGULANGAN KEMISKINAN (TKPK)",
		"Tahun program 2026, keadaan akhir Mei 2026", "Serapan anggaran per sumber dana", "Progres fisik per OPD",
		"Peringkat Perangkat Daerah", "Belum Melaporkan Realisasi Bulan Mei", "Ketepatan Sasaran dan Pergerakan Desil",
		"belum tersedia", "Sebaran per Kecamatan", common.Rupiah(d.Headline.Planned)} {
		if !strings.Contains(flat, want) {
			t.Errorf("PDF lacks %q", want)
		}
	}
	for _, o := range fx.OPD {
		if !strings.Contains(flat, o.Name) {
			t.Errorf("PDF lacks OPD %q", o.Name)
		}
	}
	// The page is landscape A4: 842 × 595 points.
	info, _ := exec.Command("pdfinfo", path).Output()
	if !strings.Contains(string(info), "841.89 x 595.28") {
		t.Errorf("page size: %s", info)
	}
	// F4 and an outcome provider: the provider's table replaces the note.
	s = brief.New(fx.DB, may, nil, dashboard.New(fx.DB, may).WithOutcome(outcome{}))
	f4 := filepath.Join(dir, "f4.pdf")
	if _, err := s.Write(ctx, plantest.Year, f4, brief.Options{Paper: "F4"}); err != nil {
		t.Fatal(err)
	}
	flat = strings.Join(strings.Fields(pdfText(t, f4)), " ")
	if !strings.Contains(flat, "Ketepatan sasaran kegiatan") || !strings.Contains(flat, "87,5%") || strings.Contains(flat, "belum tersedia") {
		t.Errorf("outcome tables not printed")
	}
	if info, _ := exec.Command("pdfinfo", f4).Output(); !strings.Contains(string(info), "935.43 x 609.45") {
		t.Errorf("F4 page size: %s", info)
	}
	if _, err := s.Write(ctx, plantest.Year, filepath.Join(dir, "x.docx"), brief.Options{}); models.AsAppError(err).Code != brief.CodeFormat {
		t.Errorf("docx: %v", err)
	}
	if _, err := s.Write(ctx, plantest.Year, filepath.Join(dir, "x.pdf"), brief.Options{Paper: "A3"}); models.AsAppError(err).Code != brief.CodePaper {
		t.Errorf("A3: %v", err)
	}
}

func TestBriefWorkbook(t *testing.T) {
	fx := fixture(t)
	path := filepath.Join(testutil.TempDir(t), "bahan-rapat.xlsx")
	if _, err := brief.New(fx.DB, may, nil, nil).Write(ctx, plantest.Year, path, brief.Options{}); err != nil {
		t.Fatal(err)
	}
	d, _ := dashboard.New(fx.DB, may).Build(ctx, plantest.Year, 0)
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	want := []string{brief.SheetSummary, brief.SheetSources, brief.SheetRanking, brief.SheetNotRep, brief.SheetKec, brief.SheetVillages, brief.SheetOutcome}
	if got := strings.Join(f.GetSheetList(), ","); got != strings.Join(want, ",") {
		t.Fatalf("sheets %s", got)
	}
	rows, _ := f.GetRows(brief.SheetSummary, excelize.Options{RawCellValue: true})
	val := map[string]string{}
	for _, r := range rows {
		if len(r) >= 3 {
			val[r[1]] = r[2]
			if r[2] == "" && len(r) >= 4 {
				val[r[1]] = r[3]
			}
		}
	}
	h := d.Headline
	for label, w := range map[string]float64{"Desa didampingi": float64(h.Paired), "Anggaran": float64(h.Planned), "Realisasi": float64(h.Realised),
		"Kegiatan terlambat": float64(h.Late), "Penerima manfaat (KK)": float64(h.Households), "Serapan anggaran": h.Absorption / 100} {
		got, err := strconv.ParseFloat(val[label], 64)
		if err != nil || got-w > 1e-9 || w-got > 1e-9 {
			t.Errorf("%s = %q, want %v", label, val[label], w)
		}
	}
	rank, _ := f.GetRows(brief.SheetRanking)
	data := 0
	for _, r := range rank {
		if len(r) > 2 {
			if _, err := strconv.Atoi(r[0]); err == nil {
				data++
			}
		}
	}
	if data != len(d.OPD) {
		t.Errorf("ranking rows %d, want %d", data, len(d.OPD))
	}
	if len(d.OPD) > 0 {
		if v, _ := f.GetCellValue(brief.SheetRanking, "C7"); v != d.OPD[0].Name {
			t.Errorf("first of the ranking %q, want %q", v, d.OPD[0].Name)
		}
	}
}
