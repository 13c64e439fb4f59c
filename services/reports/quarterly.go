package reports

import (
	"context"
	"fmt"

	"sidamping/models"
	"sidamping/services/common"
	"sidamping/services/progress"
	"sidamping/services/xlsxutil"
)

// Sheet names of the quarterly workbook.
const (
	SheetRekap     = "Rekapitulasi"
	SheetRencana   = "Rencana Aksi"
	SheetRealisasi = "Realisasi Triwulan"
	SheetPotensi   = "Potensi Desa"
	SheetKarakter  = "Karakteristik"
	SheetMitra     = "Mitra"
	SheetPenerima  = "Penerima Manfaat"
)

// quarterly carries what every sheet of one quarterly workbook needs.
type quarterly struct {
	s        *Service
	ctx      context.Context
	w        *xlsxutil.Writer
	prog     *common.Progress
	year     int
	quarter  int
	from, to int // months of the quarter
	title    []string
	res      *Result
}

// Quarterly writes the Laporan Triwulan of year and quarter (1-4) to path.
func (s *Service) Quarterly(ctx context.Context, year, quarter int, path string) (Result, error) {
	if quarter < 1 || quarter > 4 {
		return Result{}, models.Invalid(CodeQuarter, "quarter", fmt.Sprintf("Triwulan %d tidak sah; pilih I sampai IV (1-4).", quarter))
	}
	if err := s.checkYear(ctx, year); err != nil {
		return Result{}, err
	}
	res := Result{Path: path, Rows: map[string]int{}}
	w, err := xlsxutil.NewWriter(ctx, path)
	if err != nil {
		return Result{}, err
	}
	defer w.Discard()
	q := &quarterly{s: s, ctx: ctx, w: w, prog: common.NewProgress(s.em, "export-quarterly"), year: year, quarter: quarter,
		from: quarter*3 - 2, to: quarter * 3, res: &res}
	end := common.BulanIndonesia[q.to-1]
	lastDay := []int{31, 30, 30, 31}[quarter-1]
	regency := s.profile(ctx).RegionTitle()
	q.title = []string{
		fmt.Sprintf("LAPORAN TRIWULAN %s TAHUN %d", common.Romawi(quarter), year),
		"Gerakan Satu Perangkat Daerah Satu Desa Dampingan" + ifNotEmpty(" — ", regency),
		fmt.Sprintf("Keadaan sampai dengan %d %s %d; dibuat %s", lastDay, end, year, common.Tanggal(s.clock.Now())),
	}
	steps := []struct {
		name string
		fn   func() (int, error)
	}{
		{SheetRekap, q.rekap}, {SheetRencana, q.rencana}, {SheetRealisasi, q.realisasi},
		{SheetPotensi, q.potensi}, {SheetKarakter, q.karakteristik}, {SheetMitra, q.mitra},
		{SheetPenerima, q.penerima}, {SheetOrphans, q.orphans},
	}
	for i, st := range steps {
		q.prog.Report(st.name, int64(i), int64(len(steps)+1))
		n, err := st.fn()
		if err != nil {
			return Result{}, exportError(ctx, err)
		}
		res.Sheets = append(res.Sheets, st.name)
		res.Rows[st.name] = n
	}
	q.prog.Report("simpan", int64(len(steps)), int64(len(steps)+1))
	if err := w.Save(); err != nil {
		return Result{}, exportError(ctx, err)
	}
	q.prog.Finish("selesai", fmt.Sprintf("Laporan Triwulan %s %d tersimpan.", common.Romawi(quarter), year))
	return res, nil
}

func ifNotEmpty(prefix, s string) string {
	if s == "" {
		return ""
	}
	return prefix + s
}

// repeatCols is how many first columns repeat on every printed page, per sheet.
var repeatCols = map[string]int{SheetRekap: 3, SheetRencana: 3, SheetRealisasi: 3, SheetPotensi: 3, SheetKarakter: 4,
	SheetMitra: 2, SheetPenerima: 3, SheetOrphans: 4}

// sheet starts a report sheet with the title block plus its own subtitle.
func (q *quarterly) sheet(name, subtitle string, cols []xlsxutil.Column) (*xlsxutil.SheetWriter, error) {
	title := append(append([]string{}, q.title...), subtitle)
	return q.w.AddSheetWith(name, title, cols, xlsxutil.SheetOptions{Print: printFor(repeatCols[name])})
}

// rekap writes one row per pairing: activities by status, budget and money by source,
// absorption, beneficiaries and mean progress as of the quarter's end.
func (q *quarterly) rekap() (int, error) {
	db := q.s.db.WithContext(q.ctx)
	pairs, err := loadPairings(db, q.year)
	if err != nil {
		return 0, err
	}
	acts, err := q.s.progress.Activities(q.ctx, progress.Filter{Year: q.year, Month: q.to})
	if err != nil {
		return 0, err
	}
	groups := map[uint]*progress.Group{}
	for _, a := range acts {
		if groups[a.PendampinganID] == nil {
			groups[a.PendampinganID] = &progress.Group{}
		}
		g := groups[a.PendampinganID]
		g.Activities++
		switch a.Status {
		case progress.StatusDone:
			g.Done++
		case progress.StatusRunning:
			g.Running++
		default:
			g.NotStarted++
		}
		if a.Behind {
			g.Behind++
		}
		g.Households += a.Households
		g.People += a.People
		g.Progress += a.Progress
	}
	budget, err := budgetBySource(db, q.year)
	if err != nil {
		return 0, err
	}
	cum, err := spentBySource(db, q.year, 1, q.to)
	if err != nil {
		return 0, err
	}
	inQ, err := spentBySource(db, q.year, q.from, q.to)
	if err != nil {
		return 0, err
	}
	sources := usedSources(budget, cum)
	cols := []xlsxutil.Column{integer("No"), text("Kecamatan", 20), text("Desa/Kelurahan", 24), text("Perangkat Daerah Pendamping", 36),
		integer("Jumlah Kegiatan"), integer("Belum Dimulai"), integer("Berjalan"), integer("Selesai"), integer("Terlambat"),
		rupiah("Anggaran (Rp)"), rupiah("Realisasi s.d. Triwulan (Rp)"), percent("Serapan"), rupiah("Realisasi Triwulan Ini (Rp)"),
		integer("RT Penerima Manfaat"), integer("Jiwa Penerima Manfaat"), percent("Rata-rata Progres Fisik")}

	for _, o := range sources {
		cols = append(cols, rupiah("Anggaran "+o.Label+" (Rp)"))
	}
	for _, o := range sources {
		cols = append(cols, rupiah("Realisasi "+o.Label+" (Rp)"))
	}
	sh, err := q.sheet(SheetRekap, "Rekapitulasi per Desa Dampingan", cols)
	if err != nil {
		return 0, err
	}
	totals := make([]int64, len(cols))
	var totalProgress float64
	for i, p := range pairs {
		g := groups[p.ID]
		if g == nil {
			g = &progress.Group{}
		}
		b, c, n := sum(budget[p.ID]), sum(cum[p.ID]), sum(inQ[p.ID])
		meanProg := ratio(g.Progress, float64(g.Activities)) / 100
		row := []any{i + 1, p.KecamatanName, p.DesaName, p.OPDName, g.Activities, g.NotStarted, g.Running, g.Done, g.Behind,
			b, c, ratio(float64(c), float64(b)), n, g.Households, g.People, meanProg}
		for _, o := range sources {
			row = append(row, budget[p.ID][o.Code])
		}
		for _, o := range sources {
			row = append(row, cum[p.ID][o.Code])
		}
		for j, v := range row {
			switch x := v.(type) {
			case int:
				totals[j] += int64(x)
			case int64:
				totals[j] += x
			}
		}
		totalProgress += meanProg
		if err := sh.WriteRow(row...); err != nil {
			return 0, err
		}
	}
	sums := map[int]any{}
	for j := 4; j < len(cols); j++ {
		sums[j] = totals[j]
	}
	first, last := sh.HeaderRow()+1, sh.NextRow()-1
	sums[11] = xlsxutil.Formula{Expr: fmt.Sprintf("IF(J%d=0,0,K%d/J%d)", last+1, last+1, last+1), Value: ratio(float64(totals[10]), float64(totals[9]))}
	sums[15] = xlsxutil.Formula{Expr: fmt.Sprintf("IFERROR(AVERAGE(P%d:P%d),0)", first, last), Value: ratio(totalProgress, float64(len(pairs)))}
	if _, err := sh.WriteTotals("Jumlah", 1, sums); err != nil {
		return 0, err
	}
	if _, err := sh.WriteSignature(q.s.signature(q.ctx)); err != nil {
		return 0, err
	}
	return len(pairs), nil
}

func sum(m map[string]int64) int64 {
	var t int64
	for _, v := range m {
		t += v
	}
	return t
}

// rencana writes every activity of the year's action plans.
func (q *quarterly) rencana() (int, error) {
	rows, err := loadPlanRows(q.ctx, q.s.db, q.year, 0)
	if err != nil {
		return 0, err
	}
	sh, err := q.sheet(SheetRencana, "Rencana Aksi Desa Dampingan", []xlsxutil.Column{integer("No"), text("Kecamatan", 18),
		text("Desa/Kelurahan", 22), text("Perangkat Daerah Pendamping", 30), text("Strategi", 30), text("Kegiatan", 45),
		text("Kelompok Sasaran", 22), decimal("Volume"), text("Satuan", 10), text("Bulan Pelaksanaan", 18),
		text("Pelaksana", 30), text("Mitra", 30), text("Indikator Keluaran", 30), text("Sumber Dana", 30), rupiah("Anggaran (Rp)")})
	if err != nil {
		return 0, err
	}
	var total int64
	for i, r := range rows {
		if i%500 == 0 && q.ctx.Err() != nil {
			return 0, q.ctx.Err()
		}
		total += r.Budget
		if err := sh.WriteRow(i+1, r.KecamatanName, r.DesaName, r.OPDName, models.OptionLabel(models.Strategies, r.Strategy), r.Name,
			models.OptionLabel(models.TargetGroups, r.TargetGroup), r.TargetVolume, r.TargetUnit, monthsText(r.PlannedMonths),
			r.Executor, r.Partners, r.OutputIndicator, sourcesText(r.Sources), r.Budget); err != nil {
			return 0, err
		}
	}
	_, err = sh.WriteTotals("Jumlah", 1, map[int]any{14: total})
	return len(rows), err
}

// realisasi writes every monthly entry of the quarter.
func (q *quarterly) realisasi() (int, error) {
	rows, err := loadEntries(q.ctx, q.s.db, q.year, q.from, q.to)
	if err != nil {
		return 0, err
	}
	sh, err := q.sheet(SheetRealisasi, fmt.Sprintf("Realisasi Kegiatan Bulan %s s.d. %s %d", common.BulanIndonesia[q.from-1], common.BulanIndonesia[q.to-1], q.year),
		[]xlsxutil.Column{integer("No"), text("Kecamatan", 18), text("Desa/Kelurahan", 22), text("Perangkat Daerah Pendamping", 30),
			text("Kegiatan", 45), text("Bulan", 10), text("Status", 14), decimal("Volume"), text("Satuan", 10),
			rupiah("Dana Terpakai (Rp)"), percent("Progres Fisik"), integer("RT Penerima"), integer("Jiwa Penerima"),
			text("Kendala", 40), text("Tindak Lanjut", 40)})
	if err != nil {
		return 0, err
	}
	var spent int64
	for i, r := range rows {
		if i%500 == 0 {
			if q.ctx.Err() != nil {
				return 0, q.ctx.Err()
			}
			q.prog.Report(SheetRealisasi, int64(i), int64(len(rows)))
		}
		spent += r.Spent
		if err := sh.WriteRow(i+1, r.KecamatanName, r.DesaName, r.OPDName, r.Name, common.BulanIndonesia[r.Month-1],
			models.OptionLabel(models.ActivityStatuses, r.Status), r.Volume, r.TargetUnit, r.Spent, r.Progress/100,
			r.Households, r.People, r.Kendala, r.TindakLanjut); err != nil {
			return 0, err
		}
	}
	_, err = sh.WriteTotals("Jumlah", 1, map[int]any{9: spent})
	return len(rows), err
}
