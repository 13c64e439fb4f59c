package opdreport

import (
	"context"
	"errors"
	"fmt"
	"math"
	"strings"
	"time"

	"gorm.io/gorm"

	"sidamping/models"
	"sidamping/services/common"
	"sidamping/services/realization"
	"sidamping/services/xlsxutil"
)

// reader turns the records of the data sheet into activity-month groups, recording a
// problem for every bad cell.
type reader struct {
	t     *xlsxutil.Table
	c     *checked
	meta  meta
	opdID uint
	now   time.Time
	bad   bool // the current row has a problem
}

// problem records a problem on a cell of field key in row.
func (r *reader) problem(row int, key, value, msg string) {
	hc, _ := r.t.Header.Cell(key)
	r.c.preview.Problems = append(r.c.preview.Problems, toProblem(xlsxutil.Problem{File: r.t.File, Sheet: r.t.Sheet, Row: row,
		Column: hc.Letter, Header: hc.Text, Value: value, Message: msg}))
	r.bad = true
}

// filled are the fields an OPD types; a row with none of them is an untouched row.
var filled = []string{"status", "volume", "amount", "progress", "households", "people", "kendala", "tindak"}

func (r *reader) readRows(ctx context.Context, db *gorm.DB) error {
	// The activities the file names, as they are now.
	var ids []uint
	for _, rec := range r.t.Records {
		if id, ok := parseCode(rec.Get("code")); ok {
			ids = append(ids, id)
		}
	}
	current := map[uint]activity{}
	if len(ids) > 0 {
		acts, err := loadActivities(ctx, db, 0, 0, ids)
		if err != nil {
			return err
		}
		for _, a := range acts {
			current[a.ID] = a
		}
	}
	existing, err := existingMonths(ctx, db, ids)
	if err != nil {
		return err
	}
	groups := map[[2]uint]*group{}
	seen := map[dupKey]dupRow{}
	for _, rec := range r.t.Records {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		r.bad = rec.Bad != nil
		blank := true
		for _, k := range filled {
			if rec.Get(k) != "" {
				blank = false
			}
		}
		if blank {
			r.c.preview.Blank++
			continue
		}
		row := rec.Row
		pr := PreviewRow{Row: row, Code: rec.Get("code"), Desa: rec.Get("desa"), Activity: rec.Get("name")}
		a, ok := r.activity(rec, current)
		month, okMonth := parseMonth(rec.Get("month"))
		if !okMonth {
			v := rec.Get("month")
			msg := fmt.Sprintf("Bulan %q tidak dikenal; pilih Januari sampai Desember dari daftar.", v)
			if v == "" {
				msg = "Bulan wajib diisi."
			}
			r.problem(row, "month", v, msg)
		}
		pr.Month = month
		in := realization.EntryInput{KegiatanID: a.ID, Year: r.meta.Year, Month: month}
		if v := rec.Get("status"); v != "" {
			if code, ok := matchOption(models.ActivityStatuses, v); ok {
				in.Status = code
			} else {
				r.problem(row, "status", v, fmt.Sprintf("Status %q tidak dikenal; pilih dari daftar.", v))
			}
		}
		in.Volume = r.decimal(rec, "volume", "Volume realisasi", 0, math.Inf(1))
		in.Progress = r.decimal(rec, "progress", "Progres fisik", 0, 100)
		pr.Progress = in.Progress
		in.Households = int(r.integer(rec, "households", "RT penerima"))
		in.People = int(r.integer(rec, "people", "Jiwa penerima"))
		amount := r.integer(rec, "amount", "Dana terpakai")
		pr.Amount = amount
		src := ""
		if v := rec.Get("source"); v != "" {
			var ok bool
			if src, ok = matchOption(models.FundingSources, v); !ok {
				r.problem(row, "source", v, fmt.Sprintf("Sumber dana %q tidak dikenal; pilih dari daftar.", v))
			}
		} else if amount > 0 {
			r.problem(row, "source", "", "Sumber dana wajib dipilih bila dana terpakai diisi.")
		}
		pr.Source = models.OptionLabel(models.FundingSources, src)
		in.Kendala, in.TindakLanjut = rec.Get("kendala"), rec.Get("tindak")
		if okMonth && a.ID != 0 {
			if msg := r.futureMonth(month); msg != "" {
				r.problem(row, "month", rec.Get("month"), msg)
			}
		}
		if ok && okMonth {
			r.checkDuplicate(seen, dupKey{a.ID, month, src}, rec)
		}
		if r.bad || !ok {
			pr.Action = ActionError
			r.c.preview.Rows = append(r.c.preview.Rows, pr)
			continue
		}
		key := [2]uint{a.ID, uint(month)}
		g := groups[key]
		if g == nil {
			g = &group{firstRow: row, in: in}
			groups[key] = g
			r.c.groups = append(r.c.groups, g)
		} else {
			g.in.Volume += in.Volume
			g.in.Progress = math.Max(g.in.Progress, in.Progress)
			g.in.Households = max(g.in.Households, in.Households)
			g.in.People = max(g.in.People, in.People)
			if in.Status != "" {
				g.in.Status = in.Status
			}
			g.in.Kendala = joinText(g.in.Kendala, in.Kendala)
			g.in.TindakLanjut = joinText(g.in.TindakLanjut, in.TindakLanjut)
		}
		if amount > 0 {
			mergeMoney(&g.in, src, amount)
		}
		pr.Action = ActionNew
		if existing[key] {
			pr.Action = ActionUpdate
		}
		g.rows = append(g.rows, len(r.c.preview.Rows))
		r.c.preview.Rows = append(r.c.preview.Rows, pr)
	}
	// Whole entries are checked by the same rules as the form.
	p := &r.c.preview
	for _, g := range r.c.groups {
		if err := realization.Validate(&g.in, r.meta.Year, r.now); err != nil {
			var ae *models.AppError
			if !errors.As(err, &ae) {
				return err
			}
			for field, msg := range ae.Fields {
				r.problem(g.firstRow, fieldColumn[field], "", msg)
			}
			for _, i := range g.rows {
				p.Rows[i].Action = ActionError
			}
			continue
		}
		p.Entries++
		if p.Rows[g.rows[0]].Action == ActionUpdate {
			p.Updated++
		} else {
			p.New++
		}
		for _, m := range g.in.Money {
			p.Amount += m.Amount
		}
	}
	return nil
}

// dupKey is what one row of the template stands for: an activity, a month and a
// funding source (money of several sources takes several rows).
type dupKey struct {
	id     uint
	month  int
	source string
}

// dupRow is the first row seen for a key, and its place in the preview.
type dupRow struct{ row, index int }

// checkDuplicate refuses a second row for the same activity, month and funding source
// (a row copied twice would otherwise be summed silently), naming both rows; the first
// is marked as an error too. It is called before the row is added to the preview.
func (r *reader) checkDuplicate(seen map[dupKey]dupRow, k dupKey, rec xlsxutil.Record) {
	idx := len(r.c.preview.Rows)
	first, dup := seen[k]
	if !dup {
		seen[k] = dupRow{row: rec.Row, index: idx}
		return
	}
	src := "tanpa sumber dana"
	if k.source != "" {
		src = "sumber dana " + models.OptionLabel(models.FundingSources, k.source)
	}
	r.problem(rec.Row, "code", rec.Get("code"), fmt.Sprintf(
		"Baris %d dan baris %d sama-sama memuat kegiatan %s bulan %s dengan %s (baris tersalin dua kali?); hapus salah satu atau gabungkan isinya menjadi satu baris.",
		first.row, rec.Row, ActivityCode(k.id), common.BulanIndonesia[k.month-1], src))
	r.c.preview.Rows[first.index].Action = ActionError
}

// fieldColumn maps realization.Validate's field names to template columns.
var fieldColumn = map[string]string{"month": "month", "progress": "progress", "money": "amount", "volume": "volume",
	"beneficiaries": "households", "status": "status"}

// activity resolves the row's code and checks that the activity still is what the
// template showed; ok is false (with a problem recorded) otherwise.
func (r *reader) activity(rec xlsxutil.Record, current map[uint]activity) (activity, bool) {
	v := rec.Get("code")
	id, ok := parseCode(v)
	if !ok {
		msg := fmt.Sprintf("Kode kegiatan %q tidak sah; kode berbentuk K000123 dan tidak boleh diubah.", v)
		if v == "" {
			msg = "Kode kegiatan kosong; salin baris kegiatan beserta kodenya."
		}
		r.problem(rec.Row, "code", v, msg)
		return activity{}, false
	}
	fp, inTemplate := r.meta.Fingerprints[id]
	a, exists := current[id]
	name := rec.Get("name")
	switch {
	case !inTemplate:
		r.problem(rec.Row, "code", v, fmt.Sprintf("Kegiatan %s tidak dikenal: tidak termasuk dalam templat ini.", v))
	case !exists:
		r.problem(rec.Row, "code", v, fmt.Sprintf("Kegiatan %s (%s) sudah dihapus dari rencana aksi sejak templat dibuat.", v, name))
	case a.Year != r.meta.Year || a.OPDID != r.opdID:
		r.problem(rec.Row, "code", v, fmt.Sprintf("Kegiatan %s (%s) bukan kegiatan %s tahun %d.", v, a.Name, r.meta.OPDName, r.meta.Year))
	case a.fingerprint() != fp:
		r.problem(rec.Row, "code", v, fmt.Sprintf(
			"Kegiatan %s (%s) telah diubah di SiDamping sejak templat dibuat (%s); buat templat baru agar target dan anggarannya sesuai.", v, a.Name, r.meta.Created))
	default:
		return a, true
	}
	return activity{}, false
}

// decimal reads a decimal field between lo and hi ("" is 0).
func (r *reader) decimal(rec xlsxutil.Record, key, label string, lo, hi float64) float64 {
	if rec.Bad[key] {
		return 0
	}
	v := rec.Get(key)
	x, err := xlsxutil.ParseDecimal(label, v)
	switch {
	case err != nil:
		r.problem(rec.Row, key, v, err.Error())
	case x < lo:
		r.problem(rec.Row, key, v, fmt.Sprintf("%s %s tidak boleh negatif.", label, v))
	case x > hi:
		r.problem(rec.Row, key, v, fmt.Sprintf("%s %s melebihi %g; isi 0 sampai %g.", label, v, hi, hi))
	default:
		return x
	}
	return 0
}

// integer reads a whole, non-negative number ("" is 0).
func (r *reader) integer(rec xlsxutil.Record, key, label string) int64 {
	if rec.Bad[key] {
		return 0
	}
	v := rec.Get(key)
	n, err := xlsxutil.ParseInt(label, v)
	switch {
	case err != nil:
		r.problem(rec.Row, key, v, strings.TrimSuffix(err.Error(), ".")+"; isi angka tanpa huruf.")
	case n < 0:
		r.problem(rec.Row, key, v, fmt.Sprintf("%s %s tidak boleh negatif.", label, common.Angka(n)))
	default:
		return n
	}
	return 0
}

// futureMonth refuses a month that has not started yet.
func (r *reader) futureMonth(month int) string {
	y := r.meta.Year
	if y > r.now.Year() || (y == r.now.Year() && month > int(r.now.Month())) {
		return fmt.Sprintf("Bulan %s %d belum berjalan; realisasi hanya dapat dilaporkan sampai bulan ini.", common.BulanIndonesia[month-1], y)
	}
	return ""
}

func joinText(a, b string) string {
	switch {
	case b == "" || strings.Contains(a, b):
		return a
	case a == "":
		return b
	}
	return a + "; " + b
}

// existingMonths tells which activity-months already have an entry.
func existingMonths(ctx context.Context, db *gorm.DB, ids []uint) (map[[2]uint]bool, error) {
	out := map[[2]uint]bool{}
	if len(ids) == 0 {
		return out, nil
	}
	var rows []struct {
		KegiatanID uint
		Month      int
	}
	if err := db.WithContext(ctx).Raw(`SELECT kegiatan_id, month FROM realisasi WHERE kegiatan_id IN ?`, ids).Scan(&rows).Error; err != nil {
		return nil, err
	}
	for _, r := range rows {
		out[[2]uint{r.KegiatanID, uint(r.Month)}] = true
	}
	return out, nil
}
