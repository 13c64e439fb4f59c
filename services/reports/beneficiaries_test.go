package reports_test

import (
	"path/filepath"
	"testing"

	"github.com/xuri/excelize/v2"

	"sidamping/services/plan/plantest"
	"sidamping/services/reports"
	"sidamping/services/testutil"
)

// TestQuarterlyBeneficiarySheet: beneficiaries picked from the registry appear by name
// and address with NIK and No KK masked; a pick after the quarter does not.
func TestQuarterlyBeneficiarySheet(t *testing.T) {
	fx := plantest.Build(t, plantest.Options{Pairings: 1, Activities: 2, Through: 6, Seed: 5})
	var kegiatan uint
	if err := fx.DB.Raw("SELECT id FROM kegiatan WHERE pendampingan_id = ? ORDER BY id LIMIT 1", fx.Pairings[0].ID).Scan(&kegiatan).Error; err != nil || kegiatan == 0 {
		t.Fatalf("no activity: %v", err)
	}
	for _, st := range []struct {
		sql  string
		args []any
	}{
		{"INSERT INTO edisi(id, name, source) VALUES (1, 'DTKS Juni', 'dtks')", nil},
		{"INSERT INTO keluarga(id, edisi_id, no_kk, desa_id, address, rt, rw, desil) VALUES (1, 1, '3320011203040001', ?, 'Dukuh Krajan', '002', '001', 1)", []any{fx.Desa[0].ID}},
		{"INSERT INTO individu(id, keluarga_id, nik, nik_flag, name, name_norm) VALUES (1, 1, '3320014107800002', 'valid', 'SITI AMINAH', 'SITI AMINAH'), (2, 1, '3320011005780001', 'valid', 'SUPARNO', 'SUPARNO')", nil},
		{"INSERT INTO penerima_manfaat(kegiatan_id, individu_id, month) VALUES (?, 1, 2), (?, 2, 8)", []any{kegiatan, kegiatan}},
	} {
		if err := fx.DB.Exec(st.sql, st.args...).Error; err != nil {
			t.Fatal(err)
		}
	}
	path := filepath.Join(testutil.TempDir(t), "tw2.xlsx")
	res, err := reports.New(fx.DB, clock, nil).Quarterly(ctx, plantest.Year, 2, path)
	if err != nil {
		t.Fatal(err)
	}
	if res.Rows[reports.SheetPenerima] != 1 {
		t.Fatalf("rows %v", res.Rows)
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, _ := f.GetRows(reports.SheetPenerima)
	last := rows[len(rows)-1]
	if last[8] != "SITI AMINAH" || last[6] != "3320xxxxxxxx0002" || last[7] != "3320xxxxxxxx0001" || last[9] != "Dukuh Krajan" ||
		last[5] != "Februari" { // the month by name, not 2
		t.Fatalf("beneficiary row %v", last)
	}
	for _, r := range rows {
		for _, c := range r {
			if c == "3320014107800002" || c == "SUPARNO" {
				t.Fatalf("unmasked NIK or a pick after the quarter in %v", r)
			}
		}
	}
}
