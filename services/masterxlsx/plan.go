package masterxlsx

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"gorm.io/gorm"

	"sidamping/models"
	"sidamping/services/common"
	"sidamping/services/xlsxutil"
)

// plan is what an import would do: the preview shown to the user and the changes.
type plan struct {
	in      *input
	preview Preview
	kec     []*kecChange
	desa    []*desaChange
	opd     []*opdChange
	rows    map[string][]*PreviewRow // entity -> preview rows, in file order
}

// rowKey locates a row of the file.
type rowKey struct {
	sheet string
	row   int
}

// plan compares the file with the database (db may be a transaction).
func (s *Service) plan(ctx context.Context, db *gorm.DB, in *input, prog *common.Progress) (*plan, error) {
	p := &plan{in: in, rows: map[string][]*PreviewRow{}}
	p.preview = Preview{File: in.file, Kind: in.kind, Sheets: in.sheets, Problems: []Problem{}, Warnings: []Problem{}, Rows: []PreviewRow{}}
	for _, sm := range in.sheets {
		if sm.Entity != "" && p.preview.Sheet == "" {
			p.preview.Sheet, p.preview.Columns = sm.Name, sm.Columns
		}
	}
	for _, r := range in.reads {
		p.preview.Problems = append(p.preview.Problems, toProblem(r))
	}
	for _, w := range in.warns {
		p.preview.Warnings = append(p.preview.Warnings, toProblem(w))
	}
	total := 0
	for _, ts := range in.tables {
		for _, t := range ts {
			total += len(t.Records)
		}
	}
	tick := newTicker(ctx, prog, "periksa", total)
	var err error
	switch in.kind {
	case KindWilayah:
		err = p.planWilayah(db, tick)
	case KindOPD:
		err = p.planOPD(db, tick)
	}
	if err != nil {
		if ctx.Err() != nil {
			return nil, cancelled(ctx)
		}
		var ae *models.AppError
		if errors.As(err, &ae) {
			return nil, err
		}
		return nil, models.Internal(err)
	}
	p.finish()
	return p, nil
}

// ticker reports progress and checks for cancellation while rows are checked.
type ticker struct {
	ctx   context.Context
	prog  *common.Progress
	stage string
	done  int64
	total int64
}

func newTicker(ctx context.Context, prog *common.Progress, stage string, total int) *ticker {
	return &ticker{ctx: ctx, prog: prog, stage: stage, total: int64(total)}
}

// next counts one row and returns an error when the work was cancelled.
func (t *ticker) next() error {
	t.done++
	if t.done%50 == 0 || t.done == t.total || t.done == 1 {
		t.prog.Report(t.stage, t.done, t.total)
		if t.ctx.Err() != nil {
			return cancelled(t.ctx)
		}
	}
	return nil
}

// problem records a problem on a cell of field key (or on the whole row when the file
// has no such column).
func (p *plan) problem(t *xlsxutil.Table, row int, key, value, msg string) {
	pr := xlsxutil.Problem{File: t.File, Sheet: t.Sheet, Row: row, Value: value, Message: msg}
	if hc, ok := t.Header.Cell(key); ok {
		pr.Column, pr.Header = hc.Letter, hc.Text
	}
	p.preview.Problems = append(p.preview.Problems, toProblem(pr))
}

// fieldProblems turns the field errors of a master.Validate* call into problems placed
// on the matching cells. It returns true when there was any error.
func (p *plan) fieldProblems(t *xlsxutil.Table, rec xlsxutil.Record, err error) bool {
	if err == nil {
		return false
	}
	var ae *models.AppError
	if !errors.As(err, &ae) || len(ae.Fields) == 0 {
		p.problem(t, rec.Row, "", "", err.Error())
		return true
	}
	for _, f := range t.Fields {
		if msg, ok := ae.Fields[f.Key]; ok && !rec.Bad[f.Key] {
			p.problem(t, rec.Row, f.Key, rec.Get(f.Key), msg)
		}
	}
	return true
}

// where names a row for duplicate messages ("baris 4" or "lembar Desa baris 4").
func where(t *xlsxutil.Table, k rowKey) string {
	if k.sheet != t.Sheet {
		return fmt.Sprintf("lembar %s baris %d", k.sheet, k.row)
	}
	return fmt.Sprintf("baris %d", k.row)
}

// addRow adds a preview row for entity and returns it, so its action can be set later.
func (p *plan) addRow(entity string, t *xlsxutil.Table, row int, values map[string]string) *PreviewRow {
	r := &PreviewRow{Row: row, Sheet: t.Sheet, Entity: entity, Values: values}
	p.rows[entity] = append(p.rows[entity], r)
	return r
}

// finish marks the rows with problems as "galat", orders the rows (kecamatan, desa,
// opd) and counts.
func (p *plan) finish() {
	bad := map[rowKey]bool{}
	for _, pr := range p.preview.Problems {
		bad[rowKey{pr.Sheet, pr.Row}] = true
	}
	for _, ent := range []string{entKecamatan, entDesa, entOPD} {
		rows := p.rows[ent]
		if len(rows) == 0 {
			continue
		}
		c := EntityCount{Entity: ent}
		for _, r := range rows {
			if bad[rowKey{r.Sheet, r.Row}] || r.Action == "" {
				r.Action = ActionError
			}
			switch r.Action {
			case ActionNew:
				c.New++
			case ActionUpdate:
				c.Updated++
			case ActionSame:
				c.Same++
			}
			p.preview.Rows = append(p.preview.Rows, *r)
		}
		p.preview.Counts = append(p.preview.Counts, c)
		p.preview.New += c.New
		p.preview.Updated += c.Updated
		p.preview.Same += c.Same
	}
}

// apply saves the changes; the caller holds the transaction.
func (p *plan) apply(ctx context.Context, tx *gorm.DB, prog *common.Progress) error {
	tick := newTicker(ctx, prog, "simpan", len(p.kec)+len(p.desa)+len(p.opd))
	if err := p.applyWilayah(tx, tick); err != nil {
		return err
	}
	return p.applyOPD(tx, tick)
}

// diff appends label to changed when a and b differ.
func diff(changed []string, label string, a, b any) []string {
	if fmt.Sprint(a) != fmt.Sprint(b) {
		return append(changed, label)
	}
	return changed
}

// clean folds white space like the master forms do.
func clean(s string) string { return models.CleanText(s) }

// sameText compares names regardless of case and spacing.
func sameText(a, b string) bool { return strings.EqualFold(clean(a), clean(b)) }
