package households

import (
	"context"
	"strings"

	"sidamping/models"
)

// StatusNone filters families with no verification yet (neither the family nor a member).
const StatusNone = "belum"

// FamilyQuery pages through one village's families in an edition.
type FamilyQuery struct {
	EditionID uint   `json:"editionId"`
	DesaID    uint   `json:"desaId"`
	Desil     []int  `json:"desil"`  // any of these; empty: all
	Status    string `json:"status"` // a status code (family or any member), "belum", or "" for all
	RT        string `json:"rt"`
	RW        string `json:"rw"`
	Page      int    `json:"page"`     // 1-based
	PageSize  int    `json:"pageSize"` // default 50, at most 500
}

// FamilyRow is a family with its members; No KK and NIK are masked.
type FamilyRow struct {
	ID           uint        `json:"id"`
	NoKK         string      `json:"noKk"`
	Address      string      `json:"address"`
	RT           string      `json:"rt"`
	RW           string      `json:"rw"`
	Desil        *int        `json:"desil"`
	Status       string      `json:"status"`
	StatusDate   string      `json:"statusDate"`
	VerifierName string      `json:"verifierName"`
	StatusNote   string      `json:"statusNote"`
	Members      []MemberRow `gorm:"-" json:"members"`
}

// FamilyPage is one page of families and the total matching the filters.
type FamilyPage struct {
	Total    int64       `json:"total"`
	Page     int         `json:"page"`
	PageSize int         `json:"pageSize"`
	Rows     []FamilyRow `json:"rows"`
}

// familyFilter builds the WHERE clause of a FamilyQuery over keluarga k.
func familyFilter(q FamilyQuery) (string, []any) {
	where := []string{"k.edisi_id = ?", "k.desa_id = ?"}
	args := []any{q.EditionID, q.DesaID}
	if len(q.Desil) > 0 {
		where = append(where, "k.desil IN ?")
		args = append(args, q.Desil)
	}
	if rt := normRTRW(q.RT); rt != "" {
		where, args = append(where, "k.rt = ?"), append(args, rt)
	}
	if rw := normRTRW(q.RW); rw != "" {
		where, args = append(where, "k.rw = ?"), append(args, rw)
	}
	switch q.Status {
	case "":
	case StatusNone:
		where = append(where, "k.status IS NULL AND NOT EXISTS (SELECT 1 FROM individu x WHERE x.keluarga_id = k.id AND x.status IS NOT NULL)")
	default:
		where = append(where, "(k.status = ? OR EXISTS (SELECT 1 FROM individu x WHERE x.keluarga_id = k.id AND x.status = ?))")
		args = append(args, q.Status, q.Status)
	}
	return strings.Join(where, " AND "), args
}

// ListFamilies returns a page of a village's families (by RT, RW, No KK) with their
// members, filtered by desil, status, RT and RW.
func (s *Service) ListFamilies(ctx context.Context, q FamilyQuery) (FamilyPage, error) {
	if q.PageSize <= 0 {
		q.PageSize = 50
	}
	q.PageSize = min(q.PageSize, 500)
	q.Page = max(q.Page, 1)
	page := FamilyPage{Page: q.Page, PageSize: q.PageSize, Rows: []FamilyRow{}}
	where, args := familyFilter(q)
	db := s.db.WithContext(ctx)
	if err := db.Raw("SELECT COUNT(*) FROM keluarga k WHERE "+where, args...).Scan(&page.Total).Error; err != nil {
		return page, err
	}
	err := db.Raw(`SELECT k.id, COALESCE(k.no_kk,'') AS no_kk, COALESCE(k.address,'') AS address, COALESCE(k.rt,'') AS rt,
		COALESCE(k.rw,'') AS rw, k.desil, COALESCE(k.status,'') AS status, COALESCE(k.status_date,'') AS status_date,
		COALESCE(k.verifier_name,'') AS verifier_name, COALESCE(k.status_note,'') AS status_note
		FROM keluarga k WHERE `+where+` ORDER BY k.rt, k.rw, k.no_kk, k.id LIMIT ? OFFSET ?`,
		append(args, q.PageSize, (q.Page-1)*q.PageSize)...).Scan(&page.Rows).Error
	if err != nil || len(page.Rows) == 0 {
		return page, err
	}
	ids := make([]uint, len(page.Rows))
	at := map[uint]int{}
	for i := range page.Rows {
		ids[i], at[page.Rows[i].ID] = page.Rows[i].ID, i
		page.Rows[i].NoKK = models.MaskNIK(page.Rows[i].NoKK)
		page.Rows[i].Members = []MemberRow{}
	}
	var members []MemberRow
	if err := db.Raw(memberSelect+" WHERE i.keluarga_id IN ? ORDER BY i.keluarga_id, i.id", ids).Scan(&members).Error; err != nil {
		return page, err
	}
	for _, m := range maskRows(members) {
		f := &page.Rows[at[m.KeluargaID]]
		f.Members = append(f.Members, m)
	}
	return page, nil
}
