package reports_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"sidamping/models"
	"sidamping/services/orphans"
	"sidamping/services/plan/plantest"
	"sidamping/services/reports"
	"sidamping/services/testutil"
)

// TestQuarterlyOrphansSheetHasCountsOnly: the quarterly workbook's orphans sheet counts
// children per village by category, school and match, and names nobody.
func TestQuarterlyOrphansSheetHasCountsOnly(t *testing.T) {
	fx := plantest.Build(t, plantest.Options{Pairings: 2})
	svc := orphans.New(fx.DB, clock, testutil.TempDir(t))
	var names []string
	add := func(desa int, name, nik string, father, mother bool, school string) orphans.ChildRow {
		c, err := svc.SaveChild(ctx, orphans.ChildInput{DesaID: fx.Desa[desa].ID, Name: name, NIK: nik, Sex: "L", BirthDate: "2014-05-05",
			FatherDied: father, MotherDied: mother, School: school, GuardianName: "Wali " + name, AssessedOn: "2026-09-01"})
		if err != nil {
			t.Fatal(err)
		}
		names = append(names, name, "Wali "+name)
		return c
	}
	a := add(0, "Rahmat Hidayat", "3320010505140001", true, false, "sd")
	add(0, "Nur Aini", "3320014505140002", false, true, "smp")
	add(0, "Yusuf Maulana", "", true, true, "putus_sekolah")
	add(1, "Lestari", "", true, false, "sd")
	o, err := svc.SaveFoster(ctx, models.OrangTuaAsuh{Kind: "csr", Name: "PT Gula Manis", MoneyPerMonth: 400_000, Capacity: 3, PeriodStart: "2026-01-01"})
	if err != nil {
		t.Fatal(err)
	}
	names = append(names, "PT Gula Manis")
	m, err := svc.SaveMatch(ctx, models.Pengasuhan{AnakID: a.ID, OTAID: o.ID, StartDate: "2026-07-01"})
	if err != nil {
		t.Fatal(err)
	}
	for _, month := range []string{"2026-07", "2026-08", "2026-09", "2026-10"} {
		if _, err := svc.AddDelivery(ctx, orphans.DeliveryInput{PengasuhanID: m.ID, Month: month, Amount: 400_000}); err != nil {
			t.Fatal(err)
		}
	}
	path := filepath.Join(testutil.TempDir(t), "tw3.xlsx")
	res, err := reports.New(fx.DB, clock, nil).Quarterly(ctx, plantest.Year, 3, path)
	if err != nil {
		t.Fatal(err)
	}
	if res.Rows[reports.SheetOrphans] != 2 {
		t.Fatalf("rows %v", res.Rows)
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows(reports.SheetOrphans)
	if err != nil {
		t.Fatal(err)
	}
	header := -1
	for i, r := range rows {
		if len(r) > 1 && r[0] == "No" {
			header = i
		}
		for _, v := range r {
			for _, n := range names {
				if strings.Contains(v, n) {
					t.Errorf("the counts sheet names %q (cell %q)", n, v)
				}
			}
			if strings.Contains(v, "3320010505140001") || strings.Contains(v, "3320xxxx") {
				t.Errorf("the counts sheet shows a NIK: %q", v)
			}
		}
	}
	if header < 0 {
		t.Fatal("no header row")
	}
	col := map[string]int{}
	for i, h := range rows[header] {
		col[h] = i
	}
	v1 := rows[header+1]
	get := func(r []string, h string) string {
		i, ok := col[h]
		if !ok {
			t.Fatalf("no column %q in %v", h, rows[header])
		}
		return r[i]
	}
	checks := map[string]string{"Kode Desa": fx.Desa[0].Code, "Jumlah Anak": "3", "Yatim": "1", "Piatu": "1", "Yatim Piatu": "1",
		"SD/MI": "1", "SMP/MTs": "1", "Putus sekolah": "1", "Sudah Punya Orang Tua Asuh": "1", "Belum Punya Orang Tua Asuh": "2",
		"OTA Lembaga": "1", "Penyaluran": "3", "Bantuan Uang (Rp)": "Rp 1,200,000"}
	for h, want := range checks {
		if got := get(v1, h); got != want && strings.ReplaceAll(got, ".", ",") != want {
			t.Errorf("village 1 %s = %q, want %q", h, got, want)
		}
	}
	if got := get(rows[header+2], "Jumlah Anak"); got != "1" {
		t.Errorf("village 2 children %q", got)
	}
	if got := get(rows[header+3], "Jumlah Anak"); got != "4" {
		t.Errorf("total children %q", got)
	}
}
