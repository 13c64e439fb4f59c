package plan

import (
	"context"
	"fmt"

	"gorm.io/gorm"

	"sidamping/models"
)

// CopyResult tells what CopyPreviousYear carried over.
type CopyResult struct {
	FromPendampinganID uint  `json:"fromPendampinganId"`
	FromYear           int   `json:"fromYear"`
	Copied             int   `json:"copied"`
	BudgetTotal        int64 `json:"budgetTotal"`
}

// CopyPreviousYear copies the action plan of the same village's pairing in the previous
// year (a continuation village, desa lanjutan) into this pairing: every activity with its
// budget lines and partners, planned for the same months; realisation and need links
// (which belong to last year's assessment) stay behind. The executor stays the same
// unless it was last year's lead OPD, which becomes this year's lead OPD. One transaction;
// refused when it was already copied.
func (s *Service) CopyPreviousYear(ctx context.Context, pendampinganID uint) (CopyResult, error) {
	var res CopyResult
	err := s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		h, err := loadPairing(tx, pendampinganID)
		if err != nil {
			return err
		}
		var prev []models.Pendampingan
		if err := tx.Where("desa_id = ? AND year = ?", h.DesaID, h.Year-1).Find(&prev).Error; err != nil {
			return err
		}
		if len(prev) == 0 {
			return models.NotFound(CodeNoPreviousYear, fmt.Sprintf("Desa %s tidak didampingi pada tahun %d; tidak ada rencana aksi yang dapat disalin.", h.DesaName, h.Year-1))
		}
		from := prev[0]
		res.FromPendampinganID, res.FromYear = from.ID, from.Year
		var ks []models.Kegiatan
		if err := tx.Where("pendampingan_id = ?", from.ID).Order("sort_order, id").Find(&ks).Error; err != nil {
			return err
		}
		if len(ks) == 0 {
			return models.NotFound(CodeNothingToCopy, fmt.Sprintf("Rencana aksi desa %s tahun %d belum berisi kegiatan.", h.DesaName, from.Year))
		}
		var already int64
		tx.Raw(`SELECT COUNT(*) FROM kegiatan k WHERE k.pendampingan_id = ? AND k.copied_from_id IN
			(SELECT id FROM kegiatan WHERE pendampingan_id = ?)`, h.ID, from.ID).Scan(&already)
		if already > 0 {
			return models.Conflict(CodeAlreadyCopied, fmt.Sprintf("Rencana aksi tahun %d sudah disalin ke pendampingan ini (%d kegiatan).", from.Year, already))
		}
		var start struct{ N int }
		tx.Raw(`SELECT COALESCE(MAX(sort_order), 0) AS n FROM kegiatan WHERE pendampingan_id = ?`, h.ID).Scan(&start)
		for i, k := range ks {
			c := k
			c.ID, c.PendampinganID, c.SortOrder, c.CopiedFromID = 0, h.ID, start.N+i+1, &k.ID
			if k.ExecutorOPDID != nil && *k.ExecutorOPDID == from.OPDID {
				opd := h.OPDID
				c.ExecutorOPDID = &opd
			}
			if err := tx.Create(&c).Error; err != nil {
				return err
			}
			if err := copyChildren(tx, k.ID, c.ID, false); err != nil {
				return err
			}
			res.Copied++
		}
		return tx.Raw(`SELECT COALESCE(SUM(a.amount), 0) FROM kegiatan_anggaran a JOIN kegiatan k ON k.id = a.kegiatan_id
			WHERE k.pendampingan_id = ? AND k.copied_from_id IS NOT NULL`, h.ID).Scan(&res.BudgetTotal).Error
	})
	return res, err
}

// Options are the fixed lists the plan forms offer.
type Options struct {
	Strategies     []models.Option `json:"strategies"`
	TargetGroups   []models.Option `json:"targetGroups"`
	FundingSources []models.Option `json:"fundingSources"`
	Statuses       []models.Option `json:"statuses"`
	Categories     []models.Option `json:"categories"`
	Characteristic []models.Option `json:"characteristics"`
	Priorities     []models.Option `json:"priorities"`
}

// ListOptions returns the fixed lists.
func ListOptions() Options {
	return Options{Strategies: models.Strategies, TargetGroups: models.TargetGroups, FundingSources: models.FundingSources,
		Statuses: models.ActivityStatuses, Categories: models.PotentialCategories, Characteristic: models.Characteristics,
		Priorities: models.Priorities}
}
