package app

import (
	"context"
	"fmt"
	"path/filepath"

	"sidamping/services/jobs"
	"sidamping/services/masterxlsx"
)

// ExcelApp imports and exports the master lists.
type ExcelApp struct {
	rt   *Runtime
	s    *Services
	jobs *jobs.Registry
}

// ChooseImportFile asks for a workbook to import; "" when cancelled.
func (a *ExcelApp) ChooseImportFile() (string, error) {
	return a.rt.OpenFile("Pilih buku kerja Excel", ExcelFilter)
}

// PreviewImport reads the workbook and shows what an import of kind ("wilayah" or "opd")
// would do, saving nothing.
func (a *ExcelApp) PreviewImport(kind, path string) (masterxlsx.Preview, error) {
	return runJob(a.rt, a.jobs, JobMasterPreview, "import-"+kind, "Pemeriksaan berkas "+filepath.Base(path), func(ctx context.Context) (masterxlsx.Preview, error) {
		return a.s.Excel.Preview(ctx, kind, path)
	})
}

// Import saves the workbook in one transaction.
func (a *ExcelApp) Import(kind, path string) (masterxlsx.Result, error) {
	return runJob(a.rt, a.jobs, JobMasterImport, "import-"+kind, fmt.Sprintf("Impor data master '%s'", filepath.Base(path)), func(ctx context.Context) (masterxlsx.Result, error) {
		return a.s.Excel.Import(ctx, kind, path)
	})
}

// Export asks where to save the list ("kecamatan", "desa" or "opd") and writes it; it
// returns the path written, or "" when cancelled.
func (a *ExcelApp) Export(list string) (string, error) {
	name := fmt.Sprintf("%s-%s.xlsx", list, a.s.Clock.Now().Format("2006-01-02"))
	path, err := a.rt.SaveFile("Simpan daftar ke Excel", name, ExcelFilter)
	if err != nil || path == "" {
		return "", err
	}
	return runJob(a.rt, a.jobs, JobMasterExport, "export-"+list, "Ekspor daftar "+list, func(ctx context.Context) (string, error) {
		return path, a.s.Excel.Export(ctx, list, path)
	})
}
