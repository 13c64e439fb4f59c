package master

import (
	"context"
	"fmt"

	"gorm.io/gorm"

	"sidamping/models"
)

// KecamatanRow is a kecamatan with the number of its villages.
type KecamatanRow struct {
	models.Kecamatan
	VillageCount int `json:"villageCount"`
}

// KecamatanInput is what the form sends; ID 0 creates.
type KecamatanInput struct {
	ID   uint   `json:"id"`
	Code string `json:"code"`
	Name string `json:"name"`
}

// ValidateKecamatan checks one record and normalises it.
func ValidateKecamatan(in *KecamatanInput) error {
	fe := models.FieldErrors{}
	in.Code = models.NormalizeRegionCode(in.Code)
	in.Name = models.CleanText(in.Name)
	if in.Code == "" {
		fe.Add("code", "Kode kecamatan wajib diisi.")
	} else if !models.ValidDistrictCode(in.Code) {
		fe.Add("code", fmt.Sprintf("Kode kecamatan %q tidak sesuai format Kemendagri (contoh 33.20.01).", in.Code))
	}
	if in.Name == "" {
		fe.Add("name", "Nama kecamatan wajib diisi.")
	}
	return fe.Err("kecamatan.invalid")
}

// ListKecamatan lists kecamatan ordered by code, filtered by a search text.
func (s *Service) ListKecamatan(ctx context.Context, search string) ([]KecamatanRow, error) {
	var rows []KecamatanRow
	q := s.db.WithContext(ctx).Table("kecamatan k").
		Select("k.*, (SELECT COUNT(*) FROM desa d WHERE d.kecamatan_id = k.id) AS village_count").
		Order("k.code")
	if search != "" {
		q = q.Where("lower(k.name) LIKE ? OR k.code LIKE ?", like(search), like(search))
	}
	return rows, q.Scan(&rows).Error
}

// SaveKecamatan creates or updates a kecamatan.
func (s *Service) SaveKecamatan(ctx context.Context, in KecamatanInput) (models.Kecamatan, error) {
	if err := ValidateKecamatan(&in); err != nil {
		return models.Kecamatan{}, err
	}
	var k models.Kecamatan
	err := s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if in.ID != 0 {
			if err := tx.First(&k, in.ID).Error; err != nil {
				return notFound(err, "kecamatan.not_found", "Kecamatan tidak ditemukan.")
			}
		}
		var clash int64
		tx.Model(&models.Kecamatan{}).Where("code = ? AND id <> ?", in.Code, in.ID).Count(&clash)
		if clash > 0 {
			e := models.Invalid("kecamatan.duplicate_code", "code", fmt.Sprintf("Kode kecamatan %s sudah dipakai.", in.Code))
			e.Fields = map[string]string{"code": e.Message}
			return e
		}
		k.Code, k.Name = in.Code, in.Name
		return tx.Save(&k).Error
	})
	return k, err
}

// DeleteKecamatan removes a kecamatan that no village refers to.
func (s *Service) DeleteKecamatan(ctx context.Context, id uint) error {
	return s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		var k models.Kecamatan
		if err := tx.First(&k, id).Error; err != nil {
			return notFound(err, "kecamatan.not_found", "Kecamatan tidak ditemukan.")
		}
		if err := s.refuseIfReferenced(ctx, tx, "kecamatan", "id", k.ID, "Kecamatan "+k.Name); err != nil {
			return err
		}
		return tx.Delete(&k).Error
	})
}
