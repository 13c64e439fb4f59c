package letters

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"gorm.io/gorm"

	"sidamping/models"
	"sidamping/services/letters/render"
)

// regency is what letters need from the profile.
type regency struct {
	profile models.Profil
	sigs    map[string]models.Penandatangan
}

func loadRegency(tx *gorm.DB) (regency, error) {
	var r regency
	var ps []models.Profil
	if err := tx.Where("id = 1").Limit(1).Find(&ps).Error; err != nil {
		return r, err
	}
	if len(ps) == 0 {
		return r, models.Conflict("letters.no_profile", "Profil daerah belum diisi; lengkapi di Pengaturan → Profil Daerah.")
	}
	r.profile = ps[0]
	if strings.TrimSpace(r.profile.Letterhead) == "" {
		return r, models.Conflict("letters.no_letterhead", "Kop surat belum diisi; lengkapi baris kop surat di Pengaturan → Profil Daerah.")
	}
	if strings.TrimSpace(r.profile.Capital) == "" {
		return r, models.Conflict("letters.no_place", "Ibu kota kabupaten (tempat penetapan surat) belum diisi di Pengaturan → Profil Daerah.")
	}
	var sigs []models.Penandatangan
	if err := tx.Find(&sigs).Error; err != nil {
		return r, err
	}
	r.sigs = map[string]models.Penandatangan{}
	for _, s := range sigs {
		r.sigs[s.Role] = s
	}
	return r, nil
}

// official is "BUPATI CONTOH" (or "WALI KOTA SEMARANG").
func (r regency) official() string {
	return strings.ToUpper(r.profile.HeadTitle())
}

// signatory returns the frozen signatory for role, or an error naming what is missing.
func (r regency) signatory(role string) (models.Penandatangan, string, error) {
	s, ok := r.sigs[role]
	title := ""
	for _, sr := range models.SignatoryRoles {
		if sr.Role == role {
			title = sr.Title
		}
	}
	if !ok || strings.TrimSpace(s.Name) == "" {
		return s, "", models.Conflict("letters.no_signatory", fmt.Sprintf("Nama penandatangan (%s) belum diisi di Pengaturan → Profil Daerah.", title))
	}
	switch role {
	case models.RoleBupati:
		return s, r.official(), nil
	case models.RoleWakilBupati:
		return s, "WAKIL " + r.official() + "\nSELAKU KETUA TKPK", nil
	case models.RoleSekda:
		return s, "a.n. " + r.official() + "\nSEKRETARIS DAERAH", nil
	default:
		return s, "a.n. " + r.official() + "\nKEPALA BAPPEDA", nil
	}
}

var contactWords = []string{"jalan", "jl.", "jl ", "telp", "telepon", "faks", "fax", "email", "e-mail", "laman", "website", "http", "www", "kode pos"}

// letterheadFor is the kop that follows the signatory: a letter the regent (or the
// vice-regent) signs carries the regent's own letterhead, the emblem over "BUPATI
// CONTOH"; one the regional secretary signs "a.n. Bupati" carries the regional
// government's, the emblem beside "PEMERINTAH KABUPATEN CONTOH / SEKRETARIAT DAERAH"
// over the double rule; one the head of Bappeda
// signs carries Bappeda's, the kop lines of the profile.
func (r regency) letterheadFor(role string) render.Letterhead {
	l := render.Letterhead{Logo: r.profile.Logo, LogoMime: r.profile.LogoMime}
	switch role {
	case models.RoleBupati, models.RoleWakilBupati:
		l.Regent, l.Lines = true, []string{r.official()}
		return l
	case models.RoleSekda:
		l.Lines = []string{strings.ToUpper(r.profile.Government()), "SEKRETARIAT DAERAH"}
		return l
	}
	for _, line := range lines(r.profile.Letterhead) {
		low := strings.ToLower(line)
		contact := false
		for _, w := range contactWords {
			contact = contact || strings.Contains(low, w)
		}
		if contact {
			l.Contact = append(l.Contact, line)
		} else {
			l.Lines = append(l.Lines, line)
		}
	}
	return l
}

// pairingRow is a pairing as letters need it.
type pairingRow struct {
	PendampinganID uint
	OPDID          uint
	OPDName        string
	OPDAbbr        string
	OPDCode        string
	DesaName       string
	DesaKind       string
	KecamatanName  string
}

func loadPairings(tx *gorm.DB, year int, opdID uint) ([]pairingRow, error) {
	var rows []pairingRow
	q := `SELECT p.id AS pendampingan_id, o.id AS opd_id, o.name AS opd_name, o.abbreviation AS opd_abbr, o.code AS opd_code,
			d.name AS desa_name, d.kind AS desa_kind, k.name AS kecamatan_name
		FROM pendampingan p JOIN opd o ON o.id = p.opd_id JOIN desa d ON d.id = p.desa_id JOIN kecamatan k ON k.id = d.kecamatan_id
		WHERE p.year = ?`
	args := []any{year}
	if opdID != 0 {
		q += " AND p.opd_id = ?"
		args = append(args, opdID)
	}
	if err := tx.Raw(q+" ORDER BY k.code, d.code", args...).Scan(&rows).Error; err != nil {
		return nil, err
	}
	// Names imported in capitals are written as a typist would; a name the user
	// corrected in the master data is kept as it is.
	var abbrs []string
	if err := tx.Model(&models.OPD{}).Where("abbreviation <> ''").Pluck("abbreviation", &abbrs).Error; err != nil {
		return nil, err
	}
	c := newCaser(abbrs)
	for i := range rows {
		r := &rows[i]
		r.OPDName, r.DesaName, r.KecamatanName = c.name(r.OPDName), c.name(r.DesaName), c.name(r.KecamatanName)
	}
	return rows, nil
}

// joinID joins names the Indonesian way: "A", "A dan B", "A, B dan C".
func joinID(names []string) string {
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " dan " + names[len(names)-1]
}

func uniq(in []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range in {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// expandAll fills every line of a multi-line template.
func expandAll(text string, vals map[string]string) ([]string, error) {
	var out []string
	for _, l := range lines(text) {
		e, err := expand(l, vals)
		if err != nil {
			return nil, err
		}
		out = append(out, undouble(e))
	}
	return out, nil
}

func baseValues(r regency, year int, villages int) map[string]string {
	return map[string]string{
		"tahun":       strconv.Itoa(year),
		"kabupaten":   r.profile.RegionTitle(), // "Kabupaten Contoh"
		"bupati":      r.profile.HeadTitle(),   // "Bupati Contoh"
		"ibukota":     r.profile.Capital,
		"jumlah_desa": strconv.Itoa(villages),
	}
}

// team loads the members of the given pairings, coordinators first, without repeats.
// When the agency accompanies several villages, each role names its village (both
// villages for a person on both teams), and every village must have a team: a
// letter that would leave one village's team out is refused, naming the village.
func team(tx *gorm.DB, pairingIDs []uint, villageOf map[uint]string) ([]render.TeamMember, error) {
	var members []models.AnggotaTim
	err := tx.Where("pendampingan_id IN ?", pairingIDs).
		Order("CASE role WHEN 'koordinator' THEN 0 ELSE 1 END, pendampingan_id, sort_order, id").Find(&members).Error
	if err != nil {
		return nil, err
	}
	has := map[uint]bool{}
	for _, m := range members {
		has[m.PendampinganID] = true
	}
	if len(members) > 0 {
		for _, id := range pairingIDs {
			if !has[id] {
				return nil, models.Conflict("letters.no_team", fmt.Sprintf(
					"Tim pendamping %s belum diisi; isi timnya di Pendampingan (atau salin dari desa lain perangkat daerah ini) sebelum mencetak surat tugas.",
					villageLabel(villageOf[id], "")))
			}
		}
	}
	index := map[string]int{}
	var out []render.TeamMember
	var villages [][]string
	for _, m := range members {
		key := m.NIP
		if key == "" {
			key = strings.ToLower(m.Name)
		}
		village := villageOf[m.PendampinganID]
		if i, ok := index[key]; ok {
			if !slices.Contains(villages[i], village) {
				villages[i] = append(villages[i], village)
			}
			continue
		}
		index[key] = len(out)
		role := "Anggota"
		if m.Role == models.RoleKoordinator {
			role = "Koordinator"
		}
		out = append(out, render.TeamMember{Name: m.Name, Rank: m.Rank, NIP: m.NIP, Position: m.Position, Role: role})
		villages = append(villages, []string{village})
	}
	if len(pairingIDs) > 1 {
		for i := range out {
			out[i].Role += " " + villageLabel(joinID(villages[i]), "")
		}
	}
	return out, nil
}

// activeDecree is the year's issued (not cancelled) decree, if any.
func activeDecree(ctx context.Context, tx *gorm.DB, year int) (*models.Surat, error) {
	var rows []models.Surat
	err := tx.WithContext(ctx).Where("type = ? AND year = ? AND status = ?", models.SuratKeputusan, year, models.StatusTerbit).
		Order("id DESC").Limit(1).Find(&rows).Error
	if err != nil || len(rows) == 0 {
		return nil, err
	}
	return &rows[0], nil
}
