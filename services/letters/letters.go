// Package letters makes the programme's letters — the regent's decree (Keputusan Bupati)
// with its pairing lampiran and the assignment letters (Surat Tugas) — numbers and issues
// them, keeps the archive, and verifies a printed letter's QR code.
package letters

import (
	"gorm.io/gorm"

	"sidamping/services/common"
)

// Service is the letters service.
type Service struct {
	db      *gorm.DB
	clock   common.Clock
	dataDir string
}

// New builds the service; issued PDFs are stored under dataDir/surat.
func New(db *gorm.DB, clock common.Clock, dataDir string) *Service {
	if clock == nil {
		clock = common.SystemClock{}
	}
	return &Service{db: db, clock: clock, dataDir: dataDir}
}
