package app

import (
	"encoding/base64"
	"fmt"
	"os"
	"path/filepath"

	"sidamping/models"
	"sidamping/services/fileout"
	"sidamping/services/letters"
)

// LetterApp issues, archives and verifies letters.
type LetterApp struct {
	rt *Runtime
	s  *Services
}

// PDFData is a PDF for the in-app preview.
type PDFData struct {
	Name   string `json:"name"`
	Base64 string `json:"base64"`
}

func pdfData(name string, b []byte) PDFData {
	return PDFData{Name: name, Base64: base64.StdEncoding.EncodeToString(b)}
}

// Preview renders a draft (no number) for the in-app preview.
func (a *LetterApp) Preview(req letters.Request) (PDFData, error) {
	b, err := a.s.Letters.Preview(a.rt.Context(), req)
	if err != nil {
		return PDFData{}, err
	}
	return pdfData("draf.pdf", b), nil
}

// Issue takes the next number and stores the letter (Terbitkan).
func (a *LetterApp) Issue(req letters.Request) (models.Surat, error) {
	return a.s.Letters.Issue(a.rt.Context(), req)
}

// IssueAllAssignments asks where to save the combined PDF, then issues the Surat Tugas of
// every paired OPD without one and writes that PDF — all or nothing: a file that cannot
// be written issues none. A cancelled dialog issues them without the combined copy
// (each letter is archived anyway). forceDate confirms a date far from the year
// (letters.date_far).
func (a *LetterApp) IssueAllAssignments(year int, paper, date string, forceDate bool) ([]models.Surat, error) {
	path, err := a.rt.SaveFile("Simpan semua surat tugas", fmt.Sprintf("surat-tugas-%d.pdf", year), PDFFilter)
	if err != nil {
		return nil, err
	}
	req := letters.Request{Year: year, Paper: paper, Date: date, ForceDate: forceDate}
	issued, _, err := a.s.Letters.IssueAllAssignments(a.rt.Context(), req, path)
	if err != nil {
		return nil, err
	}
	if path != "" {
		// Open the combined PDF for printing; the letters are issued even if no viewer starts.
		_ = a.rt.OpenPath(path)
	}
	return issued, nil
}

// CombinePDF joins the archived PDFs of the chosen letters into one ("gabung & cetak"),
// asks where to save it, writes it and opens it for printing; "" when cancelled.
func (a *LetterApp) CombinePDF(ids []uint) (string, error) {
	list, pdf, err := a.s.Letters.CombineArchived(a.rt.Context(), ids)
	if err != nil {
		return "", err
	}
	name := fmt.Sprintf("surat-gabungan-%d-surat.pdf", len(list))
	path, err := a.rt.SaveFile("Simpan gabungan surat", name, PDFFilter)
	if err != nil || path == "" {
		return "", err
	}
	if err := fileout.WriteFile(a.rt.Context(), path, pdf); err != nil {
		return "", err
	}
	_ = a.rt.OpenPath(path)
	return path, nil
}

// ExportRegister asks where to save the year's register of outgoing letters (buku agenda
// surat keluar) and writes the workbook; "" when cancelled.
func (a *LetterApp) ExportRegister(year int) (string, error) {
	path, err := a.rt.SaveFile("Simpan buku agenda surat keluar", fmt.Sprintf("agenda-surat-keluar-%d.xlsx", year), ExcelFilter)
	if err != nil || path == "" {
		return "", err
	}
	_, err = a.s.Letters.ExportRegister(a.rt.Context(), year, path)
	return path, err
}

// Archive lists issued letters.
func (a *LetterApp) Archive(q letters.ArchiveQuery) ([]letters.ArchiveRow, error) {
	return a.s.Letters.Archive(a.rt.Context(), q)
}

// PDF returns an issued letter's PDF for the in-app preview.
func (a *LetterApp) PDF(id uint) (PDFData, error) {
	l, b, err := a.s.Letters.PDF(a.rt.Context(), id)
	if err != nil {
		return PDFData{}, err
	}
	return pdfData(filepath.Base(l.PDFPath), b), nil
}

// OpenPDF opens an issued letter in the system's PDF viewer (for printing).
func (a *LetterApp) OpenPDF(id uint) error {
	l, err := a.s.Letters.Get(a.rt.Context(), id)
	if err != nil {
		return err
	}
	if _, err := os.Stat(l.PDFPath); err != nil {
		return models.NotFound("letters.pdf_missing", "Berkas PDF surat "+l.Number+" tidak ditemukan.")
	}
	return a.rt.OpenPath(l.PDFPath)
}

// ExportPDF copies an issued letter's PDF to a place the user chooses; "" when cancelled.
func (a *LetterApp) ExportPDF(id uint) (string, error) {
	l, b, err := a.s.Letters.PDF(a.rt.Context(), id)
	if err != nil {
		return "", err
	}
	path, err := a.rt.SaveFile("Simpan salinan surat", filepath.Base(l.PDFPath), PDFFilter)
	if err != nil || path == "" {
		return "", err
	}
	if err := fileout.WriteFile(a.rt.Context(), path, b); err != nil {
		return "", err
	}
	return path, nil
}

// Cancel marks a letter cancelled; its number stays taken.
func (a *LetterApp) Cancel(id uint, reason string) error {
	return a.s.Letters.Cancel(a.rt.Context(), id, reason)
}

// Templates returns a letter type's editable texts.
func (a *LetterApp) Templates(typ string) ([]letters.TemplatePart, error) {
	return a.s.Letters.Templates(a.rt.Context(), typ)
}

// SaveTemplate stores one template text (empty restores the default).
func (a *LetterApp) SaveTemplate(typ, part, text string) error {
	return a.s.Letters.SaveTemplate(a.rt.Context(), typ, part, text)
}

// Pattern returns a letter type's numbering pattern.
func (a *LetterApp) Pattern(typ string) (models.PolaNomor, error) {
	return a.s.Letters.Pattern(a.rt.Context(), typ)
}

// SavePattern stores a numbering pattern.
func (a *LetterApp) SavePattern(p models.PolaNomor) (models.PolaNomor, error) {
	return a.s.Letters.SavePattern(a.rt.Context(), p)
}

// Numbers lists the numbers taken for a type and year.
func (a *LetterApp) Numbers(typ string, year int) ([]models.NomorSurat, error) {
	return a.s.Letters.ListNumbers(a.rt.Context(), typ, year)
}

// RecordManualNumber records a number taken by hand.
func (a *LetterApp) RecordManualNumber(in letters.ManualNumberInput) (models.NomorSurat, error) {
	return a.s.Letters.RecordManualNumber(a.rt.Context(), in)
}

// Verify checks pasted QR text.
func (a *LetterApp) Verify(text string) (letters.VerifyResult, error) {
	return a.s.Letters.Verify(a.rt.Context(), text)
}

// VerifyCode checks a number plus the printed short code.
func (a *LetterApp) VerifyCode(number, code string) (letters.VerifyResult, error) {
	return a.s.Letters.VerifyCode(a.rt.Context(), number, code)
}

// VerifyImage asks for a scanned image (PNG/JPG) of a printed letter and checks its QR
// code; nil when cancelled.
func (a *LetterApp) VerifyImage() (*letters.VerifyResult, error) {
	path, err := a.rt.OpenFile("Pilih gambar pindaian surat", ImageFilter)
	if err != nil || path == "" {
		return nil, err
	}
	res, err := a.s.Letters.VerifyImageFile(a.rt.Context(), path)
	if err != nil {
		return nil, err
	}
	return &res, nil
}
