package app

import (
	"context"
	"fmt"

	"sidamping/models"
	"sidamping/services/jobs"
	"sidamping/services/orphans"
)

// Kinds of long job of the orphans registry.
const (
	JobOrphansPreview = "orphans-preview"
	JobOrphansImport  = "orphans-import"
	JobOrphansExport  = "orphans-export"
)

// OrphansApp is the registry of orphans (anak yatim) and foster parents (orang tua
// asuh): children with NIK masked until revealed, foster parents, matches, deliveries,
// the follow-up list, Excel import with a preview and exports (a named export is
// marked RAHASIA and logged).
type OrphansApp struct {
	rt   *Runtime
	s    *Services
	jobs *jobs.Registry
}

// OrphanOptions are the fixed lists of the forms.
type OrphanOptions struct {
	Categories  []models.Option `json:"categories"`
	Schools     []models.Option `json:"schools"`
	Needs       []models.Option `json:"needs"`
	FosterKinds []models.Option `json:"fosterKinds"`
}

// Options lists categories, school statuses, needs and kinds of foster parent.
func (a *OrphansApp) Options() OrphanOptions {
	return OrphanOptions{Categories: models.OrphanCategories, Schools: models.SchoolStatuses, Needs: models.ChildNeeds, FosterKinds: models.FosterKinds}
}

// Children lists children (NIK masked).
func (a *OrphansApp) Children(f orphans.ChildFilter) ([]orphans.ChildRow, error) {
	return a.s.Orphans.ListChildren(a.rt.Context(), f)
}

// Child returns one child with its household-registry link.
func (a *OrphansApp) Child(id uint) (orphans.ChildRow, error) {
	return a.s.Orphans.Child(a.rt.Context(), id)
}

// SaveChild creates or updates a child.
func (a *OrphansApp) SaveChild(in orphans.ChildInput) (orphans.ChildRow, error) {
	return a.s.Orphans.SaveChild(a.rt.Context(), in)
}

// DeleteChild removes a child with its history.
func (a *OrphansApp) DeleteChild(id uint) error { return a.s.Orphans.DeleteChild(a.rt.Context(), id) }

// RevealChild shows a child's full NIK and No KK.
func (a *OrphansApp) RevealChild(id uint) (orphans.RevealedIDs, error) {
	return a.s.Orphans.RevealChild(a.rt.Context(), id)
}

// AssessmentInput is a needs assessment from the form.
type AssessmentInput struct {
	AnakID     uint     `json:"anakId"`
	AssessedOn string   `json:"assessedOn"`
	Assessor   string   `json:"assessor"`
	Needs      []string `json:"needs"`
	Note       string   `json:"note"`
}

// AddAssessment records a needs assessment.
func (a *OrphansApp) AddAssessment(in AssessmentInput) (models.AsesmenAnak, error) {
	return a.s.Orphans.AddAssessment(a.rt.Context(), models.AsesmenAnak{AnakID: in.AnakID, AssessedOn: in.AssessedOn, Assessor: in.Assessor, Note: in.Note}, in.Needs)
}

// Assessments lists a child's assessments, newest first.
func (a *OrphansApp) Assessments(childID uint) ([]models.AsesmenAnak, error) {
	return a.s.Orphans.Assessments(a.rt.Context(), childID)
}

// Fosters lists foster parents with their load.
func (a *OrphansApp) Fosters(query string) ([]orphans.FosterRow, error) {
	return a.s.Orphans.ListFosters(a.rt.Context(), query)
}

// SaveFoster creates or updates a foster parent.
func (a *OrphansApp) SaveFoster(in models.OrangTuaAsuh) (orphans.FosterRow, error) {
	return a.s.Orphans.SaveFoster(a.rt.Context(), in)
}

// DeleteFoster removes a foster parent never matched.
func (a *OrphansApp) DeleteFoster(id uint) error { return a.s.Orphans.DeleteFoster(a.rt.Context(), id) }

// Candidates suggests foster parents for a child.
func (a *OrphansApp) Candidates(childID uint) ([]orphans.Candidate, error) {
	return a.s.Orphans.Candidates(a.rt.Context(), childID)
}

// Matches lists matches of a child or a foster parent.
func (a *OrphansApp) Matches(f orphans.MatchFilter) ([]orphans.MatchRow, error) {
	return a.s.Orphans.ListMatches(a.rt.Context(), f)
}

// SaveMatch matches a child with a foster parent.
func (a *OrphansApp) SaveMatch(in models.Pengasuhan) (orphans.MatchRow, error) {
	return a.s.Orphans.SaveMatch(a.rt.Context(), in)
}

// EndMatch ends a match on a date; it stays as history.
func (a *OrphansApp) EndMatch(id uint, end, reason string) (orphans.MatchRow, error) {
	return a.s.Orphans.EndMatch(a.rt.Context(), id, end, reason)
}

// DeleteMatch removes a match entered by mistake.
func (a *OrphansApp) DeleteMatch(id uint) error { return a.s.Orphans.DeleteMatch(a.rt.Context(), id) }

// Deliveries lists a match's deliveries.
func (a *OrphansApp) Deliveries(matchID uint) ([]models.Penyaluran, error) {
	return a.s.Orphans.ListDeliveries(a.rt.Context(), matchID)
}

// ChoosePhoto asks for the evidence photo of a delivery; "" when cancelled.
func (a *OrphansApp) ChoosePhoto() (string, error) {
	return a.rt.OpenFile("Pilih foto bukti penyaluran",
		FileFilter{"Foto atau PDF (*.jpg, *.png, *.pdf)", "*.jpg;*.jpeg;*.png;*.pdf"}, ImageFilter, PDFFilter)
}

// AddDelivery records a delivery (with its photo when chosen).
func (a *OrphansApp) AddDelivery(in orphans.DeliveryInput) (models.Penyaluran, error) {
	return a.s.Orphans.AddDelivery(a.rt.Context(), in)
}

// DeleteDelivery removes a delivery and its photo.
func (a *OrphansApp) DeleteDelivery(id uint) error {
	return a.s.Orphans.DeleteDelivery(a.rt.Context(), id)
}

// OpenPhoto opens a delivery's photo with the system viewer.
func (a *OrphansApp) OpenPhoto(id uint) error {
	p, err := a.s.Orphans.PhotoPath(a.rt.Context(), id, false)
	if err != nil {
		return err
	}
	return a.rt.OpenPath(p)
}

// FollowUps is the list to chase: no foster parent, assessment due, commitment ending,
// delivery missing.
func (a *OrphansApp) FollowUps() ([]orphans.FollowUp, error) {
	return a.s.Orphans.FollowUps(a.rt.Context())
}

// ChooseImportFile asks for a village's workbook; "" when cancelled.
func (a *OrphansApp) ChooseImportFile() (string, error) {
	return a.rt.OpenFile("Pilih berkas Excel dari desa", ExcelFilter)
}

// PreviewImport reads the file and checks every row, saving nothing.
func (a *OrphansApp) PreviewImport(in orphans.ImportInput) (orphans.ImportPreview, error) {
	return runJob(a.rt, a.jobs, JobOrphansPreview, "import-"+in.Kind, "Pemeriksaan berkas anak yatim", func(ctx context.Context) (orphans.ImportPreview, error) {
		return a.s.Orphans.PreviewImport(ctx, in)
	})
}

// Import saves the file in one transaction, or nothing when a row is wrong.
func (a *OrphansApp) Import(in orphans.ImportInput) (orphans.ImportResult, error) {
	return runJob(a.rt, a.jobs, JobOrphansImport, "import-"+in.Kind, "Impor berkas anak yatim", func(ctx context.Context) (orphans.ImportResult, error) {
		return a.s.Orphans.Import(ctx, in)
	})
}

// Export asks where to save and writes the registry; named adds the list of children
// (RAHASIA, logged). Path "" in the result means cancelled.
func (a *OrphansApp) Export(in orphans.ExportInput) (orphans.ExportResult, error) {
	name := "rekap-anak-yatim.xlsx"
	if in.Named {
		name = "RAHASIA-daftar-anak-yatim.xlsx"
	}
	path, err := a.rt.SaveFile("Simpan registri anak yatim", name, ExcelFilter)
	if err != nil || path == "" {
		return orphans.ExportResult{}, err
	}
	in.Path = path
	return runJob(a.rt, a.jobs, JobOrphansExport, "export-orphans", fmt.Sprintf("Ekspor %s", name), func(ctx context.Context) (orphans.ExportResult, error) {
		return a.s.Orphans.Export(ctx, in)
	})
}

// ExportLog lists the exports that named children.
func (a *OrphansApp) ExportLog() ([]models.LogEksporAnak, error) {
	return a.s.Orphans.ExportLog(a.rt.Context())
}

// OpenPath opens a written export.
func (a *OrphansApp) OpenPath(path string) error { return a.rt.OpenPath(path) }
