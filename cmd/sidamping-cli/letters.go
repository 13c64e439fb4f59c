package main

import (
	"flag"
	"fmt"
	"path/filepath"
	"strings"

	"sidamping/models"
	"sidamping/services/letters"
	"sidamping/services/pairing"
	"sidamping/services/profile"
)

type letterOpts struct {
	year  *int
	opd   *string
	out   *string
	paper *string
	date  *string
	force *bool
	kind  *string // --format: pdf or docx
}

type pairingsOpts struct {
	year *int
	out  *string
}

func init() {
	commands = append(commands,
		&command{name: "letter", args: []string{"decree|assignment"},
			summary: "terbitkan Keputusan Bupati (decree) atau Surat Tugas satu OPD (assignment) ke --out BERKAS.pdf",
			flags: func(fs *flag.FlagSet) any {
				return &letterOpts{
					year:  fs.Int("year", 0, "tahun program (wajib)"),
					opd:   fs.String("opd", "", "kode perangkat daerah (untuk assignment)"),
					out:   fs.String("out", "", "berkas PDF yang dibuat (wajib)"),
					paper: fs.String("paper", "F4", "ukuran kertas: F4 atau A4"),
					date:  fs.String("date", "", "tanggal surat YYYY-MM-DD (bawaan: hari ini)"),
					force: fs.Bool("force-date", false, "terima tanggal surat yang berjarak lebih dari setahun dari tahun program"),
					kind:  fs.String("format", "pdf", "berkas --out: pdf, atau docx (salinan Word untuk diperiksa; PDF tetap diarsipkan)"),
				}
			},
			run: runLetter},
		&command{name: "pairings", args: []string{"export"},
			summary: "ekspor pendampingan satu tahun ke --out BERKAS.xlsx",
			flags: func(fs *flag.FlagSet) any {
				return &pairingsOpts{year: fs.Int("year", 0, "tahun program (wajib)"), out: fs.String("out", "", "berkas .xlsx yang dibuat (wajib)")}
			},
			run: runPairings},
	)
}

func runLetter(e *env, opts any, args []string) (output, error) {
	o := opts.(*letterOpts)
	if *o.year == 0 || *o.out == "" {
		return output{}, usagef("letter: --year dan --out wajib diisi")
	}
	req := letters.Request{Year: *o.year, Paper: *o.paper, Date: *o.date, ForceDate: *o.force}
	format := strings.ToLower(strings.TrimSpace(*o.kind))
	if format != "pdf" && format != "docx" {
		return output{}, usagef("letter: --format %q tidak dikenal (pdf atau docx)", *o.kind)
	}
	switch args[0] {
	case "decree":
		req.Type = models.SuratKeputusan
	case "assignment":
		req.Type = models.SuratTugas
		if *o.opd == "" {
			return output{}, usagef("letter assignment: --opd KODE wajib diisi")
		}
	default:
		return output{}, usagef("letter: jenis %q tidak dikenal (decree atau assignment)", args[0])
	}
	db, rep, err := e.openDB(false)
	if err != nil {
		return output{}, err
	}
	defer models.Close(db)
	if req.Type == models.SuratTugas {
		var opd models.OPD
		if err := db.WithContext(e.ctx).Where("code = ?", *o.opd).First(&opd).Error; err != nil {
			return output{}, models.NotFound("cli.opd_unknown", fmt.Sprintf("Perangkat daerah berkode %s tidak ditemukan.", *o.opd))
		}
		req.OPDID = opd.ID
	}
	svc := letters.New(db, e.clock, filepath.Dir(e.dbPath))
	issue := svc.IssueTo
	if format == "docx" {
		issue = svc.IssueDocxTo
	}
	l, err := issue(e.ctx, req, *o.out)
	if err != nil {
		if ae := models.AsAppError(err); ae.Code == letters.CodeDateFar {
			ae.Details = append(ae.Details, "Tambahkan --force-date bila tanggal itu memang benar.")
			return output{}, ae
		}
		return output{}, err
	}
	out := output{
		data: map[string]any{"number": l.Number, "id": l.ID, "subject": l.Subject, "out": *o.out, "archive": l.PDFPath, "shortCode": l.ShortCode},
		text: fmt.Sprintf("Surat nomor %s diterbitkan: %s\nPDF: %s (arsip: %s)", l.Number, l.Subject, *o.out, l.PDFPath),
	}
	if format == "docx" {
		out.data["format"] = format
		out.text = fmt.Sprintf("Surat nomor %s diterbitkan: %s\nWord: %s (PDF asli di arsip: %s)", l.Number, l.Subject, *o.out, l.PDFPath)
	}
	bootNote(rep, &out)
	return out, nil
}

func runPairings(e *env, opts any, args []string) (output, error) {
	o := opts.(*pairingsOpts)
	if args[0] != "export" {
		return output{}, usagef("pairings: perintah %q tidak dikenal (export)", args[0])
	}
	if *o.year == 0 || *o.out == "" {
		return output{}, usagef("pairings export: --year dan --out wajib diisi")
	}
	db, rep, err := e.openDB(false)
	if err != nil {
		return output{}, err
	}
	defer models.Close(db)
	p, err := profile.New(db, e.clock).Get(e.ctx)
	if err != nil {
		return output{}, err
	}
	n, err := pairing.New(db, e.clock).Export(e.ctx, *o.year, p.RegionTitle(), *o.out)
	if err != nil {
		return output{}, err
	}
	out := output{
		data: map[string]any{"year": *o.year, "rows": n, "out": *o.out},
		text: fmt.Sprintf("%d desa prioritas tahun %d diekspor ke %s.", n, *o.year, *o.out),
	}
	bootNote(rep, &out)
	return out, nil
}
