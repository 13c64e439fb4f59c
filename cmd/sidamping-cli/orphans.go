package main

import (
	"flag"
	"fmt"
	"path/filepath"
	"strings"

	"sidamping/models"
	"sidamping/services/orphans"
)

// The orphans registry's commands:
//
//	sidamping-cli import orphans|fosters BERKAS [--json]
//	sidamping-cli orphans summary --year TAHUN [--json]
//	sidamping-cli export orphans --out BERKAS.xlsx [--named]
//
// The imports print {"ok","imported","errors":[{"row","column",...}]} and exit 1 with
// nothing saved when any row is wrong (the dispatch lives in runImport, households.go;
// the export in runExport, reports.go).
func init() {
	commands = append(commands,
		&command{name: "orphans", args: []string{"summary"},
			summary: "ringkasan anak yatim per desa dampingan (jumlah saja, tanpa nama)",
			flags:   func(fs *flag.FlagSet) any { return fs.Int("year", 0, "tahun program (wajib)") },
			run:     runOrphansSummary},
	)
}

// orphansService opens the registry on the command's database.
func (e *env) orphansService() (*orphans.Service, func(), error) {
	db, _, err := e.openDB(false)
	if err != nil {
		return nil, nil, err
	}
	svc := orphans.New(db, e.clock, filepath.Dir(e.dbPath))
	svc.Channel = "cli"
	return svc, func() { models.Close(db) }, nil
}

// RunImportOrphans imports children (kind orphans) or foster parents (kind fosters).
func RunImportOrphans(e *env, kind, file string) (output, error) {
	svc, done, err := e.orphansService()
	if err != nil {
		return output{}, err
	}
	defer done()
	res, err := svc.Import(e.ctx, orphans.ImportInput{File: file, Kind: kind})
	errs := make([]map[string]any, 0, len(res.Errors))
	for _, p := range res.Errors {
		errs = append(errs, map[string]any{"file": p.File, "sheet": p.Sheet, "row": p.Row, "column": p.Column,
			"header": p.Header, "value": p.Value, "message": p.Message})
	}
	out := output{data: map[string]any{"file": res.File, "kind": kind, "ok": err == nil, "imported": res.Imported, "errors": errs}}
	what := map[string]string{orphans.KindChildren: "anak", orphans.KindFosters: "orang tua asuh"}[kind]
	if err == nil {
		out.text = fmt.Sprintf("%s: %d %s diimpor.", res.File, res.Imported, what)
	} else {
		var b strings.Builder
		for _, p := range res.Errors[:min(len(res.Errors), 30)] {
			b.WriteString("\n  - " + p.Text)
		}
		out.text = strings.TrimPrefix(b.String(), "\n")
	}
	return out, err
}

func runOrphansSummary(e *env, opts any, args []string) (output, error) {
	year := *opts.(*int)
	if args[0] != "summary" {
		return output{}, usagef("orphans: subperintah %q tidak dikenal (yang ada: summary)", args[0])
	}
	if year == 0 {
		return output{}, usagef("orphans summary: --year wajib diisi")
	}
	svc, done, err := e.orphansService()
	if err != nil {
		return output{}, err
	}
	defer done()
	counts, err := svc.Counts(e.ctx, svc.YearPeriod(year))
	if err != nil {
		return output{}, err
	}
	villages := make([]map[string]any, 0, len(counts))
	var b strings.Builder
	fmt.Fprintf(&b, "Anak yatim di desa dampingan tahun %d:\n%-14s %-22s %5s %5s %5s %5s %7s %7s %7s", year,
		"Kode", "Desa", "Anak", "Ytm", "Ptu", "YP", "Diasuh", "Belum", "Asesmen")
	var tot [7]int
	for _, c := range counts {
		villages = append(villages, map[string]any{"code": c.Code, "desa": c.Desa, "kecamatan": c.Kecamatan, "children": c.Children,
			"yatim": c.Yatim, "piatu": c.Piatu, "yatim_piatu": c.YatimPiatu, "matched": c.Matched, "unmatched": c.Unmatched,
			"assessment_due": c.AssessmentDue})
		fmt.Fprintf(&b, "\n%-14s %-22s %5d %5d %5d %5d %7d %7d %7d", c.Code, c.Desa, c.Children, c.Yatim, c.Piatu, c.YatimPiatu,
			c.Matched, c.Unmatched, c.AssessmentDue)
		for i, v := range []int{c.Children, c.Yatim, c.Piatu, c.YatimPiatu, c.Matched, c.Unmatched, c.AssessmentDue} {
			tot[i] += v
		}
	}
	fmt.Fprintf(&b, "\n%-14s %-22s %5d %5d %5d %5d %7d %7d %7d", "Jumlah", "", tot[0], tot[1], tot[2], tot[3], tot[4], tot[5], tot[6])
	return output{data: map[string]any{"year": year, "villages": villages}, text: b.String()}, nil
}

// runExportOrphans writes the registry workbook: counts per village, and with named
// the list of children (marked RAHASIA, recorded in the export log).
func runExportOrphans(e *env, path string, named bool) (output, error) {
	svc, done, err := e.orphansService()
	if err != nil {
		return output{}, err
	}
	defer done()
	res, err := svc.Export(e.ctx, orphans.ExportInput{Path: path, Named: named})
	if err != nil {
		return output{}, err
	}
	text := fmt.Sprintf("Rekap anak yatim (%d desa, %d anak, jumlah saja) ditulis ke %s.", res.Villages, res.Children, res.Path)
	if named {
		text = fmt.Sprintf("Daftar anak yatim BERNAMA (%d anak, RAHASIA; dicatat di log ekspor) ditulis ke %s.", res.Children, res.Path)
	}
	return output{data: map[string]any{"path": res.Path, "named": res.Named, "children": res.Children, "villages": res.Villages}, text: text}, nil
}
