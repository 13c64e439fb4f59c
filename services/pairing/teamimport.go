package pairing

import (
	"context"
	"fmt"
	"strings"

	"gorm.io/gorm"

	"sidamping/models"
	"sidamping/services/xlsxutil"
)

// Codes of the team import and copy.
const (
	CodeTeamImportInvalid = "pairing.team_import_invalid"
	CodeTeamCopyOther     = "pairing.team_copy_other"
	CodeTeamCopyEmpty     = "pairing.team_copy_empty"
	CodeTeamCopyTarget    = "pairing.team_copy_target"
)

// teamFields are the columns of a team workbook; headers are matched loosely.
var teamFields = []xlsxutil.Field{
	{Key: "name", Label: "Nama", Synonyms: []string{"Nama Lengkap", "Nama Anggota", "Nama Pegawai", "Nama dan Gelar"}, Required: true},
	{Key: "nip", Label: "NIP", Synonyms: []string{"NIP Pegawai", "Nomor Induk Pegawai", "No NIP"}, Type: xlsxutil.TypeDigits},
	{Key: "rank", Label: "Pangkat/Golongan", Synonyms: []string{"Pangkat", "Golongan", "Pangkat Golongan", "Pangkat/Gol", "Pangkat / Gol. Ruang", "Gol. Ruang"}},
	{Key: "position", Label: "Jabatan", Synonyms: []string{"Jabatan Dinas", "Nama Jabatan"}},
	{Key: "role", Label: "Kedudukan", Synonyms: []string{"Kedudukan dalam Tim", "Kedudukan Tim", "Peran", "Peran dalam Tim", "Jabatan dalam Tim"}},
	{Key: "desa", Label: "Desa", Synonyms: []string{"Desa/Kelurahan", "Nama Desa", "Kelurahan", "Desa Dampingan", "Kode Desa"}},
}

// TeamImportResult tells what an import saved: per village, how many members.
type TeamImportResult struct {
	File     string             `json:"file"`
	Villages []TeamImportedDesa `json:"villages"`
	Members  int                `json:"members"`
}

// TeamImportedDesa is one village whose team the import replaced.
type TeamImportedDesa struct {
	PendampinganID uint   `json:"pendampinganId"`
	DesaName       string `json:"desaName"`
	Members        int    `json:"members"`
}

type opdVillage struct {
	ID       uint
	DesaName string
	DesaCode string
}

// bareVillage is a village name without "Desa"/"Kelurahan" in front, in lower case.
func bareVillage(s string) string {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	for _, p := range []string{"desa ", "kelurahan ", "kel. ", "ds. "} {
		s = strings.TrimPrefix(s, p)
	}
	return s
}

// teamRole reads the Kedudukan cell: koordinator (or ketua) and anggota; empty is anggota.
func teamRole(v string) (string, bool) {
	switch strings.ToLower(strings.TrimSpace(v)) {
	case "", "anggota", "anggota tim":
		return models.RoleAnggota, true
	case "koordinator", "ketua", "ketua tim", "koordinator tim":
		return models.RoleKoordinator, true
	}
	return "", false
}

// ImportTeam reads an agency's team members from an .xlsx (Nama, NIP, Pangkat/Golongan,
// Jabatan, Kedudukan, Desa) and replaces the teams of the villages the file names — the
// agency's villages in year; the Desa column may be left out when it has only one. It is
// all or nothing: any problem (a row without a name, a NIP that is not 18 digits or is
// twice in one team, two coordinators, an unknown village) saves nothing and is reported
// with the file, sheet, row and column.
func (s *Service) ImportTeam(ctx context.Context, year int, opdID uint, path string) (TeamImportResult, error) {
	var res TeamImportResult
	var opd models.OPD
	if err := s.db.WithContext(ctx).First(&opd, opdID).Error; err != nil {
		return res, models.NotFound("opd.not_found", "Perangkat daerah tidak ditemukan.")
	}
	var villages []opdVillage
	if err := s.db.WithContext(ctx).Raw(`SELECT p.id, d.name AS desa_name, d.code AS desa_code FROM pendampingan p JOIN desa d ON d.id = p.desa_id
		WHERE p.year = ? AND p.opd_id = ? ORDER BY d.code`, year, opdID).Scan(&villages).Error; err != nil {
		return res, err
	}
	if len(villages) == 0 {
		return res, models.Conflict("pairing.opd_unpaired", fmt.Sprintf("%s belum mendampingi desa mana pun pada tahun %d.", opd.Name, year))
	}
	wb, err := xlsxutil.Open(path)
	if err != nil {
		return res, err
	}
	defer wb.Close()
	m := xlsxutil.NewMatcher(teamFields)
	var t *xlsxutil.Table
	for _, name := range wb.Sheets() {
		sh, err := wb.ReadSheet(ctx, name, nil)
		if err != nil {
			return res, err
		}
		if tt, ok := sh.Table(m); ok {
			t = tt
			break
		}
	}
	if t == nil {
		return res, xlsxutil.NoHeaderError(wb.Name, wb.Sheets()[0], xlsxutil.HeaderScanRows, m.RequiredLabels())
	}
	res.File = wb.Name
	problems := append([]xlsxutil.Problem{}, t.Problems...)
	bad := func(rec xlsxutil.Record, key, msg string) {
		hc, _ := t.Header.Cell(key)
		problems = append(problems, xlsxutil.Problem{File: t.File, Sheet: t.Sheet, Row: rec.Row, Column: hc.Letter, Header: hc.Text, Value: rec.Get(key), Message: msg})
	}
	names := make([]string, len(villages))
	for i, v := range villages {
		names[i] = v.DesaName
	}
	teams := map[uint][]models.AnggotaTim{}
	var order []uint
	nips := map[uint]map[string]int{}
	coord := map[uint]int{}
	for _, rec := range t.Records {
		if len(rec.Bad) > 0 {
			continue
		}
		var v *opdVillage
		desa := rec.Get("desa")
		switch {
		case desa == "" && len(villages) == 1:
			v = &villages[0]
		case desa == "":
			bad(rec, "desa", fmt.Sprintf("Desa wajib diisi karena %s mendampingi %d desa (%s).", opd.Name, len(villages), strings.Join(names, ", ")))
			continue
		default:
			for i := range villages {
				if bareVillage(villages[i].DesaName) == bareVillage(desa) || villages[i].DesaCode == strings.TrimSpace(desa) {
					v = &villages[i]
				}
			}
			if v == nil {
				bad(rec, "desa", fmt.Sprintf("%s bukan desa dampingan %s tahun %d (%s).", desa, opd.Name, year, strings.Join(names, ", ")))
				continue
			}
		}
		member := models.AnggotaTim{Name: models.CleanText(rec.Get("name")), NIP: models.NormalizeNIP(rec.Get("nip")),
			Rank: models.CleanText(rec.Get("rank")), Position: models.CleanText(rec.Get("position"))}
		ok := true
		if member.Name == "" {
			bad(rec, "name", "Nama anggota wajib diisi.")
			ok = false
		}
		role, known := teamRole(rec.Get("role"))
		if !known {
			bad(rec, "role", fmt.Sprintf("Kedudukan %q tidak dikenal; isi Koordinator atau Anggota.", rec.Get("role")))
			ok = false
		}
		member.Role = role
		if member.NIP != "" && !models.ValidNIP(member.NIP) {
			bad(rec, "nip", fmt.Sprintf("NIP %s harus 18 digit angka.", member.NIP))
			ok = false
		}
		if nips[v.ID] == nil {
			nips[v.ID] = map[string]int{}
		}
		if prev, dup := nips[v.ID][member.NIP]; dup && member.NIP != "" {
			bad(rec, "nip", fmt.Sprintf("NIP %s sudah ada di baris %d untuk %s.", member.NIP, prev, v.DesaName))
			ok = false
		} else if member.NIP != "" {
			nips[v.ID][member.NIP] = rec.Row
		}
		if role == models.RoleKoordinator {
			if prev, two := coord[v.ID]; two {
				bad(rec, "role", fmt.Sprintf("Tim %s sudah memiliki koordinator di baris %d; satu tim hanya satu koordinator.", v.DesaName, prev))
				ok = false
			} else {
				coord[v.ID] = rec.Row
			}
		}
		if !ok {
			continue
		}
		if _, seen := teams[v.ID]; !seen {
			order = append(order, v.ID)
		}
		teams[v.ID] = append(teams[v.ID], member)
	}
	if len(problems) == 0 && len(order) == 0 {
		return res, models.Invalid(CodeTeamImportInvalid, "file", fmt.Sprintf("%s, lembar %s: tidak ada anggota tim di bawah baris judul.", t.File, t.Sheet))
	}
	if len(problems) > 0 {
		details := make([]string, len(problems))
		for i, p := range problems {
			details[i] = p.String()
		}
		return res, models.Invalid(CodeTeamImportInvalid, "file", fmt.Sprintf("%d masalah pada %s; tidak ada yang disimpan. %s", len(problems), t.File, details[0])).WithDetails(details)
	}
	err = s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		for _, id := range order {
			team := teams[id]
			if err := ValidateTeam(team); err != nil {
				return err
			}
			if err := replaceTeam(tx, id, team); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return TeamImportResult{}, err
	}
	for _, id := range order {
		for _, v := range villages {
			if v.ID == id {
				res.Villages = append(res.Villages, TeamImportedDesa{PendampinganID: id, DesaName: v.DesaName, Members: len(teams[id])})
				res.Members += len(teams[id])
			}
		}
	}
	return res, nil
}

// replaceTeam swaps the members of pairing id for team inside tx.
func replaceTeam(tx *gorm.DB, id uint, team []models.AnggotaTim) error {
	if err := tx.Where("pendampingan_id = ?", id).Delete(&models.AnggotaTim{}).Error; err != nil {
		return err
	}
	for i := range team {
		team[i].ID = 0
		team[i].PendampinganID = id
		team[i].SortOrder = i
	}
	if len(team) == 0 {
		return nil
	}
	return tx.Create(&team).Error
}

// CopyTeam copies the team of pairing from to pairing to, another village the same agency
// accompanies in the same year. A target that has a team already is replaced only with
// replace; an empty source is refused. It returns how many members were copied.
func (s *Service) CopyTeam(ctx context.Context, from, to uint, replace bool) (int, error) {
	n := 0
	err := s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		var src, dst models.Pendampingan
		if err := tx.First(&src, from).Error; err != nil {
			return notFound(err)
		}
		if err := tx.First(&dst, to).Error; err != nil {
			return notFound(err)
		}
		if from == to || src.OPDID != dst.OPDID || src.Year != dst.Year {
			return models.Invalid(CodeTeamCopyOther, "from", "Tim hanya dapat disalin dari desa lain yang didampingi perangkat daerah yang sama pada tahun yang sama.")
		}
		var team []models.AnggotaTim
		if err := tx.Where("pendampingan_id = ?", from).Order("CASE role WHEN 'koordinator' THEN 0 ELSE 1 END, sort_order, id").Find(&team).Error; err != nil {
			return err
		}
		if len(team) == 0 {
			return models.Conflict(CodeTeamCopyEmpty, fmt.Sprintf("Tim %s masih kosong; tidak ada yang dapat disalin.", desaName(tx, src.DesaID)))
		}
		var have int64
		if err := tx.Model(&models.AnggotaTim{}).Where("pendampingan_id = ?", to).Count(&have).Error; err != nil {
			return err
		}
		if have > 0 && !replace {
			return models.Conflict(CodeTeamCopyTarget, fmt.Sprintf("%s sudah memiliki %d anggota tim; konfirmasi untuk menggantinya dengan tim %s.", desaName(tx, dst.DesaID), have, desaName(tx, src.DesaID)))
		}
		n = len(team)
		return replaceTeam(tx, to, team)
	})
	return n, err
}

func desaName(tx *gorm.DB, id uint) string {
	var d models.Desa
	if tx.First(&d, id).Error != nil {
		return "Desa"
	}
	low := strings.ToLower(d.Name)
	if strings.HasPrefix(low, "desa ") || strings.HasPrefix(low, "kelurahan ") {
		return d.Name
	}
	return "Desa " + d.Name
}
