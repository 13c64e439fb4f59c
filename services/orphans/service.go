// Package orphans keeps the registry of orphans (anak yatim, piatu, yatim piatu) in the
// accompanied villages and of their foster parents (orang tua asuh): children with
// their guardian, school, health insurance, needs and needs assessments; foster parents
// (persons or institutions) with what they commit; matches between them with the
// deliveries of support; suggestions of candidates, the follow-up list, the per-village
// summary, imports from the villages' workbooks and exports. Children's personal data
// (NIK, No KK) is masked unless revealed, and every export naming children is logged.
package orphans

import (
	"context"
	"errors"
	"os"
	"os/user"
	"path/filepath"
	"strings"
	"time"

	"gorm.io/gorm"

	"sidamping/models"
	"sidamping/services/common"
)

// Error codes (translated by the frontend).
const (
	CodeInvalid        = "orphans.invalid"
	CodeNotFound       = "orphans.not_found"
	CodeNIKTaken       = "orphans.nik_taken"
	CodeCapacityFull   = "orphans.capacity_full"
	CodeMatchOverlap   = "orphans.match_overlap"
	CodeOutsidePeriod  = "orphans.outside_period"
	CodeDeliveryBefore = "orphans.delivery_before_start"
	CodeDeliveryAfter  = "orphans.delivery_after_end"
	CodeFosterInUse    = "orphans.foster_in_use"
	CodeMatchEnded     = "orphans.match_ended"
)

// AssessmentValidMonths is how long a needs assessment holds; older ones are due again.
const AssessmentValidMonths = 6

// EndingWithinDays is how close the end of a commitment must be to be followed up.
const EndingWithinDays = 60

// MaxAge is the age from which a person is no longer a child (UU 35/2014).
const MaxAge = 18

// Service is the orphans registry.
type Service struct {
	db      *gorm.DB
	clock   common.Clock
	dataDir string
	// User names the person in the export log; Channel says "aplikasi" or "cli".
	User    string
	Channel string
}

// New builds the service; dataDir is where evidence photos are kept (the database's folder).
func New(db *gorm.DB, clock common.Clock, dataDir string) *Service {
	if clock == nil {
		clock = common.SystemClock{}
	}
	return &Service{db: db, clock: clock, dataDir: dataDir, User: currentUser(), Channel: "aplikasi"}
}

// currentUser is the operating-system account, for the export log.
func currentUser() string {
	if u, err := user.Current(); err == nil && u.Username != "" {
		return u.Username
	}
	for _, k := range []string{"USERNAME", "USER"} {
		if v := os.Getenv(k); v != "" {
			return v
		}
	}
	return "tidak diketahui"
}

// today is the clock's date as YYYY-MM-DD.
func (s *Service) today() string { return s.clock.Now().Format(dateLayout) }

const dateLayout = "2006-01-02"

// parseDay reads a YYYY-MM-DD date.
func parseDay(s string) (time.Time, bool) {
	t, err := time.Parse(dateLayout, s)
	return t, err == nil
}

// addDays moves a YYYY-MM-DD date by n days.
func addDays(day string, n int) string {
	t, _ := parseDay(day)
	return t.AddDate(0, 0, n).Format(dateLayout)
}

// addMonths moves a YYYY-MM-DD date by n months.
func addMonths(day string, n int) string {
	t, _ := parseDay(day)
	return t.AddDate(0, n, 0).Format(dateLayout)
}

// ageOn is the age in whole years on day of a child born on birth (both YYYY-MM-DD).
func ageOn(birth, day string) int {
	b, ok1 := parseDay(birth)
	d, ok2 := parseDay(day)
	if !ok1 || !ok2 {
		return 0
	}
	age := d.Year() - b.Year()
	if d.Month() < b.Month() || (d.Month() == b.Month() && d.Day() < b.Day()) {
		age--
	}
	return age
}

// activeOn is the SQL condition of a match (alias m) running on day (one ? argument
// repeated twice).
const activeOn = `(m.start_date <= ? AND (COALESCE(m.end_date, '') = '' OR m.end_date >= ?))`

// notFound maps gorm's missing record to the coded error.
func notFound(err error, what string) error {
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return models.NotFound(CodeNotFound, what+" tidak ditemukan.")
	}
	return err
}

// clean trims and folds spaces.
func clean(s string) string { return models.CleanText(s) }

// needsText normalises a list of need codes to the stored comma-separated form,
// dropping unknown and repeated codes, in the order of models.ChildNeeds.
func needsText(codes []string) string {
	have := map[string]bool{}
	for _, c := range codes {
		have[strings.ToLower(strings.TrimSpace(c))] = true
	}
	var out []string
	for _, o := range models.ChildNeeds {
		if have[o.Code] {
			out = append(out, o.Code)
		}
	}
	return strings.Join(out, ",")
}

// needsList splits the stored form.
func needsList(s string) []string {
	if s == "" {
		return []string{}
	}
	return strings.Split(s, ",")
}

// ctxDB is the database with ctx.
func (s *Service) ctxDB(ctx context.Context) *gorm.DB { return s.db.WithContext(ctx) }

// joinData makes a data-folder relative path (forward slashes) absolute.
func joinData(dir, rel string) string { return filepath.Join(dir, filepath.FromSlash(rel)) }
