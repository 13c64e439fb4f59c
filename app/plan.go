package app

import (
	"encoding/base64"
	"fmt"
	"os"

	"sidamping/models"
	"sidamping/services/assessment"
	"sidamping/services/evaluation"
	"sidamping/services/plan"
	"sidamping/services/progress"
	"sidamping/services/realization"
)

// PlanApp carries a pairing through its year: assessment, action plan, monthly
// realisation with evidence, progress views and the semester evaluation.
type PlanApp struct {
	rt *Runtime
	s  *Services
}

// Options returns the fixed lists (strategies, target groups, funding sources, ...).
func (a *PlanApp) Options() plan.Options { return plan.ListOptions() }

// --- Assessment (Form 1, Form 2, problems and needs; Form 3 and Form 4) ---

// Assessment returns a pairing's assessment.
func (a *PlanApp) Assessment(pid uint) (assessment.Assessment, error) {
	return a.s.Assessment.Get(a.rt.Context(), pid)
}

// SaveAssessmentHead saves the assessment's date, assessor and note.
func (a *PlanApp) SaveAssessmentHead(pid uint, in models.Asesmen) (models.Asesmen, error) {
	return a.s.Assessment.SaveHead(a.rt.Context(), pid, in)
}

// SavePotentials replaces Form 1.
func (a *PlanApp) SavePotentials(pid uint, items []models.PotensiDesa) ([]models.PotensiDesa, error) {
	return a.s.Assessment.SavePotentials(a.rt.Context(), pid, items)
}

// SaveIssues replaces the problems and needs.
func (a *PlanApp) SaveIssues(pid uint, items []models.Masalah) ([]models.Masalah, error) {
	return a.s.Assessment.SaveIssues(a.rt.Context(), pid, items)
}

// SaveCharacteristics saves Form 2 (semester 0) or Form 4 (semester 1 or 2).
func (a *PlanApp) SaveCharacteristics(pid uint, semester int, in models.Karakteristik) (models.Karakteristik, error) {
	return a.s.Assessment.SaveCharacteristics(a.rt.Context(), pid, semester, in)
}

// Monitoring returns Form 3 and Form 4 of a semester with the changes against Form 2.
func (a *PlanApp) Monitoring(pid uint, semester int) (assessment.Monitoring, error) {
	return a.s.Assessment.GetMonitoring(a.rt.Context(), pid, semester)
}

// SaveForm3 records the semester progress of the potentials.
func (a *PlanApp) SaveForm3(pid uint, semester int, items []models.PotensiPantau) (assessment.Monitoring, error) {
	if err := a.s.Assessment.SaveForm3(a.rt.Context(), pid, semester, items); err != nil {
		return assessment.Monitoring{}, err
	}
	return a.s.Assessment.GetMonitoring(a.rt.Context(), pid, semester)
}

// --- Action plan ---

// Plan returns a pairing's action plan.
func (a *PlanApp) Plan(pid uint) (plan.Plan, error) { return a.s.Plan.GetPlan(a.rt.Context(), pid) }

// SaveActivity creates or updates an activity.
func (a *PlanApp) SaveActivity(in plan.ActivityInput) (plan.Activity, error) {
	return a.s.Plan.SaveActivity(a.rt.Context(), in)
}

// DeleteActivity removes an activity without realisation.
func (a *PlanApp) DeleteActivity(id uint) error { return a.s.Plan.DeleteActivity(a.rt.Context(), id) }

// CopyActivity duplicates an activity.
func (a *PlanApp) CopyActivity(id uint) (plan.Activity, error) {
	return a.s.Plan.CopyActivity(a.rt.Context(), id)
}

// CopyPreviousYear copies last year's plan of a continuation village.
func (a *PlanApp) CopyPreviousYear(pid uint) (plan.CopyResult, error) {
	return a.s.Plan.CopyPreviousYear(a.rt.Context(), pid)
}

// Reorder sets the order of a pairing's activities.
func (a *PlanApp) Reorder(pid uint, ids []uint) error {
	return a.s.Plan.Reorder(a.rt.Context(), pid, ids)
}

// --- Realisation ---

// Months lists an activity's monthly entries.
func (a *PlanApp) Months(kegiatanID uint) ([]realization.Entry, error) {
	return a.s.Realization.Months(a.rt.Context(), kegiatanID)
}

// SaveMonth records a month's realisation.
func (a *PlanApp) SaveMonth(in realization.EntryInput) (realization.Entry, error) {
	return a.s.Realization.SaveMonth(a.rt.Context(), in)
}

// DeleteMonth removes a month's entry and its evidence.
func (a *PlanApp) DeleteMonth(id uint) error { return a.s.Realization.DeleteMonth(a.rt.Context(), id) }

// AddEvidence asks for a photo or PDF and attaches it to a month's entry; a zero Bukti
// when the dialog was cancelled.
func (a *PlanApp) AddEvidence(realisasiID uint, caption string) (models.Bukti, error) {
	path, err := a.rt.OpenFile("Pilih foto atau PDF bukti kegiatan",
		FileFilter{"Foto atau PDF (*.jpg, *.png, *.pdf)", "*.jpg;*.jpeg;*.png;*.pdf"}, ImageFilter, PDFFilter)
	if err != nil || path == "" {
		return models.Bukti{}, err
	}
	return a.s.Realization.AddEvidence(a.rt.Context(), realisasiID, path, caption)
}

// RemoveEvidence deletes an evidence file.
func (a *PlanApp) RemoveEvidence(id uint) error {
	return a.s.Realization.RemoveEvidence(a.rt.Context(), id)
}

// OpenEvidence opens an evidence file in the system's viewer.
func (a *PlanApp) OpenEvidence(id uint) error {
	file, _, err := a.s.Realization.EvidencePath(a.rt.Context(), id)
	if err != nil {
		return err
	}
	return a.rt.OpenPath(file)
}

// EvidenceThumbnail returns an image's thumbnail as a data URL ("" for a PDF).
func (a *PlanApp) EvidenceThumbnail(id uint) (string, error) {
	_, thumb, err := a.s.Realization.EvidencePath(a.rt.Context(), id)
	if err != nil || thumb == "" {
		return "", err
	}
	data, err := os.ReadFile(thumb)
	if err != nil {
		return "", models.NotFound("realization.evidence_not_found", fmt.Sprintf("Gambar kecil bukti tidak ditemukan: %v.", err))
	}
	return "data:image/jpeg;base64," + base64.StdEncoding.EncodeToString(data), nil
}

// --- Progress views ---

// Progress returns plan against realisation for the filter (per pairing, OPD or
// kecamatan), with monthly series for the charts and the activities behind schedule.
func (a *PlanApp) Progress(f progress.Filter) (progress.Overview, error) {
	return a.s.Progress.Overview(a.rt.Context(), f)
}

// --- Semester evaluation ---

// Evaluations lists the year's pairings with their evaluation of a semester.
func (a *PlanApp) Evaluations(year, semester int) ([]evaluation.Row, error) {
	return a.s.Evaluation.List(a.rt.Context(), year, semester)
}

// Evaluation returns the evaluation summary of a pairing and semester.
func (a *PlanApp) Evaluation(pid uint, semester int) (evaluation.Summary, error) {
	return a.s.Evaluation.Get(a.rt.Context(), pid, semester)
}

// SaveEvaluation records a semester evaluation.
func (a *PlanApp) SaveEvaluation(in models.Evaluasi) (evaluation.Summary, error) {
	e, err := a.s.Evaluation.Save(a.rt.Context(), in)
	if err != nil {
		return evaluation.Summary{}, err
	}
	return a.s.Evaluation.Get(a.rt.Context(), e.PendampinganID, e.Semester)
}

// ExportEvaluationPDF asks where to save the pairing's evaluation summary and writes
// it; "" when cancelled.
func (a *PlanApp) ExportEvaluationPDF(pid uint, semester int) (string, error) {
	name := fmt.Sprintf("evaluasi-semester-%d-%d.pdf", semester, pid)
	path, err := a.rt.SaveFile("Simpan ringkasan evaluasi", name, PDFFilter)
	if err != nil || path == "" {
		return "", err
	}
	return path, a.s.Evaluation.PDF(a.rt.Context(), pid, semester, path)
}
