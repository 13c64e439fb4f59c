package orphans

import (
	"context"
	"fmt"
	"strings"

	"gorm.io/gorm"

	"sidamping/models"
)

// FosterRow is a foster parent in lists, with how many children it supports now.
type FosterRow struct {
	models.OrangTuaAsuh
	OPDName       string `json:"opdName"`
	KecamatanName string `json:"kecamatanName"`
	Active        int    `json:"active"` // children matched today
	Spare         int    `json:"spare"`  // capacity left today (0 outside the period)
	Person        bool   `json:"person"`
}

// validateFoster checks a foster parent.
func (s *Service) validateFoster(tx *gorm.DB, in models.OrangTuaAsuh) (models.OrangTuaAsuh, models.FieldErrors) {
	fe := models.FieldErrors{}
	in.Name, in.ContactPerson, in.Phone, in.Address = clean(in.Name), clean(in.ContactPerson), clean(in.Phone), clean(in.Address)
	in.InKind, in.Note, in.Kind = clean(in.InKind), clean(in.Note), strings.TrimSpace(in.Kind)
	in.PeriodStart, in.PeriodEnd = strings.TrimSpace(in.PeriodStart), strings.TrimSpace(in.PeriodEnd)
	if !models.ValidOption(models.FosterKinds, in.Kind) {
		fe.Add("kind", "Pilih jenis orang tua asuh (ASN, warga, pengusaha, Baznas/UPZ, CSR, pesantren, masjid, perguruan tinggi).")
	}
	if in.Name == "" {
		fe.Add("name", "Nama orang tua asuh wajib diisi.")
	}
	if in.Kind == "asn" && (in.OPDID == nil || *in.OPDID == 0) {
		fe.Add("opdId", "ASN: pilih perangkat daerah tempatnya bekerja.")
	}
	if in.OPDID != nil && *in.OPDID == 0 {
		in.OPDID = nil
	}
	if in.OPDID != nil {
		var n int64
		tx.Model(&models.OPD{}).Where("id = ?", *in.OPDID).Count(&n)
		if n == 0 {
			fe.Add("opdId", "Perangkat daerah yang dipilih tidak ada di data master.")
		}
	}
	if in.KecamatanID != nil && *in.KecamatanID == 0 {
		in.KecamatanID = nil
	}
	if in.KecamatanID != nil {
		var n int64
		tx.Model(&models.Kecamatan{}).Where("id = ?", *in.KecamatanID).Count(&n)
		if n == 0 {
			fe.Add("kecamatanId", "Kecamatan yang dipilih tidak ada di data master.")
		}
	}
	if in.Phone != "" && !models.ValidPhone(in.Phone) {
		fe.Add("phone", fmt.Sprintf("Nomor telepon %q tidak sah.", in.Phone))
	}
	if in.MoneyPerMonth < 0 {
		fe.Add("moneyPerMonth", "Uang per bulan tidak boleh negatif.")
	}
	if in.Capacity == 0 {
		in.Capacity = 1
	}
	if in.Capacity < 1 || in.Capacity > 500 {
		fe.Add("capacity", "Jumlah anak yang sanggup diasuh harus 1 sampai 500.")
	}
	if in.MoneyPerMonth == 0 && !in.SchoolCosts && in.InKind == "" && !in.Mentoring {
		fe.Add("moneyPerMonth", "Isi komitmen: uang per bulan, biaya sekolah, bantuan natura atau pendampingan.")
	}
	if _, ok := parseDay(in.PeriodStart); !ok {
		fe.Add("periodStart", "Tanggal mulai komitmen wajib diisi (tanggal yang sah).")
	}
	if in.PeriodEnd != "" {
		if _, ok := parseDay(in.PeriodEnd); !ok {
			fe.Add("periodEnd", "Tanggal akhir komitmen tidak sah.")
		} else if in.PeriodEnd < in.PeriodStart {
			fe.Add("periodEnd", "Akhir komitmen sebelum mulainya.")
		}
	}
	return in, fe
}

// SaveFoster creates (ID 0) or updates a foster parent.
func (s *Service) SaveFoster(ctx context.Context, in models.OrangTuaAsuh) (FosterRow, error) {
	err := s.ctxDB(ctx).Transaction(func(tx *gorm.DB) error { return s.saveFoster(tx, &in) })
	if err != nil {
		return FosterRow{}, err
	}
	return s.Foster(ctx, in.ID)
}

func (s *Service) saveFoster(tx *gorm.DB, in *models.OrangTuaAsuh) error {
	var old models.OrangTuaAsuh
	if in.ID != 0 {
		if err := tx.First(&old, in.ID).Error; err != nil {
			return notFound(err, "Orang tua asuh")
		}
	}
	o, fe := s.validateFoster(tx, *in)
	if err := fe.Err(CodeInvalid); err != nil {
		return err
	}
	now := s.clock.Now()
	o.UpdatedAt = now
	if in.ID == 0 {
		o.CreatedAt = now
		if err := tx.Create(&o).Error; err != nil {
			return err
		}
	} else {
		o.CreatedAt = old.CreatedAt
		if err := tx.Save(&o).Error; err != nil {
			return err
		}
	}
	*in = o
	return nil
}

// DeleteFoster removes a foster parent that was never matched.
func (s *Service) DeleteFoster(ctx context.Context, id uint) error {
	var n int64
	db := s.ctxDB(ctx)
	db.Model(&models.Pengasuhan{}).Where("ota_id = ?", id).Count(&n)
	if n > 0 {
		return models.NewError(models.ErrReferenced, CodeFosterInUse, fmt.Sprintf(
			"Orang tua asuh ini punya %d riwayat pengasuhan; akhiri pengasuhannya, riwayatnya tetap disimpan.", n))
	}
	res := db.Delete(&models.OrangTuaAsuh{}, id)
	if res.Error != nil {
		return res.Error
	}
	if res.RowsAffected == 0 {
		return models.NotFound(CodeNotFound, "Orang tua asuh tidak ditemukan.")
	}
	return nil
}

// Foster returns one foster parent as listed.
func (s *Service) Foster(ctx context.Context, id uint) (FosterRow, error) {
	rows, err := s.fosters(ctx, s.today(), "o.id = ?", id)
	if err != nil {
		return FosterRow{}, err
	}
	if len(rows) == 0 {
		return FosterRow{}, models.NotFound(CodeNotFound, "Orang tua asuh tidak ditemukan.")
	}
	return rows[0], nil
}

// ListFosters lists foster parents by name.
func (s *Service) ListFosters(ctx context.Context, query string) ([]FosterRow, error) {
	if q := strings.TrimSpace(query); q != "" {
		return s.fosters(ctx, s.today(), "(o.name LIKE ? OR o.contact_person LIKE ?)", "%"+q+"%", "%"+q+"%")
	}
	return s.fosters(ctx, s.today(), "")
}

// fosters reads foster parents with their load on day.
func (s *Service) fosters(ctx context.Context, day, where string, args ...any) ([]FosterRow, error) {
	q := `SELECT o.*, COALESCE(p.name, '') AS opd_name, COALESCE(k.name, '') AS kecamatan_name,
		(SELECT COUNT(*) FROM pengasuhan m WHERE m.ota_id = o.id AND ` + activeOn + `) AS active
		FROM orang_tua_asuh o LEFT JOIN opd p ON p.id = o.opd_id LEFT JOIN kecamatan k ON k.id = o.kecamatan_id`
	all := []any{day, day}
	if where != "" {
		q += " WHERE " + where
		all = append(all, args...)
	}
	q += " ORDER BY o.name, o.id"
	var rows []FosterRow
	if err := s.ctxDB(ctx).Raw(q, all...).Scan(&rows).Error; err != nil {
		return nil, err
	}
	for i := range rows {
		r := &rows[i]
		r.Person = models.FosterIsPerson(r.Kind)
		if r.PeriodStart <= day && (r.PeriodEnd == "" || r.PeriodEnd >= day) {
			r.Spare = max(0, r.Capacity-r.Active)
		}
	}
	return rows, nil
}
