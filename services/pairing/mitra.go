package pairing

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"gorm.io/gorm"

	"sidamping/models"
)

// ValidateMitra checks a partner record and normalises it.
func ValidateMitra(m *models.Mitra) error {
	fe := models.FieldErrors{}
	m.Name = models.CleanText(m.Name)
	m.Kind = models.CleanText(m.Kind)
	m.ContactName = models.CleanText(m.ContactName)
	m.Phone = models.CleanText(m.Phone)
	m.Email = models.CleanText(m.Email)
	m.Address = models.CleanText(m.Address)
	if m.Name == "" {
		fe.Add("name", "Nama mitra wajib diisi.")
	}
	i := slices.IndexFunc(models.MitraKinds, func(k string) bool { return strings.EqualFold(k, m.Kind) })
	if i < 0 {
		fe.Add("kind", fmt.Sprintf("Jenis mitra %q tidak dikenal; pilih %s.", m.Kind, strings.Join(models.MitraKinds, ", ")))
	} else {
		m.Kind = models.MitraKinds[i]
	}
	fe.Contact(m.Email, m.Phone)
	return fe.Err("mitra.invalid")
}

// MitraRow is a partner with the number of pairings it accompanies.
type MitraRow struct {
	models.Mitra
	PairingCount int `json:"pairingCount"`
}

// ListMitra lists partners by name.
func (s *Service) ListMitra(ctx context.Context, search string) ([]MitraRow, error) {
	var rows []MitraRow
	q := s.db.WithContext(ctx).Table("mitra m").
		Select("m.*, (SELECT COUNT(*) FROM pendampingan_mitra pm WHERE pm.mitra_id = m.id) AS pairing_count").Order("m.name")
	if search != "" {
		l := "%" + strings.ToLower(strings.TrimSpace(search)) + "%"
		q = q.Where("lower(m.name) LIKE ? OR lower(m.kind) LIKE ?", l, l)
	}
	return rows, q.Scan(&rows).Error
}

// SaveMitra creates (ID 0) or updates a partner.
func (s *Service) SaveMitra(ctx context.Context, in models.Mitra) (models.Mitra, error) {
	if err := ValidateMitra(&in); err != nil {
		return models.Mitra{}, err
	}
	var m models.Mitra
	err := s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if in.ID != 0 {
			if err := tx.First(&m, in.ID).Error; err != nil {
				return models.NotFound("mitra.not_found", "Mitra tidak ditemukan.")
			}
		}
		var clash int64
		tx.Model(&models.Mitra{}).Where("lower(name) = lower(?) AND id <> ?", in.Name, in.ID).Count(&clash)
		if clash > 0 {
			e := models.Invalid("mitra.duplicate", "name", fmt.Sprintf("Mitra %s sudah terdaftar.", in.Name))
			e.Fields = map[string]string{"name": e.Message}
			return e
		}
		in.CreatedAt = m.CreatedAt
		m = in
		return tx.Save(&m).Error
	})
	return m, err
}

// DeleteMitra removes a partner no pairing uses.
func (s *Service) DeleteMitra(ctx context.Context, id uint) error {
	return s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		var m models.Mitra
		if err := tx.First(&m, id).Error; err != nil {
			return models.NotFound("mitra.not_found", "Mitra tidak ditemukan.")
		}
		refs, err := models.FindReferences(ctx, tx, "mitra", "id", m.ID)
		if err != nil {
			return err
		}
		if len(refs) > 0 {
			return models.NewError(models.ErrReferenced, "mitra.referenced",
				fmt.Sprintf("Mitra %s tidak dapat dihapus karena masih dirujuk oleh %s.", m.Name, models.DescribeReferences(refs)))
		}
		return tx.Delete(&m).Error
	})
}
