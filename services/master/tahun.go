package master

import (
	"context"
	"fmt"

	"gorm.io/gorm"

	"sidamping/models"
)

// YearRow is a programme year with its number of priority villages.
type YearRow struct {
	models.TahunProgram
	PriorityCount int `json:"priorityCount"`
}

// ListYears lists programme years, newest first.
func (s *Service) ListYears(ctx context.Context) ([]YearRow, error) {
	var rows []YearRow
	err := s.db.WithContext(ctx).Table("tahun_program y").
		Select("y.*, (SELECT COUNT(*) FROM desa_tahun t WHERE t.year = y.year AND t.priority = 1) AS priority_count").
		Order("y.year DESC").Scan(&rows).Error
	return rows, err
}

// ActiveYear returns the active programme year, or 0 when there is none.
func (s *Service) ActiveYear(ctx context.Context) (int, error) {
	var ys []int
	err := s.db.WithContext(ctx).Model(&models.TahunProgram{}).Where("active = ?", true).Limit(1).Pluck("year", &ys).Error
	if err != nil || len(ys) == 0 {
		return 0, err
	}
	return ys[0], nil
}

// AddYear creates a programme year; the first year becomes active.
func (s *Service) AddYear(ctx context.Context, year int, note string) (models.TahunProgram, error) {
	if year < 2000 || year > 2100 {
		return models.TahunProgram{}, models.Invalid("tahun.invalid", "year", fmt.Sprintf("Tahun %d tidak wajar; isi antara 2000 dan 2100.", year))
	}
	t := models.TahunProgram{Year: year, Note: models.CleanText(note)}
	err := s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		var n, total int64
		tx.Model(&models.TahunProgram{}).Where("year = ?", year).Count(&n)
		if n > 0 {
			return models.Invalid("tahun.duplicate", "year", fmt.Sprintf("Tahun program %d sudah ada.", year))
		}
		tx.Model(&models.TahunProgram{}).Count(&total)
		t.Active = total == 0
		return tx.Create(&t).Error
	})
	return t, err
}

// UpdateYearNote changes a year's note.
func (s *Service) UpdateYearNote(ctx context.Context, year int, note string) error {
	res := s.db.WithContext(ctx).Model(&models.TahunProgram{}).Where("year = ?", year).Update("note", models.CleanText(note))
	if res.Error == nil && res.RowsAffected == 0 {
		return models.NotFound("tahun.not_found", fmt.Sprintf("Tahun program %d tidak ditemukan.", year))
	}
	return res.Error
}

// SetActiveYear makes year the only active one.
func (s *Service) SetActiveYear(ctx context.Context, year int) error {
	return s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		var n int64
		tx.Model(&models.TahunProgram{}).Where("year = ?", year).Count(&n)
		if n == 0 {
			return models.NotFound("tahun.not_found", fmt.Sprintf("Tahun program %d tidak ditemukan.", year))
		}
		if err := tx.Model(&models.TahunProgram{}).Where("year <> ?", year).Update("active", false).Error; err != nil {
			return err
		}
		return tx.Model(&models.TahunProgram{}).Where("year = ?", year).Update("active", true).Error
	})
}

// DeleteYear removes a year that is not active and that nothing refers to.
func (s *Service) DeleteYear(ctx context.Context, year int) error {
	return s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		var t models.TahunProgram
		if err := tx.Where("year = ?", year).First(&t).Error; err != nil {
			return notFound(err, "tahun.not_found", fmt.Sprintf("Tahun program %d tidak ditemukan.", year))
		}
		if t.Active {
			return models.Conflict("tahun.active", fmt.Sprintf("Tahun %d sedang aktif; aktifkan tahun lain sebelum menghapusnya.", year))
		}
		if err := s.refuseIfReferenced(ctx, tx, "tahun_program", "year", year, fmt.Sprintf("Tahun program %d", year)); err != nil {
			return err
		}
		return tx.Delete(&t).Error
	})
}
