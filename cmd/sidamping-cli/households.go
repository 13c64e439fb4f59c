package main

import (
	"flag"
	"fmt"
	"path/filepath"
	"strings"

	"sidamping/models"
	"sidamping/services/common"
	"sidamping/services/households"
	"sidamping/services/opdreport"
)

// The household registry's commands register themselves in the command table:
//
//	sidamping-cli import households BERKAS... [--file BERKAS ...] [--source auto|dtks|p3ke|dtsen]
//	              [--edition NAMA] [--mode reject|skip] [--report BERKAS.xlsx] [--json]
//	sidamping-cli households compare --from NAMA --to NAMA --out BERKAS.xlsx [--unmask] [--json]
//	sidamping-cli households movement --from NAMA --to NAMA [--by beneficiaries] [--json]
//
// The import prints {"edition","rows_read","imported","skipped","errors":[...],"flagged":[...],
// "notes":[...]} (with --json) and exits 0, or 1 with the same object when the file is
// rejected; the notes (a report that could not be written, rows flagged) are in the text
// output too, whatever the outcome; nothing is
// committed on a rejection, a failure or an interruption (Ctrl+C or a killed process).
func init() {
	commands = append(commands,
		&command{name: "import", args: []string{"households|opd-report|orphans|fosters|boundaries", "BERKAS..."}, variadic: true,
			summary: "impor data keluarga (households: DTKS/P3KE/DTSEN .xlsx/.csv, beberapa berkas = satu edisi), laporan realisasi OPD (opd-report, beberapa berkas sekaligus), anak yatim (orphans), orang tua asuh (fosters) atau batas desa GeoJSON untuk peta (boundaries)",
			flags:   importHouseholdsFlags, run: runImport},
		&command{name: "households", args: []string{"compare|movement|editions|edition"}, variadic: true,
			summary: "bandingkan dua edisi data keluarga (compare: daftar ke .xlsx; movement: perpindahan keluarga desil 1-2 per desa); daftar edisi (editions); hapus, arsipkan atau pulihkan edisi (edition delete|restore NAMA)",
			flags:   compareHouseholdsFlags, run: runCompareHouseholds},
	)
}

// fileList is a repeatable --file flag.
type fileList []string

func (f *fileList) String() string     { return strings.Join(*f, ",") }
func (f *fileList) Set(v string) error { *f = append(*f, v); return nil }

type importHouseholdsOpts struct {
	files                         fileList
	source, edition, mode, report *string
	year, month                   *int    // opd-report: the year and month being collected
	opd                           *string // opd-report: the agency expected
}

func importHouseholdsFlags(fs *flag.FlagSet) any {
	o := &importHouseholdsOpts{
		source:  fs.String("source", "auto", "sumber data: auto, dtks, p3ke, dtsen atau lainnya"),
		edition: fs.String("edition", "", "nama edisi (bawaan: nama berkas pertama)"),
		mode:    fs.String("mode", households.ModeReject, "reject: tolak bila ada baris salah; skip: lewati baris salah"),
		report:  fs.String("report", "", "tulis baris yang dilewati ke berkas .xlsx ini"),
		year:    fs.Int("year", 0, "opd-report: tahun yang dilaporkan (templat tahun lain ditolak)"),
		month:   fs.Int("month", 0, "opd-report: bulan yang dikumpulkan (templat bulan lain ditolak)"),
		opd:     fs.String("opd", "", "opd-report: kode perangkat daerah (templat OPD lain ditolak)"),
	}
	fs.Var(&o.files, "file", "berkas tambahan untuk edisi yang sama (boleh berulang)")
	return o
}

func runImport(e *env, opts any, args []string) (output, error) {
	o := opts.(*importHouseholdsOpts)
	switch args[0] {
	case "households":
	case "opd-report":
		files := append(append([]string{}, args[1:]...), o.files...)
		return runImportOPDReports(e, files, opdreport.ImportOptions{Year: *o.year, Month: *o.month, OPDCode: *o.opd})
	case "boundaries":
		if len(args) != 2 {
			return output{}, usagef("import boundaries: berikan tepat satu BERKAS .geojson")
		}
		return runImportBoundaries(e, args[1], *o.year)
	case "orphans", "fosters":
		if len(args) != 2 {
			return output{}, usagef("import %s: berikan tepat satu BERKAS", args[0])
		}
		return RunImportOrphans(e, args[0], args[1])
	default:
		return output{}, usagef("import: yang dapat diimpor hanya \"households\", \"opd-report\", \"orphans\", \"fosters\" atau \"boundaries\", bukan %q", args[0])
	}
	files := append(append([]string{}, args[1:]...), o.files...)
	return RunImportHouseholds(e, files, *o.source, *o.edition, *o.mode, *o.report)
}

// RunImportHouseholds imports files as one edition and builds the command's output: the
// summary object for --json and a short text for people. A rejected import returns the
// same object with the error (exit 1).
func RunImportHouseholds(e *env, files []string, source, edition, mode, report string) (output, error) {
	if edition == "" {
		name := baseName(files[0])
		edition = strings.TrimSuffix(name, filepath.Ext(name))
	}
	db, _, err := e.openDB(false)
	if err != nil {
		return output{}, err
	}
	defer models.Close(db)
	svc := households.New(db, e.clock, common.NopEmitter{}, nil)
	res, err := svc.Import(e.ctx, households.ImportInput{Files: files, Source: source, Edition: edition, Mode: mode, ReportPath: report})
	out := output{data: map[string]any{"edition": res.Edition, "source": res.Source, "rows_read": res.RowsRead,
		"imported": res.Imported, "families": res.Families, "skipped": res.Skipped, "error_count": res.ErrorCount,
		"errors": rowErrorsJSON(res.Errors), "flagged": rowErrorsJSON(res.Flagged), "flagged_count": res.FlaggedCount,
		"notes": append([]string{}, res.Notes...), "seconds": res.Seconds}}
	if res.ErrorReport != "" {
		out.data["error_report"] = res.ErrorReport
	}
	out.text = importText(res, err == nil)
	return out, err
}

// rowErrorsJSON is the JSON form of located rows (errors and flagged rows).
func rowErrorsJSON(rows []households.RowError) []map[string]any {
	out := make([]map[string]any, 0, len(rows))
	for _, x := range rows {
		out = append(out, map[string]any{"file": x.File, "sheet": x.Sheet, "row": x.Row, "column": x.Column,
			"value": x.Value, "code": x.Code, "message": x.Message})
	}
	return out
}

// importText is the import's text output: the summary when it succeeded, then (always)
// its notes, the rows kept with a temporary NIK and the report's place.
func importText(res households.ImportResult, ok bool) string {
	var b strings.Builder
	if ok {
		fmt.Fprintf(&b, "Edisi %q (%s): %d baris dibaca, %d anggota dari %d keluarga diimpor, %d baris dilewati (%.1f detik).",
			res.Edition, res.Source, res.RowsRead, res.Imported, res.Families, res.Skipped, res.Seconds)
		for _, x := range res.Errors[:min(len(res.Errors), 20)] {
			b.WriteString("\n  - " + x.Text())
		}
	}
	for _, n := range res.Notes {
		b.WriteString("\nCatatan: " + n)
	}
	if res.FlaggedCount > 0 {
		fmt.Fprintf(&b, "\nNIK sementara (%d baris):", res.FlaggedCount)
		for _, x := range res.Flagged[:min(len(res.Flagged), 20)] {
			b.WriteString("\n  - " + x.Text())
		}
	}
	if res.ErrorReport != "" {
		b.WriteString("\nLaporan galat: " + res.ErrorReport)
	}
	return strings.TrimPrefix(b.String(), "\n")
}

type compareHouseholdsOpts struct {
	from, to, out, by *string
	unmask            *bool
	archive           *bool // edition delete --archive
}

func compareHouseholdsFlags(fs *flag.FlagSet) any {
	return &compareHouseholdsOpts{
		from:    fs.String("from", "", "nama edisi lama (wajib)"),
		to:      fs.String("to", "", "nama edisi baru (wajib)"),
		out:     fs.String("out", "", "berkas .xlsx yang ditulis (wajib)"),
		unmask:  fs.Bool("unmask", false, "tulis NIK dan No KK lengkap (data pribadi)"),
		by:      fs.String("by", "", "movement: \"beneficiaries\" memisah tiap angka menjadi keluarga penerima dan bukan penerima"),
		archive: fs.Bool("archive", false, "edition delete: arsipkan ke berkas terkompresi di samping basis data, bukan menghapus"),
	}
}

func runCompareHouseholds(e *env, opts any, args []string) (output, error) {
	o := opts.(*compareHouseholdsOpts)
	switch args[0] {
	case "editions", "edition":
		return runEditions(e, args, *o.archive)
	case "compare":
		if len(args) > 1 {
			return output{}, usagef("households compare: argumen berlebih: %s", strings.Join(args[1:], " "))
		}
	case "movement":
		if *o.from == "" || *o.to == "" {
			return output{}, usagef("households movement: --from dan --to wajib diisi")
		}
		if *o.by != "" && *o.by != "beneficiaries" {
			return output{}, usagef("households movement: --by hanya menerima \"beneficiaries\", bukan %q", *o.by)
		}
		return RunMovement(e, *o.from, *o.to, *o.by == "beneficiaries")
	default:
		return output{}, usagef("households: subperintah %q tidak dikenal (yang ada: compare, movement, editions, edition)", args[0])
	}
	if *o.from == "" || *o.to == "" || *o.out == "" {
		return output{}, usagef("households compare: --from, --to dan --out wajib diisi")
	}
	return RunCompareHouseholds(e, *o.from, *o.to, *o.out, *o.unmask)
}

// RunCompareHouseholds compares two editions by name and writes the workbook.
func RunCompareHouseholds(e *env, from, to, path string, unmask bool) (output, error) {
	db, _, err := e.openDB(false)
	if err != nil {
		return output{}, err
	}
	defer models.Close(db)
	svc := households.New(db, e.clock, common.NopEmitter{}, nil)
	a, err := svc.EditionByName(e.ctx, from)
	if err != nil {
		return output{}, err
	}
	b, err := svc.EditionByName(e.ctx, to)
	if err != nil {
		return output{}, err
	}
	c, err := svc.ExportCompare(e.ctx, a.ID, b.ID, path, unmask)
	if err != nil {
		return output{}, err
	}
	return output{
		data: map[string]any{"from": a.Name, "to": b.Name, "out": path, "families_in": c.FamiliesIn, "families_out": c.FamiliesOut,
			"desil_changed": c.DesilChanged, "members_in": c.MembersIn, "members_out": c.MembersOut},
		text: fmt.Sprintf("%s → %s: keluarga masuk %d, keluar %d, desil berubah %d; individu masuk %d, keluar %d. Daftar: %s",
			a.Name, b.Name, c.FamiliesIn, c.FamiliesOut, c.DesilChanged, c.MembersIn, c.MembersOut, path),
	}, nil
}

// baseName is filepath.Base for either separator.
func baseName(p string) string {
	if i := strings.LastIndexAny(p, `/\`); i >= 0 {
		return p[i+1:]
	}
	return p
}
