package dashboard_test

import (
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"sidamping/services/common"
	"sidamping/services/dashboard"
	"sidamping/services/plan/plantest"
	"sidamping/services/reports"
	"sidamping/services/testutil"
)

// TestDashboardEqualsQuarterlyWorkbook builds the fourth quarter's workbook of the demo
// plans and reads its Rekapitulasi totals: the dashboard of December shows the same.
func TestDashboardEqualsQuarterlyWorkbook(t *testing.T) {
	fx := plantest.Build(t, plantest.Options{Pairings: 5, Activities: 6, Through: 12, Seed: 7})
	dec := common.FixedClock{T: time.Date(plantest.Year+1, 1, 10, 9, 0, 0, 0, time.UTC)}
	path := filepath.Join(testutil.TempDir(t), "triwulan-iv.xlsx")
	if _, err := reports.New(fx.DB, dec, nil).Quarterly(ctx, plantest.Year, 4, path); err != nil {
		t.Fatal(err)
	}
	d, err := dashboard.New(fx.DB, dec).Build(ctx, plantest.Year, 0)
	must(t, err)
	if d.Month != 12 {
		t.Fatalf("month %d", d.Month)
	}
	f, err := excelize.OpenFile(path)
	must(t, err)
	defer f.Close()
	rows, err := f.GetRows(reports.SheetRekap, excelize.Options{RawCellValue: true})
	must(t, err)
	hdr, total := -1, -1
	for i, r := range rows {
		if len(r) > 0 && r[0] == "No" {
			hdr = i
		}
		for _, c := range r {
			if c == "Jumlah" && hdr >= 0 {
				total = i
			}
		}
	}
	if hdr < 0 || total < 0 {
		t.Fatalf("header %d totals %d", hdr, total)
	}
	num := func(header string) float64 {
		t.Helper()
		for j, h := range rows[hdr] {
			if h == header {
				v, err := strconv.ParseFloat(rows[total][j], 64)
				must(t, err)
				return v
			}
		}
		t.Fatalf("no column %q in %v", header, rows[hdr])
		return 0
	}
	h := d.Headline
	if h.Planned == 0 || h.Realised == 0 || h.Late == 0 {
		t.Fatalf("the demo plans should have money and late activities: %+v", h)
	}
	for _, c := range []struct {
		name string
		got  float64
		col  string
	}{
		{"activities", float64(h.Activities), "Jumlah Kegiatan"},
		{"late", float64(h.Late), "Terlambat"},
		{"planned", float64(h.Planned), "Anggaran (Rp)"},
		{"realised", float64(h.Realised), "Realisasi s.d. Triwulan (Rp)"},
		{"absorption", h.Absorption / 100, "Serapan"},
		{"KK", float64(h.Households), "RT Penerima Manfaat"},
		{"jiwa", float64(h.People), "Jiwa Penerima Manfaat"},
		{"physical progress", h.Progress / 100, "Rata-rata Progres Fisik"},
	} {
		if w := num(c.col); !near(c.got, w) {
			t.Errorf("%s: dashboard %v, workbook %q %v", c.name, c.got, c.col, w)
		}
	}
	seen := 0
	for _, s := range d.Sources {
		if s.Planned == 0 && s.Realised == 0 {
			continue
		}
		seen++
		if w := num("Anggaran " + s.Label + " (Rp)"); float64(s.Planned) != w {
			t.Errorf("%s planned %d, workbook %v", s.Label, s.Planned, w)
		}
		if w := num("Realisasi " + s.Label + " (Rp)"); float64(s.Realised) != w {
			t.Errorf("%s realised %d, workbook %v", s.Label, s.Realised, w)
		}
	}
	if seen < 2 {
		t.Errorf("only %d funding sources used", seen)
	}
	var opdPlanned, opdRealised int64
	for _, o := range d.OPD {
		opdPlanned += o.Planned
		opdRealised += o.Realised
	}
	if opdPlanned != h.Planned || opdRealised != h.Realised {
		t.Errorf("agency ranking sums %d / %d, headline %d / %d", opdPlanned, opdRealised, h.Planned, h.Realised)
	}
}
