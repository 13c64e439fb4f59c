package main

import (
	"flag"
	"fmt"
	"path/filepath"
	"sort"
	"strings"

	"sidamping/models"
	"sidamping/services/letters"
	"sidamping/services/pairing"
	"sidamping/services/profile"
)

type letterOpts struct {
	year   *int
	opd    *string
	out    *string
	paper  *string
	date   *string
	force  *bool
	all    *bool
	format *string
}

// letterFormat writes issued letters in one file format (--format). A writer gets the
// request (type, year, OPD for one Surat Tugas) and --out, issues the letter(s) and says
// what it wrote.
type letterFormat struct {
	// one issues one letter (a decree, or one OPD's Surat Tugas) into out.
	one func(e *env, svc *letters.Service, req letters.Request, out string) (output, error)
	// all issues the Surat Tugas of every paired OPD without one (--all) into out.
	all func(e *env, svc *letters.Service, req letters.Request, out string) (output, error)
}

// letterFormats are the formats `letter` writes, by --format name. PDF is here; another
// format (the Word file, "docx") registers itself in its own file's init.
var letterFormats = map[string]letterFormat{
	"pdf": {one: issueOnePDF, all: issueAllPDF},
}

type registerOpts struct {
	year *int
	out  *string
}

type pairingsOpts struct {
	year *int
	out  *string
}

func init() {
	commands = append(commands,
		&command{name: "letter", args: []string{"decree|assignment"},
			summary: "terbitkan Keputusan Bupati (decree) atau Surat Tugas satu OPD (assignment; --all: semua OPD dalam satu PDF) ke --out BERKAS.pdf",
			flags: func(fs *flag.FlagSet) any {
				return &letterOpts{
					year:   fs.Int("year", 0, "tahun program (wajib)"),
					opd:    fs.String("opd", "", "kode perangkat daerah (untuk assignment)"),
					out:    fs.String("out", "", "berkas PDF yang dibuat (wajib)"),
					paper:  fs.String("paper", "F4", "ukuran kertas: F4 atau A4"),
					date:   fs.String("date", "", "tanggal surat YYYY-MM-DD (bawaan: hari ini)"),
					force:  fs.Bool("force-date", false, "terima tanggal surat yang berjarak lebih dari setahun dari tahun program"),
					all:    fs.Bool("all", false, "assignment: Surat Tugas semua OPD yang belum memilikinya, dalam satu berkas urut lampiran"),
					format: fs.String("format", "pdf", "format berkas --out"),
				}
			},
			run: runLetter},
		&command{name: "letters", args: []string{"register"},
			summary: "ekspor buku agenda surat keluar satu tahun ke --out BERKAS.xlsx",
			flags: func(fs *flag.FlagSet) any {
				return &registerOpts{year: fs.Int("year", 0, "tahun program (wajib)"), out: fs.String("out", "", "berkas .xlsx yang dibuat (wajib)")}
			},
			run: runRegister},
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
	format, ok := letterFormats[strings.ToLower(*o.format)]
	if !ok {
		var names []string
		for n := range letterFormats {
			names = append(names, n)
		}
		sort.Strings(names)
		return output{}, usagef("letter: format %q tidak dikenal (%s)", *o.format, strings.Join(names, ", "))
	}
	req := letters.Request{Year: *o.year, Paper: *o.paper, Date: *o.date, ForceDate: *o.force}
	switch args[0] {
	case "decree":
		req.Type = models.SuratKeputusan
		if *o.all {
			return output{}, usagef("letter decree: --all hanya untuk assignment")
		}
	case "assignment":
		req.Type = models.SuratTugas
		if *o.opd == "" && !*o.all {
			return output{}, usagef("letter assignment: --opd KODE atau --all wajib diisi")
		}
		if *o.opd != "" && *o.all {
			return output{}, usagef("letter assignment: pilih --opd KODE atau --all, bukan keduanya")
		}
	default:
		return output{}, usagef("letter: jenis %q tidak dikenal (decree atau assignment)", args[0])
	}
	db, rep, err := e.openDB(false)
	if err != nil {
		return output{}, err
	}
	defer models.Close(db)
	if req.Type == models.SuratTugas && !*o.all {
		var opd models.OPD
		if err := db.WithContext(e.ctx).Where("code = ?", *o.opd).First(&opd).Error; err != nil {
			return output{}, models.NotFound("cli.opd_unknown", fmt.Sprintf("Perangkat daerah berkode %s tidak ditemukan.", *o.opd))
		}
		req.OPDID = opd.ID
	}
	svc := letters.New(db, e.clock, filepath.Dir(e.dbPath))
	write := format.one
	if *o.all {
		write = format.all
	}
	if write == nil {
		return output{}, usagef("letter: format %s tidak mendukung pilihan ini", *o.format)
	}
	out, err := write(e, svc, req, *o.out)
	if err != nil {
		if ae := models.AsAppError(err); ae.Code == letters.CodeDateFar {
			ae.Details = append(ae.Details, "Tambahkan --force-date bila tanggal itu memang benar.")
			return output{}, ae
		}
		return output{}, err
	}
	bootNote(rep, &out)
	return out, nil
}

func issueOnePDF(e *env, svc *letters.Service, req letters.Request, out string) (output, error) {
	l, err := svc.IssueTo(e.ctx, req, out)
	if err != nil {
		return output{}, err
	}
	return output{
		data: map[string]any{"number": l.Number, "id": l.ID, "subject": l.Subject, "out": out, "archive": l.PDFPath, "shortCode": l.ShortCode},
		text: fmt.Sprintf("Surat nomor %s diterbitkan: %s\nPDF: %s (arsip: %s)", l.Number, l.Subject, out, l.PDFPath),
	}, nil
}

func issueAllPDF(e *env, svc *letters.Service, req letters.Request, out string) (output, error) {
	issued, _, err := svc.IssueAllAssignments(e.ctx, req, out)
	if err != nil {
		return output{}, err
	}
	numbers := make([]string, len(issued))
	var b strings.Builder
	fmt.Fprintf(&b, "%d surat tugas diterbitkan dalam satu PDF: %s\n", len(issued), out)
	for i, l := range issued {
		numbers[i] = l.Number
		fmt.Fprintf(&b, "  %s  %s\n", l.Number, l.Subject)
	}
	return output{
		data: map[string]any{"count": len(issued), "numbers": numbers, "out": out},
		text: strings.TrimRight(b.String(), "\n"),
	}, nil
}

func runRegister(e *env, opts any, args []string) (output, error) {
	o := opts.(*registerOpts)
	if args[0] != "register" {
		return output{}, usagef("letters: perintah %q tidak dikenal (register)", args[0])
	}
	if *o.year == 0 || *o.out == "" {
		return output{}, usagef("letters register: --year dan --out wajib diisi")
	}
	db, rep, err := e.openDB(false)
	if err != nil {
		return output{}, err
	}
	defer models.Close(db)
	n, err := letters.New(db, e.clock, filepath.Dir(e.dbPath)).ExportRegister(e.ctx, *o.year, *o.out)
	if err != nil {
		return output{}, err
	}
	out := output{
		data: map[string]any{"year": *o.year, "rows": n, "out": *o.out},
		text: fmt.Sprintf("Buku agenda surat keluar tahun %d: %d surat diekspor ke %s.", *o.year, n, *o.out),
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
