package main

import (
	"flag"
	"fmt"
	"strings"

	"sidamping/models"
	"sidamping/services/opdreport"
	"sidamping/services/reports"
)

type exportOpts struct {
	year, quarter, month *int
	layout, out          *string
	named                *bool
}

type templateOpts struct {
	year  *int
	opd   *string
	month *int
	out   *string
}

func init() {
	commands = append(commands,
		&command{name: "export", args: []string{"quarterly|monthly|orphans"},
			summary: "tulis Laporan Triwulan (--quarter 1-4), Laporan Bulanan (--month 1-12) atau registri anak yatim (orphans, --named untuk daftar bernama) ke --out BERKAS.xlsx",
			flags: func(fs *flag.FlagSet) any {
				return &exportOpts{
					year:    fs.Int("year", 0, "tahun program (wajib)"),
					quarter: fs.Int("quarter", 0, "triwulan 1-4 (untuk quarterly)"),
					month:   fs.Int("month", 0, "bulan 1-12 (untuk monthly)"),
					layout:  fs.String("layout", reports.LayoutLong, "monthly: satu-lembar atau per-desa"),
					out:     fs.String("out", "", "berkas .xlsx yang dibuat (wajib)"),
					named:   fs.Bool("named", false, "orphans: sertakan daftar anak bernama (RAHASIA, dicatat di log ekspor)"),
				}
			},
			run: runExport},
		&command{name: "template", args: []string{"opd"},
			summary: "buat templat laporan realisasi untuk satu OPD (--opd KODE) ke --out BERKAS.xlsx",
			flags: func(fs *flag.FlagSet) any {
				return &templateOpts{
					year:  fs.Int("year", 0, "tahun program (wajib)"),
					opd:   fs.String("opd", "", "kode perangkat daerah (wajib)"),
					month: fs.Int("month", 0, "bulan yang diisi (bawaan: semua bulan)"),
					out:   fs.String("out", "", "berkas .xlsx yang dibuat (wajib)"),
				}
			},
			run: runTemplate},
	)
}

func runExport(e *env, opts any, args []string) (output, error) {
	o := opts.(*exportOpts)
	if args[0] == "orphans" {
		if *o.out == "" {
			return output{}, usagef("export orphans: --out wajib diisi")
		}
		return runExportOrphans(e, *o.out, *o.named)
	}
	if *o.year == 0 || *o.out == "" {
		return output{}, usagef("export: --year dan --out wajib diisi")
	}
	kind := args[0]
	switch kind {
	case "quarterly":
		if *o.quarter == 0 {
			return output{}, usagef("export quarterly: --quarter 1-4 wajib diisi")
		}
	case "monthly":
		if *o.month == 0 {
			return output{}, usagef("export monthly: --month 1-12 wajib diisi")
		}
	default:
		return output{}, usagef("export: jenis %q tidak dikenal (quarterly, monthly atau orphans)", kind)
	}
	db, rep, err := e.openDB(false)
	if err != nil {
		return output{}, err
	}
	defer models.Close(db)
	svc := reports.New(db, e.clock, nil)
	var res reports.Result
	if kind == "quarterly" {
		res, err = svc.Quarterly(e.ctx, *o.year, *o.quarter, *o.out)
	} else {
		res, err = svc.Monthly(e.ctx, *o.year, *o.month, *o.layout, *o.out)
	}
	if err != nil {
		return output{}, err
	}
	out := output{
		data: map[string]any{"path": res.Path, "sheets": res.Sheets, "rows": res.Rows},
		text: fmt.Sprintf("Laporan ditulis ke %s (lembar: %v).", res.Path, res.Sheets),
	}
	bootNote(rep, &out)
	return out, nil
}

func runTemplate(e *env, opts any, args []string) (output, error) {
	o := opts.(*templateOpts)
	if args[0] != "opd" {
		return output{}, usagef("template: jenis %q tidak dikenal (opd)", args[0])
	}
	if *o.year == 0 || *o.opd == "" || *o.out == "" {
		return output{}, usagef("template opd: --year, --opd dan --out wajib diisi")
	}
	db, rep, err := e.openDB(false)
	if err != nil {
		return output{}, err
	}
	defer models.Close(db)
	res, err := opdreport.New(db, e.clock, nil).Template(e.ctx, *o.year, *o.opd, *o.month, *o.out)
	if err != nil {
		return output{}, err
	}
	out := output{
		data: map[string]any{"path": res.Path, "opd": res.OPDCode, "year": res.Year, "activities": res.Activities},
		text: fmt.Sprintf("Templat %s tahun %d (%d kegiatan) ditulis ke %s.", res.OPDName, res.Year, res.Activities, res.Path),
	}
	bootNote(rep, &out)
	return out, nil
}

// runImportOPDReports imports filled OPD realisation templates, each file on its own:
// one result line per file; exit 1 when any file was refused (the others are saved).
func runImportOPDReports(e *env, files []string, opt opdreport.ImportOptions) (output, error) {
	db, rep, err := e.openDB(false)
	if err != nil {
		return output{}, err
	}
	defer models.Close(db)
	res := opdreport.New(db, e.clock, nil).ImportMany(e.ctx, files, opt)
	if len(res) == 1 { // one file: its result or its error, as before
		r := res[0]
		if !r.OK {
			return output{}, &models.AppError{Code: r.Code, Message: r.Message, Details: r.Details}
		}
		out := output{
			data: map[string]any{"file": r.Result.File, "entries": r.Result.Entries, "new": r.Result.New, "updated": r.Result.Updated, "amount": r.Result.Amount},
			text: fmt.Sprintf("Laporan realisasi %s diimpor: %d entri (%d baru, %d diperbarui).", r.Result.File, r.Result.Entries, r.Result.New, r.Result.Updated),
		}
		bootNote(rep, &out)
		return out, nil
	}
	lines := make([]string, len(res))
	refused := 0
	for i, r := range res {
		lines[i] = r.Line
		if !r.OK {
			refused++
		}
	}
	out := output{data: map[string]any{"files": res, "imported": len(res) - refused, "refused": refused},
		text: strings.Join(lines, "\n")}
	bootNote(rep, &out)
	if refused > 0 {
		return out, models.NewError(models.ErrInvalid, "opdreport.some_refused",
			fmt.Sprintf("%d dari %d berkas ditolak; berkas lain sudah disimpan.", refused, len(res)))
	}
	return out, nil
}
