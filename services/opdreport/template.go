package opdreport

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"gorm.io/gorm"

	"sidamping/models"
	"sidamping/services/common"
	"sidamping/services/xlsxutil"
)

// TemplateResult tells what Template wrote.
type TemplateResult struct {
	Path       string `json:"path"`
	OPDCode    string `json:"opdCode"`
	OPDName    string `json:"opdName"`
	Year       int    `json:"year"`
	Month      int    `json:"month"`
	Activities int    `json:"activities"`
}

// rowsPerActivity is how many rows below the pre-filled ones carry the dropdowns, so an
// OPD can add rows (another month or funding source) by copying a row.
const extraRows = 200

// findOPD looks an OPD up by code.
func findOPD(ctx context.Context, db *gorm.DB, code string) (models.OPD, error) {
	var o models.OPD
	err := db.WithContext(ctx).Where("code = ?", strings.TrimSpace(code)).First(&o).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return o, models.NotFound(CodeUnknownOPD, fmt.Sprintf("Perangkat daerah berkode %s tidak ditemukan.", code))
	}
	return o, err
}

// Template writes the realisation template of one OPD for year to path: one row per
// activity of the OPD's pairings, pre-filled with month (0: the current month), the
// activity's main funding source and status "Sedang berjalan".
func (s *Service) Template(ctx context.Context, year int, opdCode string, month int, path string) (TemplateResult, error) {
	o, err := findOPD(ctx, s.db, opdCode)
	if err != nil {
		return TemplateResult{}, err
	}
	if month == 0 {
		month = int(s.clock.Now().Month())
		if year < s.clock.Now().Year() {
			month = 12
		}
	}
	if month < 1 || month > 12 {
		return TemplateResult{}, models.Invalid("opdreport.month", "month", fmt.Sprintf("Bulan %d tidak sah; pilih 1 sampai 12.", month))
	}
	acts, err := loadActivities(ctx, s.db, year, o.ID, nil)
	if err != nil {
		return TemplateResult{}, err
	}
	prog := common.NewProgress(s.em, "template-opd")
	w, err := xlsxutil.NewWriter(ctx, path)
	if err != nil {
		return TemplateResult{}, err
	}
	defer w.Discard()
	title := []string{
		fmt.Sprintf("LAPORAN REALISASI RENCANA AKSI TAHUN %d", year),
		fmt.Sprintf("%s (%s) — dibuat %s", o.Name, o.Code, common.Tanggal(s.clock.Now())),
		"Isi satu baris per kegiatan, bulan dan sumber dana; salin baris untuk bulan atau sumber dana lain. Jangan mengubah Kode Kegiatan.",
	}
	cols := make([]xlsxutil.Column, len(fields))
	for i, f := range fields {
		cols[i] = xlsxutil.Column{Header: f.Label, Type: f.Type}
		switch f.Key {
		case "budget", "amount":
			cols[i].NumFmt, cols[i].MinWidth = xlsxutil.RupiahFormat, 16
		case "code":
			cols[i].Type = xlsxutil.TypeCode
		case "name", "kendala", "tindak":
			cols[i].MaxWidth, cols[i].MinWidth = 45, 30
		case "month", "source", "status":
			cols[i].MinWidth = 18
		}
	}
	sh, err := w.AddSheetWith(SheetData, title, cols, xlsxutil.SheetOptions{NoFilter: true,
		Print: &xlsxutil.PrintSetup{Landscape: true, Paper: xlsxutil.PaperF4, FitToWidth: true, RepeatHeader: true}})
	if err != nil {
		return TemplateResult{}, err
	}
	monthName := common.BulanIndonesia[month-1]
	meta := [][]any{{"aplikasi", models.AppID}, {"jenis", TemplateKind}, {"versi", TemplateVersion}, {"tahun", year},
		{"opd", o.Code}, {"opd_nama", o.Name}, {"bulan", month}, {"dibuat", s.clock.Now().Format("2006-01-02 15:04")},
		{"kode", "sidik"}}
	for i, a := range acts {
		if i%100 == 0 {
			prog.Report("tulis", int64(i), int64(len(acts)))
		}
		src := models.OptionLabel(models.FundingSources, a.firstSource())
		if a.firstSource() == "" {
			src = ""
		}
		if err := sh.WriteRow(i+1, ActivityCode(a.ID), a.DesaName, a.Name, a.TargetVolume, a.TargetUnit, a.Budget,
			monthName, "", nil, src, nil, nil, nil, nil, "", ""); err != nil {
			return TemplateResult{}, err
		}
		meta = append(meta, []any{ActivityCode(a.ID), a.fingerprint()})
	}
	// The dropdowns and checks cover the pre-filled rows and room for copies.
	first, last := sh.HeaderRow()+1, sh.HeaderRow()+len(acts)+extraRows
	col := func(key string) string {
		for i, f := range fields {
			if f.Key == key {
				l, _ := excelizeColumn(i)
				return fmt.Sprintf("%s%d:%s%d", l, first, l, last)
			}
		}
		return ""
	}
	lists := [][]any{}
	for i := 0; i < 12; i++ {
		row := []any{common.BulanIndonesia[i], "", ""}
		if i < len(models.ActivityStatuses) {
			row[1] = models.ActivityStatuses[i].Label
		}
		if i < len(models.FundingSources) {
			row[2] = models.FundingSources[i].Label
		}
		lists = append(lists, row)
	}
	checks := []error{
		w.AddDropList(SheetData, col("month"), "'Daftar'!$A$1:$A$12", "Bulan tidak sah", "Pilih bulan dari daftar (Januari sampai Desember)."),
		w.AddDropList(SheetData, col("status"), fmt.Sprintf("'Daftar'!$B$1:$B$%d", len(models.ActivityStatuses)), "Status tidak sah", "Pilih status dari daftar."),
		w.AddDropList(SheetData, col("source"), fmt.Sprintf("'Daftar'!$C$1:$C$%d", len(models.FundingSources)), "Sumber dana tidak sah", "Pilih sumber dana dari daftar."),
		w.AddNumberRange(SheetData, col("progress"), 0, 100, "Progres tidak sah", "Isi progres fisik 0 sampai 100 (persen)."),
		w.AddNumberRange(SheetData, col("amount"), 0, 1e12, "Dana tidak sah", "Isi dana terpakai dalam rupiah, tidak boleh negatif."),
	}
	for _, err := range checks {
		if err != nil {
			return TemplateResult{}, err
		}
	}
	if err := sh.Close(); err != nil {
		return TemplateResult{}, err
	}
	if err := w.AddHiddenSheet(SheetLists, lists, false); err != nil {
		return TemplateResult{}, err
	}
	if err := w.AddHiddenSheet(SheetMeta, meta, true); err != nil {
		return TemplateResult{}, err
	}
	if err := w.Save(); err != nil {
		return TemplateResult{}, err
	}
	prog.Finish("selesai", fmt.Sprintf("Templat %s tersimpan (%d kegiatan).", o.Name, len(acts)))
	return TemplateResult{Path: path, OPDCode: o.Code, OPDName: o.Name, Year: year, Month: month, Activities: len(acts)}, nil
}
