package app

import (
	"context"
	"fmt"
	"path/filepath"

	"sidamping/services/common"
	"sidamping/services/jobs"
	"sidamping/services/opdreport"
	"sidamping/services/reports"
)

// ReportsApp writes the workbooks for the province and runs the OPD template round trip.
// Long tasks report "progress" events and can be stopped with Cancel(task).
type ReportsApp struct {
	rt   *Runtime
	s    *Services
	jobs *jobs.Registry
}

// Task names, for progress events and Cancel.
const (
	TaskQuarterly   = "export-quarterly"
	TaskMonthly     = "export-monthly"
	TaskTemplateOPD = "template-opd"
	TaskImportOPD   = "import-opd-report"
)

// ExportQuarterly asks where to save the Laporan Triwulan and writes it; "" when cancelled.
func (a *ReportsApp) ExportQuarterly(year, quarter int) (reports.Result, error) {
	name := fmt.Sprintf("laporan-triwulan-%s-%d.xlsx", common.Romawi(quarter), year)
	path, err := a.rt.SaveFile("Simpan Laporan Triwulan", name, ExcelFilter)
	if err != nil || path == "" {
		return reports.Result{}, err
	}
	return runJob(a.rt, a.jobs, JobQuarterly, TaskQuarterly, fmt.Sprintf("Ekspor Laporan Triwulan %s %d", common.Romawi(quarter), year), func(ctx context.Context) (reports.Result, error) {
		return a.s.Reports.Quarterly(ctx, year, quarter, path)
	})
}

// ExportMonthly asks where to save the Laporan Bulanan and writes it; layout is
// "satu-lembar" (one long sheet) or "per-desa" (a sheet per pairing).
func (a *ReportsApp) ExportMonthly(year, month int, layout string) (reports.Result, error) {
	name := fmt.Sprintf("laporan-bulanan-%d-%02d.xlsx", year, month)
	path, err := a.rt.SaveFile("Simpan Laporan Bulanan", name, ExcelFilter)
	if err != nil || path == "" {
		return reports.Result{}, err
	}
	return runJob(a.rt, a.jobs, JobMonthly, TaskMonthly, fmt.Sprintf("Ekspor Laporan Bulanan %02d/%d", month, year), func(ctx context.Context) (reports.Result, error) {
		return a.s.Reports.Monthly(ctx, year, month, layout, path)
	})
}

// MakeOPDTemplate asks where to save an OPD's realisation template and writes it;
// month 0 pre-fills the current month.
func (a *ReportsApp) MakeOPDTemplate(year int, opdCode string, month int) (opdreport.TemplateResult, error) {
	name := fmt.Sprintf("templat-realisasi-%s-%d.xlsx", opdCode, year)
	path, err := a.rt.SaveFile("Simpan templat laporan OPD", name, ExcelFilter)
	if err != nil || path == "" {
		return opdreport.TemplateResult{}, err
	}
	return runJob(a.rt, a.jobs, JobTemplateOPD, TaskTemplateOPD, "Pembuatan templat laporan OPD "+opdCode, func(ctx context.Context) (opdreport.TemplateResult, error) {
		return a.s.OPDReport.Template(ctx, year, opdCode, month, path)
	})
}

// ChooseOPDReport asks for a filled template; "" when cancelled.
func (a *ReportsApp) ChooseOPDReport() (string, error) {
	return a.rt.OpenFile("Pilih templat laporan OPD yang sudah diisi", ExcelFilter)
}

// PreviewOPDReport reads a filled template and shows what an import would save; year
// (and opdCode, when not "") must match the template.
func (a *ReportsApp) PreviewOPDReport(path string, year int, opdCode string) (opdreport.Preview, error) {
	return runJob(a.rt, a.jobs, JobOPDPreview, TaskImportOPD, "Pemeriksaan templat laporan OPD "+filepath.Base(path), func(ctx context.Context) (opdreport.Preview, error) {
		return a.s.OPDReport.Preview(ctx, path, opdreport.ImportOptions{Year: year, OPDCode: opdCode})
	})
}

// ImportOPDReport saves a filled template in one transaction, or nothing.
func (a *ReportsApp) ImportOPDReport(path string, year int, opdCode string) (opdreport.Result, error) {
	return runJob(a.rt, a.jobs, JobOPDImport, TaskImportOPD, fmt.Sprintf("Impor templat laporan OPD '%s'", filepath.Base(path)), func(ctx context.Context) (opdreport.Result, error) {
		return a.s.OPDReport.Import(ctx, path, opdreport.ImportOptions{Year: year, OPDCode: opdCode})
	})
}

// Cancel stops the running job whose progress task is task; it tells whether one was
// running. JobsApp.Cancel stops one by its id.
func (a *ReportsApp) Cancel(task string) bool { return a.jobs.CancelTask(task) }
