package reports_test

import (
	"context"
	"errors"
	"fmt"
	"math"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"sidamping/models"
	"sidamping/services/common"
	"sidamping/services/plan/plantest"
	"sidamping/services/reports"
	"sidamping/services/testutil"
	"sidamping/services/xlsxutil"
)

var ctx = context.Background()

var clock = common.FixedClock{T: time.Date(plantest.Year, 11, 23, 10, 0, 0, 0, time.UTC)}

func open(t *testing.T, path string) *excelize.File {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

func cell(t *testing.T, f *excelize.File, sheet string, col, row int) string {
	t.Helper()
	ref, _ := excelize.CoordinatesToCellName(col, row)
	v, err := f.GetCellValue(sheet, ref, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func formula(t *testing.T, f *excelize.File, sheet string, col, row int) string {
	t.Helper()
	ref, _ := excelize.CoordinatesToCellName(col, row)
	v, _ := f.GetCellFormula(sheet, ref)
	return v
}

func numFmt(t *testing.T, f *excelize.File, sheet string, col, row int) string {
	t.Helper()
	ref, _ := excelize.CoordinatesToCellName(col, row)
	id, _ := f.GetCellStyle(sheet, ref)
	st, err := f.GetStyle(id)
	if err != nil || st.CustomNumFmt == nil {
		return ""
	}
	return *st.CustomNumFmt
}

func dbSum(t *testing.T, f *plantest.Fixture, q string, args ...any) int64 {
	t.Helper()
	var n int64
	if err := f.DB.Raw(q, args...).Scan(&n).Error; err != nil {
		t.Fatal(err)
	}
	return n
}

// header finds the 1-based column of a header text in row.
func header(t *testing.T, f *excelize.File, sheet string, row int, text string) int {
	t.Helper()
	rows, _ := f.GetRows(sheet)
	for i, v := range rows[row-1] {
		if v == text {
			return i + 1
		}
	}
	t.Fatalf("%s: header %q not found in row %d: %v", sheet, text, row, rows[row-1])
	return 0
}

func TestQuarterlyWorkbook(t *testing.T) {
	fx := plantest.Build(t, plantest.Options{Pairings: 3, Activities: 6, Through: 11, Seed: 3})
	rec := &common.Recorder{}
	s := reports.New(fx.DB, clock, rec)
	path := filepath.Join(testutil.TempDir(t), "triwulan.xlsx")
	res, err := s.Quarterly(ctx, plantest.Year, 2, path)
	if err != nil {
		t.Fatal(err)
	}
	f := open(t, path)
	want := []string{reports.SheetRekap, reports.SheetRencana, reports.SheetRealisasi, reports.SheetPotensi, reports.SheetKarakter, reports.SheetMitra, reports.SheetPenerima, reports.SheetOrphans}
	if got := f.GetSheetList(); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("sheets %v", got)
	}
	if v := cell(t, f, reports.SheetRekap, 1, 1); v != "LAPORAN TRIWULAN II TAHUN 2026" {
		t.Errorf("title %q", v)
	}
	if v := cell(t, f, reports.SheetRekap, 1, 3); v != "Keadaan sampai dengan 30 Juni 2026; dibuat 23 November 2026" {
		t.Errorf("date line %q", v)
	}
	const hdr = 6 // four title lines, a blank row, the header
	for col, h := range []string{"No", "Kecamatan", "Desa/Kelurahan", "Perangkat Daerah Pendamping", "Jumlah Kegiatan"} {
		if v := cell(t, f, reports.SheetRekap, col+1, hdr); v != h {
			t.Errorf("Rekapitulasi header %d = %q, want %q", col+1, v, h)
		}
	}
	// Rekapitulasi totals: budget and realisation up to June, as formulas with the DB's sums.
	first, total := hdr+1, hdr+1+3
	budgetCol := header(t, f, reports.SheetRekap, hdr, "Anggaran (Rp)")
	realCol := header(t, f, reports.SheetRekap, hdr, "Realisasi s.d. Triwulan (Rp)")
	qCol := header(t, f, reports.SheetRekap, hdr, "Realisasi Triwulan Ini (Rp)")
	wantBudget := dbSum(t, fx, `SELECT SUM(amount) FROM kegiatan_anggaran`)
	wantReal := dbSum(t, fx, `SELECT COALESCE(SUM(d.amount),0) FROM realisasi_dana d JOIN realisasi r ON r.id = d.realisasi_id WHERE r.month <= 6`)
	wantQ := dbSum(t, fx, `SELECT COALESCE(SUM(d.amount),0) FROM realisasi_dana d JOIN realisasi r ON r.id = d.realisasi_id WHERE r.month BETWEEN 4 AND 6`)
	letter := func(c int) string { l, _ := excelize.ColumnNumberToName(c); return l }
	for _, c := range []struct {
		col  int
		want int64
	}{{budgetCol, wantBudget}, {realCol, wantReal}, {qCol, wantQ}} {
		if v := cell(t, f, reports.SheetRekap, c.col, total); v != strconv.FormatInt(c.want, 10) {
			t.Errorf("total in column %s = %s, want %d", letter(c.col), v, c.want)
		}
		wantF := fmt.Sprintf("SUM(%s%d:%s%d)", letter(c.col), first, letter(c.col), total-1)
		if got := formula(t, f, reports.SheetRekap, c.col, total); got != wantF {
			t.Errorf("formula %q, want %q", got, wantF)
		}
		var rows int64
		for r := first; r < total; r++ {
			n, _ := strconv.ParseInt(cell(t, f, reports.SheetRekap, c.col, r), 10, 64)
			rows += n
		}
		if rows != c.want {
			t.Errorf("rows of column %s sum to %d, want %d", letter(c.col), rows, c.want)
		}
		if got := numFmt(t, f, reports.SheetRekap, c.col, first); got != xlsxutil.RupiahFormat {
			t.Errorf("number format %q", got)
		}
	}
	if v := cell(t, f, reports.SheetRekap, 2, total); v != "Jumlah" {
		t.Errorf("totals label %q", v)
	}
	absCol := header(t, f, reports.SheetRekap, hdr, "Serapan")
	if got := numFmt(t, f, reports.SheetRekap, absCol, first); got != xlsxutil.PercentFormat {
		t.Errorf("absorption format %q", got)
	}
	if v, _ := strconv.ParseFloat(cell(t, f, reports.SheetRekap, absCol, total), 64); math.Abs(v-float64(wantReal)/float64(wantBudget)) > 1e-9 {
		t.Errorf("absorption total %v", v)
	}
	// Rencana Aksi: one row per activity and the budget total.
	if res.Rows[reports.SheetRencana] != 18 {
		t.Errorf("Rencana Aksi rows %d", res.Rows[reports.SheetRencana])
	}
	raCol := header(t, f, reports.SheetRencana, hdr, "Anggaran (Rp)")
	if v := cell(t, f, reports.SheetRencana, raCol, hdr+1+18); v != strconv.FormatInt(wantBudget, 10) {
		t.Errorf("Rencana Aksi total %s", v)
	}
	// Realisasi Triwulan: the quarter's entries and money.
	nQ := dbSum(t, fx, `SELECT COUNT(*) FROM realisasi WHERE month BETWEEN 4 AND 6`)
	if int64(res.Rows[reports.SheetRealisasi]) != nQ || nQ == 0 {
		t.Errorf("Realisasi rows %d, want %d", res.Rows[reports.SheetRealisasi], nQ)
	}
	dCol := header(t, f, reports.SheetRealisasi, hdr, "Dana Terpakai (Rp)")
	if v := cell(t, f, reports.SheetRealisasi, dCol, hdr+1+int(nQ)); v != strconv.FormatInt(wantQ, 10) {
		t.Errorf("Realisasi total %s, want %d", v, wantQ)
	}
	// Karakteristik: Form 2 total against the DB, Form 4 of semester I.
	k2 := dbSum(t, fx, `SELECT SUM(total_poor+rtlh+tanpa_jamban+tanpa_listrik+tanpa_air+kk_tidak_bekerja+putus_sekolah+tanpa_jkn+lansia_disabilitas) FROM karakteristik WHERE semester = 0`)
	k4 := dbSum(t, fx, `SELECT SUM(total_poor+rtlh+tanpa_jamban+tanpa_listrik+tanpa_air+kk_tidak_bekerja+putus_sekolah+tanpa_jkn+lansia_disabilitas) FROM karakteristik WHERE semester = 1`)
	if v := cell(t, f, reports.SheetKarakter, 5, hdr+1+27); v != strconv.FormatInt(k2, 10) {
		t.Errorf("Form 2 total %s, want %d", v, k2)
	}
	if v := cell(t, f, reports.SheetKarakter, 6, hdr+1+27); v != strconv.FormatInt(k4, 10) {
		t.Errorf("Form 4 total %s, want %d", v, k4)
	}
	if v := cell(t, f, reports.SheetKarakter, 6, hdr); v != "Form 4 Semester I (RT)" {
		t.Errorf("Form 4 header %q", v)
	}
	// Mitra contributions.
	mCol := header(t, f, reports.SheetMitra, hdr, "Nilai Kontribusi (Rp)")
	wantM := dbSum(t, fx, `SELECT COALESCE(SUM(amount),0) FROM kegiatan_mitra`)
	if v := cell(t, f, reports.SheetMitra, mCol, hdr+1+res.Rows[reports.SheetMitra]); v != strconv.FormatInt(wantM, 10) {
		t.Errorf("Mitra total %s, want %d", v, wantM)
	}
	// Layout: frozen header, print setup, repeated header rows, merged title.
	for _, sh := range want {
		panes, err := f.GetPanes(sh)
		if err != nil || !panes.Freeze || panes.YSplit != hdr {
			t.Errorf("%s panes %+v %v", sh, panes, err)
		}
		pl, err := f.GetPageLayout(sh)
		if err != nil || pl.Size == nil || *pl.Size != xlsxutil.PaperF4 || *pl.Orientation != "landscape" || pl.FitToWidth == nil || *pl.FitToWidth < 1 ||
			(sh == reports.SheetRekap && *pl.FitToWidth < 2) { // the wide Rekap is not shrunk onto one page
			t.Errorf("%s page layout %+v %v", sh, pl, err)
		}
		props, _ := f.GetSheetProps(sh)
		if props.FitToPage == nil || !*props.FitToPage {
			t.Errorf("%s: fit to page not set", sh)
		}
		merged, _ := f.GetMergeCells(sh)
		if len(merged) < 4 || merged[0].GetStartAxis() != "A1" {
			t.Errorf("%s merged title rows %v", sh, merged)
		}
	}
	titles := 0
	for _, dn := range f.GetDefinedName() {
		if dn.Name == "_xlnm.Print_Titles" {
			titles++
			if dn.Scope == reports.SheetRekap && dn.RefersTo != "'Rekapitulasi'!$A:$C,'Rekapitulasi'!$1:$6" {
				t.Errorf("print titles %q", dn.RefersTo)
			}
		}
	}
	if titles != len(want) {
		t.Errorf("%d print titles, want %d", titles, len(want))
	}
	if w, _ := f.GetColWidth(reports.SheetRencana, "F"); w < 30 {
		t.Errorf("Kegiatan column width %v", w)
	}
	if ev := rec.Named(common.ProgressEventName); len(ev) < 2 || ev[len(ev)-1].Data.(common.ProgressEvent).Percent != 100 {
		t.Errorf("progress events %d", len(ev))
	}
}

func TestQuarterlyRefusesAndCancels(t *testing.T) {
	fx := plantest.Build(t, plantest.Options{Pairings: 1, Activities: 2, Through: 3})
	s := reports.New(fx.DB, clock, nil)
	dir := testutil.TempDir(t)
	var ae *models.AppError
	if _, err := s.Quarterly(ctx, plantest.Year, 5, filepath.Join(dir, "a.xlsx")); !errors.As(err, &ae) || ae.Code != reports.CodeQuarter {
		t.Fatalf("quarter 5: %v", err)
	}
	if _, err := s.Quarterly(ctx, 2031, 1, filepath.Join(dir, "a.xlsx")); !errors.As(err, &ae) || ae.Code != reports.CodeYear {
		t.Fatalf("year 2031: %v", err)
	}
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	path := filepath.Join(dir, "batal.xlsx")
	if _, err := s.Quarterly(cctx, plantest.Year, 1, path); !errors.Is(err, models.ErrCancelled) {
		t.Fatalf("cancelled: %v", err)
	}
	if m, _ := filepath.Glob(filepath.Join(dir, "*")); len(m) != 0 {
		t.Fatalf("files left behind: %v", m)
	}
}

func TestMonthlyWorkbook(t *testing.T) {
	fx := plantest.Build(t, plantest.Options{Pairings: 3, Activities: 5, Through: 9, Seed: 5})
	s := reports.New(fx.DB, clock, nil)
	dir := testutil.TempDir(t)
	long := filepath.Join(dir, "bulanan.xlsx")
	res, err := s.Monthly(ctx, plantest.Year, 5, reports.LayoutLong, long)
	if err != nil {
		t.Fatal(err)
	}
	f := open(t, long)
	if got := f.GetSheetList(); len(got) != 1 || got[0] != reports.SheetBulanan || res.Rows[reports.SheetBulanan] != 15 {
		t.Fatalf("sheets %v rows %v", got, res.Rows)
	}
	const hdr = 6
	total := hdr + 1 + 15
	monthCol := header(t, f, reports.SheetBulanan, hdr, "Dana Bulan Ini (Rp)")
	cumCol := header(t, f, reports.SheetBulanan, hdr, "Dana Kumulatif (Rp)")
	wantMonth := dbSum(t, fx, `SELECT COALESCE(SUM(d.amount),0) FROM realisasi_dana d JOIN realisasi r ON r.id = d.realisasi_id WHERE r.month = 5`)
	wantCum := dbSum(t, fx, `SELECT COALESCE(SUM(d.amount),0) FROM realisasi_dana d JOIN realisasi r ON r.id = d.realisasi_id WHERE r.month <= 5`)
	if v := cell(t, f, reports.SheetBulanan, monthCol, total); v != strconv.FormatInt(wantMonth, 10) {
		t.Errorf("month total %s, want %d", v, wantMonth)
	}
	if v := cell(t, f, reports.SheetBulanan, cumCol, total); v != strconv.FormatInt(wantCum, 10) {
		t.Errorf("cumulative total %s, want %d", v, wantCum)
	}
	if got := formula(t, f, reports.SheetBulanan, cumCol, total); got == "" {
		t.Error("cumulative total is not a formula")
	}
	per := filepath.Join(dir, "bulanan-per-desa.xlsx")
	res, err = s.Monthly(ctx, plantest.Year, 5, reports.LayoutPerPairing, per)
	if err != nil {
		t.Fatal(err)
	}
	g := open(t, per)
	if got := g.GetSheetList(); len(got) != 3 || len(res.Sheets) != 3 {
		t.Fatalf("per-pairing sheets %v", got)
	}
	if v := cell(t, g, res.Sheets[0], 1, 4); v == "" {
		t.Error("per-pairing subtitle missing")
	}
	if _, err := s.Monthly(ctx, plantest.Year, 13, "", per); err == nil {
		t.Fatal("month 13 accepted")
	}
}

// BenchmarkQuarterly writes the fourth-quarter workbook of a full year: 48 pairings, 40
// activities each, 12 months of realisation.
func BenchmarkQuarterly(b *testing.B) {
	fx := plantest.Build(b, plantest.Options{Pairings: 48, Activities: 40, Through: 12, Dense: true, Seed: 1})
	s := reports.New(fx.DB, clock, nil)
	dir := testutil.TempDir(b)
	for b.Loop() {
		if _, err := s.Quarterly(ctx, plantest.Year, 4, filepath.Join(dir, "q4.xlsx")); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkMonthly writes December's monthly report on the same year, one long sheet.
func BenchmarkMonthly(b *testing.B) {
	fx := plantest.Build(b, plantest.Options{Pairings: 48, Activities: 40, Through: 12, Dense: true, Seed: 1})
	s := reports.New(fx.DB, clock, nil)
	dir := testutil.TempDir(b)
	for b.Loop() {
		if _, err := s.Monthly(ctx, plantest.Year, 12, reports.LayoutLong, filepath.Join(dir, "m12.xlsx")); err != nil {
			b.Fatal(err)
		}
	}
}
