// Package progress answers "how far along are we": plan against realisation per
// activity, per pairing, per OPD and per kecamatan for a programme year as of a month,
// budget absorption, activities behind schedule and monthly series for charts. Every
// view is a few aggregate queries, never one query per activity.
package progress

import (
	"context"
	"fmt"
	"strings"

	"gorm.io/gorm"

	"sidamping/models"
	"sidamping/services/common"
)

// BehindTolerance is how many percentage points of physical progress an activity may
// trail its schedule before it counts as behind.
const BehindTolerance = 10.0

// Group keys for Filter.GroupBy.
const (
	ByPairing   = "pendampingan"
	ByOPD       = "opd"
	ByKecamatan = "kecamatan"
)

// Activity statuses derived from the realisation.
const (
	StatusNotStarted = "belum"
	StatusRunning    = "berjalan"
	StatusDone       = "selesai"
)

// Service computes the progress views.
type Service struct {
	db    *gorm.DB
	clock common.Clock
}

// New builds the service.
func New(db *gorm.DB, clock common.Clock) *Service {
	if clock == nil {
		clock = common.SystemClock{}
	}
	return &Service{db: db, clock: clock}
}

// Filter selects the activities of a view.
type Filter struct {
	Year           int    `json:"year"`
	Month          int    `json:"month"` // as of the end of this month; 0: the current month (12 for a past year)
	PendampinganID uint   `json:"pendampinganId"`
	OPDID          uint   `json:"opdId"` // the pairing's lead OPD
	KecamatanID    uint   `json:"kecamatanId"`
	GroupBy        string `json:"groupBy"` // pendampingan (default), opd or kecamatan
}

// ActivityStat is one activity's plan against its realisation.
type ActivityStat struct {
	ID             uint             `json:"id"`
	PendampinganID uint             `json:"pendampinganId"`
	Name           string           `json:"name"`
	Strategy       string           `json:"strategy"`
	PlannedMonths  models.MonthMask `json:"plannedMonths"`
	TargetVolume   float64          `json:"targetVolume"`
	TargetUnit     string           `json:"targetUnit"`
	OPDID          uint             `json:"opdId"`
	OPDName        string           `json:"opdName"`
	DesaName       string           `json:"desaName"`
	KecamatanID    uint             `json:"kecamatanId"`
	KecamatanName  string           `json:"kecamatanName"`
	Budget         int64            `json:"budget"`
	Spent          int64            `json:"spent"`
	Volume         float64          `json:"volume"`
	Progress       float64          `json:"progress"` // physical progress, 0-100, at the last entry
	Expected       float64          `json:"expected"` // share of the planned months passed, 0-100
	Households     int              `json:"households"`
	People         int              `json:"people"`
	LastMonth      int              `json:"lastMonth"` // month of the last entry, 0 when none
	Status         string           `json:"status"`
	Behind         bool             `json:"behind"`
}

// Absorption is the share of the budget spent, in percent.
func Absorption(spent, budget int64) float64 {
	if budget <= 0 {
		return 0
	}
	return float64(spent) * 100 / float64(budget)
}

// activitiesSQL aggregates budget, money, volume and the last entry of every selected
// activity in one statement. The CTE "sel" holds the selected pairings (%s is the
// filter), so every aggregate reads only their rows; the last entry uses SQLite's
// bare-column rule for MAX().
const activitiesSQL = `WITH sel AS (SELECT p.id FROM pendampingan p JOIN desa d ON d.id = p.desa_id WHERE p.year = @year%s)
SELECT k.id, k.pendampingan_id, k.name, k.strategy, k.planned_months, k.target_volume, k.target_unit,
	p.opd_id, o.name AS opd_name, d.name AS desa_name, d.kecamatan_id, kc.name AS kecamatan_name,
	COALESCE(b.budget, 0) AS budget, COALESCE(m.spent, 0) AS spent, COALESCE(l.volume, 0) AS volume,
	COALESCE(l.progress, 0) AS progress, COALESCE(l.households, 0) AS households, COALESCE(l.people, 0) AS people,
	COALESCE(l.last_month, 0) AS last_month
FROM sel
JOIN pendampingan p ON p.id = sel.id
JOIN kegiatan k ON k.pendampingan_id = p.id
JOIN desa d ON d.id = p.desa_id
JOIN kecamatan kc ON kc.id = d.kecamatan_id
JOIN opd o ON o.id = p.opd_id
LEFT JOIN (SELECT a.kegiatan_id, SUM(a.amount) AS budget FROM sel JOIN kegiatan k2 ON k2.pendampingan_id = sel.id
	JOIN kegiatan_anggaran a ON a.kegiatan_id = k2.id GROUP BY a.kegiatan_id) b ON b.kegiatan_id = k.id
LEFT JOIN (SELECT r.kegiatan_id, SUM(dd.amount) AS spent FROM sel JOIN kegiatan k2 ON k2.pendampingan_id = sel.id
	JOIN realisasi r ON r.kegiatan_id = k2.id JOIN realisasi_dana dd ON dd.realisasi_id = r.id
	WHERE r.month <= @month GROUP BY r.kegiatan_id) m ON m.kegiatan_id = k.id
LEFT JOIN (SELECT r.kegiatan_id, MAX(r.month) AS last_month, r.progress, r.beneficiary_households AS households,
	r.beneficiary_people AS people, SUM(r.volume) AS volume
	FROM sel JOIN kegiatan k2 ON k2.pendampingan_id = sel.id JOIN realisasi r ON r.kegiatan_id = k2.id
	WHERE r.month <= @month GROUP BY r.kegiatan_id) l ON l.kegiatan_id = k.id`

// where adds the filter's conditions on the outer query.
func (f Filter) where() (string, map[string]any) {
	var b strings.Builder
	args := map[string]any{"year": f.Year, "month": f.Month}
	if f.PendampinganID != 0 {
		b.WriteString(" AND p.id = @pid")
		args["pid"] = f.PendampinganID
	}
	if f.OPDID != 0 {
		b.WriteString(" AND p.opd_id = @opd")
		args["opd"] = f.OPDID
	}
	if f.KecamatanID != 0 {
		b.WriteString(" AND d.kecamatan_id = @kec")
		args["kec"] = f.KecamatanID
	}
	return b.String(), args
}

// normalize fills the year's reference month from the clock.
func (s *Service) normalize(f Filter) (Filter, error) {
	if f.Year == 0 {
		return f, models.Invalid("progress.year", "year", "Pilih tahun program.")
	}
	if f.Month < 0 || f.Month > 12 {
		return f, models.Invalid("progress.month", "month", fmt.Sprintf("Bulan %d tidak sah; pilih 1 sampai 12.", f.Month))
	}
	if f.Month == 0 {
		now := s.clock.Now()
		switch {
		case f.Year < now.Year():
			f.Month = 12
		case f.Year == now.Year():
			f.Month = int(now.Month())
		default:
			f.Month = 1
		}
	}
	switch f.GroupBy {
	case "":
		f.GroupBy = ByPairing
	case ByPairing, ByOPD, ByKecamatan:
	default:
		return f, models.Invalid("progress.group_by", "groupBy", fmt.Sprintf("Pengelompokan %q tidak dikenal; pilih pendampingan, opd atau kecamatan.", f.GroupBy))
	}
	return f, nil
}

// Activities returns the stats of every activity the filter selects, ordered by
// kecamatan, village and plan order.
func (s *Service) Activities(ctx context.Context, f Filter) ([]ActivityStat, error) {
	f, err := s.normalize(f)
	if err != nil {
		return nil, err
	}
	return s.activities(ctx, f)
}

func (s *Service) activities(ctx context.Context, f Filter) ([]ActivityStat, error) {
	cond, args := f.where()
	var rows []ActivityStat
	q := fmt.Sprintf(activitiesSQL, cond) + " ORDER BY kc.code, d.code, k.sort_order, k.id"
	if err := s.db.WithContext(ctx).Raw(q, args).Scan(&rows).Error; err != nil {
		return nil, err
	}
	for i := range rows {
		rows[i].derive(f.Month)
	}
	return rows, nil
}

// derive computes the expected progress, the status and whether the activity is behind.
func (a *ActivityStat) derive(month int) {
	if n := a.PlannedMonths.Count(); n > 0 {
		a.Expected = float64(a.PlannedMonths.CountUpTo(month)) * 100 / float64(n)
	}
	switch {
	case a.Progress >= 100:
		a.Status = StatusDone
	case a.LastMonth > 0:
		a.Status = StatusRunning
	default:
		a.Status = StatusNotStarted
	}
	a.Behind = a.Expected > 0 && a.Progress+BehindTolerance <= a.Expected
}
