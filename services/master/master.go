// Package master keeps the master data: kecamatan, desa/kelurahan (with their flags per
// programme year), perangkat daerah (OPD) and programme years.
package master

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"gorm.io/gorm"

	"sidamping/models"
	"sidamping/services/common"
)

// Service is the master-data service.
type Service struct {
	db    *gorm.DB
	clock common.Clock
}

// New builds the service.
func New(db *gorm.DB, clock common.Clock) *Service {
	if clock == nil {
		clock = common.SystemClock{}
	}
	return &Service{db: db, clock: clock}
}

// like builds a LIKE pattern for a search text.
func like(s string) string { return "%" + strings.ToLower(strings.TrimSpace(s)) + "%" }

// refuseIfReferenced returns a referenced-error naming what points at the record.
func (s *Service) refuseIfReferenced(ctx context.Context, tx *gorm.DB, table, keyCol string, key any, what string) error {
	refs, err := models.FindReferences(ctx, tx, table, keyCol, key)
	if err != nil {
		return err
	}
	if len(refs) == 0 {
		return nil
	}
	e := models.NewError(models.ErrReferenced, table+".referenced",
		fmt.Sprintf("%s tidak dapat dihapus karena masih dirujuk oleh %s.", what, models.DescribeReferences(refs)))
	e.Params = map[string]any{"references": refs}
	return e
}

// notFound maps gorm's not-found to a typed error.
func notFound(err error, code, msg string) error {
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return models.NotFound(code, msg)
	}
	return err
}

// isUniqueViolation tells whether err is a UNIQUE constraint failure.
func isUniqueViolation(err error) bool {
	return err != nil && (errors.Is(err, gorm.ErrDuplicatedKey) || strings.Contains(err.Error(), "UNIQUE constraint failed"))
}

func equalFold(a, b string) bool {
	return strings.EqualFold(strings.TrimSpace(a), strings.TrimSpace(b))
}
