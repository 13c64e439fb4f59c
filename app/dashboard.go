package app

import (
	"context"
	"fmt"

	"sidamping/services/boundaries"
	"sidamping/services/brief"
	"sidamping/services/dashboard"
	"sidamping/services/jobs"
	"sidamping/services/opdreport"
	"sidamping/services/reporting"
)

// Job kinds and progress tasks of the dashboard area.
const (
	JobOPDImportMany = "opd-report-import-many"
	JobNotReported   = "export-not-reported"
	JobBrief         = "brief"
	TaskImportMany   = "import-opd-reports"
	TaskNotReported  = "export-not-reported"
	TaskBrief        = "brief"
)

// DashboardApp serves the Beranda (the programme dashboard), the reporting tracker and
// the meeting brief.
type DashboardApp struct {
	rt   *Runtime
	s    *Services
	jobs *jobs.Registry
}

// Dashboard is the programme dashboard of year as of month (0: this month).
func (a *DashboardApp) Dashboard(year, month int) (dashboard.Dashboard, error) {
	return a.s.Dashboard.Build(a.rt.Context(), year, month)
}

// ReportingStatus tells which OPD have sent their realisation for month of year.
func (a *DashboardApp) ReportingStatus(year, month int) (reporting.Status, error) {
	return a.s.Reporting.Status(a.rt.Context(), year, month)
}

// ExportNotReported asks where to save the "belum melapor" list and writes it; a zero
// result when the dialog was cancelled.
func (a *DashboardApp) ExportNotReported(year, month int) (reporting.ExportResult, error) {
	m := reporting.Month(a.s.Clock, year, month)
	path, err := a.rt.SaveFile("Simpan daftar OPD belum melapor", fmt.Sprintf("belum-melapor-%d-%02d.xlsx", year, m), ExcelFilter)
	if err != nil || path == "" {
		return reporting.ExportResult{}, err
	}
	return runJob(a.rt, a.jobs, JobNotReported, TaskNotReported, "Ekspor daftar OPD belum melapor", func(ctx context.Context) (reporting.ExportResult, error) {
		return a.s.Reporting.ExportNotReported(ctx, year, m, path)
	})
}

// ChooseOPDReports asks for several filled templates; empty when cancelled.
func (a *DashboardApp) ChooseOPDReports() ([]string, error) {
	return a.rt.OpenFiles("Pilih templat laporan OPD yang sudah diisi (boleh beberapa)", ExcelFilter)
}

// ImportOPDReports imports the templates one by one for year and month: one result per
// file; a refused file saves nothing of itself and does not stop the others.
func (a *DashboardApp) ImportOPDReports(paths []string, year, month int) ([]opdreport.FileResult, error) {
	return runJob(a.rt, a.jobs, JobOPDImportMany, TaskImportMany, fmt.Sprintf("Impor %d templat laporan OPD", len(paths)), func(ctx context.Context) ([]opdreport.FileResult, error) {
		return a.s.OPDReport.ImportMany(ctx, paths, opdreport.ImportOptions{Year: year, Month: month}), nil
	})
}

// WriteBrief asks where to save the "Bahan rapat TKPK" and writes it: format "pdf" or
// "xlsx", paper "A4" or "F4" for the PDF; a zero result when the dialog was cancelled.
func (a *DashboardApp) WriteBrief(year, month int, format, paper string) (brief.Result, error) {
	filter := ExcelFilter
	if format != "xlsx" {
		format, filter = "pdf", PDFFilter
	}
	path, err := a.rt.SaveFile("Simpan Bahan rapat TKPK", fmt.Sprintf("bahan-rapat-tkpk-%d.%s", year, format), filter)
	if err != nil || path == "" {
		return brief.Result{}, err
	}
	return runJob(a.rt, a.jobs, JobBrief, TaskBrief, "Bahan rapat TKPK "+fmt.Sprint(year), func(ctx context.Context) (brief.Result, error) {
		return a.s.Brief.Write(ctx, year, path, brief.Options{Month: month, Paper: paper})
	})
}

// OpenBrief opens a written brief with the system's viewer.
func (a *DashboardApp) OpenBrief(path string) error { return a.rt.OpenPath(path) }

// ChooseBoundaryFile asks for a GeoJSON file of village boundaries; "" when cancelled.
func (a *DashboardApp) ChooseBoundaryFile() (string, error) {
	return a.rt.OpenFile("Pilih berkas batas desa (GeoJSON)", GeoJSONFilter)
}

// PreviewBoundaries tells which villages a boundary file matches and which features
// match none; nothing is saved.
func (a *DashboardApp) PreviewBoundaries(path string, year int) (boundaries.Preview, error) {
	return a.s.Boundaries.Preview(a.rt.Context(), path, year)
}

// ImportBoundaries stores the matched villages' boundaries in one transaction.
func (a *DashboardApp) ImportBoundaries(path string, year int) (boundaries.Result, error) {
	return a.s.Boundaries.Import(a.rt.Context(), path, year)
}

// BoundaryMap is the stored boundaries as one GeoJSON FeatureCollection (text).
func (a *DashboardApp) BoundaryMap() (string, error) {
	geo, _, err := a.s.Boundaries.Map(a.rt.Context())
	return geo, err
}

// GeoJSONFilter is the file-dialog filter of a boundary file.
var GeoJSONFilter = FileFilter{"Batas wilayah GeoJSON (*.geojson, *.json)", "*.geojson;*.json"}
