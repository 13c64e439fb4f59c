package households

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"time"

	"gorm.io/gorm"

	"sidamping/models"
)

// ---- the editable list of verification statuses ----

// Statuses lists the verification statuses in their order.
func (s *Service) Statuses(ctx context.Context) ([]models.StatusVerval, error) {
	var out []models.StatusVerval
	err := s.db.WithContext(ctx).Order("sort_order, code").Find(&out).Error
	return out, err
}

var reStatusCode = regexp.MustCompile(`^[a-z0-9_]{1,30}$`)

// SaveStatus adds a status or changes the label and order of one.
func (s *Service) SaveStatus(ctx context.Context, in models.StatusVerval) (models.StatusVerval, error) {
	in.Code = strings.ToLower(strings.TrimSpace(in.Code))
	in.Label = models.CleanText(in.Label)
	fe := models.FieldErrors{}
	if !reStatusCode.MatchString(in.Code) {
		fe.Add("code", "Kode status 1-30 huruf kecil, angka atau garis bawah (mis. tidak_ditemukan).")
	}
	if in.Label == "" || len(in.Label) > 100 {
		fe.Add("label", "Nama status wajib diisi (paling panjang 100 karakter).")
	}
	if err := fe.Err(CodeStatusInvalid); err != nil {
		return in, err
	}
	err := s.db.WithContext(ctx).Exec(`INSERT INTO status_verval(code, label, sort_order, builtin) VALUES (?,?,?,0)
		ON CONFLICT(code) DO UPDATE SET label = excluded.label, sort_order = excluded.sort_order`, in.Code, in.Label, in.SortOrder).Error
	if err != nil {
		return in, err
	}
	var out models.StatusVerval
	err = s.db.WithContext(ctx).First(&out, "code = ?", in.Code).Error
	return out, err
}

// DeleteStatus removes a status no family or member carries.
func (s *Service) DeleteStatus(ctx context.Context, code string) error {
	refs, err := models.FindReferences(ctx, s.db, "status_verval", "code", code)
	if err != nil {
		return err
	}
	if len(refs) > 0 {
		return models.NewError(models.ErrReferenced, CodeStatusInUse,
			fmt.Sprintf("Status %s masih dipakai oleh %s; ganti status data itu dulu.", code, models.DescribeReferences(refs)))
	}
	return s.db.WithContext(ctx).Exec("DELETE FROM status_verval WHERE code = ?", code).Error
}

// ---- verification of families and members ----

// Levels of a status update.
const (
	LevelMember = "member"
	LevelFamily = "family"
)

// StatusUpdate sets the verification status of a selection of members or families.
type StatusUpdate struct {
	Level        string `json:"level"` // member or family
	IDs          []uint `json:"ids"`
	Status       string `json:"status"`     // a status code; "" clears the verification
	Date         string `json:"date"`       // YYYY-MM-DD; today when empty
	VerifierID   *uint  `json:"verifierId"` // a team member of the pairing (anggota_tim)
	VerifierName string `json:"verifierName"`
	Note         string `json:"note"`
}

// SetStatus updates the selection in one transaction and returns how many rows changed.
// The verifier's name is taken from the team when only the id is given, and kept even
// if the team member is later removed.
func (s *Service) SetStatus(ctx context.Context, in StatusUpdate) (int64, error) {
	table := map[string]string{LevelMember: "individu", LevelFamily: "keluarga"}[in.Level]
	if table == "" {
		return 0, models.Invalid(CodeStatusInvalid, "level", "Tingkat verifikasi harus member atau family.")
	}
	if len(in.IDs) == 0 {
		return 0, nil
	}
	var status, date any
	if in.Status != "" {
		var n int64
		if err := s.db.WithContext(ctx).Model(&models.StatusVerval{}).Where("code = ?", in.Status).Count(&n).Error; err != nil {
			return 0, err
		}
		if n == 0 {
			return 0, models.Invalid(CodeStatusUnknown, "status", fmt.Sprintf("Status %q tidak dikenal.", in.Status))
		}
		status = in.Status
		if in.Date == "" {
			in.Date = s.clock.Now().Format("2006-01-02")
		}
		if _, err := time.Parse("2006-01-02", in.Date); err != nil {
			return 0, models.Invalid(CodeStatusInvalid, "date", "Tanggal verifikasi harus berformat TTTT-BB-HH.")
		}
		date = in.Date
	}
	name := models.CleanText(in.VerifierName)
	if in.VerifierID != nil && *in.VerifierID > 0 {
		var team []string
		if err := s.db.WithContext(ctx).Raw("SELECT name FROM anggota_tim WHERE id = ?", *in.VerifierID).Scan(&team).Error; err != nil {
			return 0, err
		}
		if len(team) == 0 {
			return 0, models.Invalid(CodeStatusInvalid, "verifierId", "Anggota tim pemverifikasi tidak ditemukan.")
		}
		if name == "" {
			name = team[0]
		}
	} else {
		in.VerifierID = nil
	}
	if status == nil {
		name, in.Note, in.VerifierID = "", "", nil
	}
	var total int64
	err := s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		for start := 0; start < len(in.IDs); start += 500 {
			ids := in.IDs[start:min(start+500, len(in.IDs))]
			r := tx.Exec("UPDATE "+table+" SET status = ?, status_date = ?, verifier_id = ?, verifier_name = ?, status_note = ? WHERE id IN ?",
				status, date, in.VerifierID, nullStr(name), nullStr(models.CleanText(in.Note)), ids)
			if r.Error != nil {
				return r.Error
			}
			total += r.RowsAffected
		}
		return nil
	})
	return total, err
}

// StatusCount is the number of families or members with one status ("" = not verified).
type StatusCount struct {
	Status string `json:"status"`
	Label  string `json:"label"`
	Count  int64  `json:"count"`
}

// VillageProgress is a village's verification progress in an edition.
type VillageProgress struct {
	DesaID           uint          `json:"desaId"`
	Desa             string        `json:"desa"`
	Kecamatan        string        `json:"kecamatan"`
	Families         int64         `json:"families"`
	FamiliesVerified int64         `json:"familiesVerified"`
	Members          int64         `json:"members"`
	MembersVerified  int64         `json:"membersVerified"`
	Percent          float64       `json:"percent"` // members verified, 0-100
	FamilyStatus     []StatusCount `json:"familyStatus"`
	MemberStatus     []StatusCount `json:"memberStatus"`
}

// Overview gives every village's progress in an edition (the regency overview), in
// kecamatan and village order.
func (s *Service) Overview(ctx context.Context, editionID uint) ([]VillageProgress, error) {
	return s.progress(ctx, editionID, 0)
}

// VillageProgress gives one village's progress (for the pairing's page).
func (s *Service) VillageProgress(ctx context.Context, editionID, desaID uint) (VillageProgress, error) {
	rows, err := s.progress(ctx, editionID, desaID)
	if err != nil || len(rows) == 0 {
		return VillageProgress{DesaID: desaID, FamilyStatus: []StatusCount{}, MemberStatus: []StatusCount{}}, err
	}
	return rows[0], nil
}

func (s *Service) progress(ctx context.Context, editionID, desaID uint) ([]VillageProgress, error) {
	if _, err := s.edition(ctx, editionID); err != nil {
		return nil, err
	}
	statuses, err := s.Statuses(ctx)
	if err != nil {
		return nil, err
	}
	labels := map[string]string{"": "Belum diverifikasi"}
	for _, st := range statuses {
		labels[st.Code] = st.Label
	}
	type cnt struct {
		DesaID uint
		Status string
		N      int64
	}
	filter, args := "", []any{editionID}
	if desaID > 0 {
		filter, args = " AND k.desa_id = ?", append(args, desaID)
	}
	// Totals come from edisi_desa (written by the import); the verified rows from the
	// partial status indexes for the whole regency (named, as the planner would rather
	// walk the edition's million members) or the village's families for one village.
	db := s.db.WithContext(ctx)
	var fam, mem []cnt
	vfilter := strings.ReplaceAll(filter, "k.", "t.")
	byStatus := func(index string) string { // the whole regency: walk the verified rows only
		if desaID > 0 {
			return ""
		}
		return "INDEXED BY " + index
	}
	queries := []struct {
		dst *[]cnt
		sql string
	}{
		{&fam, `SELECT t.desa_id, '' AS status, t.families AS n FROM edisi_desa t WHERE t.edisi_id = ?` + vfilter},
		{&fam, `SELECT k.desa_id, k.status, COUNT(*) AS n FROM keluarga k ` + byStatus("ix_keluarga_status") + `
			WHERE k.status IS NOT NULL AND k.edisi_id = ?` + filter + ` GROUP BY 1, 2`},
		{&mem, `SELECT t.desa_id, '' AS status, t.members AS n FROM edisi_desa t WHERE t.edisi_id = ?` + vfilter},
		{&mem, `SELECT k.desa_id, i.status, COUNT(*) AS n FROM individu i ` + byStatus("ix_individu_status") + ` JOIN keluarga k ON k.id = i.keluarga_id
			WHERE i.status IS NOT NULL AND k.edisi_id = ?` + filter + ` GROUP BY 1, 2`},
	}
	for _, q := range queries {
		var rows []cnt
		if err := db.Raw(q.sql, args...).Scan(&rows).Error; err != nil {
			return nil, err
		}
		*q.dst = append(*q.dst, rows...)
	}
	byDesa := map[uint]*VillageProgress{}
	get := func(id uint) *VillageProgress {
		if p := byDesa[id]; p != nil {
			return p
		}
		p := &VillageProgress{DesaID: id, FamilyStatus: []StatusCount{}, MemberStatus: []StatusCount{}}
		byDesa[id] = p
		return p
	}
	// The first rows of each list are totals (status ""), then the verified counts.
	for _, c := range fam {
		p := get(c.DesaID)
		if c.Status == "" {
			p.Families = c.N
			continue
		}
		p.FamiliesVerified += c.N
		p.FamilyStatus = append(p.FamilyStatus, StatusCount{c.Status, labels[c.Status], c.N})
	}
	for _, c := range mem {
		p := get(c.DesaID)
		if c.Status == "" {
			p.Members = c.N
			continue
		}
		p.MembersVerified += c.N
		p.MemberStatus = append(p.MemberStatus, StatusCount{c.Status, labels[c.Status], c.N})
	}
	for _, p := range byDesa {
		if n := p.Families - p.FamiliesVerified; n > 0 {
			p.FamilyStatus = append(p.FamilyStatus, StatusCount{"", labels[""], n})
		}
		if n := p.Members - p.MembersVerified; n > 0 {
			p.MemberStatus = append(p.MemberStatus, StatusCount{"", labels[""], n})
		}
	}
	type name struct {
		ID              uint
		Name, Kecamatan string
	}
	var names []name
	if err := db.Raw(`SELECT d.id, d.name, k.name AS kecamatan FROM desa d JOIN kecamatan k ON k.id = d.kecamatan_id ORDER BY k.code, d.code`).Scan(&names).Error; err != nil {
		return nil, err
	}
	out := []VillageProgress{}
	for _, n := range names {
		if p := byDesa[n.ID]; p != nil {
			p.Desa, p.Kecamatan = n.Name, n.Kecamatan
			if p.Members > 0 {
				p.Percent = float64(p.MembersVerified) * 100 / float64(p.Members)
			}
			out = append(out, *p)
		}
	}
	return out, nil
}
