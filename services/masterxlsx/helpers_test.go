package masterxlsx

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
	"gorm.io/gorm"

	"sidamping/models"
	"sidamping/services/common"
	"sidamping/services/master"
	"sidamping/services/testutil"
)

// sheet is one sheet of a test workbook: rows of strings, numbers or nil.
type sheet struct {
	name string
	rows [][]any
}

// writeBook writes a workbook with the given sheets into dir and returns its path.
// Strings are written as text cells, numbers as number cells (as Excel would keep a
// code typed without a leading apostrophe).
func writeBook(t *testing.T, dir, name string, sheets ...sheet) string {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	for i, sh := range sheets {
		if i == 0 {
			if err := f.SetSheetName("Sheet1", sh.name); err != nil {
				t.Fatal(err)
			}
		} else if _, err := f.NewSheet(sh.name); err != nil {
			t.Fatal(err)
		}
		for r, row := range sh.rows {
			for c, v := range row {
				if v == nil {
					continue
				}
				ref, _ := excelize.CoordinatesToCellName(c+1, r+1)
				if err := f.SetCellValue(sh.name, ref, v); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
	path := filepath.Join(dir, name)
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	return path
}

// env is a fresh database with the services a test needs.
type env struct {
	db     *gorm.DB
	svc    *Service
	master *master.Service
	rec    *common.Recorder
	dir    string
	ctx    context.Context
}

var testNow = time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC)

func newEnv(t *testing.T) *env {
	t.Helper()
	db := testutil.NewDB(t)
	clock := common.FixedClock{T: testNow}
	rec := &common.Recorder{}
	return &env{db: db, svc: New(db, clock, rec), master: master.New(db, clock), rec: rec,
		dir: testutil.TempDir(t), ctx: context.Background()}
}

// seed adds two kecamatan, three villages, one OPD and the active year 2026 with one
// priority village.
func (e *env) seed(t *testing.T) {
	t.Helper()
	k1, err := e.master.SaveKecamatan(e.ctx, master.KecamatanInput{Code: "33.20.01", Name: "Kedung"})
	if err != nil {
		t.Fatal(err)
	}
	k2, err := e.master.SaveKecamatan(e.ctx, master.KecamatanInput{Code: "33.20.02", Name: "Pecangaan"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.master.AddYear(e.ctx, 2026, ""); err != nil {
		t.Fatal(err)
	}
	for _, d := range []master.DesaInput{
		{Code: "33.20.01.2001", Name: "Bugel", KecamatanID: k1.ID, Population: 4210, Households: 1310, PoorHouseholds: 312, PovertyPct: 23.82, IDMStatus: "Berkembang", Year: 2026, Priority: true},
		{Code: "33.20.01.1002", Name: "Kedungwaru", KecamatanID: k1.ID, Population: 6120, Households: 1802, PoorHouseholds: 150, IDMStatus: "Maju"},
		{Code: "33.20.02.2001", Name: "Lebuawu", KecamatanID: k2.ID, Population: 3900, Households: 1100, PoorHouseholds: 98, Year: 2026, Continuation: true},
	} {
		if _, err := e.master.SaveDesa(e.ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := e.master.SaveOPD(e.ctx, models.OPD{Code: "1.02.01", Name: "Dinas Kesehatan", Abbreviation: "Dinkes", Kind: "Dinas",
		HeadName: "dr. Sri Wahyuni, M.Kes", HeadRank: "Pembina Utama Muda (IV/c)", HeadNIP: "197001012000032001",
		Address: "Jl. Kartini No. 1", Phone: "0291-591234", Email: "dinkes@contoh.go.id"}); err != nil {
		t.Fatal(err)
	}
}

// counts returns the number of rows in kecamatan, desa, opd.
func (e *env) counts(t *testing.T) [3]int64 {
	t.Helper()
	return [3]int64{testutil.Count(t, e.db, "kecamatan"), testutil.Count(t, e.db, "desa"), testutil.Count(t, e.db, "opd")}
}

func (e *env) desa(t *testing.T, code string) models.Desa {
	t.Helper()
	var d models.Desa
	if err := e.db.Preload("Kecamatan").Where("code = ?", code).First(&d).Error; err != nil {
		t.Fatalf("desa %s: %v", code, err)
	}
	return d
}

// problemsOf returns the problems an import refused with.
func problemsOf(t *testing.T, err error) []Problem {
	t.Helper()
	var ae *models.AppError
	if !errors.As(err, &ae) || ae.Code != "import.invalid" {
		t.Fatalf("want an import.invalid AppError, got %v", err)
	}
	ps, _ := ae.Params["problems"].([]Problem)
	if len(ps) == 0 || len(ae.Details) != len(ps) {
		t.Fatalf("problems = %v, details = %v", ps, ae.Details)
	}
	return ps
}

// findProblem returns the problem whose message contains text.
func findProblem(t *testing.T, ps []Problem, text string) Problem {
	t.Helper()
	for _, p := range ps {
		if strings.Contains(p.Message, text) {
			return p
		}
	}
	t.Fatalf("no problem contains %q; got %+v", text, ps)
	return Problem{}
}

func appCode(err error) string {
	var ae *models.AppError
	if errors.As(err, &ae) {
		return ae.Code
	}
	return ""
}
