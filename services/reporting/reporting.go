// Package reporting answers "who has reported": for every OPD that leads a pairing in a
// programme year, which months it sent its realisation (a filled template imported, or
// entries typed in the app), which it did not and since when; and writes the list of
// agencies that have not reported ("belum melapor") to send out.
package reporting

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"

	"gorm.io/gorm"

	"sidamping/models"
	"sidamping/services/common"
)

// How a month's realisation arrived.
const (
	ViaTemplate = "templat"
	ViaApp      = "aplikasi"
)

// Service computes the reporting tracker.
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

// MonthCell is one OPD's report for one month.
type MonthCell struct {
	Month    int        `json:"month"`
	Reported bool       `json:"reported"`
	Via      string     `json:"via"`  // templat, aplikasi or "" when not reported
	File     string     `json:"file"` // the template's file name (via templat)
	At       *time.Time `json:"at"`   // when it arrived (the import, or the last entry typed)
	Entries  int        `json:"entries"`
}

// OPDStatus is one OPD's reporting in the year up to the month asked.
type OPDStatus struct {
	OPDID        uint        `json:"opdId"`
	Code         string      `json:"code"`
	Name         string      `json:"name"`
	Abbreviation string      `json:"abbreviation"`
	Villages     []string    `json:"villages"`
	Activities   int         `json:"activities"`
	Months       []MonthCell `json:"months"` // 1 to Month
	Reported     bool        `json:"reported"`
	Via          string      `json:"via"`
	LastMonth    int         `json:"lastMonth"`    // last month reported, 0 when none
	MissingSince int         `json:"missingSince"` // first month not reported after LastMonth; 0 when Month is reported
	Missing      int         `json:"missing"`      // months 1 to Month without a report
}

// Status is the tracker for one year and month.
type Status struct {
	Year        int         `json:"year"`
	Month       int         `json:"month"`
	MonthName   string      `json:"monthName"`
	OPD         []OPDStatus `json:"opd"` // not reported first, then by code
	Reported    int         `json:"reported"`
	NotReported int         `json:"notReported"`
}

// Month is the reference month of a year: the current month for the current year, 12
// for a past year, 1 for a future one; a month given (1-12) is kept.
func Month(clock common.Clock, year, month int) int {
	if month >= 1 && month <= 12 {
		return month
	}
	now := clock.Now()
	switch {
	case year < now.Year():
		return 12
	case year == now.Year():
		return int(now.Month())
	}
	return 1
}

// Status builds the tracker of year as of month (0: the reference month).
func (s *Service) Status(ctx context.Context, year, month int) (Status, error) {
	if year == 0 {
		return Status{}, models.Invalid("reporting.year", "year", "Pilih tahun program.")
	}
	if month < 0 || month > 12 {
		return Status{}, models.Invalid("reporting.month", "month", fmt.Sprintf("Bulan %d tidak sah; pilih 1 sampai 12.", month))
	}
	month = Month(s.clock, year, month)
	st := Status{Year: year, Month: month, MonthName: common.BulanIndonesia[month-1], OPD: []OPDStatus{}}
	db := s.db.WithContext(ctx)
	var opds []struct {
		ID                       uint
		Code, Name, Abbreviation string
		Activities               int
	}
	if err := db.Raw(`SELECT o.id, o.code, o.name, COALESCE(o.abbreviation, '') AS abbreviation,
		(SELECT COUNT(*) FROM kegiatan k JOIN pendampingan p2 ON p2.id = k.pendampingan_id WHERE p2.year = @y AND p2.opd_id = o.id) AS activities
		FROM opd o WHERE o.id IN (SELECT opd_id FROM pendampingan WHERE year = @y) ORDER BY o.code`, map[string]any{"y": year}).Scan(&opds).Error; err != nil {
		return Status{}, models.Internal(err)
	}
	var villages []struct {
		OPDID uint
		Name  string
	}
	if err := db.Raw(`SELECT p.opd_id, d.name FROM pendampingan p JOIN desa d ON d.id = p.desa_id
		JOIN kecamatan kc ON kc.id = d.kecamatan_id WHERE p.year = ? ORDER BY kc.code, d.code`, year).Scan(&villages).Error; err != nil {
		return Status{}, models.Internal(err)
	}
	var entries []struct {
		OPDID   uint
		Month   int
		Entries int
		At      string
	}
	if err := db.Raw(`SELECT p.opd_id, r.month, COUNT(*) AS entries, MAX(r.updated_at) AS at FROM realisasi r
		JOIN kegiatan k ON k.id = r.kegiatan_id JOIN pendampingan p ON p.id = k.pendampingan_id
		WHERE p.year = ? AND r.month <= ? GROUP BY p.opd_id, r.month`, year, month).Scan(&entries).Error; err != nil {
		return Status{}, models.Internal(err)
	}
	var receipts []models.LaporanOPD
	if err := db.Where("year = ? AND month <= ?", year, month).Order("received_at").Find(&receipts).Error; err != nil {
		return Status{}, models.Internal(err)
	}
	type key struct {
		opd   uint
		month int
	}
	cells := map[key]*MonthCell{}
	for _, e := range entries {
		c := &MonthCell{Month: e.Month, Reported: true, Via: ViaApp, Entries: e.Entries}
		if t, ok := parseTime(e.At); ok {
			c.At = &t
		}
		cells[key{e.OPDID, e.Month}] = c
	}
	for _, r := range receipts { // the latest import of the month wins
		c := cells[key{r.OPDID, r.Month}]
		if c == nil { // a template whose rows were all later removed still says it arrived
			c = &MonthCell{Month: r.Month, Reported: true}
			cells[key{r.OPDID, r.Month}] = c
		}
		at := r.ReceivedAt
		c.Via, c.File, c.At = ViaTemplate, r.File, &at
		if c.Entries == 0 {
			c.Entries = r.Entries
		}
	}
	vill := map[uint][]string{}
	for _, v := range villages {
		vill[v.OPDID] = append(vill[v.OPDID], v.Name)
	}
	for _, o := range opds {
		row := OPDStatus{OPDID: o.ID, Code: o.Code, Name: o.Name, Abbreviation: o.Abbreviation, Villages: vill[o.ID], Activities: o.Activities}
		if row.Villages == nil {
			row.Villages = []string{}
		}
		for m := 1; m <= month; m++ {
			c := MonthCell{Month: m}
			if x := cells[key{o.ID, m}]; x != nil {
				c = *x
				row.LastMonth = m
			} else {
				row.Missing++
			}
			row.Months = append(row.Months, c)
		}
		last := row.Months[month-1]
		row.Reported, row.Via = last.Reported, last.Via
		if !row.Reported {
			row.MissingSince = row.LastMonth + 1
			st.NotReported++
		} else {
			st.Reported++
		}
		st.OPD = append(st.OPD, row)
	}
	sort.SliceStable(st.OPD, func(i, j int) bool {
		a, b := st.OPD[i], st.OPD[j]
		if a.Reported != b.Reported {
			return !a.Reported
		}
		if !a.Reported && a.MissingSince != b.MissingSince {
			return a.MissingSince < b.MissingSince
		}
		return a.Code < b.Code
	})
	return st, nil
}

// NotReportedList lists only the OPD that have not reported the month.
func (st Status) NotReportedList() []OPDStatus {
	out := []OPDStatus{}
	for _, o := range st.OPD {
		if !o.Reported {
			out = append(out, o)
		}
	}
	return out
}

// SinceText says since when an OPD has not reported: "sejak Maret" or "belum pernah".
func (o OPDStatus) SinceText() string {
	if o.Reported {
		return ""
	}
	if o.LastMonth == 0 {
		return "belum pernah melapor"
	}
	return "sejak " + common.BulanIndonesia[o.MissingSince-1]
}

// parseTime reads SQLite's text timestamps.
func parseTime(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{"2006-01-02 15:04:05.999999999-07:00", time.RFC3339Nano, "2006-01-02 15:04:05.999999999", "2006-01-02 15:04:05"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}
