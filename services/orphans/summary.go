package orphans

import (
	"context"
	"fmt"
	"sort"

	"sidamping/models"
)

// VillageCounts are the registry's counts for one village: no names, so they may leave
// the office (the quarterly workbook, the summary command).
type VillageCounts struct {
	Code          string         `json:"code"`
	Kecamatan     string         `json:"kecamatan"`
	Desa          string         `json:"desa"`
	Children      int            `json:"children"`
	Yatim         int            `json:"yatim"`
	Piatu         int            `json:"piatu"`
	YatimPiatu    int            `json:"yatim_piatu"`
	School        map[string]int `json:"school"` // by models.SchoolStatuses code
	Matched       int            `json:"matched"`
	Unmatched     int            `json:"unmatched"`
	AssessmentDue int            `json:"assessment_due"`
	FostersASN    int            `json:"fosters_asn"`         // distinct ASN foster parents of its children
	FostersPerson int            `json:"fosters_person"`      // other persons (residents, entrepreneurs)
	FostersInst   int            `json:"fosters_institution"` // institutions
	Deliveries    int            `json:"deliveries"`          // in the period
	Money         int64          `json:"money"`               // Rupiah delivered in the period
}

// Period is what counts are taken over: the state on To, deliveries of the months
// FromMonth..ToMonth (YYYY-MM), the accompanied villages of Year.
type Period struct {
	Year      int
	To        string
	FromMonth string
	ToMonth   string
}

// YearPeriod is a whole programme year, up to today when it is the current one.
func (s *Service) YearPeriod(year int) Period {
	to := fmt.Sprintf("%d-12-31", year)
	if t := s.today(); t < to {
		to = t
	}
	return Period{Year: year, To: to, FromMonth: fmt.Sprintf("%d-01", year), ToMonth: to[:7]}
}

// QuarterPeriod is one quarter (1-4) of year, up to today when it is running.
func (s *Service) QuarterPeriod(year, quarter int) Period {
	last := []string{"03-31", "06-30", "09-30", "12-31"}[quarter-1]
	to := fmt.Sprintf("%d-%s", year, last)
	if t := s.today(); t < to {
		to = t
	}
	return Period{Year: year, To: to, FromMonth: fmt.Sprintf("%d-%02d", year, quarter*3-2), ToMonth: fmt.Sprintf("%d-%02d", year, quarter*3)}
}

// Counts counts the registry per village: every village accompanied in the period's
// year and every village with children, ordered by code. Children are counted as
// registered now (the registry is kept current, not dated); matches and assessments
// as of the period's end, deliveries over its months.
func (s *Service) Counts(ctx context.Context, p Period) ([]VillageCounts, error) {
	db := s.ctxDB(ctx)
	type vil struct {
		ID              uint
		Code, Name, Kec string
	}
	var vils []vil
	if err := db.Raw(`SELECT d.id, d.code, d.name, k.name AS kec FROM desa d JOIN kecamatan k ON k.id = d.kecamatan_id
		WHERE d.id IN (SELECT desa_id FROM pendampingan WHERE year = ?)
		   OR d.id IN (SELECT desa_id FROM anak_yatim)
		ORDER BY d.code`, p.Year).Scan(&vils).Error; err != nil {
		return nil, err
	}
	byID := map[uint]*VillageCounts{}
	out := make([]VillageCounts, len(vils))
	for i, v := range vils {
		out[i] = VillageCounts{Code: v.Code, Kecamatan: v.Kec, Desa: v.Name, School: map[string]int{}}
		for _, o := range models.SchoolStatuses {
			out[i].School[o.Code] = 0
		}
		byID[v.ID] = &out[i]
	}
	kids, err := s.children(ctx, p.To, "")
	if err != nil {
		return nil, err
	}
	for _, c := range kids {
		v := byID[c.DesaID]
		if v == nil {
			continue
		}
		v.Children++
		switch c.Category {
		case models.OrphanYatim:
			v.Yatim++
		case models.OrphanPiatu:
			v.Piatu++
		case models.OrphanYatimPiatu:
			v.YatimPiatu++
		}
		v.School[c.School]++
		if c.Matched {
			v.Matched++
		} else {
			v.Unmatched++
		}
		if c.AssessmentDue {
			v.AssessmentDue++
		}
	}
	var fos []struct {
		DesaID uint
		Kind   string
		N      int
	}
	if err := db.Raw(`SELECT a.desa_id, o.kind, COUNT(DISTINCT o.id) AS n FROM pengasuhan m
		JOIN anak_yatim a ON a.id = m.anak_id JOIN orang_tua_asuh o ON o.id = m.ota_id
		WHERE `+activeOn+` GROUP BY a.desa_id, o.kind`, p.To, p.To).Scan(&fos).Error; err != nil {
		return nil, err
	}
	for _, f := range fos {
		v := byID[f.DesaID]
		switch {
		case v == nil:
		case f.Kind == "asn":
			v.FostersASN += f.N
		case models.FosterIsPerson(f.Kind):
			v.FostersPerson += f.N
		default:
			v.FostersInst += f.N
		}
	}
	var dels []struct {
		DesaID uint
		N      int
		Money  int64
	}
	if err := db.Raw(`SELECT a.desa_id, COUNT(*) AS n, COALESCE(SUM(p.amount), 0) AS money FROM penyaluran p
		JOIN pengasuhan m ON m.id = p.pengasuhan_id JOIN anak_yatim a ON a.id = m.anak_id
		WHERE p.month BETWEEN ? AND ? GROUP BY a.desa_id`, p.FromMonth, p.ToMonth).Scan(&dels).Error; err != nil {
		return nil, err
	}
	for _, d := range dels {
		if v := byID[d.DesaID]; v != nil {
			v.Deliveries, v.Money = d.N, d.Money
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Code < out[j].Code })
	return out, nil
}
