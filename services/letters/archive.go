package letters

import (
	"context"
	"fmt"
	"os"
	"strings"

	"gorm.io/gorm"

	"sidamping/models"
	"sidamping/services/letters/render"
)

// ArchiveQuery filters the archive.
type ArchiveQuery struct {
	Type   string `json:"type"`
	Year   int    `json:"year"`
	Search string `json:"search"`
}

// ArchiveRow is an issued letter in the archive list.
type ArchiveRow struct {
	models.Surat
	OPDName string `json:"opdName"`
}

// Archive lists issued and cancelled letters, newest number first.
func (s *Service) Archive(ctx context.Context, q ArchiveQuery) ([]ArchiveRow, error) {
	var rows []ArchiveRow
	db := s.db.WithContext(ctx).Table("surat s").Select("s.*, COALESCE(o.name,'') AS opd_name").
		Joins("LEFT JOIN opd o ON o.id = s.opd_id").Where("s.status <> ?", models.StatusDraf)
	if q.Type != "" {
		db = db.Where("s.type = ?", q.Type)
	}
	if q.Year != 0 {
		db = db.Where("s.year = ?", q.Year)
	}
	if q.Search != "" {
		l := "%" + strings.ToLower(strings.TrimSpace(q.Search)) + "%"
		db = db.Where("lower(s.number) LIKE ? OR lower(s.subject) LIKE ? OR lower(o.name) LIKE ?", l, l, l)
	}
	return rows, db.Order("s.year DESC, s.type, s.seq DESC").Scan(&rows).Error
}

// Get returns one letter.
func (s *Service) Get(ctx context.Context, id uint) (models.Surat, error) {
	var l models.Surat
	if err := s.db.WithContext(ctx).First(&l, id).Error; err != nil {
		return l, models.NotFound("letters.not_found", "Surat tidak ditemukan di arsip.")
	}
	return l, nil
}

// PDF returns the stored PDF of an issued letter.
func (s *Service) PDF(ctx context.Context, id uint) (models.Surat, []byte, error) {
	l, err := s.Get(ctx, id)
	if err != nil {
		return l, nil, err
	}
	b, err := os.ReadFile(l.PDFPath)
	if err != nil {
		return l, nil, models.NotFound("letters.pdf_missing", fmt.Sprintf("Berkas PDF surat %s tidak ditemukan di %s.", l.Number, l.PDFPath)).Wrap(err)
	}
	return l, b, nil
}

// Cancel marks an issued letter as cancelled; its number stays taken.
func (s *Service) Cancel(ctx context.Context, id uint, reason string) error {
	reason = models.CleanText(reason)
	if reason == "" {
		return models.Invalid("letters.cancel_reason", "reason", "Alasan pembatalan wajib diisi.")
	}
	return s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		var l models.Surat
		if err := tx.First(&l, id).Error; err != nil {
			return models.NotFound("letters.not_found", "Surat tidak ditemukan di arsip.")
		}
		if l.Status != models.StatusTerbit {
			return models.Conflict("letters.not_issued", fmt.Sprintf("Surat %s tidak berstatus terbit.", l.Number))
		}
		return tx.Model(&l).Updates(map[string]any{"status": models.StatusBatal, "cancel_reason": reason}).Error
	})
}

// IssueAllAssignments issues a Surat Tugas for every OPD paired in the year that has none
// issued yet, in the order of the lampiran (year, paper, date and ForceDate from req) and returns them with one PDF
// holding all of them, written to out when out is not empty. It is all or nothing: one failure (a letter that cannot be composed, a
// folder that cannot be written, out held open by a viewer) issues none of them.
func (s *Service) IssueAllAssignments(ctx context.Context, req Request, out string) ([]models.Surat, []byte, error) {
	year, paper := req.Year, req.Paper
	var opdIDs []uint
	// In the order of the decree's lampiran (kecamatan, then village code): an agency
	// comes where its first village stands.
	err := s.db.WithContext(ctx).Raw(`SELECT p.opd_id FROM pendampingan p JOIN desa d ON d.id = p.desa_id JOIN kecamatan k ON k.id = d.kecamatan_id
		WHERE p.year = ? AND NOT EXISTS (SELECT 1 FROM surat s WHERE s.type = ? AND s.year = p.year AND s.opd_id = p.opd_id AND s.status = ?)
		GROUP BY p.opd_id ORDER BY MIN(k.code || '|' || d.code), p.opd_id`, year, models.SuratTugas, models.StatusTerbit).Scan(&opdIDs).Error
	if err != nil {
		return nil, nil, err
	}
	if len(opdIDs) == 0 {
		return nil, nil, models.Conflict("letters.nothing_to_issue", fmt.Sprintf("Semua perangkat daerah yang mendampingi desa pada tahun %d sudah memiliki surat tugas.", year))
	}
	reqs := make([]Request, len(opdIDs))
	for i, id := range opdIDs {
		reqs[i] = Request{Type: models.SuratTugas, Year: year, OPDID: id, Paper: paper, Date: req.Date, ForceDate: req.ForceDate}
	}
	var pdf []byte
	combine := func(list []issuedLetter) ([]byte, error) {
		assignments := make([]render.Assignment, len(list))
		for i, il := range list {
			a := *il.c.assignment
			a.Number, a.Verification = il.letter.Number, &render.Verification{Payload: il.letter.QRPayload, Code: il.letter.ShortCode}
			assignments[i] = a
		}
		var err error
		pdf, err = render.RenderAssignments(assignments, render.Options{Paper: paper})
		return pdf, err
	}
	list, err := s.issueAll(ctx, reqs, out, combine)
	if err != nil {
		return nil, nil, err
	}
	issued := make([]models.Surat, len(list))
	for i, il := range list {
		issued[i] = il.letter
	}
	if pdf == nil {
		if pdf, err = combine(list); err != nil {
			return issued, nil, models.Internal(err)
		}
	}
	return issued, pdf, nil
}
