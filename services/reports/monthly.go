package reports

import (
	"context"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"sidamping/models"
	"sidamping/services/common"
	"sidamping/services/progress"
	"sidamping/services/xlsxutil"
)

// Layouts of the monthly report.
const (
	LayoutLong       = "satu-lembar" // one long sheet with every pairing
	LayoutPerPairing = "per-desa"    // one sheet per pairing
)

// SheetBulanan is the sheet of the one-sheet layout.
const SheetBulanan = "Laporan Bulanan"

// Monthly writes the Laporan Bulanan (the monthly progress SiLAP Online asks for) of
// year and month to path: every activity with this month's realisation and the
// cumulative state, on one long sheet or one sheet per pairing.
func (s *Service) Monthly(ctx context.Context, year, month int, layout, path string) (Result, error) {
	if month < 1 || month > 12 {
		return Result{}, models.Invalid(CodeMonth, "month", fmt.Sprintf("Bulan %d tidak sah; pilih 1 sampai 12.", month))
	}
	if layout == "" {
		layout = LayoutLong
	}
	if layout != LayoutLong && layout != LayoutPerPairing {
		return Result{}, models.Invalid(CodeLayout, "layout", fmt.Sprintf("Tata letak %q tidak dikenal; pilih %s atau %s.", layout, LayoutLong, LayoutPerPairing))
	}
	if err := s.checkYear(ctx, year); err != nil {
		return Result{}, err
	}
	prog := common.NewProgress(s.em, "export-monthly")
	acts, err := s.progress.Activities(ctx, progress.Filter{Year: year, Month: month})
	if err != nil {
		return Result{}, exportError(ctx, err)
	}
	entries, err := loadEntries(ctx, s.db, year, month, month)
	if err != nil {
		return Result{}, exportError(ctx, err)
	}
	byActivity := map[uint]entryRow{}
	for _, e := range entries {
		byActivity[e.KegiatanID] = e
	}
	w, err := xlsxutil.NewWriter(ctx, path)
	if err != nil {
		return Result{}, err
	}
	defer w.Discard()
	res := Result{Path: path, Rows: map[string]int{}}
	title := []string{
		fmt.Sprintf("LAPORAN BULANAN %s %d", strings.ToUpper(common.BulanIndonesia[month-1]), year),
		"Gerakan Satu Perangkat Daerah Satu Desa Dampingan" + ifNotEmpty(" — ", s.profile(ctx).RegionTitle()),
		"Dibuat " + common.Tanggal(s.clock.Now()),
	}
	wide := layout == LayoutLong
	sig := s.signature(ctx)
	var sh *xlsxutil.SheetWriter
	var cur uint
	n, used := 0, map[string]bool{}
	var tot monthTotals
	for i, a := range acts {
		if i%200 == 0 {
			if ctx.Err() != nil {
				return Result{}, exportError(ctx, ctx.Err())
			}
			prog.Report("tulis", int64(i), int64(len(acts)))
		}
		if sh == nil || (!wide && a.PendampinganID != cur) {
			if sh != nil {
				if err := tot.write(sh, wide, sig); err != nil {
					return Result{}, exportError(ctx, err)
				}
				res.Rows[sh.Name()] = n
			}
			name, sub := SheetBulanan, "Seluruh desa dampingan"
			if !wide {
				name = sheetName(a.DesaName, used)
				sub = fmt.Sprintf("Desa %s, Kec. %s — %s", a.DesaName, a.KecamatanName, a.OPDName)
			}
			sh, err = w.AddSheetWith(name, append(append([]string{}, title...), sub), monthlyColumns(wide), xlsxutil.SheetOptions{Print: monthlyPrint(wide)})
			if err != nil {
				return Result{}, exportError(ctx, err)
			}
			res.Sheets = append(res.Sheets, name)
			cur, n, tot = a.PendampinganID, 0, monthTotals{}
		}
		n++
		e := byActivity[a.ID]
		row := []any{n}
		if wide {
			row = append(row, a.KecamatanName, a.DesaName, a.OPDName)
		}
		row = append(row, a.Name, a.TargetVolume, a.TargetUnit, a.Budget, e.Volume, e.Spent, a.Spent,
			ratio(float64(a.Spent), float64(a.Budget)), a.Progress/100, models.OptionLabel(models.ActivityStatuses, statusOf(a, e)),
			a.Households, a.People, e.Kendala, e.TindakLanjut)
		tot.budget += a.Budget
		tot.month += e.Spent
		tot.cum += a.Spent
		if err := sh.WriteRow(row...); err != nil {
			return Result{}, exportError(ctx, err)
		}
	}
	if sh == nil { // no activities at all: an empty sheet with its header
		if sh, err = w.AddSheetWith(SheetBulanan, title, monthlyColumns(true), xlsxutil.SheetOptions{Print: monthlyPrint(true)}); err != nil {
			return Result{}, exportError(ctx, err)
		}
		res.Sheets = append(res.Sheets, SheetBulanan)
	}
	if err := tot.write(sh, wide, sig); err != nil {
		return Result{}, exportError(ctx, err)
	}
	res.Rows[sh.Name()] = n
	if err := w.Save(); err != nil {
		return Result{}, exportError(ctx, err)
	}
	prog.Finish("selesai", fmt.Sprintf("Laporan Bulanan %s %d tersimpan.", common.BulanIndonesia[month-1], year))
	return res, nil
}

// statusOf is the month's status as typed, else derived from the cumulative progress.
func statusOf(a progress.ActivityStat, e entryRow) string {
	if e.Status != "" {
		return e.Status
	}
	return a.Status
}

type monthTotals struct{ budget, month, cum int64 }

// monthlyPrint repeats No, Kecamatan and Desa (one long sheet) or No and Kegiatan (a
// sheet per village) on every printed page.
func monthlyPrint(wide bool) *xlsxutil.PrintSetup {
	if wide {
		return printFor(3)
	}
	return printFor(2)
}

// write ends a sheet with its totals row (money columns and the absorption ratio) and
// the signature block.
func (t monthTotals) write(sh *xlsxutil.SheetWriter, wide bool, sig xlsxutil.Signature) error {
	off := 0
	if wide {
		off = 3
	}
	row := sh.NextRow()
	budgetCol, _ := columnLetter(off + 4)
	cumCol, _ := columnLetter(off + 7)
	_, err := sh.WriteTotals("Jumlah", 1, map[int]any{
		off + 4: t.budget, off + 6: t.month, off + 7: t.cum,
		off + 8: xlsxutil.Formula{Expr: fmt.Sprintf("IF(%s%d=0,0,%s%d/%s%d)", budgetCol, row, cumCol, row, budgetCol, row),
			Value: ratio(float64(t.cum), float64(t.budget))},
	})
	if err != nil {
		return err
	}
	_, err = sh.WriteSignature(sig)
	return err
}

func monthlyColumns(wide bool) []xlsxutil.Column {
	cols := []xlsxutil.Column{integer("No")}
	if wide {
		cols = append(cols, text("Kecamatan", 18), text("Desa/Kelurahan", 22), text("Perangkat Daerah Pendamping", 30))
	}
	return append(cols, text("Kegiatan", 45), decimal("Target Volume"), text("Satuan", 10), rupiah("Anggaran (Rp)"),
		decimal("Volume Bulan Ini"), rupiah("Dana Bulan Ini (Rp)"), rupiah("Dana Kumulatif (Rp)"), percent("Serapan"),
		percent("Progres Fisik"), text("Status", 14), integer("RT Penerima"), integer("Jiwa Penerima"),
		text("Kendala", 40), text("Tindak Lanjut", 40))
}

// sheetName makes a unique, valid sheet name (at most 31 characters, no []:*?/\).
func sheetName(s string, used map[string]bool) string {
	s = strings.Map(func(r rune) rune {
		if strings.ContainsRune(`[]:*?/\`, r) {
			return '-'
		}
		return r
	}, s)
	if utf8.RuneCountInString(s) > 28 {
		s = string([]rune(s)[:28])
	}
	name := s
	for i := 2; used[strings.ToLower(name)]; i++ {
		name = fmt.Sprintf("%s %d", s, i)
	}
	used[strings.ToLower(name)] = true
	return name
}

// columnLetter gives the letter of a 0-based column index.
func columnLetter(i int) (string, error) { return excelize.ColumnNumberToName(i + 1) }
