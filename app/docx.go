package app

import (
	"fmt"
	"path/filepath"
	"strings"

	"sidamping/services/fileout"
	"sidamping/services/letters"
)

// WordFilter picks Word documents in the save dialog.
var WordFilter = FileFilter{"Dokumen Word (*.docx)", "*.docx"}

// SavePreviewDocx asks where to save the letter's draft (no number) as a Word document
// for the legal section to mark up, and writes it; "" when cancelled.
func (a *LetterApp) SavePreviewDocx(req letters.Request) (string, error) {
	name := fmt.Sprintf("draf-%s-%d.docx", strings.ReplaceAll(req.Type, "_", "-"), req.Year)
	if req.OPDID != 0 {
		name = fmt.Sprintf("draf-%s-%d-opd-%d.docx", strings.ReplaceAll(req.Type, "_", "-"), req.Year, req.OPDID)
	}
	path, err := a.rt.SaveFile("Simpan draf surat sebagai Word", name, WordFilter)
	if err != nil || path == "" {
		return "", err
	}
	ctx := a.rt.Context()
	if err := fileout.Check(ctx, path); err != nil {
		return "", err
	}
	b, err := a.s.Letters.PreviewDocx(ctx, req)
	if err != nil {
		return "", err
	}
	return path, fileout.WriteFile(ctx, path, b)
}

// SaveDocx asks where to save an issued letter's Word copy (with its number and QR
// code; the archived PDF stays the original) and writes it; "" when cancelled.
func (a *LetterApp) SaveDocx(id uint) (string, error) {
	ctx := a.rt.Context()
	l, err := a.s.Letters.Get(ctx, id)
	if err != nil {
		return "", err
	}
	name := strings.TrimSuffix(filepath.Base(l.PDFPath), ".pdf") + ".docx"
	path, err := a.rt.SaveFile("Simpan salinan Word surat", name, WordFilter)
	if err != nil || path == "" {
		return "", err
	}
	if err := fileout.Check(ctx, path); err != nil {
		return "", err
	}
	_, b, err := a.s.Letters.Docx(ctx, id)
	if err != nil {
		return "", err
	}
	return path, fileout.WriteFile(ctx, path, b)
}

// ExportEvaluationDocx asks where to save the pairing's evaluation summary as a Word
// document and writes it; "" when cancelled.
func (a *PlanApp) ExportEvaluationDocx(pid uint, semester int) (string, error) {
	name := fmt.Sprintf("evaluasi-semester-%d-%d.docx", semester, pid)
	path, err := a.rt.SaveFile("Simpan ringkasan evaluasi sebagai Word", name, WordFilter)
	if err != nil || path == "" {
		return "", err
	}
	return path, a.s.Evaluation.Docx(a.rt.Context(), pid, semester, path)
}
