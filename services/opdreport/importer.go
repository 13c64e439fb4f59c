package opdreport

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"

	"gorm.io/gorm"

	"sidamping/models"
	"sidamping/services/common"
	"sidamping/services/plan"
	"sidamping/services/realization"
	"sidamping/services/xlsxutil"
)

// ImportOptions are what the importing user expects; zero values accept the template's.
type ImportOptions struct {
	Year    int    `json:"year"`
	OPDCode string `json:"opdCode"`
	Month   int    `json:"month"` // the month being collected; a template made for another month is refused
}

// Problem is one thing wrong with the file, located by sheet, row and column.
type Problem struct {
	File    string `json:"file"`
	Sheet   string `json:"sheet"`
	Row     int    `json:"row"`
	Column  string `json:"column"`
	Header  string `json:"header"`
	Cell    string `json:"cell"`
	Value   string `json:"value"`
	Message string `json:"message"`
	Text    string `json:"text"` // the full message with its location
}

func toProblem(p xlsxutil.Problem) Problem {
	return Problem{File: p.File, Sheet: p.Sheet, Row: p.Row, Column: p.Column, Header: p.Header, Cell: p.Cell(),
		Value: p.Value, Message: p.Message, Text: p.String()}
}

// Row actions.
const (
	ActionNew    = "baru"
	ActionUpdate = "ubah"
	ActionError  = "galat"
)

// PreviewRow is one filled row of the template.
type PreviewRow struct {
	Row      int     `json:"row"`
	Code     string  `json:"code"`
	Desa     string  `json:"desa"`
	Activity string  `json:"activity"`
	Month    int     `json:"month"`
	Source   string  `json:"source"`
	Amount   int64   `json:"amount"`
	Progress float64 `json:"progress"`
	Action   string  `json:"action"`
}

// Preview is what an import would do; nothing is saved.
type Preview struct {
	File     string       `json:"file"`
	Year     int          `json:"year"`
	OPDCode  string       `json:"opdCode"`
	OPDName  string       `json:"opdName"`
	Created  string       `json:"created"`
	Rows     []PreviewRow `json:"rows"`
	Problems []Problem    `json:"problems"`
	Entries  int          `json:"entries"` // activity-months to be written
	New      int          `json:"new"`
	Updated  int          `json:"updated"`
	Blank    int          `json:"blank"` // pre-filled rows left empty (ignored)
	Amount   int64        `json:"amount"`
}

// Result counts what Import saved.
type Result struct {
	File    string `json:"file"`
	Entries int    `json:"entries"`
	New     int    `json:"new"`
	Updated int    `json:"updated"`
	Amount  int64  `json:"amount"`
}

// group is the rows of one activity and month: they become one realisation entry.
type group struct {
	firstRow int
	in       realization.EntryInput
	rows     []int // indexes into Preview.Rows
}

// checked is a file read and compared with the database.
type checked struct {
	preview Preview
	groups  []*group
	opdID   uint
}

// Preview reads a filled template and reports what Import would save.
func (s *Service) Preview(ctx context.Context, path string, opt ImportOptions) (Preview, error) {
	f, err := s.readFile(ctx, path, opt)
	if err != nil {
		return Preview{}, err
	}
	c, err := s.check(ctx, s.db.WithContext(ctx), f)
	if err != nil {
		return Preview{}, err
	}
	return c.preview, nil
}

// Import reads a filled template again and saves every activity-month in one
// transaction; when any row has a problem nothing is saved and the error (code
// import.invalid) lists every problem in Details and Params["problems"]. An entry in the
// file replaces the stored entry of that activity and month. The file is read and
// checked before the transaction begins, so a big or hostile file never holds the
// database's write lock (a letter issued meanwhile is not kept waiting).
func (s *Service) Import(ctx context.Context, path string, opt ImportOptions) (Result, error) {
	prog := common.NewProgress(s.em, "import-opd-report")
	var res Result
	f, err := s.readFile(ctx, path, opt)
	if err != nil {
		return Result{}, err
	}
	if s.afterRead != nil {
		s.afterRead()
	}
	err = s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		c, err := s.check(ctx, tx, f)
		if err != nil {
			return err
		}
		p := c.preview
		if len(p.Problems) > 0 {
			return invalidError(p)
		}
		if p.Entries == 0 {
			return models.NewError(models.ErrInvalid, CodeNoRows, fmt.Sprintf("Berkas %s belum berisi realisasi: semua baris kegiatan masih kosong.", p.File))
		}
		for i, g := range c.groups {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			prog.Report("simpan", int64(i), int64(len(c.groups)))
			if _, err := realization.Upsert(tx, g.in); err != nil {
				return err
			}
		}
		res = Result{File: p.File, Entries: p.Entries, New: p.New, Updated: p.Updated, Amount: p.Amount}
		return s.receipt(tx, c, f.meta.Year)
	})
	if err != nil {
		if ctx.Err() != nil {
			return Result{}, models.NewError(models.ErrCancelled, "cancelled", "Impor dibatalkan; tidak ada yang disimpan.").Wrap(ctx.Err())
		}
		var ae *models.AppError
		if errors.As(err, &ae) {
			return Result{}, err
		}
		return Result{}, models.Internal(err)
	}
	prog.Finish("selesai", fmt.Sprintf("%d realisasi disimpan (%d baru, %d diubah).", res.Entries, res.New, res.Updated))
	return res, nil
}

// receipt records, for the reporting tracker, that the OPD sent each month of the file
// by template (one row per month, with the file's name and the time of the import).
func (s *Service) receipt(tx *gorm.DB, c *checked, year int) error {
	perMonth := map[int]int{}
	var months []int
	for _, g := range c.groups {
		if perMonth[g.in.Month] == 0 {
			months = append(months, g.in.Month)
		}
		perMonth[g.in.Month]++
	}
	sort.Ints(months)
	now := s.clock.Now()
	for _, m := range months {
		if err := tx.Create(&models.LaporanOPD{OPDID: c.opdID, Year: year, Month: m, File: c.preview.File, Entries: perMonth[m],
			ReceivedAt: now}).Error; err != nil {
			return err
		}
	}
	return nil
}

// invalidError is the refusal of a file with problems.
func invalidError(p Preview) error {
	details := make([]string, len(p.Problems))
	for i, pr := range p.Problems {
		details[i] = pr.Text
	}
	e := models.NewError(models.ErrInvalid, CodeInvalid, fmt.Sprintf(
		"Berkas %s memuat %d masalah; perbaiki dulu, tidak ada data yang disimpan.", p.File, len(p.Problems))).WithDetails(details)
	e.Params = map[string]any{"problems": p.Problems, "file": p.File}
	return e
}

// readFile is the template as read from disk, before the database is consulted.
type readFile struct {
	name string
	meta meta
	t    *xlsxutil.Table
}

// readFile opens the workbook, checks its metadata against opt and reads its data
// sheet; it touches no database.
func (s *Service) readFile(ctx context.Context, path string, opt ImportOptions) (*readFile, error) {
	wb, err := xlsxutil.Open(path)
	if err != nil {
		return nil, err
	}
	defer wb.Close()
	m, err := readMeta(ctx, wb)
	if err != nil {
		return nil, err
	}
	if opt.Year != 0 && m.Year != opt.Year {
		return nil, models.NewError(models.ErrInvalid, CodeOtherYear, fmt.Sprintf(
			"Templat %s untuk tahun %d, bukan tahun %d yang sedang dilaporkan; gunakan templat tahun %d.", wb.Name, m.Year, opt.Year, opt.Year))
	}
	if opt.Month != 0 && m.Month != 0 && m.Month != opt.Month {
		return nil, models.NewError(models.ErrInvalid, CodeOtherMonth, fmt.Sprintf(
			"Templat %s milik %s untuk bulan %s, bukan bulan %s yang sedang dikumpulkan; gunakan templat bulan %s.", wb.Name, m.OPDName,
			common.BulanIndonesia[m.Month-1], common.BulanIndonesia[opt.Month-1], common.BulanIndonesia[opt.Month-1]))
	}
	if opt.OPDCode != "" && !strings.EqualFold(m.OPDCode, strings.TrimSpace(opt.OPDCode)) {
		return nil, models.NewError(models.ErrInvalid, CodeOtherOPD, fmt.Sprintf(
			"Templat %s milik %s (%s), bukan perangkat daerah yang dipilih (%s).", wb.Name, m.OPDName, m.OPDCode, opt.OPDCode))
	}
	sh, err := wb.ReadSheet(ctx, SheetData, nil)
	if err != nil {
		return nil, err
	}
	t, ok := sh.Table(xlsxutil.NewMatcher(fields))
	if !ok {
		return nil, xlsxutil.NoHeaderError(wb.Name, SheetData, xlsxutil.HeaderScanRows, xlsxutil.NewMatcher(fields).RequiredLabels())
	}
	return &readFile{name: wb.Name, meta: m, t: t}, nil
}

// check compares the rows read with the activities as they are now in db.
func (s *Service) check(ctx context.Context, db *gorm.DB, f *readFile) (*checked, error) {
	o, err := findOPD(ctx, db, f.meta.OPDCode)
	if err != nil {
		return nil, err
	}
	m := f.meta
	c := &checked{opdID: o.ID, preview: Preview{File: f.name, Year: m.Year, OPDCode: o.Code, OPDName: o.Name, Created: m.Created,
		Rows: []PreviewRow{}, Problems: []Problem{}}}
	for _, p := range f.t.Problems {
		c.preview.Problems = append(c.preview.Problems, toProblem(p))
	}
	r := &reader{t: f.t, c: c, meta: m, opdID: o.ID, now: s.clock.Now()}
	if err := r.readRows(ctx, db); err != nil {
		return nil, err
	}
	sort.SliceStable(c.preview.Problems, func(i, j int) bool { return c.preview.Problems[i].Row < c.preview.Problems[j].Row })
	return c, nil
}

// mergeMoney adds an amount to a group's money lines.
func mergeMoney(in *realization.EntryInput, src string, amt int64) {
	for i := range in.Money {
		if in.Money[i].Source == src {
			in.Money[i].Amount += amt
			return
		}
	}
	in.Money = append(in.Money, plan.BudgetLine{Source: src, Amount: amt})
}
