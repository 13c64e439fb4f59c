// Package pairing pairs each priority village with its lead agency (OPD) for a programme
// year, keeps the team and the partner companions, and carries continuation villages into
// the next year.
package pairing

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"gorm.io/gorm"

	"sidamping/models"
	"sidamping/services/common"
)

// Service is the pairing service.
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

// AssignInput pairs a village with an OPD.
type AssignInput struct {
	Year         int    `json:"year"`
	DesaID       uint   `json:"desaId"`
	OPDID        uint   `json:"opdId"`
	SecondReason string `json:"secondReason"`
	Note         string `json:"note"`
}

// Error codes the UI translates.
const (
	CodeVillageTaken   = "pairing.village_taken"
	CodeNotPriority    = "pairing.not_priority"
	CodeNeedsReason    = "pairing.second_needs_reason"
	CodeYearUnknown    = "pairing.year_unknown"
	CodeNotFound       = "pairing.not_found"
	CodeTeamInvalid    = "pairing.team_invalid"
	CodeOPDUnknown     = "pairing.opd_unknown"
	CodeVillageUnknown = "pairing.village_unknown"
)

type villageInfo struct {
	Name, KecamatanName string
	Priority            bool
}

func loadVillage(tx *gorm.DB, desaID uint, year int) (villageInfo, error) {
	var rows []villageInfo
	err := tx.Raw(`SELECT d.name, k.name AS kecamatan_name, COALESCE(t.priority,0) AS priority
		FROM desa d JOIN kecamatan k ON k.id = d.kecamatan_id
		LEFT JOIN desa_tahun t ON t.desa_id = d.id AND t.year = ?
		WHERE d.id = ?`, year, desaID).Scan(&rows).Error
	if err != nil {
		return villageInfo{}, err
	}
	if len(rows) == 0 {
		return villageInfo{}, models.NotFound(CodeVillageUnknown, "Desa/kelurahan tidak ditemukan.")
	}
	return rows[0], nil
}

// checkRules applies the pairing rules for assigning opdID to desaID in year; exceptID is
// the pairing being changed (0 for a new one). It returns the reason to store.
func checkRules(tx *gorm.DB, in AssignInput, exceptID uint) (string, error) {
	var n int64
	tx.Model(&models.TahunProgram{}).Where("year = ?", in.Year).Count(&n)
	if n == 0 {
		return "", models.Invalid(CodeYearUnknown, "year", fmt.Sprintf("Tahun program %d belum dibuat.", in.Year))
	}
	v, err := loadVillage(tx, in.DesaID, in.Year)
	if err != nil {
		return "", err
	}
	var opd models.OPD
	if err := tx.First(&opd, in.OPDID).Error; err != nil {
		return "", models.NotFound(CodeOPDUnknown, "Perangkat daerah yang dipilih tidak ditemukan.")
	}
	if !v.Priority {
		return "", models.Conflict(CodeNotPriority, fmt.Sprintf(
			"Desa %s (Kec. %s) bukan desa prioritas tahun %d; tandai sebagai prioritas di Data Master terlebih dahulu.", v.Name, v.KecamatanName, in.Year))
	}
	var taken []struct {
		ID      uint
		OPDName string
	}
	tx.Raw(`SELECT p.id, o.name AS opd_name FROM pendampingan p JOIN opd o ON o.id = p.opd_id
		WHERE p.year = ? AND p.desa_id = ? AND p.id <> ?`, in.Year, in.DesaID, exceptID).Scan(&taken)
	if len(taken) > 0 {
		return "", models.Conflict(CodeVillageTaken, fmt.Sprintf(
			"Desa %s sudah didampingi %s pada tahun %d; satu desa hanya memiliki satu perangkat daerah pendamping utama.", v.Name, taken[0].OPDName, in.Year))
	}
	var others []string
	tx.Raw(`SELECT d.name FROM pendampingan p JOIN desa d ON d.id = p.desa_id
		WHERE p.year = ? AND p.opd_id = ? AND p.id <> ? ORDER BY d.name`, in.Year, in.OPDID, exceptID).Scan(&others)
	reason := models.CleanText(in.SecondReason)
	if len(others) > 0 && reason == "" {
		e := models.Invalid(CodeNeedsReason, "secondReason", fmt.Sprintf(
			"%s sudah mendampingi %s pada tahun %d; isi alasan bila perangkat daerah ini mendampingi desa berikutnya.",
			opd.Name, strings.Join(others, ", "), in.Year))
		e.Fields = map[string]string{"secondReason": e.Message}
		return "", e
	}
	if len(others) == 0 {
		reason = ""
	}
	return reason, nil
}

// Assign pairs a priority village with its lead OPD for a year.
func (s *Service) Assign(ctx context.Context, in AssignInput) (models.Pendampingan, error) {
	var p models.Pendampingan
	err := s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		reason, err := checkRules(tx, in, 0)
		if err != nil {
			return err
		}
		p = models.Pendampingan{Year: in.Year, DesaID: in.DesaID, OPDID: in.OPDID, SecondReason: reason, Note: models.CleanText(in.Note)}
		return tx.Create(&p).Error
	})
	return p, err
}

// ChangeOPD gives an existing pairing another OPD (or a new reason), under the same rules.
func (s *Service) ChangeOPD(ctx context.Context, id uint, opdID uint, secondReason, note string) (models.Pendampingan, error) {
	var p models.Pendampingan
	err := s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if err := tx.First(&p, id).Error; err != nil {
			return notFound(err)
		}
		reason, err := checkRules(tx, AssignInput{Year: p.Year, DesaID: p.DesaID, OPDID: opdID, SecondReason: secondReason}, p.ID)
		if err != nil {
			return err
		}
		p.OPDID, p.SecondReason, p.Note = opdID, reason, models.CleanText(note)
		return tx.Save(&p).Error
	})
	return p, err
}

// Unassign removes a pairing (with its team and partner links) when nothing else refers to it.
func (s *Service) Unassign(ctx context.Context, id uint) error {
	return s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		var p models.Pendampingan
		if err := tx.First(&p, id).Error; err != nil {
			return notFound(err)
		}
		refs, err := models.FindReferences(ctx, tx, "pendampingan", "id", p.ID)
		if err != nil {
			return err
		}
		if len(refs) > 0 {
			return models.NewError(models.ErrReferenced, "pendampingan.referenced",
				"Pendampingan tidak dapat dihapus karena masih dirujuk oleh "+models.DescribeReferences(refs)+".")
		}
		return tx.Delete(&p).Error
	})
}

func notFound(err error) error {
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return models.NotFound(CodeNotFound, "Pendampingan tidak ditemukan.")
	}
	return err
}
