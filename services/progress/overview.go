package progress

import (
	"context"
	"fmt"
	"sort"

	"sidamping/models"
)

// Group sums the activities of one pairing, OPD or kecamatan (or all of them).
type Group struct {
	Key        uint    `json:"key"`
	Label      string  `json:"label"` // village, OPD or kecamatan name
	Sub        string  `json:"sub"`   // for a pairing: "Kec. X · OPD"
	Activities int     `json:"activities"`
	NotStarted int     `json:"notStarted"`
	Running    int     `json:"running"`
	Done       int     `json:"done"`
	Behind     int     `json:"behind"`
	Budget     int64   `json:"budget"`
	Spent      int64   `json:"spent"`
	Absorption float64 `json:"absorption"` // percent of the budget spent
	Progress   float64 `json:"progress"`   // mean physical progress, percent
	Expected   float64 `json:"expected"`   // mean expected progress, percent
	Households int     `json:"households"`
	People     int     `json:"people"`
}

func (g *Group) add(a ActivityStat) {
	g.Activities++
	switch a.Status {
	case StatusDone:
		g.Done++
	case StatusRunning:
		g.Running++
	default:
		g.NotStarted++
	}
	if a.Behind {
		g.Behind++
	}
	g.Budget += a.Budget
	g.Spent += a.Spent
	g.Progress += a.Progress
	g.Expected += a.Expected
	g.Households += a.Households
	g.People += a.People
}

func (g *Group) finish() {
	g.Absorption = Absorption(g.Spent, g.Budget)
	if g.Activities > 0 {
		g.Progress /= float64(g.Activities)
		g.Expected /= float64(g.Activities)
	}
}

// MonthPoint is one month of the chart series.
type MonthPoint struct {
	Month           int     `json:"month"`
	Label           string  `json:"label"`           // "Jan", "Feb", ...
	Planned         int64   `json:"planned"`         // budget planned for the month (spread over the planned months)
	Spent           int64   `json:"spent"`           // money spent in the month
	PlannedCum      int64   `json:"plannedCum"`      // cumulative
	SpentCum        int64   `json:"spentCum"`        // cumulative
	AbsorptionCum   float64 `json:"absorptionCum"`   // SpentCum against the year's budget, percent
	ActiveEntries   int     `json:"activeEntries"`   // activities with an entry in the month
	PlannedActivity int     `json:"plannedActivity"` // activities planned in the month
}

// Overview is a progress view: totals, groups, monthly series and what is behind.
type Overview struct {
	Year       int            `json:"year"`
	Month      int            `json:"month"`
	GroupBy    string         `json:"groupBy"`
	Totals     Group          `json:"totals"`
	Groups     []Group        `json:"groups"`
	Series     []MonthPoint   `json:"series"`
	Behind     []ActivityStat `json:"behind"`
	Activities []ActivityStat `json:"activities,omitempty"` // only for one pairing
	ByStrategy []Group        `json:"byStrategy"`
}

var monthShort = []string{"Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"}

// seriesSQL sums the money spent and the entries per month of the selected pairings
// (%s is the filter).
const seriesSQL = `WITH sel AS (SELECT p.id FROM pendampingan p JOIN desa d ON d.id = p.desa_id WHERE p.year = @year%s)
SELECT r.month, COUNT(DISTINCT r.id) AS entries, COALESCE(SUM(dd.amount), 0) AS spent
FROM sel JOIN kegiatan k ON k.pendampingan_id = sel.id JOIN realisasi r ON r.kegiatan_id = k.id
LEFT JOIN realisasi_dana dd ON dd.realisasi_id = r.id
WHERE r.month <= @month GROUP BY r.month`

// Overview builds the view for the filter: per pairing by default, or per OPD or
// kecamatan; with a pairing filter the activities themselves are listed too.
func (s *Service) Overview(ctx context.Context, f Filter) (Overview, error) {
	f, err := s.normalize(f)
	if err != nil {
		return Overview{}, err
	}
	acts, err := s.activities(ctx, f)
	if err != nil {
		return Overview{}, err
	}
	ov := Overview{Year: f.Year, Month: f.Month, GroupBy: f.GroupBy, Groups: []Group{}, Behind: []ActivityStat{}}
	groups := map[uint]*Group{}
	var order []uint
	strat := map[string]*Group{}
	for _, a := range acts {
		key, label, sub := a.PendampinganID, a.DesaName, "Kec. "+a.KecamatanName+" · "+a.OPDName
		switch f.GroupBy {
		case ByOPD:
			key, label, sub = a.OPDID, a.OPDName, ""
		case ByKecamatan:
			key, label, sub = a.KecamatanID, a.KecamatanName, ""
		}
		g, ok := groups[key]
		if !ok {
			g = &Group{Key: key, Label: label, Sub: sub}
			groups[key] = g
			order = append(order, key)
		}
		g.add(a)
		ov.Totals.add(a)
		if strat[a.Strategy] == nil {
			strat[a.Strategy] = &Group{Label: models.OptionLabel(models.Strategies, a.Strategy)}
		}
		strat[a.Strategy].add(a)
		if a.Behind {
			ov.Behind = append(ov.Behind, a)
		}
	}
	for _, k := range order {
		g := groups[k]
		g.finish()
		ov.Groups = append(ov.Groups, *g)
	}
	if f.GroupBy != ByPairing {
		sort.SliceStable(ov.Groups, func(i, j int) bool { return ov.Groups[i].Label < ov.Groups[j].Label })
	}
	ov.Totals.Label = "Jumlah"
	ov.Totals.finish()
	for _, o := range models.Strategies {
		if g := strat[o.Code]; g != nil {
			g.Key = 0
			g.finish()
			ov.ByStrategy = append(ov.ByStrategy, *g)
		}
	}
	sort.SliceStable(ov.Behind, func(i, j int) bool {
		return ov.Behind[i].Expected-ov.Behind[i].Progress > ov.Behind[j].Expected-ov.Behind[j].Progress
	})
	if f.PendampinganID != 0 {
		ov.Activities = acts
	}
	ov.Series, err = s.series(ctx, f, acts)
	return ov, err
}

// series builds the twelve monthly points: the planned budget spread evenly over each
// activity's planned months, and the money actually spent per month.
func (s *Service) series(ctx context.Context, f Filter, acts []ActivityStat) ([]MonthPoint, error) {
	pts := make([]MonthPoint, 12)
	var total int64
	for i := range pts {
		pts[i].Month, pts[i].Label = i+1, monthShort[i]
	}
	for _, a := range acts {
		total += a.Budget
		months := a.PlannedMonths.Months()
		if len(months) == 0 {
			continue
		}
		share := a.Budget / int64(len(months))
		for j, m := range months {
			amt := share
			if j == len(months)-1 {
				amt = a.Budget - share*int64(len(months)-1)
			}
			pts[m-1].Planned += amt
			pts[m-1].PlannedActivity++
		}
	}
	cond, args := f.where()
	var rows []struct {
		Month   int
		Entries int
		Spent   int64
	}
	if err := s.db.WithContext(ctx).Raw(fmt.Sprintf(seriesSQL, cond), args).Scan(&rows).Error; err != nil {
		return nil, err
	}
	for _, r := range rows {
		if r.Month >= 1 && r.Month <= 12 {
			pts[r.Month-1].Spent, pts[r.Month-1].ActiveEntries = r.Spent, r.Entries
		}
	}
	var pc, sc int64
	for i := range pts {
		pc += pts[i].Planned
		sc += pts[i].Spent
		pts[i].PlannedCum, pts[i].SpentCum = pc, sc
		pts[i].AbsorptionCum = Absorption(sc, total)
	}
	return pts, nil
}
