package master

import (
	"context"
	"fmt"
	"math"
	"strings"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"

	"sidamping/models"
)

// DesaRow is a village as lists show it, with its kecamatan and its flags for one year.
type DesaRow struct {
	models.Desa
	KecamatanCode string `json:"kecamatanCode"`
	KecamatanName string `json:"kecamatanName"`
	Year          int    `json:"year"`
	Priority      bool   `json:"priority"`
	Continuation  bool   `json:"continuation"`
}

// DesaQuery filters the village list.
type DesaQuery struct {
	Search       string `json:"search"`
	KecamatanID  uint   `json:"kecamatanId"`
	Year         int    `json:"year"`
	PriorityOnly bool   `json:"priorityOnly"`
}

// DesaInput is what the village form sends; ID 0 creates. Year (when not 0) says which
// programme year's priority and continuation flags are set.
type DesaInput struct {
	ID             uint    `json:"id"`
	Code           string  `json:"code"`
	Name           string  `json:"name"`
	Kind           string  `json:"kind"`
	KecamatanID    uint    `json:"kecamatanId"`
	Population     int     `json:"population"`
	Households     int     `json:"households"`
	PoorHouseholds int     `json:"poorHouseholds"`
	PovertyPct     float64 `json:"povertyPct"`
	IDMStatus      string  `json:"idmStatus"`
	Year           int     `json:"year"`
	Priority       bool    `json:"priority"`
	Continuation   bool    `json:"continuation"`
}

// ValidateDesa checks a village record on its own (not against the database).
func ValidateDesa(in *DesaInput) error {
	fe := models.FieldErrors{}
	in.Code = models.NormalizeRegionCode(in.Code)
	in.Name = models.CleanText(in.Name)
	in.Kind = strings.ToLower(models.CleanText(in.Kind))
	in.IDMStatus = models.CleanText(in.IDMStatus)
	if in.Code == "" {
		fe.Add("code", "Kode desa/kelurahan wajib diisi.")
	} else if !models.ValidVillageCode(in.Code) {
		fe.Add("code", fmt.Sprintf("Kode desa %q tidak sesuai format Kemendagri (contoh 33.20.01.2001).", in.Code))
	}
	if in.Name == "" {
		fe.Add("name", "Nama desa/kelurahan wajib diisi.")
	}
	if derived := models.KindFromCode(in.Code); derived != "" && in.Kind == "" {
		in.Kind = derived
	}
	if in.Kind == "" {
		in.Kind = models.KindDesa
	}
	if in.Kind != models.KindDesa && in.Kind != models.KindKelurahan {
		fe.Add("kind", fmt.Sprintf("Jenis %q tidak dikenal; pilih desa atau kelurahan.", in.Kind))
	}
	if in.Population < 0 {
		fe.Add("population", "Jumlah penduduk tidak boleh negatif.")
	}
	if in.Households < 0 {
		fe.Add("households", "Jumlah rumah tangga tidak boleh negatif.")
	}
	if in.PoorHouseholds < 0 {
		fe.Add("poorHouseholds", "Jumlah rumah tangga miskin tidak boleh negatif.")
	} else if in.Households > 0 && in.PoorHouseholds > in.Households {
		fe.Add("poorHouseholds", "Rumah tangga miskin melebihi jumlah rumah tangga.")
	}
	if in.PovertyPct < 0 || in.PovertyPct > 100 {
		fe.Add("povertyPct", "Persentase kemiskinan harus antara 0 dan 100.")
	}
	if in.PovertyPct == 0 && in.Households > 0 && in.PoorHouseholds > 0 {
		in.PovertyPct = math.Round(float64(in.PoorHouseholds)*10000/float64(in.Households)) / 100
	}
	if in.IDMStatus != "" {
		found := ""
		for _, st := range models.IDMStatuses {
			if strings.EqualFold(st, in.IDMStatus) {
				found = st
			}
		}
		if found == "" {
			fe.Add("idmStatus", fmt.Sprintf("Status IDM %q tidak dikenal; pilih Sangat Tertinggal, Tertinggal, Berkembang, Maju atau Mandiri.", in.IDMStatus))
		}
		in.IDMStatus = found
	}
	return fe.Err("desa.invalid")
}

// ListDesa lists villages with their kecamatan and their flags for q.Year.
func (s *Service) ListDesa(ctx context.Context, q DesaQuery) ([]DesaRow, error) {
	var rows []DesaRow
	db := s.db.WithContext(ctx).Table("desa d").
		Select("d.*, k.code AS kecamatan_code, k.name AS kecamatan_name, ? AS year, COALESCE(t.priority,0) AS priority, COALESCE(t.continuation,0) AS continuation", q.Year).
		Joins("JOIN kecamatan k ON k.id = d.kecamatan_id").
		Joins("LEFT JOIN desa_tahun t ON t.desa_id = d.id AND t.year = ?", q.Year).
		Order("d.code")
	if q.Search != "" {
		l := like(q.Search)
		db = db.Where("lower(d.name) LIKE ? OR d.code LIKE ? OR lower(k.name) LIKE ?", l, l, l)
	}
	if q.KecamatanID != 0 {
		db = db.Where("d.kecamatan_id = ?", q.KecamatanID)
	}
	if q.PriorityOnly {
		db = db.Where("t.priority = 1")
	}
	return rows, db.Scan(&rows).Error
}

// GetDesa returns one village with its flags for year.
func (s *Service) GetDesa(ctx context.Context, id uint, year int) (DesaRow, error) {
	var rows []DesaRow
	err := s.db.WithContext(ctx).Table("desa d").
		Select("d.*, k.code AS kecamatan_code, k.name AS kecamatan_name, ? AS year, COALESCE(t.priority,0) AS priority, COALESCE(t.continuation,0) AS continuation", year).
		Joins("JOIN kecamatan k ON k.id = d.kecamatan_id").
		Joins("LEFT JOIN desa_tahun t ON t.desa_id = d.id AND t.year = ?", year).
		Where("d.id = ?", id).Scan(&rows).Error
	if err != nil {
		return DesaRow{}, err
	}
	if len(rows) == 0 {
		return DesaRow{}, models.NotFound("desa.not_found", "Desa/kelurahan tidak ditemukan.")
	}
	return rows[0], nil
}

// SaveDesa creates or updates a village and, when in.Year is set, its flags for that year.
func (s *Service) SaveDesa(ctx context.Context, in DesaInput) (DesaRow, error) {
	if err := ValidateDesa(&in); err != nil {
		return DesaRow{}, err
	}
	var d models.Desa
	err := s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if in.ID != 0 {
			if err := tx.First(&d, in.ID).Error; err != nil {
				return notFound(err, "desa.not_found", "Desa/kelurahan tidak ditemukan.")
			}
		}
		fe := models.FieldErrors{}
		var k models.Kecamatan
		if in.KecamatanID == 0 {
			fe.Add("kecamatanId", "Kecamatan wajib dipilih.")
		} else if err := tx.First(&k, in.KecamatanID).Error; err != nil {
			fe.Add("kecamatanId", "Kecamatan yang dipilih tidak ada.")
		} else if models.ParentCode(in.Code) != k.Code {
			fe.Add("code", fmt.Sprintf("Kode desa %s tidak berada di bawah kecamatan %s (%s).", in.Code, k.Name, k.Code))
		}
		var clash int64
		tx.Model(&models.Desa{}).Where("code = ? AND id <> ?", in.Code, in.ID).Count(&clash)
		if clash > 0 {
			fe.Add("code", fmt.Sprintf("Kode desa %s sudah dipakai.", in.Code))
		}
		if err := fe.Err("desa.invalid"); err != nil {
			return err
		}
		d.Code, d.Name, d.Kind, d.KecamatanID = in.Code, in.Name, in.Kind, in.KecamatanID
		d.Population, d.Households, d.PoorHouseholds = in.Population, in.Households, in.PoorHouseholds
		d.PovertyPct, d.IDMStatus = in.PovertyPct, in.IDMStatus
		if err := tx.Save(&d).Error; err != nil {
			return err
		}
		if in.Year != 0 {
			return setYearFlags(tx, d.ID, in.Year, in.Priority, in.Continuation)
		}
		return nil
	})
	if err != nil {
		return DesaRow{}, err
	}
	return s.GetDesa(ctx, d.ID, in.Year)
}

// setYearFlags upserts a village's flags for one year; the year must exist.
func setYearFlags(tx *gorm.DB, desaID uint, year int, priority, continuation bool) error {
	var n int64
	tx.Model(&models.TahunProgram{}).Where("year = ?", year).Count(&n)
	if n == 0 {
		return models.Invalid("tahun.not_found", "year", fmt.Sprintf("Tahun program %d belum dibuat.", year))
	}
	if !priority && !continuation {
		return tx.Where("desa_id = ? AND year = ?", desaID, year).Delete(&models.DesaTahun{}).Error
	}
	row := models.DesaTahun{DesaID: desaID, Year: year, Priority: priority, Continuation: continuation}
	return tx.Clauses(clause.OnConflict{
		Columns:   []clause.Column{{Name: "desa_id"}, {Name: "year"}},
		DoUpdates: clause.AssignmentColumns([]string{"priority", "continuation"}),
	}).Create(&row).Error
}

// SetDesaYear sets a village's priority and continuation flags for a year.
func (s *Service) SetDesaYear(ctx context.Context, desaID uint, year int, priority, continuation bool) error {
	return s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		var d models.Desa
		if err := tx.First(&d, desaID).Error; err != nil {
			return notFound(err, "desa.not_found", "Desa/kelurahan tidak ditemukan.")
		}
		return setYearFlags(tx, desaID, year, priority, continuation)
	})
}

// DeleteDesa removes a village nothing refers to (its yearly flags go with it).
func (s *Service) DeleteDesa(ctx context.Context, id uint) error {
	return s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		var d models.Desa
		if err := tx.First(&d, id).Error; err != nil {
			return notFound(err, "desa.not_found", "Desa/kelurahan tidak ditemukan.")
		}
		if err := s.refuseIfReferenced(ctx, tx, "desa", "id", d.ID, "Desa "+d.Name); err != nil {
			return err
		}
		return tx.Delete(&d).Error
	})
}
