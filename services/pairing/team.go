package pairing

import (
	"context"
	"fmt"

	"gorm.io/gorm"

	"sidamping/models"
)

// Detail is one pairing with its village, OPD, team and partners.
type Detail struct {
	models.Pendampingan
	DesaCode      string              `json:"desaCode"`
	DesaName      string              `json:"desaName"`
	KecamatanName string              `json:"kecamatanName"`
	OPDCode       string              `json:"opdCode"`
	OPDName       string              `json:"opdName"`
	Team          []models.AnggotaTim `gorm:"-" json:"team"`
	Partners      []PartnerLink       `gorm:"-" json:"partners"`
	// Siblings are the agency's other villages in the same year, whose team can be copied.
	Siblings []Sibling `gorm:"-" json:"siblings"`
}

// Sibling is another village the same agency accompanies in the same year.
type Sibling struct {
	PendampinganID uint   `json:"pendampinganId"`
	DesaName       string `json:"desaName"`
	TeamSize       int    `json:"teamSize"`
}

// PartnerLink is a partner accompanying a pairing.
type PartnerLink struct {
	MitraID uint   `json:"mitraId"`
	Name    string `json:"name"`
	Kind    string `json:"kind"`
	Role    string `json:"role"`
}

// Get returns one pairing in full.
func (s *Service) Get(ctx context.Context, id uint) (Detail, error) {
	var d Detail
	db := s.db.WithContext(ctx)
	var rows []Detail
	err := db.Raw(`SELECT p.*, d.code AS desa_code, d.name AS desa_name, k.name AS kecamatan_name,
			o.code AS opd_code, o.name AS opd_name
		FROM pendampingan p JOIN desa d ON d.id = p.desa_id JOIN kecamatan k ON k.id = d.kecamatan_id
		JOIN opd o ON o.id = p.opd_id WHERE p.id = ?`, id).Scan(&rows).Error
	if err != nil {
		return d, err
	}
	if len(rows) == 0 {
		return d, models.NotFound(CodeNotFound, "Pendampingan tidak ditemukan.")
	}
	d = rows[0]
	if err := db.Where("pendampingan_id = ?", id).Order("CASE role WHEN 'koordinator' THEN 0 ELSE 1 END, sort_order, id").Find(&d.Team).Error; err != nil {
		return d, err
	}
	err = db.Raw(`SELECT pm.mitra_id, m.name, m.kind, pm.role FROM pendampingan_mitra pm JOIN mitra m ON m.id = pm.mitra_id
		WHERE pm.pendampingan_id = ? ORDER BY m.name`, id).Scan(&d.Partners).Error
	if d.Partners == nil {
		d.Partners = []PartnerLink{}
	}
	if err != nil {
		return d, err
	}
	err = db.Raw(`SELECT p.id AS pendampingan_id, d.name AS desa_name, (SELECT COUNT(*) FROM anggota_tim a WHERE a.pendampingan_id = p.id) AS team_size
		FROM pendampingan p JOIN desa d ON d.id = p.desa_id WHERE p.opd_id = ? AND p.year = ? AND p.id <> ? ORDER BY d.code`,
		d.OPDID, d.Year, d.ID).Scan(&d.Siblings).Error
	if d.Siblings == nil {
		d.Siblings = []Sibling{}
	}
	return d, err
}

// FindByVillage returns the pairing id of a village in a year, or 0.
func (s *Service) FindByVillage(ctx context.Context, year int, desaID uint) (uint, error) {
	var ids []uint
	err := s.db.WithContext(ctx).Model(&models.Pendampingan{}).Where("year = ? AND desa_id = ?", year, desaID).Pluck("id", &ids).Error
	if err != nil || len(ids) == 0 {
		return 0, err
	}
	return ids[0], nil
}

// ValidateTeam checks and normalises a team: names required, at most one coordinator,
// NIP 18 digits when given, no NIP twice.
func ValidateTeam(team []models.AnggotaTim) error {
	var problems []string
	coords := 0
	seen := map[string]int{}
	for i := range team {
		m := &team[i]
		m.Name = models.CleanText(m.Name)
		m.Rank = models.CleanText(m.Rank)
		m.Position = models.CleanText(m.Position)
		m.NIP = models.NormalizeNIP(m.NIP)
		if m.Role == "" {
			m.Role = models.RoleAnggota
		}
		row := i + 1
		if m.Name == "" {
			problems = append(problems, fmt.Sprintf("Baris %d: nama anggota wajib diisi.", row))
		}
		if m.Role != models.RoleKoordinator && m.Role != models.RoleAnggota {
			problems = append(problems, fmt.Sprintf("Baris %d: peran %q tidak dikenal (koordinator atau anggota).", row, m.Role))
		}
		if m.Role == models.RoleKoordinator {
			coords++
		}
		if m.NIP != "" && !models.ValidNIP(m.NIP) {
			problems = append(problems, fmt.Sprintf("Baris %d: NIP %s harus 18 digit angka.", row, m.NIP))
		}
		if m.NIP != "" {
			if prev, ok := seen[m.NIP]; ok {
				problems = append(problems, fmt.Sprintf("Baris %d: NIP %s sudah dipakai di baris %d.", row, m.NIP, prev))
			}
			seen[m.NIP] = row
		}
		m.SortOrder = i
	}
	if coords > 1 {
		problems = append(problems, "Tim hanya boleh memiliki satu koordinator.")
	}
	if len(problems) > 0 {
		return models.Invalid(CodeTeamInvalid, "team", problems[0]).WithDetails(problems)
	}
	return nil
}

// SaveTeam replaces a pairing's team.
func (s *Service) SaveTeam(ctx context.Context, id uint, team []models.AnggotaTim) error {
	if err := ValidateTeam(team); err != nil {
		return err
	}
	return s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		var p models.Pendampingan
		if err := tx.First(&p, id).Error; err != nil {
			return notFound(err)
		}
		return replaceTeam(tx, id, team)
	})
}

// SetPartners replaces the partners accompanying a pairing.
func (s *Service) SetPartners(ctx context.Context, id uint, links []PartnerLink) error {
	return s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		var p models.Pendampingan
		if err := tx.First(&p, id).Error; err != nil {
			return notFound(err)
		}
		if err := tx.Where("pendampingan_id = ?", id).Delete(&models.PendampinganMitra{}).Error; err != nil {
			return err
		}
		seen := map[uint]bool{}
		for _, l := range links {
			if seen[l.MitraID] {
				continue
			}
			seen[l.MitraID] = true
			var m models.Mitra
			if err := tx.First(&m, l.MitraID).Error; err != nil {
				return models.NotFound("mitra.not_found", "Mitra yang dipilih tidak ditemukan.")
			}
			if err := tx.Create(&models.PendampinganMitra{PendampinganID: id, MitraID: l.MitraID, Role: models.CleanText(l.Role)}).Error; err != nil {
				return err
			}
		}
		return nil
	})
}
