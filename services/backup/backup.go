// Package backup makes and restores copies of the database with SQLite's online backup
// API, keeps the automatic copies (before migrations, first start of the day) and
// validates a file before restoring it.
package backup

import (
	"context"
	"errors"
	"time"

	"gorm.io/gorm"

	"sidamping/services/common"
)

// KeepAuto is how many automatic backups are kept.
const KeepAuto = 10

// Info describes a backup file.
type Info struct {
	Path          string    `json:"path"`
	Name          string    `json:"name"`
	Size          int64     `json:"size"`
	SchemaVersion int       `json:"schemaVersion"`
	CreatedAt     time.Time `json:"createdAt"`
	Reason        string    `json:"reason"`
}

// Service makes and restores backups of the database at DBPath.
type Service struct {
	db      *gorm.DB
	dbPath  string
	autoDir string
	clock   common.Clock
	em      common.Emitter
}

// New builds the service; automatic backups go to <folder of dbPath>/backups.
func New(db *gorm.DB, dbPath string, clock common.Clock, em common.Emitter) *Service {
	return &Service{db: db, dbPath: dbPath, clock: clock, em: em}
}

var errTODO = errors.New("belum dibuat")

// Backup writes a consistent copy of the live database to dst (progress events, cancellable).
func (s *Service) Backup(ctx context.Context, dst string) (Info, error) { return Info{}, errTODO }

// Validate checks that path is a SiDamping database this build can open.
func (s *Service) Validate(ctx context.Context, path string) (Info, error) { return Info{}, errTODO }

// Restore validates src, backs up the current database, then replaces its content with src.
func (s *Service) Restore(ctx context.Context, src string) (Info, error) { return Info{}, errTODO }

// AutoBackup writes an automatic backup for reason and prunes to KeepAuto.
func (s *Service) AutoBackup(ctx context.Context, reason string) (Info, error) {
	return Info{}, errTODO
}

// DailyIfDue makes the first-start-of-the-day backup when none was made today.
func (s *Service) DailyIfDue(ctx context.Context) (*Info, error) { return nil, errTODO }

// ListAuto lists the automatic backups, newest first.
func (s *Service) ListAuto(ctx context.Context) ([]Info, error) { return nil, errTODO }
