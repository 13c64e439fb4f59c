package orphans

import (
	"context"
	"fmt"
	"strings"

	"gorm.io/gorm"

	"sidamping/models"
)

// ChildInput is a child as the form (or an import row) gives it. NIK and NoKK may be
// the masked values the form received: then they stay as stored.
type ChildInput struct {
	ID               uint     `json:"id"`
	DesaID           uint     `json:"desaId"`
	DesaCode         string   `json:"desaCode"` // used when DesaID is 0 (imports, CLI)
	Name             string   `json:"name"`
	NIK              string   `json:"nik"`
	Sex              string   `json:"sex"`
	BirthDate        string   `json:"birthDate"`
	FatherDied       bool     `json:"fatherDied"`
	FatherDeathDate  string   `json:"fatherDeathDate"`
	MotherDied       bool     `json:"motherDied"`
	MotherDeathDate  string   `json:"motherDeathDate"`
	GuardianName     string   `json:"guardianName"`
	GuardianRelation string   `json:"guardianRelation"`
	GuardianPhone    string   `json:"guardianPhone"`
	NoKK             string   `json:"noKk"`
	Address          string   `json:"address"`
	School           string   `json:"school"`
	JKN              bool     `json:"jkn"`
	Disability       string   `json:"disability"`
	Needs            []string `json:"needs"`
	Note             string   `json:"note"`
	// AssessedOn, when set on a new child, records its first needs assessment.
	AssessedOn string `json:"assessedOn"`
	Assessor   string `json:"assessor"`
}

// HouseholdLink is the child's family as the household registry knows it.
type HouseholdLink struct {
	Edition string `json:"edition"`
	NoKK    string `json:"noKk"` // masked
	Desil   *int   `json:"desil"`
	By      string `json:"by"` // "nik" or "no_kk"
}

// ChildRow is a child in lists (NIK and No KK masked).
type ChildRow struct {
	ID               uint           `json:"id"`
	DesaID           uint           `json:"desaId"`
	DesaCode         string         `json:"desaCode"`
	DesaName         string         `json:"desaName"`
	KecamatanID      uint           `json:"kecamatanId"`
	KecamatanName    string         `json:"kecamatanName"`
	Name             string         `json:"name"`
	NIK              string         `json:"nik"`  // masked
	NoKK             string         `json:"noKk"` // masked
	Sex              string         `json:"sex"`
	BirthDate        string         `json:"birthDate"`
	Age              int            `json:"age"`
	FatherDied       bool           `json:"fatherDied"`
	FatherDeathDate  string         `json:"fatherDeathDate"`
	MotherDied       bool           `json:"motherDied"`
	MotherDeathDate  string         `json:"motherDeathDate"`
	Category         string         `json:"category"`
	GuardianName     string         `json:"guardianName"`
	GuardianRelation string         `json:"guardianRelation"`
	GuardianPhone    string         `json:"guardianPhone"`
	Address          string         `json:"address"`
	School           string         `json:"school"`
	JKN              bool           `json:"jkn"`
	Disability       string         `json:"disability"`
	Needs            []string       `json:"needs"`
	Note             string         `json:"note"`
	Matched          bool           `json:"matched"`
	Fosters          string         `json:"fosters"` // names of the current foster parents
	LastAssessment   string         `json:"lastAssessment"`
	AssessmentDue    bool           `json:"assessmentDue"`
	Household        *HouseholdLink `json:"household"`
}

// ChildFilter narrows the list. Status: "" (all), "unmatched", "matched", "due".
type ChildFilter struct {
	DesaID      uint   `json:"desaId"`
	KecamatanID uint   `json:"kecamatanId"`
	Status      string `json:"status"`
	Query       string `json:"query"`
}

// validateChild checks one child against the rules and builds the record; the field
// errors are keyed by the ChildInput JSON names.
func (s *Service) validateChild(ctx context.Context, tx *gorm.DB, in ChildInput, old *models.AnakYatim) (models.AnakYatim, models.FieldErrors) {
	fe := models.FieldErrors{}
	today := s.today()
	a := models.AnakYatim{ID: in.ID, Name: clean(in.Name), Sex: strings.ToUpper(strings.TrimSpace(in.Sex)),
		BirthDate: strings.TrimSpace(in.BirthDate), FatherDied: in.FatherDied, MotherDied: in.MotherDied,
		GuardianName: clean(in.GuardianName), GuardianRelation: clean(in.GuardianRelation), GuardianPhone: clean(in.GuardianPhone),
		Address: clean(in.Address), School: strings.TrimSpace(in.School), JKN: in.JKN, Disability: clean(in.Disability),
		Needs: needsText(in.Needs), Note: clean(in.Note)}
	if in.DesaID != 0 {
		var n int64
		tx.Model(&models.Desa{}).Where("id = ?", in.DesaID).Count(&n)
		if n == 0 {
			fe.Add("desaId", "Desa/kelurahan yang dipilih tidak ada di data master.")
		}
		a.DesaID = in.DesaID
	} else if code := strings.TrimSpace(in.DesaCode); code == "" {
		fe.Add("desaId", "Pilih desa/kelurahan anak.")
	} else if id, ok := villageID(tx, code); !ok {
		fe.Add("desaCode", fmt.Sprintf("Kode desa %s tidak ada di data master desa/kelurahan.", code))
	} else {
		a.DesaID = id
	}
	if a.Name == "" {
		fe.Add("name", "Nama anak wajib diisi.")
	}
	if a.Sex != "L" && a.Sex != "P" {
		fe.Add("sex", "Jenis kelamin harus L (laki-laki) atau P (perempuan).")
	}
	if b, ok := parseDay(a.BirthDate); !ok {
		fe.Add("birthDate", "Tanggal lahir wajib diisi (tanggal yang sah).")
	} else if a.BirthDate > today {
		fe.Add("birthDate", fmt.Sprintf("Tanggal lahir %s ada di masa depan.", b.Format("02-01-2006")))
	} else if age := ageOn(a.BirthDate, today); age >= MaxAge {
		fe.Add("birthDate", fmt.Sprintf("Umurnya %d tahun: registri ini untuk anak (di bawah %d tahun).", age, MaxAge))
	}
	a.Category = models.OrphanCategory(a.FatherDied, a.MotherDied)
	if a.Category == "" {
		fe.Add("fatherDied", "Tandai orang tua yang meninggal (ayah, ibu, atau keduanya).")
	}
	for _, d := range []struct {
		field, label string
		died         bool
		val          string
		dst          *string
	}{{"fatherDeathDate", "ayah", a.FatherDied, in.FatherDeathDate, &a.FatherDeathDate},
		{"motherDeathDate", "ibu", a.MotherDied, in.MotherDeathDate, &a.MotherDeathDate}} {
		v := strings.TrimSpace(d.val)
		if !d.died || v == "" {
			continue
		}
		if _, ok := parseDay(v); !ok {
			fe.Add(d.field, fmt.Sprintf("Tanggal meninggal %s tidak sah.", d.label))
		} else if v > today {
			fe.Add(d.field, fmt.Sprintf("Tanggal meninggal %s ada di masa depan.", d.label))
		}
		*d.dst = v
	}
	if !models.ValidOption(models.SchoolStatuses, a.School) {
		fe.Add("school", "Pilih status sekolah anak.")
	}
	if a.GuardianPhone != "" && !models.ValidPhone(a.GuardianPhone) {
		fe.Add("guardianPhone", fmt.Sprintf("Nomor telepon wali %q tidak sah.", a.GuardianPhone))
	}
	a.NIK = s.idValue(fe, "nik", "NIK", in.NIK, oldID(old, true))
	a.NoKK = s.idValue(fe, "noKk", "No KK", in.NoKK, oldID(old, false))
	if a.NIK != nil {
		var other uint
		tx.Model(&models.AnakYatim{}).Select("id").Where("nik = ? AND id <> ?", *a.NIK, in.ID).Limit(1).Scan(&other)
		if other != 0 {
			fe.Add("nik", fmt.Sprintf("NIK %s sudah terdaftar untuk anak lain.", models.MaskNIK(*a.NIK)))
		}
	}
	if in.AssessedOn != "" {
		if _, ok := parseDay(in.AssessedOn); !ok || in.AssessedOn > today {
			fe.Add("assessedOn", "Tanggal asesmen tidak sah atau di masa depan.")
		}
	}
	return a, fe
}

func oldID(old *models.AnakYatim, nik bool) *string {
	if old == nil {
		return nil
	}
	if nik {
		return old.NIK
	}
	return old.NoKK
}

// idValue checks a NIK or No KK: empty, 16 digits, or the masked form of the stored value.
func (s *Service) idValue(fe models.FieldErrors, field, label, v string, old *string) *string {
	v = strings.TrimSpace(v)
	if v == "" {
		return nil
	}
	if old != nil && v == models.MaskNIK(*old) {
		return old
	}
	if len(v) != 16 || !allDigits(v) {
		fe.Add(field, fmt.Sprintf("%s %q harus 16 digit angka (ditulis sebagai teks).", label, v))
		return nil
	}
	return &v
}

func allDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// villageID finds a village by its Kemendagri code.
func villageID(tx *gorm.DB, code string) (uint, bool) {
	var id uint
	tx.Model(&models.Desa{}).Select("id").Where("code = ?", code).Limit(1).Scan(&id)
	return id, id != 0
}

// SaveChild creates (ID 0) or updates a child; a new child with AssessedOn gets its
// first assessment in the same transaction.
func (s *Service) SaveChild(ctx context.Context, in ChildInput) (ChildRow, error) {
	var id uint
	err := s.ctxDB(ctx).Transaction(func(tx *gorm.DB) error {
		var err error
		id, err = s.saveChild(ctx, tx, in)
		return err
	})
	if err != nil {
		return ChildRow{}, err
	}
	return s.Child(ctx, id)
}

func (s *Service) saveChild(ctx context.Context, tx *gorm.DB, in ChildInput) (uint, error) {
	var old *models.AnakYatim
	if in.ID != 0 {
		var o models.AnakYatim
		if err := tx.First(&o, in.ID).Error; err != nil {
			return 0, notFound(err, "Anak")
		}
		old = &o
	}
	a, fe := s.validateChild(ctx, tx, in, old)
	if err := fe.Err(CodeInvalid); err != nil {
		return 0, err
	}
	now := s.clock.Now()
	a.UpdatedAt = now
	if old == nil {
		a.CreatedAt = now
		if err := tx.Create(&a).Error; err != nil {
			return 0, err
		}
		if in.AssessedOn != "" {
			as := models.AsesmenAnak{AnakID: a.ID, AssessedOn: in.AssessedOn, Assessor: clean(in.Assessor), Needs: a.Needs, CreatedAt: now}
			if err := tx.Create(&as).Error; err != nil {
				return 0, err
			}
		}
		return a.ID, nil
	}
	a.CreatedAt = old.CreatedAt
	return a.ID, tx.Save(&a).Error
}

// DeleteChild removes a child with its assessments, matches and deliveries.
func (s *Service) DeleteChild(ctx context.Context, id uint) error {
	res := s.ctxDB(ctx).Delete(&models.AnakYatim{}, id)
	if res.Error != nil {
		return res.Error
	}
	if res.RowsAffected == 0 {
		return models.NotFound(CodeNotFound, "Anak tidak ditemukan.")
	}
	return nil
}

// RevealedIDs are a child's full NIK and No KK.
type RevealedIDs struct {
	NIK  string `json:"nik"`
	NoKK string `json:"noKk"`
}

// RevealChild returns the unmasked NIK and No KK of one child.
func (s *Service) RevealChild(ctx context.Context, id uint) (RevealedIDs, error) {
	var a models.AnakYatim
	if err := s.ctxDB(ctx).First(&a, id).Error; err != nil {
		return RevealedIDs{}, notFound(err, "Anak")
	}
	var r RevealedIDs
	if a.NIK != nil {
		r.NIK = *a.NIK
	}
	if a.NoKK != nil {
		r.NoKK = *a.NoKK
	}
	return r, nil
}

// Child returns one child as listed.
func (s *Service) Child(ctx context.Context, id uint) (ChildRow, error) {
	rows, err := s.children(ctx, s.today(), "a.id = ?", id)
	if err != nil {
		return ChildRow{}, err
	}
	if len(rows) == 0 {
		return ChildRow{}, models.NotFound(CodeNotFound, "Anak tidak ditemukan.")
	}
	err = s.withHouseholds(ctx, rows)
	return rows[0], err
}

// ListChildren lists children by village and name.
func (s *Service) ListChildren(ctx context.Context, f ChildFilter) ([]ChildRow, error) {
	var conds []string
	var args []any
	if f.DesaID != 0 {
		conds, args = append(conds, "a.desa_id = ?"), append(args, f.DesaID)
	}
	if f.KecamatanID != 0 {
		conds, args = append(conds, "d.kecamatan_id = ?"), append(args, f.KecamatanID)
	}
	if q := strings.TrimSpace(f.Query); q != "" {
		conds, args = append(conds, "(a.name LIKE ? OR a.nik = ? OR a.guardian_name LIKE ?)"), append(args, "%"+q+"%", q, "%"+q+"%")
	}
	where := strings.Join(conds, " AND ")
	rows, err := s.children(ctx, s.today(), where, args...)
	if err != nil {
		return nil, err
	}
	out := rows[:0]
	for _, r := range rows {
		switch f.Status {
		case "unmatched":
			if r.Matched {
				continue
			}
		case "matched":
			if !r.Matched {
				continue
			}
		case "due":
			if !r.AssessmentDue {
				continue
			}
		}
		out = append(out, r)
	}
	return out, s.withHouseholds(ctx, out)
}

// childScan is the row children reads.
type childScan struct {
	models.AnakYatim
	DesaCode, DesaName, KecamatanName string
	KecamatanID                       uint
	Fosters                           string
	LastAssessment                    string
	HHEdition, HHNoKK                 string
	HHDesil                           *int
	HHBy                              string
}

// children reads children (where over alias a, d) as of day.
func (s *Service) children(ctx context.Context, day, where string, args ...any) ([]ChildRow, error) {
	q := `SELECT a.*, d.code AS desa_code, d.name AS desa_name, d.kecamatan_id, k.name AS kecamatan_name,
		(SELECT group_concat(o.name, '; ') FROM pengasuhan m JOIN orang_tua_asuh o ON o.id = m.ota_id
			WHERE m.anak_id = a.id AND ` + activeOn + `) AS fosters,
		(SELECT MAX(x.assessed_on) FROM asesmen_anak x WHERE x.anak_id = a.id) AS last_assessment
		FROM anak_yatim a JOIN desa d ON d.id = a.desa_id JOIN kecamatan k ON k.id = d.kecamatan_id`
	all := []any{day, day}
	if where != "" {
		q += " WHERE " + where
		all = append(all, args...)
	}
	q += " ORDER BY d.code, a.name, a.id"
	var scans []childScan
	if err := s.ctxDB(ctx).Raw(q, all...).Scan(&scans).Error; err != nil {
		return nil, err
	}
	due := addMonths(day, -AssessmentValidMonths)
	out := make([]ChildRow, 0, len(scans))
	for _, c := range scans {
		r := ChildRow{ID: c.ID, DesaID: c.DesaID, DesaCode: c.DesaCode, DesaName: c.DesaName, KecamatanID: c.KecamatanID,
			KecamatanName: c.KecamatanName, Name: c.Name, Sex: c.Sex, BirthDate: c.BirthDate, Age: ageOn(c.BirthDate, day),
			FatherDied: c.FatherDied, FatherDeathDate: c.FatherDeathDate, MotherDied: c.MotherDied, MotherDeathDate: c.MotherDeathDate,
			Category: c.Category, GuardianName: c.GuardianName, GuardianRelation: c.GuardianRelation, GuardianPhone: c.GuardianPhone,
			Address: c.Address, School: c.School, JKN: c.JKN, Disability: c.Disability, Needs: needsList(c.AnakYatim.Needs), Note: c.Note,
			Matched: c.Fosters != "", Fosters: c.Fosters, LastAssessment: c.LastAssessment,
			AssessmentDue: c.LastAssessment == "" || c.LastAssessment < due}
		if c.NIK != nil {
			r.NIK = models.MaskNIK(*c.NIK)
		}
		if c.NoKK != nil {
			r.NoKK = models.MaskNIK(*c.NoKK)
		}
		out = append(out, r)
	}
	return out, nil
}

// Household finds the child's family in the newest edition of the household registry
// that has it: by the child's NIK first, then by its No KK.
func (s *Service) Household(ctx context.Context, childID uint) (*HouseholdLink, error) {
	var a models.AnakYatim
	if err := s.ctxDB(ctx).First(&a, childID).Error; err != nil {
		return nil, notFound(err, "Anak")
	}
	return s.household(ctx, a.NIK, a.NoKK)
}

func (s *Service) household(ctx context.Context, nik, noKK *string) (*HouseholdLink, error) {
	type hit struct {
		Edition string
		NoKK    string
		Desil   *int
	}
	db := s.ctxDB(ctx)
	var h hit
	if nik != nil {
		if err := db.Raw(`SELECT e.name AS edition, k.no_kk, k.desil FROM individu i JOIN keluarga k ON k.id = i.keluarga_id
			JOIN edisi e ON e.id = k.edisi_id WHERE i.nik = ? ORDER BY e.id DESC LIMIT 1`, *nik).Scan(&h).Error; err != nil {
			return nil, err
		}
		if h.Edition != "" {
			return &HouseholdLink{Edition: h.Edition, NoKK: models.MaskNIK(h.NoKK), Desil: h.Desil, By: "nik"}, nil
		}
	}
	if noKK != nil {
		if err := db.Raw(`SELECT e.name AS edition, k.no_kk, k.desil FROM keluarga k JOIN edisi e ON e.id = k.edisi_id
			WHERE k.no_kk = ? ORDER BY e.id DESC LIMIT 1`, *noKK).Scan(&h).Error; err != nil {
			return nil, err
		}
		if h.Edition != "" {
			return &HouseholdLink{Edition: h.Edition, NoKK: models.MaskNIK(h.NoKK), Desil: h.Desil, By: "no_kk"}, nil
		}
	}
	return nil, nil
}

// withHouseholds fills the registry link of each row (one lookup per child with a NIK or No KK).
func (s *Service) withHouseholds(ctx context.Context, rows []ChildRow) error {
	ids := make([]uint, 0, len(rows))
	for _, r := range rows {
		if r.NIK != "" || r.NoKK != "" {
			ids = append(ids, r.ID)
		}
	}
	if len(ids) == 0 {
		return nil
	}
	var raw []models.AnakYatim
	if err := s.ctxDB(ctx).Where("id IN ?", ids).Find(&raw).Error; err != nil {
		return err
	}
	byID := map[uint]models.AnakYatim{}
	for _, a := range raw {
		byID[a.ID] = a
	}
	for i := range rows {
		a, ok := byID[rows[i].ID]
		if !ok {
			continue
		}
		h, err := s.household(ctx, a.NIK, a.NoKK)
		if err != nil {
			return err
		}
		rows[i].Household = h
	}
	return nil
}

// AddAssessment records a needs assessment of a child (and updates its current needs).
func (s *Service) AddAssessment(ctx context.Context, in models.AsesmenAnak, needs []string) (models.AsesmenAnak, error) {
	fe := models.FieldErrors{}
	if _, ok := parseDay(in.AssessedOn); !ok {
		fe.Add("assessedOn", "Tanggal asesmen wajib diisi (tanggal yang sah).")
	} else if in.AssessedOn > s.today() {
		fe.Add("assessedOn", "Tanggal asesmen ada di masa depan.")
	}
	if err := fe.Err(CodeInvalid); err != nil {
		return in, err
	}
	in.ID, in.Needs, in.Assessor, in.Note, in.CreatedAt = 0, needsText(needs), clean(in.Assessor), clean(in.Note), s.clock.Now()
	err := s.ctxDB(ctx).Transaction(func(tx *gorm.DB) error {
		var a models.AnakYatim
		if err := tx.First(&a, in.AnakID).Error; err != nil {
			return notFound(err, "Anak")
		}
		if err := tx.Create(&in).Error; err != nil {
			return err
		}
		return tx.Model(&a).Updates(map[string]any{"needs": in.Needs, "updated_at": in.CreatedAt}).Error
	})
	return in, err
}

// Assessments lists a child's assessments, newest first.
func (s *Service) Assessments(ctx context.Context, childID uint) ([]models.AsesmenAnak, error) {
	var out []models.AsesmenAnak
	err := s.ctxDB(ctx).Where("anak_id = ?", childID).Order("assessed_on DESC, id DESC").Find(&out).Error
	return out, err
}
