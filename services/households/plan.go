package households

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"sidamping/models"
	"sidamping/services/sheetreader"
	"sidamping/services/xlsxutil"
)

// headerScanRows is how many rows at the top of a sheet may hold the header.
const headerScanRows = 12

// sheetPlan is how one sheet of one file is read: where its header is, what each
// column means, and which source it comes from.
type sheetPlan struct {
	path       string // full path of the file
	file       string // base name, for messages
	sheet      string
	index      int      // position in the list of plans
	headerRow  int      // 1-based number of the (last) header row
	skipRow    int      // a column-numbering row "1 2 3 ..." under the header, or 0
	headers    []string // the header text of each column (two header rows combined)
	mapping    []string // the field key of each column (see fields.go)
	source     string
	signature  string
	remembered bool    // the mapping came from pemetaan_kolom
	weight     float64 // share of the whole import, for the progress estimate
	samples    [][]string
}

// col returns the column of field key in the plan, or -1.
func (p *sheetPlan) col(key string) int {
	for i, k := range p.mapping {
		if k == key {
			return i
		}
	}
	return -1
}

// SheetMapping is the user's (or the remembered) mapping of one sheet's columns: one
// field key per header column, as listed by Fields.
type SheetMapping struct {
	File    string   `json:"file"`
	Sheet   string   `json:"sheet"`
	Columns []string `json:"columns"`
}

// errStop ends a Rows call early once the header rows are read.
var errStop = errors.New("stop")

// topRows reads the first rows of a sheet as text.
func topRows(ctx context.Context, wb *sheetreader.Workbook, sheet string) ([][]string, error) {
	var rows [][]string
	err := wb.Rows(ctx, sheet, func(r *sheetreader.Row) error {
		if r.Num > headerScanRows {
			return errStop
		}
		for len(rows) < r.Num-1 {
			rows = append(rows, nil)
		}
		rows = append(rows, append([]string(nil), r.Cells...))
		return nil
	})
	if err != nil && !errors.Is(err, errStop) {
		return nil, err
	}
	return rows, nil
}

// fileError turns a sheetreader error (empty, not xlsx, encrypted, cell too large...)
// into an AppError that keeps its code and its Indonesian message naming the place.
func fileError(err error) error {
	var se *sheetreader.Error
	if errors.As(err, &se) {
		return models.NewError(models.ErrInvalid, se.Kind.Error(), se.Error()).Wrap(err)
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return models.NewError(models.ErrCancelled, "cancelled", "Impor dibatalkan; tidak ada data yang disimpan.").Wrap(err)
	}
	var ae *models.AppError
	if errors.As(err, &ae) {
		return err
	}
	return models.NewError(models.ErrInvalid, CodeFileUnreadable, err.Error()).Wrap(err)
}

// findHeader locates the header among the top rows with the shared matcher, over up to
// xlsxutil.MaxHeaderDepth rows (a group title such as "Tempat/Tanggal Lahir" over
// "Tempat | Tanggal"; the streaming reader does not know merged cells, so a title is
// carried over the empty cells to its right), and a "(1) (2) (3)" row under it to skip.
func findHeader(rows [][]string) (headers []string, headerRow, skipRow int, ok bool) {
	h, found := matcher.FindHeaderRows(rows, headerScanRows, true)
	if !found {
		return nil, 0, 0, false
	}
	if h.Row < len(rows) && xlsxutil.IsNumberingRow(rows[h.Row]) {
		skipRow = h.Row + 1
	}
	return h.Texts, h.Row, skipRow, true
}

// planFiles opens every file and plans each sheet that has a header. A file whose
// sheets have no recognisable header fails the whole import; a sheet without one is
// skipped (with a note) when another sheet of its file has one.
func (s *Service) planFiles(ctx context.Context, files []string, source string, overrides []SheetMapping) ([]*sheetPlan, []string, error) {
	if len(files) == 0 {
		return nil, nil, models.Invalid(CodeNoFiles, "files", "Pilih minimal satu berkas .xlsx atau .csv.")
	}
	var plans []*sheetPlan
	var notes []string
	var sizes []int64
	for _, path := range files {
		name := filepath.Base(path)
		wb, err := sheetreader.Open(path)
		if err != nil {
			return nil, nil, fileError(err)
		}
		var filePlans []*sheetPlan
		var noHeader []string
		for _, sh := range wb.Sheets() {
			if sh.Type != "worksheet" && sh.Type != "csv" || sh.State != "visible" {
				continue
			}
			rows, err := topRows(ctx, wb, sh.Name)
			if err != nil {
				wb.Close()
				return nil, nil, fileError(err)
			}
			if len(rows) == 0 {
				continue
			}
			headers, hrow, skip, ok := findHeader(rows)
			if !ok {
				noHeader = append(noHeader, sh.Name)
				continue
			}
			p := &sheetPlan{path: path, file: name, sheet: sh.Name, headerRow: hrow, skipRow: skip, headers: headers}
			for r := hrow; r < len(rows) && len(p.samples) < 5; r++ {
				if r+1 != skip && len(rows[r]) > 0 {
					p.samples = append(p.samples, rows[r])
				}
			}
			filePlans = append(filePlans, p)
		}
		wb.Close()
		if len(filePlans) == 0 {
			msg := fmt.Sprintf("Berkas %s tidak berisi data.", name)
			if len(noHeader) > 0 {
				msg = fmt.Sprintf("Berkas %s, lembar %s: baris judul tidak dikenali di %d baris teratas; pastikan ada kolom NIK dan Nama (serta No KK dan kode desa) pada satu baris judul.",
					name, strings.Join(noHeader, ", "), headerScanRows)
			}
			return nil, nil, models.NewError(models.ErrInvalid, CodeHeaderNotFound, msg)
		}
		for _, sh := range noHeader {
			notes = append(notes, fmt.Sprintf("Berkas %s, lembar %s dilewati: tidak ada baris judul yang dikenali.", name, sh))
		}
		st, _ := os.Stat(path)
		for range filePlans {
			sizes = append(sizes, st.Size()/int64(len(filePlans)))
		}
		plans = append(plans, filePlans...)
	}
	var total int64
	for _, z := range sizes {
		total += max(z, 1)
	}
	for i, p := range plans {
		p.index = i
		p.weight = float64(max(sizes[i], 1)) / float64(total)
		if err := s.mapPlan(ctx, p, source, overrides); err != nil {
			return nil, nil, err
		}
	}
	return plans, notes, nil
}

// mapPlan fills a plan's source and mapping: the user's override, else the mapping
// remembered for the same headers, else the automatic one.
func (s *Service) mapPlan(ctx context.Context, p *sheetPlan, source string, overrides []SheetMapping) error {
	p.source = source
	if p.source == "" || p.source == "auto" {
		p.source = DetectSource(p.headers)
	}
	p.signature = Signature(p.source, p.headers)
	for _, o := range overrides {
		if o.File == p.file && strings.EqualFold(o.Sheet, p.sheet) {
			p.mapping = make([]string, len(p.headers))
			copy(p.mapping, o.Columns)
			for i := len(o.Columns); i < len(p.headers); i++ {
				p.mapping[i] = FExtra
			}
			return nil
		}
	}
	var saved []models.PemetaanKolom
	if err := s.db.WithContext(ctx).Where("signature = ?", p.signature).Limit(1).Find(&saved).Error; err != nil {
		return err
	}
	if len(saved) == 1 {
		var cols []string
		if json.Unmarshal([]byte(saved[0].Mapping), &cols) == nil && len(cols) == len(p.headers) {
			p.mapping, p.remembered = cols, true
			return nil
		}
	}
	p.mapping = MapHeaders(p.headers)
	return nil
}
