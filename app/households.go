package app

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"

	"sidamping/models"
	"sidamping/services/households"
	"sidamping/services/jobs"
)

// HouseholdsApp is the household registry (DTKS/P3KE/DTSEN): import with preview,
// browse and verify by village, compare editions, rank villages for the year. A long
// import or preview reports "progress" events (task "import-households") and stops with
// JobsApp.Cancel(job id). Preview, Import, Compare and the exports are long jobs: one at
// a time (see JobsApp).
type HouseholdsApp struct {
	rt   *Runtime
	s    *Services
	jobs *jobs.Registry
}

// householdFilter lets the import pick CSV files too.
var householdFilter = FileFilter{"Data keluarga (*.xlsx, *.csv)", "*.xlsx;*.csv"}

// Sources lists the data sources for the import form.
func (a *HouseholdsApp) Sources() []models.Option { return models.HouseholdSources }

// Fields lists the mapping targets for the preview's column dropdowns.
func (a *HouseholdsApp) Fields() []households.FieldInfo { return households.Fields() }

// ChooseFiles asks for one or more .xlsx/.csv files of one edition; empty when cancelled.
func (a *HouseholdsApp) ChooseFiles() ([]string, error) {
	return a.rt.OpenFiles("Pilih berkas data keluarga (DTKS/P3KE/DTSEN)", householdFilter, ExcelFilter)
}

// Preview reads the files and proposes the mapping, saving nothing.
func (a *HouseholdsApp) Preview(in households.PreviewInput) (households.Preview, error) {
	return runJob(a.rt, a.jobs, JobHouseholdsPreview, households.ProgressTask, "Pemeriksaan berkas data keluarga", func(ctx context.Context) (households.Preview, error) {
		return a.s.Households.Preview(ctx, in)
	})
}

var reUnsafeName = regexp.MustCompile(`[^A-Za-z0-9_-]+`)

// Import imports the files as a new edition. In skip mode the rows left out are written
// to an error report in the data folder (ImportResult.ErrorReport; open it with OpenPath).
func (a *HouseholdsApp) Import(in households.ImportInput) (households.ImportResult, error) {
	if in.Mode == households.ModeSkip && in.ReportPath == "" {
		dir := filepath.Join(filepath.Dir(a.s.DBPath), "laporan")
		if err := os.MkdirAll(dir, 0o755); err == nil {
			in.ReportPath = filepath.Join(dir, fmt.Sprintf("galat-impor-%s-%s.xlsx",
				reUnsafeName.ReplaceAllString(in.Edition, "-"), a.s.Clock.Now().Format("20060102-150405")))
		}
	}
	label := fmt.Sprintf("Impor data keluarga '%s'", in.Edition)
	return runJob(a.rt, a.jobs, JobHouseholdsImport, households.ProgressTask, label, func(ctx context.Context) (households.ImportResult, error) {
		return a.s.Households.Import(ctx, in)
	})
}

// OpenPath opens a written file (an error report, an export) with its application.
func (a *HouseholdsApp) OpenPath(path string) error { return a.rt.OpenPath(path) }

// Editions lists the editions, newest first.
func (a *HouseholdsApp) Editions() ([]models.Edisi, error) {
	return a.s.Households.Editions(a.rt.Context())
}

// DeleteEdition removes an edition with its families and members; refused
// (households.edition_in_use, with what refers in params) while beneficiaries,
// verification statuses or other records refer to it.
func (a *HouseholdsApp) DeleteEdition(id uint) error {
	_, err := runJob(a.rt, a.jobs, JobHouseholdsDeleteEdition, "edition-delete", "Penghapusan edisi data keluarga", func(ctx context.Context) (struct{}, error) {
		return struct{}{}, a.s.Households.DeleteEdition(ctx, id)
	})
	return err
}

// Search finds members by NIK, No KK or name (NIK masked).
func (a *HouseholdsApp) Search(q households.SearchQuery) (households.SearchResult, error) {
	return a.s.Households.Search(a.rt.Context(), q)
}

// Reveal shows one member's NIK and No KK in full.
func (a *HouseholdsApp) Reveal(memberID uint) (households.Revealed, error) {
	return a.s.Households.Reveal(a.rt.Context(), memberID)
}

// Families pages through a village's families with their members.
func (a *HouseholdsApp) Families(q households.FamilyQuery) (households.FamilyPage, error) {
	return a.s.Households.ListFamilies(a.rt.Context(), q)
}

// Statuses lists the verification statuses.
func (a *HouseholdsApp) Statuses() ([]models.StatusVerval, error) {
	return a.s.Households.Statuses(a.rt.Context())
}

// SaveStatus adds or renames a verification status (Pengaturan).
func (a *HouseholdsApp) SaveStatus(st models.StatusVerval) (models.StatusVerval, error) {
	return a.s.Households.SaveStatus(a.rt.Context(), st)
}

// DeleteStatus removes a status nothing uses.
func (a *HouseholdsApp) DeleteStatus(code string) error {
	return a.s.Households.DeleteStatus(a.rt.Context(), code)
}

// SetStatus verifies a selection of members or families at once.
func (a *HouseholdsApp) SetStatus(in households.StatusUpdate) (int64, error) {
	return a.s.Households.SetStatus(a.rt.Context(), in)
}

// VillageProgress is one village's verification progress (the pairing's page).
func (a *HouseholdsApp) VillageProgress(editionID, desaID uint) (households.VillageProgress, error) {
	return a.s.Households.VillageProgress(a.rt.Context(), editionID, desaID)
}

// Overview is every village's verification progress (the regency overview).
func (a *HouseholdsApp) Overview(editionID uint) ([]households.VillageProgress, error) {
	return a.s.Households.Overview(a.rt.Context(), editionID)
}

// ExportVillage asks where to save a village's verification result; "" when cancelled.
func (a *HouseholdsApp) ExportVillage(editionID, desaID uint, unmask bool) (string, error) {
	path, err := a.rt.SaveFile("Simpan hasil verval desa", fmt.Sprintf("verval-desa-%d.xlsx", desaID), ExcelFilter)
	if err != nil || path == "" {
		return "", err
	}
	return runJob(a.rt, a.jobs, JobHouseholdsExport, "export-village", "Ekspor hasil verval desa", func(ctx context.Context) (string, error) {
		_, err := a.s.Households.ExportVillage(ctx, households.ExportInput{EditionID: editionID, DesaID: desaID, Path: path, Unmask: unmask})
		return path, err
	})
}

// Compare counts the changes between two editions.
func (a *HouseholdsApp) Compare(fromID, toID uint) (households.Comparison, error) {
	return runJob(a.rt, a.jobs, JobHouseholdsCompare, households.CompareTask, "Perbandingan edisi data keluarga", func(ctx context.Context) (households.Comparison, error) {
		return a.s.Households.Compare(ctx, fromID, toID)
	})
}

// ExportCompare asks where to save the comparison's lists; "" when cancelled.
func (a *HouseholdsApp) ExportCompare(fromID, toID uint, unmask bool) (string, error) {
	path, err := a.rt.SaveFile("Simpan perbandingan edisi", "perbandingan-edisi.xlsx", ExcelFilter)
	if err != nil || path == "" {
		return "", err
	}
	return runJob(a.rt, a.jobs, JobHouseholdsExport, households.CompareTask, "Ekspor perbandingan edisi", func(ctx context.Context) (string, error) {
		_, err := a.s.Households.ExportCompare(ctx, fromID, toID, path, unmask)
		return path, err
	})
}

// SuggestPriority ranks an edition's villages by their desil 1-2 families.
func (a *HouseholdsApp) SuggestPriority(editionID uint, year int) ([]households.PriorityRow, error) {
	return a.s.Households.SuggestPriority(a.rt.Context(), editionID, year)
}

// MarkPriority marks the chosen villages as the year's priority villages.
func (a *HouseholdsApp) MarkPriority(year int, desaIDs []uint) error {
	return a.s.Households.MarkPriority(a.rt.Context(), year, desaIDs)
}

// PickBeneficiaries adds registry members as beneficiaries of an activity.
func (a *HouseholdsApp) PickBeneficiaries(in households.BeneficiaryPick) (int64, error) {
	return a.s.Households.PickBeneficiaries(a.rt.Context(), in)
}

// RemoveBeneficiaries removes members from an activity's beneficiaries.
func (a *HouseholdsApp) RemoveBeneficiaries(kegiatanID uint, memberIDs []uint) error {
	return a.s.Households.RemoveBeneficiaries(a.rt.Context(), kegiatanID, memberIDs)
}

// Beneficiaries lists an activity's beneficiaries (NIK masked).
func (a *HouseholdsApp) Beneficiaries(kegiatanID uint) ([]households.BeneficiaryRow, error) {
	return a.s.Households.Beneficiaries(a.rt.Context(), []uint{kegiatanID}, 12)
}
