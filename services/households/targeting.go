package households

import (
	"context"
	"math"
	"slices"

	"sidamping/models"
)

// The targeting check asks of every activity's beneficiaries, in the household edition
// valid at the time of the aid (the newest edition dated on or before the aid's month;
// the edition they were picked from when none is): were they in desil 1-2 (tepat
// sasaran), did they live in a village accompanied that year (tepat lokasi), and were
// they not found dead, moved, duplicate or ineligible by the verification (data valid).

// BadStatuses are the verification results that make a beneficiary doubtful.
var BadStatuses = []string{"meninggal", "pindah", "ganda", "tidak_layak"}

// TargetingFigures are the targeting counts of a set of beneficiaries (persons picked).
type TargetingFigures struct {
	Beneficiaries int64   `json:"beneficiaries"`
	Families      int64   `json:"families"`   // distinct families (No KK) among them
	NotFound      int64   `json:"notFound"`   // not in the edition valid at the time of the aid
	OnTarget      int64   `json:"onTarget"`   // desil 1-2 in that edition
	OnLocation    int64   `json:"onLocation"` // living in an accompanied village that year
	Valid         int64   `json:"valid"`      // not meninggal / pindah / ganda / tidak layak
	OnTargetPct   float64 `json:"onTargetPct"`
	OnLocationPct float64 `json:"onLocationPct"`
	ValidPct      float64 `json:"validPct"`
}

// TargetingActivity is one activity's targeting.
type TargetingActivity struct {
	KegiatanID     uint   `json:"kegiatanId"`
	Kegiatan       string `json:"kegiatan"`
	TargetGroup    string `json:"targetGroup"`
	PendampinganID uint   `json:"pendampinganId"`
	Desa           string `json:"desa"`
	OPD            string `json:"opd"`
	TargetingFigures
}

// Targeting is the check for a year (or one pairing), up to a month.
type Targeting struct {
	Year       int                 `json:"year"`
	UntilMonth int                 `json:"untilMonth"`
	Total      TargetingFigures    `json:"total"`
	Activities []TargetingActivity `json:"activities"`
	Editions   []string            `json:"editions"` // the editions the figures were read in
}

// TargetingFilter chooses the beneficiaries checked.
type TargetingFilter struct {
	Year           int  `json:"year"`
	PendampinganID uint `json:"pendampinganId"` // 0: every pairing of the year
	UntilMonth     int  `json:"untilMonth"`     // aid from January up to this month; 0 = 12
}

// pickFacts is one picked beneficiary as the check reads it.
type pickFacts struct {
	KegiatanID, PendampinganID uint
	Kegiatan, TargetGroup      string
	Desa, OPD                  string
	Month                      int
	EdisiID                    uint
	NIK, NIKFlag, NoKK         string
	Desil                      *int
	DesaID                     uint
	Status, FamStatus          string
}

// Targeting checks the beneficiaries of the year's activities (or one pairing's).
func (s *Service) Targeting(ctx context.Context, f TargetingFilter) (Targeting, error) {
	if f.UntilMonth <= 0 || f.UntilMonth > 12 {
		f.UntilMonth = 12
	}
	out := Targeting{Year: f.Year, UntilMonth: f.UntilMonth, Activities: []TargetingActivity{}, Editions: []string{}}
	db := s.db.WithContext(ctx)
	q := `SELECT g.id AS kegiatan_id, g.name AS kegiatan, g.target_group, d.id AS pendampingan_id, ds.name AS desa, o.name AS opd,
		p.month, k.edisi_id, COALESCE(i.nik, '') AS nik, i.nik_flag, COALESCE(k.no_kk, '') AS no_kk, k.desil, k.desa_id,
		COALESCE(i.status, '') AS status, COALESCE(k.status, '') AS fam_status
		FROM penerima_manfaat p JOIN kegiatan g ON g.id = p.kegiatan_id JOIN pendampingan d ON d.id = g.pendampingan_id
		JOIN desa ds ON ds.id = d.desa_id JOIN opd o ON o.id = d.opd_id
		JOIN individu i ON i.id = p.individu_id JOIN keluarga k ON k.id = i.keluarga_id
		WHERE d.year = ? AND p.month <= ?`
	args := []any{f.Year, f.UntilMonth}
	if f.PendampinganID != 0 {
		q += " AND d.id = ?"
		args = append(args, f.PendampinganID)
	}
	var picks []pickFacts
	if err := db.Raw(q+" ORDER BY g.sort_order, g.id, p.id", args...).Scan(&picks).Error; err != nil {
		return out, err
	}
	if len(picks) == 0 {
		return out, nil
	}
	accompanied, err := s.accompaniedVillages(ctx, f.Year, f.Year)
	if err != nil {
		return out, err
	}
	editions, err := s.Editions(ctx)
	if err != nil {
		return out, err
	}
	// The edition valid in a month: the newest dated on or before it.
	slices.SortFunc(editions, func(a, b models.Edisi) int { return editionMonth(a) - editionMonth(b) })
	validIn := func(month int) uint {
		var id uint
		for _, e := range editions {
			if editionMonth(e) <= f.Year*100+month {
				id = e.ID
			}
		}
		return id
	}
	used := map[uint]bool{}
	bad := map[string]bool{}
	for _, st := range BadStatuses {
		bad[st] = true
	}
	byAct := map[uint]*TargetingActivity{}
	var order []uint
	famSeen := map[uint]map[string]bool{}
	allFams := map[string]bool{}
	for _, p := range picks {
		ed := validIn(p.Month)
		if ed == 0 {
			ed = p.EdisiID
		}
		used[ed] = true
		desil, desa, found := p.Desil, p.DesaID, true
		statuses := []string{p.Status, p.FamStatus}
		if ed != p.EdisiID {
			v, ok, err := s.lookupIn(ctx, ed, p)
			if err != nil {
				return out, err
			}
			found = ok
			if ok {
				desil, desa = v.Desil, v.DesaID
				statuses = append(statuses, v.Status, v.FamStatus)
			} else {
				desil = nil // not in the list of the time: not on target
			}
		}
		a := byAct[p.KegiatanID]
		if a == nil {
			a = &TargetingActivity{KegiatanID: p.KegiatanID, Kegiatan: p.Kegiatan, TargetGroup: p.TargetGroup, PendampinganID: p.PendampinganID, Desa: p.Desa, OPD: p.OPD}
			byAct[p.KegiatanID] = a
			order = append(order, p.KegiatanID)
			famSeen[p.KegiatanID] = map[string]bool{}
		}
		fam := p.NoKK
		if fam == "" {
			fam = "nik:" + p.NIK
		}
		newFam := !famSeen[p.KegiatanID][fam]
		famSeen[p.KegiatanID][fam] = true
		newAll := !allFams[fam]
		allFams[fam] = true
		valid := true
		for _, st := range statuses {
			if bad[st] {
				valid = false
			}
		}
		for i, t := range []*TargetingFigures{&a.TargetingFigures, &out.Total} {
			t.Beneficiaries++
			if (i == 0 && newFam) || (i == 1 && newAll) {
				t.Families++
			}
			if !found {
				t.NotFound++
			}
			if desil != nil && (*desil == 1 || *desil == 2) {
				t.OnTarget++
			}
			if accompanied[desa] {
				t.OnLocation++
			}
			if valid {
				t.Valid++
			}
		}
	}
	for _, id := range order {
		a := byAct[id]
		a.percents()
		out.Activities = append(out.Activities, *a)
	}
	out.Total.percents()
	for _, e := range editions {
		if used[e.ID] {
			out.Editions = append(out.Editions, e.Name)
		}
	}
	return out, nil
}

// lookupIn finds a beneficiary in another edition: by a valid NIK, else by No KK.
func (s *Service) lookupIn(ctx context.Context, editionID uint, p pickFacts) (pickFacts, bool, error) {
	var rows []pickFacts
	db := s.db.WithContext(ctx)
	if p.NIKFlag == "valid" && p.NIK != "" {
		err := db.Raw(`SELECT k.desil, k.desa_id, COALESCE(i.status, '') AS status, COALESCE(k.status, '') AS fam_status
			FROM individu i JOIN keluarga k ON k.id = i.keluarga_id WHERE i.nik = ? AND k.edisi_id = ? LIMIT 1`, p.NIK, editionID).Scan(&rows).Error
		if err != nil || len(rows) > 0 {
			return first(rows), len(rows) > 0, err
		}
	}
	if p.NoKK != "" {
		err := db.Raw(`SELECT k.desil, k.desa_id, '' AS status, COALESCE(k.status, '') AS fam_status
			FROM keluarga k WHERE k.no_kk = ? AND k.edisi_id = ? LIMIT 1`, p.NoKK, editionID).Scan(&rows).Error
		return first(rows), len(rows) > 0, err
	}
	return pickFacts{}, false, nil
}

func first(rows []pickFacts) pickFacts {
	if len(rows) == 0 {
		return pickFacts{}
	}
	return rows[0]
}

func (t *TargetingFigures) percents() {
	pct := func(n int64) float64 {
		if t.Beneficiaries == 0 {
			return 0
		}
		return math.Round(float64(n)*1000/float64(t.Beneficiaries)) / 10
	}
	t.OnTargetPct, t.OnLocationPct, t.ValidPct = pct(t.OnTarget), pct(t.OnLocation), pct(t.Valid)
}
