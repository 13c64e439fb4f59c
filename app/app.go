package app

import (
	"path/filepath"

	"gorm.io/gorm"

	"sidamping/services/assessment"
	"sidamping/services/backup"
	"sidamping/services/boundaries"
	"sidamping/services/brief"
	"sidamping/services/common"
	"sidamping/services/dashboard"
	"sidamping/services/evaluation"
	"sidamping/services/households"
	"sidamping/services/jobs"
	"sidamping/services/letters"
	"sidamping/services/master"
	"sidamping/services/masterxlsx"
	"sidamping/services/opdreport"
	"sidamping/services/orphans"
	"sidamping/services/pairing"
	"sidamping/services/plan"
	"sidamping/services/profile"
	"sidamping/services/progress"
	"sidamping/services/realization"
	"sidamping/services/reporting"
	"sidamping/services/reports"
	"sidamping/services/settings"
)

// Version is set at build time (-ldflags "-X sidamping/app.Version=...").
var Version = "0.1.0"

// Services are the services the bound structs call.
type Services struct {
	DB       *gorm.DB
	DBPath   string
	Clock    common.Clock
	Master   *master.Service
	Profile  *profile.Service
	Settings *settings.Service
	Excel    *masterxlsx.Service
	Backup   *backup.Service
	Pairing  *pairing.Service
	Letters  *letters.Service

	Assessment  *assessment.Service
	Plan        *plan.Service
	Realization *realization.Service
	Progress    *progress.Service
	Evaluation  *evaluation.Service
	Reports     *reports.Service
	OPDReport   *opdreport.Service
	Households  *households.Service
	Orphans     *orphans.Service
	Dashboard   *dashboard.Service
	Reporting   *reporting.Service
	Brief       *brief.Service
	Boundaries  *boundaries.Service
	Jobs        *jobs.Registry // the one long job at a time; its Emitter feeds the services
}

// NewServices builds every service on one database.
func NewServices(db *gorm.DB, dbPath string, clock common.Clock, em common.Emitter) *Services {
	reg := jobs.New(em, clock)
	em = reg.Emitter()
	s := &Services{
		Jobs:     reg,
		DB:       db,
		DBPath:   dbPath,
		Clock:    clock,
		Master:   master.New(db, clock),
		Profile:  profile.New(db, clock),
		Settings: settings.New(db),
		Excel:    masterxlsx.New(db, clock, em),
		Backup:   backup.New(db, dbPath, clock, em),
		Pairing:  pairing.New(db, clock),
		Letters:  letters.New(db, clock, filepath.Dir(dbPath)),

		Assessment:  assessment.New(db, clock),
		Plan:        plan.New(db, clock),
		Realization: realization.New(db, clock, filepath.Dir(dbPath)),
		Progress:    progress.New(db, clock),
		Evaluation:  evaluation.New(db, clock),
		Reports:     reports.New(db, clock, em),
		OPDReport:   opdreport.New(db, clock, em),
		Orphans:     orphans.New(db, clock, filepath.Dir(dbPath)),
	}
	s.Households = households.New(db, clock, em, s.Master)
	s.Dashboard = dashboard.New(db, clock)
	s.Reporting = reporting.New(db, clock)
	// The brief's dashboard carries the outcome tables (targeting, movement between the two
	// newest editions); the Beranda's does not, to stay quick. The movement's progress
	// events stay out of the households screen.
	outcome := dashboard.NewHouseholdOutcome(households.New(db, clock, common.NopEmitter{}, s.Master))
	s.Brief = brief.New(db, clock, em, dashboard.New(db, clock).WithOutcome(outcome))
	s.Boundaries = boundaries.New(db, clock)
	return s
}

// Bound is every struct the frontend can call.
type Bound struct {
	System     *SystemApp
	Profile    *ProfileApp
	Master     *MasterApp
	Excel      *ExcelApp
	Backup     *BackupApp
	Pairing    *PairingApp
	Letter     *LetterApp
	Plan       *PlanApp
	Reports    *ReportsApp
	Households *HouseholdsApp
	Orphans    *OrphansApp
	Jobs       *JobsApp
	Dashboard  *DashboardApp
}

// New builds the bound structs.
func New(rt *Runtime, s *Services) *Bound {
	rt.ProtectDatabase(s.DBPath)
	reg := s.Jobs
	return &Bound{
		System:  &SystemApp{rt: rt, s: s, jobs: reg},
		Profile: &ProfileApp{rt: rt, s: s},
		Master:  &MasterApp{rt: rt, s: s},
		Excel:   &ExcelApp{rt: rt, s: s, jobs: reg},
		Backup:  &BackupApp{rt: rt, s: s, jobs: reg},
		Pairing: &PairingApp{rt: rt, s: s},
		Letter:  &LetterApp{rt: rt, s: s},
		Plan:    &PlanApp{rt: rt, s: s},
		Reports: &ReportsApp{rt: rt, s: s, jobs: reg},

		Households: &HouseholdsApp{rt: rt, s: s, jobs: reg},
		Orphans:    &OrphansApp{rt: rt, s: s, jobs: reg},
		Jobs:       &JobsApp{jobs: reg},
		Dashboard:  &DashboardApp{rt: rt, s: s, jobs: reg},
	}
}

// List returns the structs to pass to Wails' Bind option.
func (b *Bound) List() []any {
	return []any{b.System, b.Profile, b.Master, b.Excel, b.Backup, b.Pairing, b.Letter, b.Plan, b.Reports, b.Households, b.Orphans, b.Jobs, b.Dashboard}
}

// NewBootFailure builds bindings for a start whose database failed to open: only
// SystemApp.Info answers (with the error), so the UI can show what went wrong.
func NewBootFailure(rt *Runtime, dbPath string, err error) *Bound {
	rt.ProtectDatabase(dbPath)
	reg := jobs.New(nil, nil)
	return &Bound{
		System:  &SystemApp{rt: rt, bootErr: err, dbPath: dbPath, jobs: reg},
		Profile: &ProfileApp{rt: rt}, Master: &MasterApp{rt: rt}, Excel: &ExcelApp{rt: rt}, Backup: &BackupApp{rt: rt},
		Pairing: &PairingApp{rt: rt}, Letter: &LetterApp{rt: rt},
		Plan: &PlanApp{rt: rt}, Reports: &ReportsApp{rt: rt, jobs: reg},
		Households: &HouseholdsApp{rt: rt, jobs: reg}, Orphans: &OrphansApp{rt: rt, jobs: reg}, Jobs: &JobsApp{jobs: reg},
		Dashboard: &DashboardApp{rt: rt, jobs: reg},
	}
}
