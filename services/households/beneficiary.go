package households

import (
	"context"

	"gorm.io/gorm"

	"sidamping/models"
	"sidamping/services/realization"
)

// Beneficiaries of an activity (kegiatan, from the plans area) are picked from the
// registry: search by NIK or name, or list the pairing's village by desil
// (ListFamilies), then pick. The realisation's beneficiary counts follow from the picks.

// CodeBeneficiaryInvalid is the code of a refused pick.
const CodeBeneficiaryInvalid = "households.beneficiary_invalid"

// BeneficiaryPick adds members as beneficiaries of an activity from a month.
type BeneficiaryPick struct {
	KegiatanID uint   `json:"kegiatanId"`
	Month      int    `json:"month"` // 1-12, the month they first benefited
	MemberIDs  []uint `json:"memberIds"`
	Note       string `json:"note"`
}

// BeneficiaryRow is a picked beneficiary as listed (NIK and No KK masked).
type BeneficiaryRow struct {
	PickID     uint      `json:"pickId"`
	KegiatanID uint      `json:"kegiatanId"`
	Kegiatan   string    `json:"kegiatan"`
	Month      int       `json:"month"`
	Note       string    `json:"note"`
	Member     MemberRow `gorm:"embedded" json:"member"`
}

// PickBeneficiaries adds the members (a member already picked keeps its month) and
// updates the activity's realisation counts, in one transaction. It returns how many
// were added.
func (s *Service) PickBeneficiaries(ctx context.Context, in BeneficiaryPick) (int64, error) {
	if in.Month < 1 || in.Month > 12 {
		return 0, models.Invalid(CodeBeneficiaryInvalid, "month", "Bulan penerimaan harus 1 sampai 12.")
	}
	var n int64
	if err := s.db.WithContext(ctx).Table("kegiatan").Where("id = ?", in.KegiatanID).Count(&n).Error; err != nil {
		return 0, err
	}
	if n == 0 {
		return 0, models.NotFound(CodeNotFound, "Kegiatan tidak ditemukan.")
	}
	var added int64
	err := s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		for start := 0; start < len(in.MemberIDs); start += 500 {
			ids := in.MemberIDs[start:min(start+500, len(in.MemberIDs))]
			var found int64
			if err := tx.Table("individu").Where("id IN ?", ids).Count(&found).Error; err != nil {
				return err
			}
			if found != int64(len(uniq(ids))) {
				return models.Invalid(CodeBeneficiaryInvalid, "memberIds", "Sebagian anggota keluarga yang dipilih tidak ditemukan.")
			}
			r := tx.Exec(`INSERT OR IGNORE INTO penerima_manfaat(kegiatan_id, individu_id, month, note, created_at)
				SELECT ?, id, ?, ?, ? FROM individu WHERE id IN ?`, in.KegiatanID, in.Month, nullStr(models.CleanText(in.Note)), s.clock.Now(), ids)
			if r.Error != nil {
				return r.Error
			}
			added += r.RowsAffected
		}
		return realization.SyncBeneficiaryCounts(tx, in.KegiatanID, false)
	})
	return added, err
}

// RemoveBeneficiaries removes picks of an activity and updates its counts.
func (s *Service) RemoveBeneficiaries(ctx context.Context, kegiatanID uint, memberIDs []uint) error {
	return s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if err := tx.Exec("DELETE FROM penerima_manfaat WHERE kegiatan_id = ? AND individu_id IN ?", kegiatanID, memberIDs).Error; err != nil {
			return err
		}
		return realization.SyncBeneficiaryCounts(tx, kegiatanID, false)
	})
}

// Beneficiaries lists the picks of the given activities up to a month (12 for all), for
// the activity's page and the quarterly workbook's Penerima Manfaat sheet (NIK masked).
func (s *Service) Beneficiaries(ctx context.Context, kegiatanIDs []uint, untilMonth int) ([]BeneficiaryRow, error) {
	if untilMonth <= 0 {
		untilMonth = 12
	}
	var rows []BeneficiaryRow
	err := s.db.WithContext(ctx).Raw(`SELECT p.id AS pick_id, p.kegiatan_id, g.name AS kegiatan, p.month, COALESCE(p.note,'') AS note, x.*
		FROM penerima_manfaat p JOIN kegiatan g ON g.id = p.kegiatan_id
		JOIN (`+memberSelect+`) x ON x.id = p.individu_id
		WHERE p.kegiatan_id IN ? AND p.month <= ? ORDER BY g.sort_order, g.id, x.kecamatan, x.desa, x.no_kk, x.id`,
		kegiatanIDs, untilMonth).Scan(&rows).Error
	for i := range rows {
		m := &rows[i].Member
		m.NIK, m.NoKK = models.MaskNIK(m.NIK), models.MaskNIK(m.NoKK)
	}
	if rows == nil {
		rows = []BeneficiaryRow{}
	}
	return rows, err
}

func uniq(ids []uint) []uint {
	seen := map[uint]bool{}
	var out []uint
	for _, id := range ids {
		if !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}
