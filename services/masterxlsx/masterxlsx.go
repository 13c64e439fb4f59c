// Package masterxlsx imports the kecamatan/village list and the OPD list from Excel with
// tolerant header matching and a preview, and exports the master lists to styled workbooks.
package masterxlsx

import (
	"context"
	"errors"

	"gorm.io/gorm"

	"sidamping/services/common"
)

// Kinds of master list.
const (
	KindWilayah = "wilayah" // kecamatan and desa/kelurahan
	KindOPD     = "opd"
)

// Problem is one thing wrong with the file, located by file, sheet, row and column.
type Problem struct {
	File    string `json:"file"`
	Sheet   string `json:"sheet"`
	Row     int    `json:"row"`
	Column  string `json:"column"`
	Value   string `json:"value"`
	Message string `json:"message"`
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
	Row    int               `json:"row"`
	Action string            `json:"action"` // baru, ubah, sama, galat
	Values map[string]string `json:"values"`
}

// Preview is what the user sees before anything is saved.
type Preview struct {
	File     string       `json:"file"`
	Kind     string       `json:"kind"`
	Sheet    string       `json:"sheet"`
	Columns  []ColumnMap  `json:"columns"`
	Rows     []PreviewRow `json:"rows"`
	Problems []Problem    `json:"problems"`
	New      int          `json:"new"`
	Updated  int          `json:"updated"`
	Same     int          `json:"same"`
}

// Result counts what an import saved.
type Result struct {
	File    string `json:"file"`
	Kind    string `json:"kind"`
	New     int    `json:"new"`
	Updated int    `json:"updated"`
	Same    int    `json:"same"`
}

// Service imports and exports master lists.
type Service struct {
	db    *gorm.DB
	clock common.Clock
	em    common.Emitter
}

// New builds the service.
func New(db *gorm.DB, clock common.Clock, em common.Emitter) *Service {
	return &Service{db: db, clock: clock, em: em}
}

var errTODO = errors.New("belum dibuat")

// Preview reads path and reports what an import would do, saving nothing.
func (s *Service) Preview(ctx context.Context, kind, path string) (Preview, error) {
	return Preview{}, errTODO
}

// Import reads path again and saves it in one transaction, or nothing when any problem exists.
func (s *Service) Import(ctx context.Context, kind, path string) (Result, error) {
	return Result{}, errTODO
}

// Export writes the list of kind ("kecamatan", "desa" or "opd") to path.
func (s *Service) Export(ctx context.Context, list, path string) error { return errTODO }
