package masterxlsx

import (
	"context"
	"fmt"

	"sidamping/models"
	"sidamping/services/common"
	"sidamping/services/xlsxutil"
)

// Entities, as named in PreviewRow.Entity and SheetMap.Entity.
const (
	entKecamatan = "kecamatan"
	entDesa      = "desa"
	entOPD       = "opd"
)

// input is a workbook read into tables, before it is compared with the database.
type input struct {
	file   string
	kind   string
	tables map[string][]*xlsxutil.Table // entity -> the sheets holding it
	sheets []SheetMap
	reads  []xlsxutil.Problem // header problems and cells rejected while reading
	warns  []xlsxutil.Problem // mapped columns with nothing readable
}

// role is an entity a sheet may hold, with its columns.
type role struct {
	entity string
	fields []xlsxutil.Field
}

// roles lists, per import kind, the entities a sheet may hold, tried in this order.
var roles = map[string][]role{
	KindWilayah: {{entDesa, desaFields}, {entKecamatan, kecamatanFields}},
	KindOPD:     {{entOPD, opdFields}},
}

// load opens path and reads every sheet whose header it recognises.
func (s *Service) load(ctx context.Context, kind, path string, prog *common.Progress) (*input, error) {
	rs, ok := roles[kind]
	if !ok {
		return nil, models.Invalid("import.unknown_kind", "kind", fmt.Sprintf("Jenis impor %q tidak dikenal; pilih wilayah atau opd.", kind))
	}
	wb, err := xlsxutil.Open(path)
	if err != nil {
		return nil, err
	}
	defer wb.Close()
	in := &input{file: wb.Name, kind: kind, tables: map[string][]*xlsxutil.Table{}}
	var firstSheet string
	for _, name := range wb.Sheets() {
		sh, err := wb.ReadSheet(ctx, name, func(n int) { prog.Report("baca", int64(n), 0) })
		if err != nil {
			return nil, err
		}
		if len(sh.Rows) == 0 {
			continue
		}
		if firstSheet == "" {
			firstSheet = name
		}
		sm := SheetMap{Name: name}
		if entity, t := pickTable(sh, rs); t != nil {
			in.tables[entity] = append(in.tables[entity], t)
			in.reads = append(in.reads, t.Problems...)
			in.warns = append(in.warns, t.Warnings...)
			sm.Entity, sm.HeaderRow, sm.Columns = entity, t.Header.Row, columnMaps(t)
			for _, u := range t.Header.Unknown() {
				sm.Ignored = append(sm.Ignored, u.Letter+" ("+u.Text+")")
			}
		}
		in.sheets = append(in.sheets, sm)
	}
	if len(in.tables) == 0 {
		if firstSheet == "" {
			return nil, models.NewError(models.ErrInvalid, "xlsx.no_data",
				fmt.Sprintf("Berkas %s tidak berisi data: semua lembarnya kosong.", wb.Name))
		}
		return nil, noHeader(in, wb.Name, rs[0].fields)
	}
	return in, nil
}

// pickTable reads sh as the first role whose header is complete, else as the first
// role whose header was partly recognised (its missing columns become problems).
func pickTable(sh *xlsxutil.Sheet, rs []role) (string, *xlsxutil.Table) {
	var partial *xlsxutil.Table
	entity := ""
	for _, r := range rs {
		t, ok := sh.Table(xlsxutil.NewMatcher(r.fields))
		switch {
		case !ok:
		case len(t.Header.Missing) == 0:
			return r.entity, t
		case partial == nil:
			partial, entity = t, r.entity
		}
	}
	return entity, partial
}

// noHeader is the error for a workbook where no sheet has a recognisable header.
func noHeader(in *input, file string, fields []xlsxutil.Field) error {
	m := xlsxutil.NewMatcher(fields)
	var details []string
	var first error
	for _, sm := range in.sheets {
		e := xlsxutil.NoHeaderError(file, sm.Name, xlsxutil.HeaderScanRows, m.RequiredLabels())
		if first == nil {
			first = e
		}
		details = append(details, e.Message)
	}
	e := first.(*models.AppError)
	return e.WithDetails(details)
}

// columnMaps lists the matched columns of a table.
func columnMaps(t *xlsxutil.Table) []ColumnMap {
	var out []ColumnMap
	for _, f := range t.Fields {
		if hc, ok := t.Header.Cell(f.Key); ok {
			out = append(out, ColumnMap{Field: f.Key, Label: f.Label, Header: hc.Text, Column: hc.Letter})
		}
	}
	return out
}
