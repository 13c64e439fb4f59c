// Package masterxlsx imports the kecamatan/village list and the OPD list from Excel with
// tolerant header matching and a preview, and exports the master lists to styled workbooks.
package masterxlsx

import (
	"context"
	"errors"
	"fmt"

	"gorm.io/gorm"

	"sidamping/models"
	"sidamping/services/common"
	"sidamping/services/xlsxutil"
)

// Kinds of master list.
const (
	KindWilayah = "wilayah" // kecamatan and desa/kelurahan
	KindOPD     = "opd"
)

// Row actions.
const (
	ActionNew    = "baru"
	ActionUpdate = "ubah"
	ActionSame   = "sama"
	ActionError  = "galat"
)

// Problem is one thing wrong with the file, located by file, sheet, row and column.
type Problem struct {
	File    string `json:"file"`
	Sheet   string `json:"sheet"`
	Row     int    `json:"row"`
	Column  string `json:"column"` // column letter, "" when the problem is about the whole row
	Header  string `json:"header"` // the column's header as written in the file
	Cell    string `json:"cell"`   // "C12", "" when not about one cell
	Value   string `json:"value"`
	Message string `json:"message"`
	Text    string `json:"text"`           // the full message with its location, as listed in AppError.Details
	Code    string `json:"code,omitempty"` // set on warnings: xlsx.column_empty, xlsx.column_unreadable
}

// ColumnMap tells which header of the file fills which field.
type ColumnMap struct {
	Field  string `json:"field"`
	Label  string `json:"label"`
	Header string `json:"header"`
	Column string `json:"column"`
}

// PreviewRow is one data row as it would be saved.
type PreviewRow struct {
	Row     int               `json:"row"`
	Action  string            `json:"action"` // baru, ubah, sama, galat
	Values  map[string]string `json:"values"`
	Sheet   string            `json:"sheet"`
	Entity  string            `json:"entity"`            // kecamatan, desa or opd
	Changed []string          `json:"changed,omitempty"` // labels of the fields an update changes
}

// SheetMap describes how one sheet of the file was read.
type SheetMap struct {
	Name      string      `json:"name"`
	Entity    string      `json:"entity"` // kecamatan, desa, opd, or "" when ignored
	HeaderRow int         `json:"headerRow"`
	Columns   []ColumnMap `json:"columns"`
	Ignored   []string    `json:"ignored"` // headers that match no field
}

// EntityCount counts the rows of one entity by action.
type EntityCount struct {
	Entity  string `json:"entity"`
	New     int    `json:"new"`
	Updated int    `json:"updated"`
	Same    int    `json:"same"`
}

// Preview is what the user sees before anything is saved.
type Preview struct {
	File     string        `json:"file"`
	Kind     string        `json:"kind"`
	Sheet    string        `json:"sheet"`
	Columns  []ColumnMap   `json:"columns"`
	Rows     []PreviewRow  `json:"rows"`
	Problems []Problem     `json:"problems"`
	Warnings []Problem     `json:"warnings"` // saved anyway, but the user must know (an empty mapped column)
	New      int           `json:"new"`
	Updated  int           `json:"updated"`
	Same     int           `json:"same"`
	Sheets   []SheetMap    `json:"sheets"`
	Counts   []EntityCount `json:"counts"`
}

// Result counts what an import saved.
type Result struct {
	File     string        `json:"file"`
	Kind     string        `json:"kind"`
	New      int           `json:"new"`
	Updated  int           `json:"updated"`
	Same     int           `json:"same"`
	Counts   []EntityCount `json:"counts"`
	Warnings []Problem     `json:"warnings"` // the preview's warnings, repeated
}

// Service imports and exports master lists.
type Service struct {
	db    *gorm.DB
	clock common.Clock
	em    common.Emitter
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

// Preview reads path and reports what an import would do, saving nothing.
func (s *Service) Preview(ctx context.Context, kind, path string) (Preview, error) {
	prog := common.NewProgress(s.em, "import-"+kind)
	in, err := s.load(ctx, kind, path, prog)
	if err != nil {
		return Preview{}, err
	}
	p, err := s.plan(ctx, s.db.WithContext(ctx), in, prog)
	if err != nil {
		return Preview{}, err
	}
	prog.Finish("periksa", fmt.Sprintf("%d baris diperiksa, %d masalah.", len(p.preview.Rows), len(p.preview.Problems)))
	return p.preview, nil
}

// Import reads path again and saves it in one transaction, or nothing when any problem
// exists: then the error is an AppError "import.invalid" whose Details list every problem
// and whose Params["problems"] holds them as Problem values.
func (s *Service) Import(ctx context.Context, kind, path string) (Result, error) {
	prog := common.NewProgress(s.em, "import-"+kind)
	in, err := s.load(ctx, kind, path, prog)
	if err != nil {
		return Result{}, err
	}
	var res Result
	err = s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		p, err := s.plan(ctx, tx, in, prog)
		if err != nil {
			return err
		}
		if len(p.preview.Problems) > 0 {
			return invalidError(p.preview)
		}
		if err := p.apply(ctx, tx, prog); err != nil {
			return err
		}
		res = Result{File: in.file, Kind: kind, New: p.preview.New, Updated: p.preview.Updated,
			Same: p.preview.Same, Counts: p.preview.Counts, Warnings: p.preview.Warnings}
		return nil
	})
	if err != nil {
		if ctx.Err() != nil {
			return Result{}, cancelled(ctx)
		}
		var ae *models.AppError
		if errors.As(err, &ae) {
			return Result{}, err
		}
		return Result{}, models.Internal(err)
	}
	prog.Finish("simpan", fmt.Sprintf("%d baru, %d diubah, %d sama.", res.New, res.Updated, res.Same))
	return res, nil
}

// invalidError is the refusal of an import with problems.
func invalidError(p Preview) error {
	details := make([]string, len(p.Problems))
	for i, pr := range p.Problems {
		details[i] = pr.Text
	}
	msg := fmt.Sprintf("Berkas %s memuat %d masalah; perbaiki dulu, tidak ada data yang disimpan.", p.File, len(p.Problems))
	e := models.NewError(models.ErrInvalid, "import.invalid", msg).WithDetails(details)
	e.Params = map[string]any{"problems": p.Problems, "file": p.File}
	return e
}

// cancelled is the error of a cancelled import or export.
func cancelled(ctx context.Context) error {
	return models.NewError(models.ErrCancelled, "cancelled", "Proses dibatalkan; tidak ada yang disimpan.").Wrap(ctx.Err())
}

// toProblem converts a reader problem to the DTO.
func toProblem(p xlsxutil.Problem) Problem {
	return Problem{File: p.File, Sheet: p.Sheet, Row: p.Row, Column: p.Column, Header: p.Header,
		Cell: p.Cell(), Value: p.Value, Message: p.Message, Text: p.String(), Code: p.Code}
}
