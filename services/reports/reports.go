// Package reports writes the workbooks the secretariat sends to the province: the
// quarterly report (Laporan Triwulan) and the monthly progress report (Laporan Bulanan)
// for SiLAP Online. Every workbook is written to a temporary file and renamed
// (xlsxutil.Writer), reports progress events and stops when its context is cancelled.
package reports

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"gorm.io/gorm"

	"sidamping/models"
	"sidamping/services/common"
	"sidamping/services/profile"
	"sidamping/services/progress"
	"sidamping/services/xlsxutil"
)

// Error codes.
const (
	CodeQuarter = "reports.quarter"
	CodeMonth   = "reports.month"
	CodeYear    = "reports.year"
	CodeLayout  = "reports.layout"
)

// Service writes the report workbooks.
type Service struct {
	db       *gorm.DB
	clock    common.Clock
	em       common.Emitter
	progress *progress.Service
}

// New builds the service.
func New(db *gorm.DB, clock common.Clock, em common.Emitter) *Service {
	if clock == nil {
		clock = common.SystemClock{}
	}
	if em == nil {
		em = common.NopEmitter{}
	}
	return &Service{db: db, clock: clock, em: em, progress: progress.New(db, clock)}
}

// Result tells what an export wrote.
type Result struct {
	Path   string         `json:"path"`
	Sheets []string       `json:"sheets"`
	Rows   map[string]int `json:"rows"` // data rows per sheet
}

// Column helpers.
func text(h string, maxw float64) xlsxutil.Column {
	return xlsxutil.Column{Header: h, Type: xlsxutil.TypeText, MaxWidth: maxw}
}

// Number columns are no wider than their numbers: a long header wraps.
func integer(h string) xlsxutil.Column {
	return xlsxutil.Column{Header: h, Type: xlsxutil.TypeInt, MaxWidth: 12}
}
func rupiah(h string) xlsxutil.Column {
	return xlsxutil.Column{Header: h, Type: xlsxutil.TypeInt, NumFmt: xlsxutil.RupiahFormat, MinWidth: 16, MaxWidth: 18}
}
func percent(h string) xlsxutil.Column {
	return xlsxutil.Column{Header: h, Type: xlsxutil.TypeDecimal, NumFmt: xlsxutil.PercentFormat, MinWidth: 9, MaxWidth: 12}
}
func decimal(h string) xlsxutil.Column {
	return xlsxutil.Column{Header: h, Type: xlsxutil.TypeDecimal, NumFmt: xlsxutil.DecimalFormat, MaxWidth: 12}
}
func date(h string) xlsxutil.Column {
	return xlsxutil.Column{Header: h, Type: xlsxutil.TypeDate, MaxWidth: 19}
}

// profile returns the regency profile (empty when not set).
func (s *Service) profile(ctx context.Context) models.Profil {
	p, _, _ := profile.Signatories(ctx, s.db, false)
	return p
}

// signature is the block that ends a report's summary sheet: the head of Bappeda as
// secretary of the TKPK, in the regency's capital, dated today.
func (s *Service) signature(ctx context.Context) xlsxutil.Signature {
	p, sigs, _ := profile.Signatories(ctx, s.db, false)
	sg := sigs[models.RoleKepalaBappeda]
	return xlsxutil.Signature{Place: p.Capital, Date: s.clock.Now(), Office: profile.SecretaryOffice(p),
		Name: sg.Name, Rank: sg.Rank, NIP: sg.NIP}
}

// printFor is the page setup of a report sheet whose first cols columns (No, Kecamatan,
// Desa, ...) repeat on every page: landscape F4, as many pages wide as keep the text
// legible, the title and header rows on every page.
func printFor(cols int) *xlsxutil.PrintSetup {
	return &xlsxutil.PrintSetup{Landscape: true, Paper: xlsxutil.PaperF4, FitToWidth: true, RepeatHeader: true, RepeatCols: cols}
}

// checkYear refuses a year that is not a programme year.
func (s *Service) checkYear(ctx context.Context, year int) error {
	var n int64
	if err := s.db.WithContext(ctx).Model(&models.TahunProgram{}).Where("year = ?", year).Count(&n).Error; err != nil {
		return exportError(ctx, err)
	}
	if n == 0 {
		return models.Invalid(CodeYear, "year", fmt.Sprintf("Tahun program %d belum dibuat.", year))
	}
	return nil
}

// exportError turns a cancellation into the cancelled error and keeps AppErrors.
func exportError(ctx context.Context, err error) error {
	if err == nil {
		return nil
	}
	if ctx.Err() != nil {
		return models.NewError(models.ErrCancelled, "cancelled", "Ekspor dibatalkan; tidak ada berkas yang ditulis.").Wrap(ctx.Err())
	}
	var ae *models.AppError
	if errors.As(err, &ae) {
		return err
	}
	return models.Internal(err)
}

// monthsText compresses planned months into ranges: "Mar–Mei, Agu".
func monthsText(m models.MonthMask) string {
	short := []string{"Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"}
	var parts []string
	ms := m.Months()
	for i := 0; i < len(ms); {
		j := i
		for j+1 < len(ms) && ms[j+1] == ms[j]+1 {
			j++
		}
		if j == i {
			parts = append(parts, short[ms[i]-1])
		} else {
			parts = append(parts, short[ms[i]-1]+"–"+short[ms[j]-1])
		}
		i = j + 1
	}
	return strings.Join(parts, ", ")
}

// sourcesText lists funding-source codes ("apbd_kab,baznas") as labels.
func sourcesText(codes string) string {
	if codes == "" {
		return ""
	}
	var out []string
	for _, o := range models.FundingSources {
		for _, c := range strings.Split(codes, ",") {
			if c == o.Code {
				out = append(out, o.Label)
			}
		}
	}
	return strings.Join(out, "; ")
}

// monthName is "Januari" for 1 ("" outside 1-12).
func monthName(m int) string {
	if m < 1 || m > 12 {
		return ""
	}
	return common.BulanIndonesia[m-1]
}

// ratio is a/b, or 0 when b is 0.
func ratio(a, b float64) float64 {
	if b == 0 {
		return 0
	}
	return a / b
}
