package reporting

import (
	"context"
	"fmt"
	"strings"

	"sidamping/services/common"
	"sidamping/services/profile"
	"sidamping/services/xlsxutil"
)

// SheetBelum is the sheet of the "belum melapor" list.
const SheetBelum = "Belum Melapor"

// ExportResult tells what ExportNotReported wrote.
type ExportResult struct {
	Path string `json:"path"`
	Rows int    `json:"rows"`
}

// NotReportedColumns are the columns of the "belum melapor" list (the brief's
// workbook repeats them).
func NotReportedColumns() []xlsxutil.Column {
	return []xlsxutil.Column{
		{Header: "No", Type: xlsxutil.TypeInt, MaxWidth: 6},
		{Header: "Kode", Type: xlsxutil.TypeText, MaxWidth: 14},
		{Header: "Perangkat Daerah", Type: xlsxutil.TypeText, MaxWidth: 45},
		{Header: "Desa Dampingan", Type: xlsxutil.TypeText, MaxWidth: 40},
		{Header: "Laporan Terakhir", Type: xlsxutil.TypeText, MaxWidth: 18},
		{Header: "Belum Melapor", Type: xlsxutil.TypeText, MaxWidth: 24},
		{Header: "Bulan Tanpa Laporan", Type: xlsxutil.TypeInt, MaxWidth: 12},
	}
}

// NotReportedRow is an OPD's row of the list (n is its number).
func NotReportedRow(n int, o OPDStatus) []any {
	last := "—"
	if o.LastMonth > 0 {
		last = common.BulanIndonesia[o.LastMonth-1]
	}
	return []any{n, o.Code, o.Name, strings.Join(o.Villages, ", "), last, o.SinceText(), o.Missing}
}

// ExportNotReported writes the agencies that have not reported month of year to path.
func (s *Service) ExportNotReported(ctx context.Context, year, month int, path string) (ExportResult, error) {
	st, err := s.Status(ctx, year, month)
	if err != nil {
		return ExportResult{}, err
	}
	w, err := xlsxutil.NewWriter(ctx, path)
	if err != nil {
		return ExportResult{}, err
	}
	defer w.Discard()
	p, _, _ := profile.Signatories(ctx, s.db, false)
	title := []string{
		fmt.Sprintf("DAFTAR PERANGKAT DAERAH YANG BELUM MELAPORKAN REALISASI BULAN %s %d", strings.ToUpper(st.MonthName), year),
		"Gerakan Satu Perangkat Daerah Satu Desa Dampingan" + prefixed(" — ", p.RegionTitle()),
		fmt.Sprintf("Keadaan %s: %d dari %d perangkat daerah belum melapor", common.Tanggal(s.clock.Now()), st.NotReported, len(st.OPD)),
	}
	sh, err := w.AddSheetWith(SheetBelum, title, NotReportedColumns(), xlsxutil.SheetOptions{
		Print: &xlsxutil.PrintSetup{Landscape: true, Paper: xlsxutil.PaperA4, FitToWidth: true, RepeatHeader: true}})
	if err != nil {
		return ExportResult{}, err
	}
	list := st.NotReportedList()
	for i, o := range list {
		if err := sh.WriteRow(NotReportedRow(i+1, o)...); err != nil {
			return ExportResult{}, err
		}
	}
	if err := w.Save(); err != nil {
		return ExportResult{}, err
	}
	return ExportResult{Path: path, Rows: len(list)}, nil
}

func prefixed(prefix, s string) string {
	if s == "" {
		return ""
	}
	return prefix + s
}
