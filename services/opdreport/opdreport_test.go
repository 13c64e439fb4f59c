package opdreport_test

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"sidamping/models"
	"sidamping/services/common"
	"sidamping/services/opdreport"
	"sidamping/services/plan"
	"sidamping/services/plan/plantest"
	"sidamping/services/testutil"
)

var ctx = context.Background()

var clock = common.FixedClock{T: time.Date(plantest.Year, 6, 12, 8, 0, 0, 0, time.UTC)}

type env struct {
	f    *plantest.Fixture
	s    *opdreport.Service
	ps   *plan.Service
	acts []plan.Activity // of OPD 0
	dir  string
	tpl  string
}

const hdr = 5 // three title lines, a blank row, the header

func setup(t *testing.T) env {
	t.Helper()
	f := plantest.Build(t, plantest.Options{Pairings: 2})
	e := env{f: f, s: opdreport.New(f.DB, clock, nil), ps: plan.New(f.DB, nil), dir: testutil.TempDir(t)}
	for i, name := range []string{"Rehab RTLH", "Jamban sehat", "Pelatihan menjahit"} {
		a, err := e.ps.SaveActivity(ctx, plan.ActivityInput{PendampinganID: f.Pairings[0].ID, Strategy: "beban", Name: name,
			TargetGroup: "rumah_tangga", TargetVolume: float64(10 * (i + 1)), TargetUnit: "unit", Months: []int{4, 5, 6},
			Budget: []plan.BudgetLine{{Source: "apbd_kab", Amount: 100_000_000}, {Source: "csr", Amount: 20_000_000}}})
		if err != nil {
			t.Fatal(err)
		}
		e.acts = append(e.acts, a)
	}
	if _, err := e.ps.SaveActivity(ctx, plan.ActivityInput{PendampinganID: f.Pairings[1].ID, Strategy: "sinergi", Name: "Verval DTKS",
		TargetGroup: "rumah_tangga", Months: []int{2}, Budget: []plan.BudgetLine{{Source: "apbd_kab", Amount: 5_000_000}}}); err != nil {
		t.Fatal(err)
	}
	e.tpl = filepath.Join(e.dir, "templat.xlsx")
	res, err := e.s.Template(ctx, plantest.Year, f.OPD[0].Code, 5, e.tpl)
	if err != nil {
		t.Fatal(err)
	}
	if res.Activities != 3 {
		t.Fatalf("template activities %d", res.Activities)
	}
	return e
}

// fill copies the template and sets cells ("J6" -> value) on its data sheet.
func (e env) fill(t *testing.T, name string, cells map[string]any) string {
	t.Helper()
	f, err := excelize.OpenFile(e.tpl)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for ref, v := range cells {
		if err := f.SetCellValue(opdreport.SheetData, ref, v); err != nil {
			t.Fatal(err)
		}
	}
	out := filepath.Join(e.dir, name)
	if err := f.SaveAs(out); err != nil {
		t.Fatal(err)
	}
	return out
}

// Columns of the template: I status, J volume, K source, L amount, M progress, N households, O people, P kendala.
func good() map[string]any {
	return map[string]any{
		"I6": "Sedang berjalan", "J6": 3, "L6": 25_000_000, "M6": 30, "N6": 3, "O6": 12, "P6": "Material terlambat",
		"M7": 10, "I7": "Belum dimulai",
		// row 9 (a copy of row 6 for the CSR money of the same activity and month)
		"B9": "", "H9": "Mei", "K9": "CSR/TJSLP", "L9": 5_000_000, "M9": 35,
	}
}

func TestTemplateLayout(t *testing.T) {
	e := setup(t)
	f, err := excelize.OpenFile(e.tpl)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := f.GetSheetList(); fmt.Sprint(got) != fmt.Sprint([]string{opdreport.SheetData, opdreport.SheetLists, opdreport.SheetMeta}) {
		t.Fatalf("sheets %v", got)
	}
	if v, _ := f.GetSheetVisible(opdreport.SheetLists); v {
		t.Error("list sheet is visible")
	}
	if v, _ := f.GetSheetVisible(opdreport.SheetMeta); v {
		t.Error("metadata sheet is visible")
	}
	heads := []string{"No", "Kode Kegiatan", "Desa/Kelurahan", "Kegiatan", "Target Volume", "Satuan", "Anggaran (Rp)", "Bulan", "Status",
		"Volume Realisasi", "Sumber Dana", "Dana Terpakai (Rp)", "Progres Fisik (%)", "RT Penerima", "Jiwa Penerima", "Kendala", "Tindak Lanjut"}
	for i, h := range heads {
		ref, _ := excelize.CoordinatesToCellName(i+1, hdr)
		if v, _ := f.GetCellValue(opdreport.SheetData, ref); v != h {
			t.Errorf("header %s = %q, want %q", ref, v, h)
		}
	}
	if v, _ := f.GetCellValue(opdreport.SheetData, "B6"); v != opdreport.ActivityCode(e.acts[0].ID) {
		t.Errorf("B6 = %q", v)
	}
	if v, _ := f.GetCellValue(opdreport.SheetData, "H6"); v != "Mei" {
		t.Errorf("month prefilled %q", v)
	}
	if v, _ := f.GetCellValue(opdreport.SheetData, "K6"); v != "APBD Kabupaten" {
		t.Errorf("source prefilled %q", v)
	}
	if v, _ := f.GetCellValue(opdreport.SheetLists, "A12"); v != "Desember" {
		t.Errorf("month list %q", v)
	}
	dvs, err := f.GetDataValidations(opdreport.SheetData)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"H6:H208": "'Daftar'!$A$1:$A$12", "I6:I208": "'Daftar'!$B$1:$B$4", "K6:K208": "'Daftar'!$C$1:$C$8"}
	found := 0
	for _, dv := range dvs {
		if list, ok := want[dv.Sqref]; ok {
			found++
			if dv.Type != "list" || !strings.Contains(dv.Formula1, list) {
				t.Errorf("validation %s: type %s formula %q", dv.Sqref, dv.Type, dv.Formula1)
			}
		}
		if dv.Sqref == "M6:M208" && (dv.Type != "decimal" || dv.Operator != "between") {
			t.Errorf("progress validation %+v", dv)
		}
	}
	if found != 3 || len(dvs) != 5 {
		t.Errorf("validations %d (lists %d)", len(dvs), found)
	}
	rows, _ := f.GetRows(opdreport.SheetMeta)
	if rows[0][1] != "SiDamping" || rows[3][1] != "2026" || rows[4][1] != e.f.OPD[0].Code {
		t.Errorf("metadata %v", rows[:5])
	}
	if panes, _ := f.GetPanes(opdreport.SheetData); !panes.Freeze || panes.YSplit != hdr {
		t.Errorf("panes %+v", panes)
	}
}

func TestRoundTrip(t *testing.T) {
	e := setup(t)
	cells := good()
	cells["B9"] = opdreport.ActivityCode(e.acts[0].ID)
	path := e.fill(t, "isi.xlsx", cells)
	p, err := e.s.Preview(ctx, path, opdreport.ImportOptions{Year: plantest.Year})
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Problems) != 0 || p.Entries != 2 || p.New != 2 || p.Blank != 1 || p.Amount != 30_000_000 || len(p.Rows) != 3 {
		t.Fatalf("preview %+v", p)
	}
	if testutil.Count(t, e.f.DB, "realisasi") != 0 {
		t.Fatal("preview saved rows")
	}
	res, err := e.s.Import(ctx, path, opdreport.ImportOptions{Year: plantest.Year, OPDCode: e.f.OPD[0].Code})
	if err != nil {
		t.Fatal(err)
	}
	if res.Entries != 2 || res.Amount != 30_000_000 {
		t.Fatalf("result %+v", res)
	}
	var r models.Realisasi
	if err := e.f.DB.Where("kegiatan_id = ? AND month = 5", e.acts[0].ID).First(&r).Error; err != nil {
		t.Fatal(err)
	}
	if r.Progress != 35 || r.Volume != 3 || r.BeneficiaryHouseholds != 3 || r.BeneficiaryPeople != 12 || r.Kendala != "Material terlambat" || r.Status != "berjalan" {
		t.Fatalf("entry %+v", r)
	}
	var money []models.RealisasiDana
	e.f.DB.Where("realisasi_id = ?", r.ID).Order("source").Find(&money)
	if len(money) != 2 || money[0].Source != "apbd_kab" || money[0].Amount != 25_000_000 || money[1].Source != "csr" || money[1].Amount != 5_000_000 {
		t.Fatalf("money %+v", money)
	}
	var r2 models.Realisasi
	e.f.DB.Where("kegiatan_id = ? AND month = 5", e.acts[1].ID).First(&r2)
	if r2.Status != "belum" || r2.Progress != 10 {
		t.Fatalf("second entry %+v", r2)
	}
	// Importing again updates the same months instead of adding rows.
	p, err = e.s.Preview(ctx, path, opdreport.ImportOptions{})
	if err != nil || p.Updated != 2 || p.New != 0 {
		t.Fatalf("second preview %+v %v", p, err)
	}
	if _, err := e.s.Import(ctx, path, opdreport.ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	if n := testutil.Count(t, e.f.DB, "realisasi"); n != 2 {
		t.Fatalf("realisasi rows %d", n)
	}
}

func TestImportRefusesBadRows(t *testing.T) {
	e := setup(t)
	cases := []struct {
		name  string
		cells map[string]any
		cell  string
		want  string
	}{
		{"bulan", map[string]any{"H6": "Maretz"}, "H6", "Bulan \"Maretz\" tidak dikenal"},
		{"bulan-depan", map[string]any{"H6": "Juli"}, "H6", "Juli 2026 belum berjalan"},
		{"negatif", map[string]any{"L6": -5000}, "L6", "tidak boleh negatif"},
		{"bukan-angka", map[string]any{"L6": "lima juta"}, "L6", "bukan bilangan bulat"},
		{"progres", map[string]any{"M6": 120}, "M6", "melebihi 100"},
		{"tak-dikenal", map[string]any{"B6": "K999999"}, "B6", "tidak dikenal"},
		{"kode-rusak", map[string]any{"B6": "ABC"}, "B6", "tidak sah"},
		{"sumber", map[string]any{"K6": "Dana Hibah"}, "K6", "Sumber dana \"Dana Hibah\" tidak dikenal"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cells := good()
			cells["B9"] = opdreport.ActivityCode(e.acts[0].ID)
			for k, v := range c.cells {
				cells[k] = v
			}
			path := e.fill(t, c.name+".xlsx", cells)
			_, err := e.s.Import(ctx, path, opdreport.ImportOptions{Year: plantest.Year})
			var ae *models.AppError
			if !errors.As(err, &ae) || ae.Code != opdreport.CodeInvalid {
				t.Fatalf("want import.invalid, got %v", err)
			}
			problems := ae.Params["problems"].([]opdreport.Problem)
			hit := false
			for _, p := range problems {
				if p.Cell == c.cell && strings.Contains(p.Message, c.want) && p.Sheet == opdreport.SheetData &&
					strings.Contains(p.Text, "lembar Realisasi, baris "+c.cell[1:]+", kolom "+c.cell[:1]) {
					hit = true
				}
			}
			if !hit || len(problems) != 1 {
				t.Fatalf("want one problem at %s with %q: %+v", c.cell, c.want, problems)
			}
			if n := testutil.Count(t, e.f.DB, "realisasi"); n != 0 {
				t.Fatalf("%d rows saved", n)
			}
		})
	}
}

func TestImportDetectsChangedAndDeletedActivities(t *testing.T) {
	e := setup(t)
	path := e.fill(t, "isi.xlsx", map[string]any{"M6": 20, "M7": 30, "M8": 40})
	// Changed after the template was made: the target volume.
	in := plan.ActivityInput{ID: e.acts[1].ID, Strategy: "beban", Name: e.acts[1].Name, TargetGroup: "rumah_tangga", TargetVolume: 99,
		TargetUnit: "unit", Months: []int{4, 5, 6}, Budget: []plan.BudgetLine{{Source: "apbd_kab", Amount: 100_000_000}}}
	if _, err := e.ps.SaveActivity(ctx, in); err != nil {
		t.Fatal(err)
	}
	// Deleted after the template was made.
	if err := e.ps.DeleteActivity(ctx, e.acts[2].ID); err != nil {
		t.Fatal(err)
	}
	p, err := e.s.Preview(ctx, path, opdreport.ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	msgs := map[string]string{}
	for _, pr := range p.Problems {
		msgs[pr.Cell] = pr.Message
	}
	if !strings.Contains(msgs["B7"], "telah diubah") || !strings.Contains(msgs["B8"], "sudah dihapus") || msgs["B6"] != "" {
		t.Fatalf("problems %+v", p.Problems)
	}
	if p.Entries != 1 || p.Rows[1].Action != opdreport.ActionError {
		t.Fatalf("preview %+v", p)
	}
	if _, err := e.s.Import(ctx, path, opdreport.ImportOptions{}); err == nil || testutil.Count(t, e.f.DB, "realisasi") != 0 {
		t.Fatalf("import with problems: %v", err)
	}
}

func TestImportRefusesOtherWorkbooks(t *testing.T) {
	e := setup(t)
	path := e.fill(t, "isi.xlsx", good())
	var ae *models.AppError
	_, err := e.s.Import(ctx, path, opdreport.ImportOptions{Year: plantest.Year + 1})
	if !errors.As(err, &ae) || ae.Code != opdreport.CodeOtherYear || !strings.Contains(ae.Message, "tahun 2026") {
		t.Fatalf("other year: %v", err)
	}
	_, err = e.s.Import(ctx, path, opdreport.ImportOptions{OPDCode: e.f.OPD[1].Code})
	if !errors.As(err, &ae) || ae.Code != opdreport.CodeOtherOPD || !strings.Contains(ae.Message, e.f.OPD[0].Name) {
		t.Fatalf("other OPD: %v", err)
	}
	// A template of the other OPD imported as this OPD's rows: its activity codes are not ours.
	plain := excelize.NewFile()
	plain.SetSheetRow("Sheet1", "A1", &[]any{"Kode Kegiatan", "Bulan", "Dana Terpakai (Rp)", "Progres Fisik (%)"})
	plain.SetSheetRow("Sheet1", "A2", &[]any{"K000001", "Mei", 1000, 50})
	pp := filepath.Join(e.dir, "biasa.xlsx")
	if err := plain.SaveAs(pp); err != nil {
		t.Fatal(err)
	}
	plain.Close()
	_, err = e.s.Import(ctx, pp, opdreport.ImportOptions{})
	if !errors.As(err, &ae) || ae.Code != opdreport.CodeNotTemplate || !strings.Contains(ae.Message, "biasa.xlsx") {
		t.Fatalf("plain workbook: %v", err)
	}
	// An untouched template has nothing to save.
	_, err = e.s.Import(ctx, e.tpl, opdreport.ImportOptions{})
	if !errors.As(err, &ae) || ae.Code != opdreport.CodeNoRows {
		t.Fatalf("empty template: %v", err)
	}
	if n := testutil.Count(t, e.f.DB, "realisasi"); n != 0 {
		t.Fatalf("%d rows saved", n)
	}
}
