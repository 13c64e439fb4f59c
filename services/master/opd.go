package master

import (
	"context"
	"fmt"
	"slices"

	"gorm.io/gorm"

	"sidamping/models"
)

// ValidateOPD checks one agency record and normalises it.
func ValidateOPD(o *models.OPD) error {
	fe := models.FieldErrors{}
	o.Code = models.CleanText(o.Code)
	o.Name = models.CleanText(o.Name)
	o.Abbreviation = models.CleanText(o.Abbreviation)
	o.Kind = models.CleanText(o.Kind)
	o.HeadName = models.CleanText(o.HeadName)
	o.HeadRank = models.CleanText(o.HeadRank)
	o.HeadNIP = models.NormalizeNIP(o.HeadNIP)
	o.Address = models.CleanText(o.Address)
	o.Phone = models.CleanText(o.Phone)
	o.Email = models.CleanText(o.Email)
	if o.Code == "" {
		fe.Add("code", "Kode perangkat daerah wajib diisi.")
	}
	if o.Name == "" {
		fe.Add("name", "Nama perangkat daerah wajib diisi.")
	}
	if o.Kind == "" {
		fe.Add("kind", "Jenis perangkat daerah wajib dipilih.")
	} else if k := matchKind(o.Kind); k == "" {
		fe.Add("kind", fmt.Sprintf("Jenis %q tidak dikenal; pilih salah satu: Dinas, Badan, Bagian Setda, Kecamatan, Perguruan Tinggi, Lainnya.", o.Kind))
	} else {
		o.Kind = k
	}
	if o.HeadNIP != "" && !models.ValidNIP(o.HeadNIP) {
		fe.Add("headNip", fmt.Sprintf("NIP %q harus 18 digit angka.", o.HeadNIP))
	}
	fe.Contact(o.Email, o.Phone)
	return fe.Err("opd.invalid")
}

// matchKind finds the OPD kind regardless of case.
func matchKind(k string) string {
	i := slices.IndexFunc(models.OPDKinds, func(s string) bool { return equalFold(s, k) })
	if i < 0 {
		return ""
	}
	return models.OPDKinds[i]
}

// ListOPD lists agencies ordered by code, filtered by a search text.
func (s *Service) ListOPD(ctx context.Context, search string) ([]models.OPD, error) {
	var rows []models.OPD
	q := s.db.WithContext(ctx).Order("code")
	if search != "" {
		l := like(search)
		q = q.Where("lower(name) LIKE ? OR lower(code) LIKE ? OR lower(abbreviation) LIKE ? OR lower(head_name) LIKE ?", l, l, l, l)
	}
	return rows, q.Find(&rows).Error
}

// SaveOPD creates (ID 0) or updates an agency.
func (s *Service) SaveOPD(ctx context.Context, in models.OPD) (models.OPD, error) {
	if err := ValidateOPD(&in); err != nil {
		return models.OPD{}, err
	}
	var o models.OPD
	err := s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if in.ID != 0 {
			if err := tx.First(&o, in.ID).Error; err != nil {
				return notFound(err, "opd.not_found", "Perangkat daerah tidak ditemukan.")
			}
		}
		var clash int64
		tx.Model(&models.OPD{}).Where("code = ? AND id <> ?", in.Code, in.ID).Count(&clash)
		if clash > 0 {
			e := models.Invalid("opd.duplicate_code", "code", fmt.Sprintf("Kode perangkat daerah %s sudah dipakai.", in.Code))
			e.Fields = map[string]string{"code": e.Message}
			return e
		}
		in.CreatedAt = o.CreatedAt
		o = in
		return tx.Save(&o).Error
	})
	return o, err
}

// DeleteOPD removes an agency nothing refers to.
func (s *Service) DeleteOPD(ctx context.Context, id uint) error {
	return s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		var o models.OPD
		if err := tx.First(&o, id).Error; err != nil {
			return notFound(err, "opd.not_found", "Perangkat daerah tidak ditemukan.")
		}
		if err := s.refuseIfReferenced(ctx, tx, "opd", "id", o.ID, "Perangkat daerah "+o.Name); err != nil {
			return err
		}
		return tx.Delete(&o).Error
	})
}
