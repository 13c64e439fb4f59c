package orphans

import (
	"context"
	"fmt"
	"sort"

	"sidamping/models"
)

// Kinds of follow-up item.
const (
	FollowNoFoster      = "tanpa_ota"
	FollowAssessmentDue = "asesmen_jatuh_tempo"
	FollowEnding        = "komitmen_berakhir"
	FollowMissingMonth  = "penyaluran_kosong"
)

// FollowUp is one thing to chase: a child without a foster parent, an assessment due,
// a commitment ending soon or a delivery missing for last month.
type FollowUp struct {
	Kind       string `json:"kind"`
	AnakID     uint   `json:"anakId"`
	ChildName  string `json:"childName"`
	DesaName   string `json:"desaName"`
	OTAID      uint   `json:"otaId,omitempty"`
	FosterName string `json:"fosterName,omitempty"`
	MatchID    uint   `json:"matchId,omitempty"`
	Date       string `json:"date"` // the date the item is about (assessment, end, month)
	Message    string `json:"message"`
}

// FollowUps lists everything to chase today, by kind then village and name.
func (s *Service) FollowUps(ctx context.Context) ([]FollowUp, error) {
	day := s.today()
	kids, err := s.children(ctx, day, "")
	if err != nil {
		return nil, err
	}
	out := []FollowUp{}
	for _, c := range kids {
		if !c.Matched {
			out = append(out, FollowUp{Kind: FollowNoFoster, AnakID: c.ID, ChildName: c.Name, DesaName: c.DesaName,
				Message: fmt.Sprintf("%s (%s, %s) belum punya orang tua asuh.", c.Name, models.OptionLabel(models.OrphanCategories, c.Category), c.DesaName)})
		}
		if c.AssessmentDue {
			msg := fmt.Sprintf("%s belum pernah diases kebutuhannya.", c.Name)
			if c.LastAssessment != "" {
				msg = fmt.Sprintf("Asesmen kebutuhan %s terakhir %s, lebih dari %d bulan lalu.", c.Name, c.LastAssessment, AssessmentValidMonths)
			}
			out = append(out, FollowUp{Kind: FollowAssessmentDue, AnakID: c.ID, ChildName: c.Name, DesaName: c.DesaName, Date: c.LastAssessment, Message: msg})
		}
	}
	running, err := s.matches(ctx, activeOn, day, day)
	if err != nil {
		return nil, err
	}
	soon := addDays(day, EndingWithinDays)
	prev := addMonths(day[:7]+"-01", -1)[:7]
	for _, m := range running {
		base := FollowUp{AnakID: m.AnakID, ChildName: m.ChildName, DesaName: m.DesaName, OTAID: m.OTAID, FosterName: m.FosterName, MatchID: m.ID}
		if m.EndDate != "" && m.EndDate <= soon {
			f := base
			f.Kind, f.Date = FollowEnding, m.EndDate
			f.Message = fmt.Sprintf("Pengasuhan %s oleh %s berakhir %s (dalam %d hari).", m.ChildName, m.FosterName, m.EndDate, EndingWithinDays)
			out = append(out, f)
		}
		if m.StartDate[:7] <= prev {
			var n int64
			s.ctxDB(ctx).Model(&models.Penyaluran{}).Where("pengasuhan_id = ? AND month = ?", m.ID, prev).Count(&n)
			if n == 0 {
				f := base
				f.Kind, f.Date = FollowMissingMonth, prev
				f.Message = fmt.Sprintf("Belum ada penyaluran %s untuk %s bulan %s.", m.FosterName, m.ChildName, prev)
				out = append(out, f)
			}
		}
	}
	order := map[string]int{FollowNoFoster: 0, FollowAssessmentDue: 1, FollowEnding: 2, FollowMissingMonth: 3}
	sort.SliceStable(out, func(i, j int) bool {
		if order[out[i].Kind] != order[out[j].Kind] {
			return order[out[i].Kind] < order[out[j].Kind]
		}
		if out[i].DesaName != out[j].DesaName {
			return out[i].DesaName < out[j].DesaName
		}
		return out[i].ChildName < out[j].ChildName
	})
	return out, nil
}

// Candidate is a foster parent suggested for a child, with why.
type Candidate struct {
	FosterRow
	SameKecamatan bool     `json:"sameKecamatan"`
	PairedOPD     bool     `json:"pairedOpd"` // its OPD accompanies the child's village this year
	Reasons       []string `json:"reasons"`
}

// Candidates suggests foster parents with spare commitment today for a child: those
// from the OPD that accompanies the child's village (in the active or the current
// year) and those in the same kecamatan first, then the others by spare room.
func (s *Service) Candidates(ctx context.Context, childID uint) ([]Candidate, error) {
	c, err := s.Child(ctx, childID)
	if err != nil {
		return nil, err
	}
	db := s.ctxDB(ctx)
	var opdIDs []uint
	year := s.clock.Now().Year()
	if err := db.Raw(`SELECT opd_id FROM pendampingan WHERE desa_id = ? AND (year = ? OR year IN (SELECT year FROM tahun_program WHERE active))`,
		c.DesaID, year).Scan(&opdIDs).Error; err != nil {
		return nil, err
	}
	paired := map[uint]bool{}
	for _, id := range opdIDs {
		paired[id] = true
	}
	all, err := s.fosters(ctx, s.today(), "")
	if err != nil {
		return nil, err
	}
	var matched []uint
	db.Raw(`SELECT m.ota_id FROM pengasuhan m WHERE m.anak_id = ? AND `+activeOn, childID, s.today(), s.today()).Scan(&matched)
	already := map[uint]bool{}
	for _, id := range matched {
		already[id] = true
	}
	out := []Candidate{}
	for _, f := range all {
		if f.Spare <= 0 || already[f.ID] {
			continue
		}
		cd := Candidate{FosterRow: f, Reasons: []string{}}
		if f.KecamatanID != nil && *f.KecamatanID == c.KecamatanID {
			cd.SameKecamatan = true
			cd.Reasons = append(cd.Reasons, "Kecamatan yang sama ("+c.KecamatanName+")")
		}
		if f.OPDID != nil && paired[*f.OPDID] {
			cd.PairedOPD = true
			cd.Reasons = append(cd.Reasons, "OPD pendamping desa "+c.DesaName)
		}
		cd.Reasons = append(cd.Reasons, fmt.Sprintf("Masih sanggup %d anak", f.Spare))
		out = append(out, cd)
	}
	score := func(c Candidate) int {
		n := 0
		if c.PairedOPD {
			n += 2
		}
		if c.SameKecamatan {
			n++
		}
		return n
	}
	sort.SliceStable(out, func(i, j int) bool {
		if a, b := score(out[i]), score(out[j]); a != b {
			return a > b
		}
		return out[i].Spare > out[j].Spare
	})
	return out, nil
}
