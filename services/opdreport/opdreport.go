// Package opdreport is the round trip that lets 40+ agencies report without the app: per
// OPD a workbook with its activities pre-filled, dropdowns for month, status and funding
// source from a hidden list sheet, and a hidden metadata sheet identifying year, OPD,
// template version and a fingerprint per activity; importing the filled workbook shows
// a preview with per-row errors (sheet, row, column) and commits in one transaction.
package opdreport

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
	"gorm.io/gorm"

	"sidamping/models"
	"sidamping/services/common"
	"sidamping/services/xlsxutil"
)

// Names inside the template.
const (
	SheetData  = "Realisasi"
	SheetLists = "Daftar"
	SheetMeta  = "_sidamping"
	// TemplateKind and TemplateVersion identify the workbook in SheetMeta.
	TemplateKind    = "templat-realisasi-opd"
	TemplateVersion = "1"
)

// Error codes.
const (
	CodeNotTemplate = "opdreport.not_template"
	CodeVersion     = "opdreport.version"
	CodeOtherYear   = "opdreport.other_year"
	CodeOtherOPD    = "opdreport.other_opd"
	CodeOtherMonth  = "opdreport.other_month"
	CodeUnknownOPD  = "opdreport.unknown_opd"
	CodeNoRows      = "opdreport.no_rows"
	CodeInvalid     = "import.invalid"
)

// Service makes templates and imports them.
type Service struct {
	db    *gorm.DB
	clock common.Clock
	em    common.Emitter

	afterRead func() // tests: called by Import once the file is read, before the transaction
}

// New builds the service.
func New(db *gorm.DB, clock common.Clock, em common.Emitter) *Service {
	if clock == nil {
		clock = common.SystemClock{}
	}
	if em == nil {
		em = common.NopEmitter{}
	}
	return &Service{db: db, clock: clock, em: em}
}

// fields are the template's columns; the import matches headers tolerantly.
var fields = []xlsxutil.Field{
	{Key: "no", Label: "No", Type: xlsxutil.TypeInt},
	{Key: "code", Label: "Kode Kegiatan", Required: true, Type: xlsxutil.TypeCode, Synonyms: []string{"kode"}},
	{Key: "desa", Label: "Desa/Kelurahan", Synonyms: []string{"desa"}},
	{Key: "name", Label: "Kegiatan", Synonyms: []string{"nama kegiatan"}},
	{Key: "target", Label: "Target Volume", Type: xlsxutil.TypeDecimal},
	{Key: "unit", Label: "Satuan"},
	{Key: "budget", Label: "Anggaran (Rp)", Type: xlsxutil.TypeInt},
	{Key: "month", Label: "Bulan", Required: true},
	{Key: "status", Label: "Status"},
	{Key: "volume", Label: "Volume Realisasi", Type: xlsxutil.TypeDecimal},
	{Key: "source", Label: "Sumber Dana"},
	{Key: "amount", Label: "Dana Terpakai (Rp)", Required: true, Type: xlsxutil.TypeInt, Synonyms: []string{"dana terpakai", "realisasi dana"}},
	{Key: "progress", Label: "Progres Fisik (%)", Required: true, Type: xlsxutil.TypeDecimal, Synonyms: []string{"progres", "progres fisik"}},
	{Key: "households", Label: "RT Penerima", Type: xlsxutil.TypeInt, Synonyms: []string{"rumah tangga penerima"}},
	{Key: "people", Label: "Jiwa Penerima", Type: xlsxutil.TypeInt},
	{Key: "kendala", Label: "Kendala"},
	{Key: "tindak", Label: "Tindak Lanjut"},
}

// ActivityCode is the code the template shows for an activity: "K000123".
func ActivityCode(id uint) string { return fmt.Sprintf("K%06d", id) }

// parseCode reads "K000123" (or "123") back to an id.
func parseCode(s string) (uint, bool) {
	s = strings.TrimPrefix(strings.ToUpper(strings.TrimSpace(s)), "K")
	n, err := strconv.ParseUint(s, 10, 32)
	return uint(n), err == nil && n > 0
}

// activity is what the template shows of an activity and what its fingerprint covers.
type activity struct {
	ID             uint
	PendampinganID uint
	OPDID          uint
	Year           int
	DesaName       string
	Name           string
	TargetVolume   float64
	TargetUnit     string
	PlannedMonths  models.MonthMask
	Budget         int64
	Sources        string // "apbd_kab=1000,baznas=200" in the standard order
}

// fingerprint changes whenever something the OPD reports against changes: the pairing,
// the name, the target, the planned months or the budget lines.
func (a activity) fingerprint() string {
	h := sha256.Sum256([]byte(fmt.Sprintf("%d|%d|%s|%g|%s|%d|%s", a.ID, a.PendampinganID, a.Name, a.TargetVolume, a.TargetUnit, a.PlannedMonths, a.Sources)))
	return hex.EncodeToString(h[:8])
}

// loadActivities returns the activities of an OPD's pairings in a year (or, with ids,
// those activities whatever their OPD), in village and plan order.
func loadActivities(ctx context.Context, db *gorm.DB, year int, opdID uint, ids []uint) ([]activity, error) {
	q := `SELECT k.id, k.pendampingan_id, p.opd_id, p.year, d.name AS desa_name, k.name, k.target_volume,
		COALESCE(k.target_unit, '') AS target_unit, k.planned_months,
		COALESCE((SELECT SUM(a.amount) FROM kegiatan_anggaran a WHERE a.kegiatan_id = k.id), 0) AS budget,
		COALESCE((SELECT group_concat(a.source || '=' || a.amount, ',') FROM
			(SELECT source, amount FROM kegiatan_anggaran WHERE kegiatan_id = k.id ORDER BY source) a), '') AS sources
		FROM kegiatan k JOIN pendampingan p ON p.id = k.pendampingan_id JOIN desa d ON d.id = p.desa_id
		JOIN kecamatan kc ON kc.id = d.kecamatan_id`
	var args []any
	if ids != nil {
		q += ` WHERE k.id IN ?`
		args = append(args, ids)
	} else {
		q += ` WHERE p.year = ? AND p.opd_id = ?`
		args = append(args, year, opdID)
	}
	var rows []activity
	err := db.WithContext(ctx).Raw(q+` ORDER BY kc.code, d.code, k.sort_order, k.id`, args...).Scan(&rows).Error
	return rows, err
}

// firstSource is the first funding source of an activity's budget ("" when none).
func (a activity) firstSource() string {
	best, bestAmt := "", int64(-1)
	for _, part := range strings.Split(a.Sources, ",") {
		src, amt, ok := strings.Cut(part, "=")
		if !ok {
			continue
		}
		n, _ := strconv.ParseInt(amt, 10, 64)
		if n > bestAmt {
			best, bestAmt = src, n
		}
	}
	return best
}

// matchOption finds an option by label or code, ignoring case and spaces.
func matchOption(opts []models.Option, s string) (string, bool) {
	n := xlsxutil.Normalize(s)
	for _, o := range opts {
		if n == xlsxutil.Normalize(o.Label) || n == xlsxutil.Normalize(o.Code) {
			return o.Code, true
		}
	}
	return "", false
}

// parseMonth reads "Maret", "mar", "3" or "03".
func parseMonth(s string) (int, bool) {
	s = strings.TrimSpace(s)
	if n, err := strconv.Atoi(s); err == nil {
		return n, n >= 1 && n <= 12
	}
	if x, err := strconv.ParseFloat(s, 64); err == nil && x == float64(int(x)) {
		return int(x), x >= 1 && x <= 12
	}
	l := strings.ToLower(s)
	for i, m := range common.BulanIndonesia {
		ml := strings.ToLower(m)
		if l == ml || (len(l) >= 3 && strings.HasPrefix(ml, l)) {
			return i + 1, true
		}
	}
	return 0, false
}

// excelizeColumn gives the letter of a 0-based column index.
func excelizeColumn(i int) (string, error) { return excelize.ColumnNumberToName(i + 1) }
