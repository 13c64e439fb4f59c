// Package profile keeps the regency profile (name, codes, letterhead, logo) and the
// signatories of its letters.
package profile

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"image"
	_ "image/jpeg" // logo formats
	_ "image/png"
	"net/http"
	"strings"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"

	"sidamping/models"
	"sidamping/services/common"
)

// MaxLogoBytes is the largest logo accepted.
const MaxLogoBytes = 2 << 20

// Service is the profile service.
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

// Profile is the DTO the setup and settings screens edit.
type Profile struct {
	models.Profil
	HasLogo     bool                   `json:"hasLogo"`
	Signatories []models.Penandatangan `json:"signatories"`
}

// Configured tells whether the first-run setup has been completed.
func (s *Service) Configured(ctx context.Context) (bool, error) {
	var n int64
	err := s.db.WithContext(ctx).Model(&models.Profil{}).Where("id = 1").Count(&n).Error
	return n > 0, err
}

// Get returns the profile; an unconfigured database gives an empty profile with the
// signatory roles listed.
func (s *Service) Get(ctx context.Context) (Profile, error) {
	var p Profile
	err := s.db.WithContext(ctx).Where("id = 1").Limit(1).Find(&p.Profil).Error
	if err != nil {
		return p, err
	}
	p.HasLogo = len(p.Logo) > 0
	var sigs []models.Penandatangan
	if err := s.db.WithContext(ctx).Find(&sigs).Error; err != nil {
		return p, err
	}
	byRole := map[string]models.Penandatangan{}
	for _, sg := range sigs {
		byRole[sg.Role] = sg
	}
	for _, r := range models.SignatoryRoles {
		sg, ok := byRole[r.Role]
		if !ok {
			sg = models.Penandatangan{Role: r.Role, Title: r.Title}
		}
		p.Signatories = append(p.Signatories, sg)
	}
	return p, nil
}

// Validate checks a profile and normalises its text.
func Validate(p *Profile) error {
	fe := models.FieldErrors{}
	p.RegencyName = models.CleanText(p.RegencyName)
	// "Kabupaten Grobogan" typed into the name: keep the kind apart, the name bare.
	if kind, bare := models.SplitRegionName(p.RegencyName); kind != "" {
		p.RegionKind, p.RegencyName = kind, bare
	}
	switch strings.ToLower(strings.TrimSpace(p.RegionKind)) {
	case "", "kabupaten":
		p.RegionKind = models.RegionKabupaten
	case "kota":
		p.RegionKind = models.RegionKota
	default:
		fe.Add("regionKind", fmt.Sprintf("Jenis daerah %q tidak dikenal; pilih Kabupaten atau Kota.", p.RegionKind))
	}
	p.Province = models.CleanText(p.Province)
	p.RegencyCode = models.NormalizeRegionCode(p.RegencyCode)
	p.Capital = models.CleanText(p.Capital)
	p.OfficeName = models.CleanText(p.OfficeName)
	p.Address = models.CleanText(p.Address)
	p.Email = models.CleanText(p.Email)
	p.Letterhead = strings.TrimSpace(p.Letterhead)
	if p.RegencyName == "" {
		fe.Add("regencyName", "Nama kabupaten/kota wajib diisi (tanpa kata Kabupaten/Kota, mis. Grobogan).")
	}
	if p.Province == "" {
		fe.Add("province", "Nama provinsi wajib diisi.")
	}
	if !models.ValidRegencyCode(p.RegencyCode) {
		fe.Add("regencyCode", fmt.Sprintf("Kode Kemendagri %q tidak sesuai format (contoh 33.20).", p.RegencyCode))
	}
	fe.Contact(p.Email, "")
	for i := range p.Signatories {
		sg := &p.Signatories[i]
		sg.Name = models.CleanText(sg.Name)
		sg.Rank = models.CleanText(sg.Rank)
		sg.NIP = models.NormalizeNIP(sg.NIP)
		if sg.NIP != "" && !models.ValidNIP(sg.NIP) {
			fe.Add("signatories."+sg.Role+".nip", fmt.Sprintf("NIP %s (%s) harus 18 digit angka.", titleOf(sg.Role), sg.NIP))
		}
		if titleOf(sg.Role) == "" {
			fe.Add("signatories."+sg.Role, fmt.Sprintf("Peran penandatangan %q tidak dikenal.", sg.Role))
		}
	}
	return fe.Err("profile.invalid")
}

func titleOf(role string) string {
	for _, r := range models.SignatoryRoles {
		if r.Role == role {
			return r.Title
		}
	}
	return ""
}

// Save stores the profile and its signatories (the logo is kept; see SetLogo).
func (s *Service) Save(ctx context.Context, p Profile) (Profile, error) {
	if err := Validate(&p); err != nil {
		return Profile{}, err
	}
	err := s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		p.ID = 1
		p.UpdatedAt = s.clock.Now()
		cols := []string{"region_kind", "regency_name", "province", "regency_code", "capital", "office_name", "address",
			"phone", "email", "website", "letterhead", "updated_at"}
		if err := tx.Omit("logo", "logo_mime").Clauses(clause.OnConflict{
			Columns:   []clause.Column{{Name: "id"}},
			DoUpdates: clause.AssignmentColumns(cols),
		}).Create(&p.Profil).Error; err != nil {
			return err
		}
		for _, sg := range p.Signatories {
			sg.Title = titleOf(sg.Role)
			var existing models.Penandatangan
			err := tx.Where("role = ?", sg.Role).First(&existing).Error
			if err == nil {
				sg.ID = existing.ID
			} else if !errors.Is(err, gorm.ErrRecordNotFound) {
				return err
			} else {
				sg.ID = 0
			}
			if err := tx.Save(&sg).Error; err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return Profile{}, err
	}
	return s.Get(ctx)
}

// ValidateLogo checks that data is a PNG or JPEG image of at most 2 MB and returns its mime type.
func ValidateLogo(name string, data []byte) (string, error) {
	if len(data) == 0 {
		return "", models.Invalid("profile.logo_empty", "logo", fmt.Sprintf("Berkas logo %s kosong.", name))
	}
	if len(data) > MaxLogoBytes {
		return "", models.Invalid("profile.logo_too_large", "logo",
			fmt.Sprintf("Berkas logo %s berukuran %.1f MB; batasnya 2 MB.", name, float64(len(data))/(1<<20)))
	}
	mime := http.DetectContentType(data)
	if mime != "image/png" && mime != "image/jpeg" {
		return "", models.Invalid("profile.logo_not_image", "logo", fmt.Sprintf("Berkas %s bukan gambar PNG atau JPG.", name))
	}
	cfg, _, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil || cfg.Width == 0 || cfg.Height == 0 {
		return "", models.Invalid("profile.logo_not_image", "logo", fmt.Sprintf("Berkas %s tidak dapat dibaca sebagai gambar.", name))
	}
	return mime, nil
}

// SetLogo validates and stores the logo image.
func (s *Service) SetLogo(ctx context.Context, name string, data []byte) error {
	mime, err := ValidateLogo(name, data)
	if err != nil {
		return err
	}
	if ok, err := s.Configured(ctx); err != nil || !ok {
		if err == nil {
			err = models.Conflict("profile.not_configured", "Simpan profil daerah terlebih dahulu sebelum memasang logo.")
		}
		return err
	}
	return s.db.WithContext(ctx).Model(&models.Profil{}).Where("id = 1").
		Updates(map[string]any{"logo": data, "logo_mime": mime}).Error
}

// RemoveLogo clears the logo.
func (s *Service) RemoveLogo(ctx context.Context) error {
	return s.db.WithContext(ctx).Model(&models.Profil{}).Where("id = 1").
		Updates(map[string]any{"logo": nil, "logo_mime": ""}).Error
}

// Logo returns the logo bytes and mime type (nil when none).
func (s *Service) Logo(ctx context.Context) ([]byte, string, error) {
	var p models.Profil
	err := s.db.WithContext(ctx).Select("logo", "logo_mime").Where("id = 1").Limit(1).Find(&p).Error
	return p.Logo, p.LogoMime, err
}

// Signatories reads the profile (without the logo unless withLogo) and the signatories
// by role, for reports that print a letterhead or a signature block. An unconfigured
// database gives an empty profile and no signatories.
func Signatories(ctx context.Context, db *gorm.DB, withLogo bool) (models.Profil, map[string]models.Penandatangan, error) {
	var ps []models.Profil
	q := db.WithContext(ctx).Where("id = 1").Limit(1)
	if !withLogo {
		q = q.Omit("logo")
	}
	if err := q.Find(&ps).Error; err != nil {
		return models.Profil{}, nil, err
	}
	var sigs []models.Penandatangan
	if err := db.WithContext(ctx).Find(&sigs).Error; err != nil {
		return models.Profil{}, nil, err
	}
	by := map[string]models.Penandatangan{}
	for _, s := range sigs {
		by[s.Role] = s
	}
	var p models.Profil
	if len(ps) > 0 {
		p = ps[0]
	}
	return p, by, nil
}

// SecretaryOffice is how the head of Bappeda signs as the TKPK's secretary: "Kepala
// Badan Perencanaan Pembangunan Daerah", "Kabupaten Contoh", "selaku Sekretaris TKPK,".
func SecretaryOffice(p models.Profil) []string {
	office := "Kepala Bappeda"
	if strings.TrimSpace(p.OfficeName) != "" {
		office = "Kepala " + strings.TrimSpace(p.OfficeName)
	}
	lines := []string{office}
	if t := p.RegionTitle(); t != "" {
		lines = append(lines, t)
	}
	return append(lines, "selaku Sekretaris TKPK,")
}
