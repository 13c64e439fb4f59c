// Package households keeps the household registry: editions of the regency's poverty
// lists (DTKS, P3KE, DTSEN) imported fast and safely from Excel or CSV, their families
// (by No KK) and members (by NIK), the verification (verval) of each by the pairing
// teams, the comparison of two editions and the ranking of villages by their desil 1-2
// families.
//
// Imports stream the sheets with services/sheetreader in one goroutine while another
// inserts batches through prepared multi-row statements in a single transaction, so a
// million members load in seconds and a failure or a cancel leaves nothing behind.
package households

import (
	"context"
	"errors"
	"strings"

	"gorm.io/gorm"

	"sidamping/models"
	"sidamping/services/common"
	"sidamping/services/master"
)

// ProgressTask is the task name of the import's progress events (and of its cancel).
const ProgressTask = "import-households"

// Service is the household registry service.
type Service struct {
	db     *gorm.DB
	clock  common.Clock
	em     common.Emitter
	master *master.Service

	// onRows, when set (tests), is called every 1,024 rows read by an import.
	onRows func(rows int64)
}

// New builds the service. master marks priority villages (SuggestPriority's choice);
// it may be nil in tests that do not mark any.
func New(db *gorm.DB, clock common.Clock, em common.Emitter, m *master.Service) *Service {
	if clock == nil {
		clock = common.SystemClock{}
	}
	if em == nil {
		em = common.NopEmitter{}
	}
	if m == nil {
		m = master.New(db, clock)
	}
	return &Service{db: db, clock: clock, em: em, master: m}
}

// Editions lists the editions, newest first.
func (s *Service) Editions(ctx context.Context) ([]models.Edisi, error) {
	var out []models.Edisi
	err := s.db.WithContext(ctx).Order("created_at DESC, id DESC").Find(&out).Error
	return out, err
}

// edition loads one edition or returns households.not_found.
func (s *Service) edition(ctx context.Context, id uint) (models.Edisi, error) {
	var e models.Edisi
	err := s.db.WithContext(ctx).First(&e, id).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return e, models.NotFound(CodeNotFound, "Edisi data tidak ditemukan.")
	}
	return e, err
}

// EditionByName finds an edition by its name (case-insensitive).
func (s *Service) EditionByName(ctx context.Context, name string) (models.Edisi, error) {
	var e []models.Edisi
	if err := s.db.WithContext(ctx).Where("lower(name) = ?", strings.ToLower(strings.TrimSpace(name))).Limit(1).Find(&e).Error; err != nil {
		return models.Edisi{}, err
	}
	if len(e) == 0 {
		return models.Edisi{}, models.NotFound(CodeNotFound, "Edisi data \""+name+"\" tidak ditemukan.")
	}
	return e[0], nil
}
