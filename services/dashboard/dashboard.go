// Package dashboard builds the programme dashboard (Beranda) of a programme year: the
// headline figures the TKPK asks for, money by funding source, the agency ranking (the
// ones behind first), where the desil 1-2 families, interventions and money are, and the
// household list's verification. Every sum comes from the services that already compute
// it (progress for plan against realisation, reports for the money by source, reporting
// for who has reported, households for the verification), so the dashboard always agrees
// with the quarterly workbook.
package dashboard

import (
	"context"
	"fmt"
	"sort"

	"gorm.io/gorm"

	"sidamping/models"
	"sidamping/services/common"
	"sidamping/services/progress"
	"sidamping/services/reporting"
	"sidamping/services/reports"
)

// Service builds the dashboard.
type Service struct {
	db        *gorm.DB
	clock     common.Clock
	progress  *progress.Service
	reporting *reporting.Service
	outcome   OutcomeProvider
}

// New builds the service.
func New(db *gorm.DB, clock common.Clock) *Service {
	if clock == nil {
		clock = common.SystemClock{}
	}
	return &Service{db: db, clock: clock, progress: progress.New(db, clock), reporting: reporting.New(db, clock)}
}

// Headline is the row of big figures.
type Headline struct {
	PriorityVillages int     `json:"priorityVillages"`
	Paired           int     `json:"paired"`
	WithTeam         int     `json:"withTeam"`
	WithPlan         int     `json:"withPlan"`
	WithRealisation  int     `json:"withRealisation"` // pairings with an entry in the reference month
	LettersIssued    int     `json:"lettersIssued"`
	Activities       int     `json:"activities"`
	Late             int     `json:"late"` // activities behind schedule
	Planned          int64   `json:"planned"`
	Realised         int64   `json:"realised"`
	Absorption       float64 `json:"absorption"` // percent
	Progress         float64 `json:"progress"`   // mean physical progress of the paired villages (0 without a plan), percent
	Expected         float64 `json:"expected"`   // mean expected progress by the schedule, percent
	Households       int     `json:"households"` // beneficiaries, KK
	People           int     `json:"people"`     // beneficiaries, jiwa
	OPDReported      int     `json:"opdReported"`
	OPDNotReported   int     `json:"opdNotReported"`
}

// Source is a funding source's money.
type Source struct {
	Code       string  `json:"code"`
	Label      string  `json:"label"`
	Planned    int64   `json:"planned"`
	Realised   int64   `json:"realised"`
	Absorption float64 `json:"absorption"`
}

// VillageRef is a village an OPD accompanies.
type VillageRef struct {
	PendampinganID uint   `json:"pendampinganId"`
	DesaID         uint   `json:"desaId"`
	Name           string `json:"name"`
}

// OPDRow is one line of the agency ranking.
type OPDRow struct {
	ID                uint         `json:"id"`
	Code              string       `json:"code"`
	Name              string       `json:"name"`
	Abbreviation      string       `json:"abbreviation"`
	Villages          []VillageRef `json:"villages"`
	Activities        int          `json:"activities"`
	Planned           int64        `json:"planned"`
	Realised          int64        `json:"realised"`
	Absorption        float64      `json:"absorption"`
	Progress          float64      `json:"progress"` // mean physical progress of its activities
	Expected          float64      `json:"expected"` // by the schedule
	Late              int          `json:"late"`
	LastReportedMonth int          `json:"lastReportedMonth"` // 0: never
	Reported          bool         `json:"reported"`          // the reference month
	Behind            bool         `json:"behind"`
}

// Verification is the household list's verification progress.
type Verification struct {
	EditionID        uint    `json:"editionId"`
	Edition          string  `json:"edition"`
	Families         int64   `json:"families"`
	FamiliesVerified int64   `json:"familiesVerified"`
	Members          int64   `json:"members"`
	MembersVerified  int64   `json:"membersVerified"`
	Percent          float64 `json:"percent"` // members verified
}

// Step is one item of the "langkah pertama" checklist.
type Step struct {
	Key   string `json:"key"` // profil, desa, opd, pendampingan, surat, rencana
	Label string `json:"label"`
	Done  bool   `json:"done"`
	Route string `json:"route"` // the screen that does it
}

// Dashboard is everything the Beranda shows.
type Dashboard struct {
	Year         int           `json:"year"`
	Month        int           `json:"month"`
	MonthName    string        `json:"monthName"`
	Empty        bool          `json:"empty"` // nothing paired yet: show the checklist
	Checklist    []Step        `json:"checklist"`
	Headline     Headline      `json:"headline"`
	Sources      []Source      `json:"sources"` // every funding source, in the standard order
	OPD          []OPDRow      `json:"opd"`     // behind first
	Kecamatan    []AreaRow     `json:"kecamatan"`
	Villages     []VillageRow  `json:"villages"`
	Editions     []EditionRef  `json:"editions"` // oldest first (the last few)
	Verification Verification  `json:"verification"`
	VerifyByKec  []VerifyRow   `json:"verifyByKecamatan"`
	Outcome      *OutcomeHooks `json:"outcome,omitempty"`
	Boundaries   int           `json:"boundaries"` // villages with an imported boundary (the map shows when > 0)
}

// OutcomeHooks is where the outcome loop (targeting check, movement between editions)
// joins the dashboard and the brief once it is available; nil until a provider is set.
type OutcomeHooks struct {
	Tables []Table `json:"tables"`
}

// Table is a titled table of text cells (the brief prints it as it is).
type Table struct {
	Title  string     `json:"title"`
	Header []string   `json:"header"`
	Rows   [][]string `json:"rows"`
	Note   string     `json:"note,omitempty"` // printed under the rows (alone when there is no header)
}

// OutcomeProvider fills the outcome tables (targeting check, movement between editions)
// for a year; the household outcome service implements it.
type OutcomeProvider interface {
	OutcomeTables(ctx context.Context, year int) ([]Table, error)
}

// WithOutcome sets the provider of the outcome tables.
func (s *Service) WithOutcome(p OutcomeProvider) *Service { s.outcome = p; return s }

// Build computes the dashboard of year as of month (0: the current month, 12 for a past
// year).
func (s *Service) Build(ctx context.Context, year, month int) (Dashboard, error) {
	if year == 0 {
		return Dashboard{}, models.Invalid("dashboard.year", "year", "Pilih tahun program.")
	}
	if month < 0 || month > 12 {
		return Dashboard{}, models.Invalid("dashboard.month", "month", fmt.Sprintf("Bulan %d tidak sah; pilih 1 sampai 12.", month))
	}
	month = reporting.Month(s.clock, year, month)
	d := Dashboard{Year: year, Month: month, MonthName: common.BulanIndonesia[month-1], Checklist: []Step{}, Sources: []Source{},
		OPD: []OPDRow{}, Kecamatan: []AreaRow{}, Villages: []VillageRow{}, Editions: []EditionRef{}, VerifyByKec: []VerifyRow{}}
	if err := s.headline(ctx, &d); err != nil {
		return Dashboard{}, wrap(err)
	}
	if err := s.checklist(ctx, &d); err != nil {
		return Dashboard{}, wrap(err)
	}
	planned, spent, err := reports.SourceTotals(ctx, s.db, year, month)
	if err != nil {
		return Dashboard{}, wrap(err)
	}
	for _, o := range models.FundingSources {
		src := Source{Code: o.Code, Label: o.Label, Planned: planned[o.Code], Realised: spent[o.Code]}
		src.Absorption = progress.Absorption(src.Realised, src.Planned)
		d.Sources = append(d.Sources, src)
		d.Headline.Planned += src.Planned
		d.Headline.Realised += src.Realised
	}
	d.Headline.Absorption = progress.Absorption(d.Headline.Realised, d.Headline.Planned)
	byPair, err := s.progress.Overview(ctx, progress.Filter{Year: year, Month: month, GroupBy: progress.ByPairing})
	if err != nil {
		return Dashboard{}, err
	}
	h := &d.Headline
	h.Activities, h.Late, h.Households, h.People = byPair.Totals.Activities, byPair.Totals.Behind, byPair.Totals.Households, byPair.Totals.People
	var prog, exp float64
	for _, g := range byPair.Groups {
		prog += g.Progress
		exp += g.Expected
	}
	if h.Paired > 0 {
		h.Progress, h.Expected = prog/float64(h.Paired), exp/float64(h.Paired)
	}
	st, err := s.reporting.Status(ctx, year, month)
	if err != nil {
		return Dashboard{}, err
	}
	h.OPDReported, h.OPDNotReported = st.Reported, st.NotReported
	if err := s.ranking(ctx, &d, st); err != nil {
		return Dashboard{}, err
	}
	if err := s.areas(ctx, &d, byPair); err != nil {
		return Dashboard{}, wrap(err)
	}
	if err := s.verification(ctx, &d); err != nil {
		return Dashboard{}, wrap(err)
	}
	if err := s.db.WithContext(ctx).Raw(`SELECT COUNT(*) FROM batas_desa`).Scan(&d.Boundaries).Error; err != nil {
		return Dashboard{}, wrap(err)
	}
	if s.outcome != nil {
		tables, err := s.outcome.OutcomeTables(ctx, year)
		if err != nil {
			return Dashboard{}, wrap(err)
		}
		d.Outcome = &OutcomeHooks{Tables: tables}
	}
	return d, nil
}

// headline counts the villages, pairings and letters of the year.
func (s *Service) headline(ctx context.Context, d *Dashboard) error {
	var c struct {
		Priority, Paired, WithTeam, WithPlan, WithRealisation, Letters int
	}
	err := s.db.WithContext(ctx).Raw(`SELECT
		(SELECT COUNT(*) FROM desa_tahun WHERE year = @y AND priority) AS priority,
		(SELECT COUNT(*) FROM pendampingan WHERE year = @y) AS paired,
		(SELECT COUNT(DISTINCT p.id) FROM pendampingan p JOIN anggota_tim t ON t.pendampingan_id = p.id WHERE p.year = @y) AS with_team,
		(SELECT COUNT(DISTINCT p.id) FROM pendampingan p JOIN kegiatan k ON k.pendampingan_id = p.id WHERE p.year = @y) AS with_plan,
		(SELECT COUNT(DISTINCT p.id) FROM pendampingan p JOIN kegiatan k ON k.pendampingan_id = p.id
			JOIN realisasi r ON r.kegiatan_id = k.id WHERE p.year = @y AND r.month = @m) AS with_realisation,
		(SELECT COUNT(*) FROM surat WHERE year = @y AND status = @terbit) AS letters`,
		map[string]any{"y": d.Year, "m": d.Month, "terbit": models.StatusTerbit}).Scan(&c).Error
	d.Headline.PriorityVillages, d.Headline.Paired, d.Headline.WithTeam = c.Priority, c.Paired, c.WithTeam
	d.Headline.WithPlan, d.Headline.WithRealisation, d.Headline.LettersIssued = c.WithPlan, c.WithRealisation, c.Letters
	return err
}

// checklist is the "langkah pertama" of a regency that has not started the year.
func (s *Service) checklist(ctx context.Context, d *Dashboard) error {
	var c struct {
		Profil, Desa, OPD int
	}
	if err := s.db.WithContext(ctx).Raw(`SELECT
		(SELECT COUNT(*) FROM profil WHERE TRIM(regency_name) <> '') AS profil,
		(SELECT COUNT(*) FROM desa) AS desa, (SELECT COUNT(*) FROM opd) AS opd`).Scan(&c).Error; err != nil {
		return err
	}
	h := d.Headline
	d.Checklist = []Step{
		{"profil", "Isi profil kabupaten (nama, kop surat, penandatangan)", c.Profil > 0, "profil"},
		{"desa", "Masukkan kecamatan dan desa/kelurahan, tandai desa prioritas", c.Desa > 0 && h.PriorityVillages > 0, "desa"},
		{"opd", "Masukkan perangkat daerah (OPD)", c.OPD > 0, "opd"},
		{"pendampingan", "Pasangkan desa prioritas dengan OPD pendamping", h.Paired > 0, "papan"},
		{"surat", "Terbitkan Keputusan Bupati dan Surat Tugas", h.LettersIssued > 0, "surat"},
		{"rencana", "Susun rencana aksi tiap desa dampingan", h.WithPlan > 0, "rencana"},
	}
	d.Empty = h.Paired == 0
	return nil
}

// ranking builds the agency ranking from the progress per OPD and the reporting tracker.
func (s *Service) ranking(ctx context.Context, d *Dashboard, st reporting.Status) error {
	byOPD, err := s.progress.Overview(ctx, progress.Filter{Year: d.Year, Month: d.Month, GroupBy: progress.ByOPD})
	if err != nil {
		return err
	}
	groups := map[uint]progress.Group{}
	for _, g := range byOPD.Groups {
		groups[g.Key] = g
	}
	var pairs []struct {
		ID, DesaID, OPDID uint
		Name              string
	}
	if err := s.db.WithContext(ctx).Raw(`SELECT p.id, p.desa_id, p.opd_id, d.name FROM pendampingan p JOIN desa d ON d.id = p.desa_id
		JOIN kecamatan kc ON kc.id = d.kecamatan_id WHERE p.year = ? ORDER BY kc.code, d.code`, d.Year).Scan(&pairs).Error; err != nil {
		return wrap(err)
	}
	villages := map[uint][]VillageRef{}
	for _, p := range pairs {
		villages[p.OPDID] = append(villages[p.OPDID], VillageRef{PendampinganID: p.ID, DesaID: p.DesaID, Name: p.Name})
	}
	for _, o := range st.OPD {
		g := groups[o.OPDID]
		r := OPDRow{ID: o.OPDID, Code: o.Code, Name: o.Name, Abbreviation: o.Abbreviation, Villages: villages[o.OPDID],
			Activities: g.Activities, Planned: g.Budget, Realised: g.Spent, Absorption: g.Absorption, Progress: g.Progress,
			Expected: g.Expected, Late: g.Behind, LastReportedMonth: o.LastMonth, Reported: o.Reported}
		if r.Villages == nil {
			r.Villages = []VillageRef{}
		}
		r.Behind = r.Activities == 0 || r.Late > 0 || r.Expected-r.Progress >= progress.BehindTolerance
		d.OPD = append(d.OPD, r)
	}
	SortRanking(d.OPD)
	return nil
}

// SortRanking puts the agencies behind first: those behind (no plan, activities late or
// trailing the schedule), then by how far they trail, the most late activities, the
// lowest absorption, and their code.
func SortRanking(rows []OPDRow) {
	sort.SliceStable(rows, func(i, j int) bool {
		a, b := rows[i], rows[j]
		if a.Behind != b.Behind {
			return a.Behind
		}
		if ga, gb := a.Expected-a.Progress, b.Expected-b.Progress; ga != gb {
			return ga > gb
		}
		if a.Late != b.Late {
			return a.Late > b.Late
		}
		if a.Absorption != b.Absorption {
			return a.Absorption < b.Absorption
		}
		return a.Code < b.Code
	})
}

// wrap keeps coded errors and turns others into the internal error.
func wrap(err error) error {
	if err == nil {
		return nil
	}
	if _, ok := err.(*models.AppError); ok {
		return err
	}
	return models.Internal(err)
}
