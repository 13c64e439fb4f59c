package pairing

import (
	"context"
	"fmt"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"

	"sidamping/models"
)

// CopyCandidate is last year's pairing that can continue into the new year.
type CopyCandidate struct {
	DesaID        uint   `json:"desaId"`
	DesaName      string `json:"desaName"`
	KecamatanName string `json:"kecamatanName"`
	OPDID         uint   `json:"opdId"`
	OPDName       string `json:"opdName"`
	TeamSize      int    `json:"teamSize"`
	// AlreadyPaired is true when the village already has a pairing in the target year.
	AlreadyPaired bool `json:"alreadyPaired"`
	Continuation  bool `json:"continuation"`
}

// CopyCandidates lists the pairings of fromYear that could be carried into toYear.
func (s *Service) CopyCandidates(ctx context.Context, fromYear, toYear int) ([]CopyCandidate, error) {
	var rows []CopyCandidate
	err := s.db.WithContext(ctx).Raw(`SELECT p.desa_id, d.name AS desa_name, k.name AS kecamatan_name,
			p.opd_id, o.name AS opd_name,
			(SELECT COUNT(*) FROM anggota_tim a WHERE a.pendampingan_id = p.id) AS team_size,
			EXISTS(SELECT 1 FROM pendampingan q WHERE q.year = ? AND q.desa_id = p.desa_id) AS already_paired,
			COALESCE((SELECT t.continuation FROM desa_tahun t WHERE t.year = ? AND t.desa_id = p.desa_id),0) AS continuation
		FROM pendampingan p JOIN desa d ON d.id = p.desa_id JOIN kecamatan k ON k.id = d.kecamatan_id
		JOIN opd o ON o.id = p.opd_id
		WHERE p.year = ? ORDER BY k.code, d.code`, toYear, toYear, fromYear).Scan(&rows).Error
	return rows, err
}

// CopyResult counts what CopyFromYear carried over.
type CopyResult struct {
	Copied  int      `json:"copied"`
	Skipped []string `json:"skipped"`
}

// CopyFromYear carries the confirmed villages' pairings (OPD, team, partners) from fromYear
// into toYear, marking the villages as priority and continuation (desa lanjutan) there.
// Villages already paired in toYear are skipped and named. All or nothing.
func (s *Service) CopyFromYear(ctx context.Context, fromYear, toYear int, desaIDs []uint) (CopyResult, error) {
	res := CopyResult{Skipped: []string{}}
	if toYear <= fromYear {
		return res, models.Invalid("pairing.copy_years", "year", fmt.Sprintf("Tahun tujuan %d harus sesudah tahun asal %d.", toYear, fromYear))
	}
	err := s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		var n int64
		tx.Model(&models.TahunProgram{}).Where("year = ?", toYear).Count(&n)
		if n == 0 {
			return models.Invalid(CodeYearUnknown, "year", fmt.Sprintf("Tahun program %d belum dibuat.", toYear))
		}
		for _, desaID := range desaIDs {
			var src models.Pendampingan
			if err := tx.Where("year = ? AND desa_id = ?", fromYear, desaID).First(&src).Error; err != nil {
				return models.NotFound(CodeNotFound, fmt.Sprintf("Desa dengan id %d tidak didampingi pada tahun %d.", desaID, fromYear))
			}
			v, err := loadVillage(tx, desaID, toYear)
			if err != nil {
				return err
			}
			var taken int64
			tx.Model(&models.Pendampingan{}).Where("year = ? AND desa_id = ?", toYear, desaID).Count(&taken)
			if taken > 0 {
				res.Skipped = append(res.Skipped, v.Name)
				continue
			}
			flags := models.DesaTahun{DesaID: desaID, Year: toYear, Priority: true, Continuation: true}
			if err := tx.Clauses(clause.OnConflict{
				Columns:   []clause.Column{{Name: "desa_id"}, {Name: "year"}},
				DoUpdates: clause.Assignments(map[string]any{"priority": true, "continuation": true}),
			}).Create(&flags).Error; err != nil {
				return err
			}
			reason, err := checkRules(tx, AssignInput{Year: toYear, DesaID: desaID, OPDID: src.OPDID, SecondReason: src.SecondReason}, 0)
			if err != nil {
				return err
			}
			p := models.Pendampingan{Year: toYear, DesaID: desaID, OPDID: src.OPDID, SecondReason: reason, Note: src.Note}
			if err := tx.Create(&p).Error; err != nil {
				return err
			}
			if err := copyChildren(tx, src.ID, p.ID); err != nil {
				return err
			}
			res.Copied++
		}
		return nil
	})
	if err != nil {
		return CopyResult{Skipped: []string{}}, err
	}
	return res, nil
}

func copyChildren(tx *gorm.DB, from, to uint) error {
	if err := tx.Exec(`INSERT INTO anggota_tim(pendampingan_id, role, name, nip, rank, position, sort_order)
		SELECT ?, role, name, nip, rank, position, sort_order FROM anggota_tim WHERE pendampingan_id = ?`, to, from).Error; err != nil {
		return err
	}
	return tx.Exec(`INSERT INTO pendampingan_mitra(pendampingan_id, mitra_id, role)
		SELECT ?, mitra_id, role FROM pendampingan_mitra WHERE pendampingan_id = ?`, to, from).Error
}
