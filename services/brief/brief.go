// Package brief writes the TKPK meeting brief ("Bahan rapat TKPK") of a programme year:
// a landscape PDF with the secretariat's letterhead, the headline figures, bar charts
// drawn with PDF primitives, the agency ranking, the agencies that have not reported and
// the outcome tables (when the outcome module provides them); and the same content as
// an .xlsx. Every file goes through services/fileout.
package brief

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"strings"

	"gorm.io/gorm"

	"sidamping/models"
	"sidamping/services/common"
	"sidamping/services/dashboard"
	"sidamping/services/fileout"
	"sidamping/services/profile"
	"sidamping/services/reporting"
)

// Error codes.
const (
	CodePaper  = "brief.paper"
	CodeFormat = "brief.format"
)

// Paper sizes of the PDF (landscape).
const (
	PaperA4 = "A4"
	PaperF4 = "F4"
)

// Service writes the brief.
type Service struct {
	db        *gorm.DB
	clock     common.Clock
	em        common.Emitter
	dash      *dashboard.Service
	reporting *reporting.Service
}

// New builds the service; dash may carry an outcome provider (dashboard.WithOutcome).
func New(db *gorm.DB, clock common.Clock, em common.Emitter, dash *dashboard.Service) *Service {
	if clock == nil {
		clock = common.SystemClock{}
	}
	if em == nil {
		em = common.NopEmitter{}
	}
	if dash == nil {
		dash = dashboard.New(db, clock)
	}
	return &Service{db: db, clock: clock, em: em, dash: dash, reporting: reporting.New(db, clock)}
}

// Options choose the month and the paper.
type Options struct {
	Month int    `json:"month"` // 0: the current month (12 for a past year)
	Paper string `json:"paper"` // A4 (default) or F4, landscape
}

// Result tells what was written.
type Result struct {
	Path   string `json:"path"`
	Format string `json:"format"` // pdf or xlsx
	Pages  int    `json:"pages"`  // PDF pages
	OPD    int    `json:"opd"`
	Behind int    `json:"notReported"`
}

// content is everything the brief prints.
type content struct {
	d       dashboard.Dashboard
	st      reporting.Status
	profile models.Profil
	now     string // "3 Desember 2026"
}

func (s *Service) load(ctx context.Context, year int, o Options) (content, error) {
	d, err := s.dash.Build(ctx, year, o.Month)
	if err != nil {
		return content{}, err
	}
	st, err := s.reporting.Status(ctx, year, d.Month)
	if err != nil {
		return content{}, err
	}
	p, _, err := profile.Signatories(ctx, s.db, true)
	if err != nil {
		return content{}, models.Internal(err)
	}
	return content{d: d, st: st, profile: p, now: common.Tanggal(s.clock.Now())}, nil
}

// Write writes the brief of year to path: a PDF or an .xlsx by the path's extension.
func (s *Service) Write(ctx context.Context, year int, path string, o Options) (Result, error) {
	format := strings.ToLower(strings.TrimPrefix(filepath.Ext(path), "."))
	if format != "pdf" && format != "xlsx" {
		return Result{}, models.Invalid(CodeFormat, "path", fmt.Sprintf("Bahan rapat ditulis sebagai .pdf atau .xlsx, bukan %q.", filepath.Ext(path)))
	}
	switch strings.ToUpper(o.Paper) {
	case "":
		o.Paper = PaperA4
	case PaperA4, PaperF4, "FOLIO":
		o.Paper = strings.ToUpper(o.Paper)
	default:
		return Result{}, models.Invalid(CodePaper, "paper", fmt.Sprintf("Ukuran kertas %q tidak dikenal; pilih A4 atau F4.", o.Paper))
	}
	if err := fileout.Check(ctx, path, fileout.Options{MakeDirs: true}); err != nil {
		return Result{}, err
	}
	prog := common.NewProgress(s.em, "brief")
	prog.Report("data", 0, 3)
	c, err := s.load(ctx, year, o)
	if err != nil {
		return Result{}, err
	}
	prog.Report("tulis", 1, 3)
	res := Result{Path: path, Format: format, OPD: len(c.d.OPD), Behind: c.st.NotReported}
	if format == "xlsx" {
		err = s.writeXLSX(ctx, c, path)
	} else {
		var buf bytes.Buffer
		res.Pages, err = renderPDF(c, o.Paper, &buf)
		if err == nil {
			err = fileout.WriteFile(ctx, path, buf.Bytes(), fileout.Options{MakeDirs: true})
		}
	}
	if err != nil {
		if ctx.Err() != nil {
			return Result{}, fileout.Cancelled(ctx)
		}
		if ae := models.AsAppError(err); ae.Code != "internal" {
			return Result{}, err
		}
		return Result{}, models.Internal(err)
	}
	prog.Finish("selesai", "Bahan rapat TKPK tersimpan di "+path)
	return res, nil
}

// title lines shared by the PDF and the workbook.
func (c content) titles() []string {
	region := c.profile.RegionTitle()
	sub := "Gerakan Satu Perangkat Daerah Satu Desa Dampingan"
	if region != "" {
		sub += " — " + region
	}
	return []string{
		"BAHAN RAPAT TIM KOORDINASI PENANGGULANGAN KEMISKINAN (TKPK)",
		sub,
		fmt.Sprintf("Tahun program %d, keadaan akhir %s %d; disiapkan %s", c.d.Year, c.d.MonthName, c.d.Year, c.now),
	}
}

// figure is one headline figure: a label, the value, a note.
type figure struct{ label, value, note string }

func pct(v float64) string { return strings.Replace(fmt.Sprintf("%.1f%%", v), ".", ",", 1) }

func (c content) figures() []figure {
	h, v := c.d.Headline, c.d.Verification
	ver := figure{"Verifikasi data keluarga", "—", "belum ada edisi data keluarga"}
	if v.Edition != "" {
		ver = figure{"Verifikasi data keluarga", pct(v.Percent), fmt.Sprintf("%s anggota dari %s, %s", common.Angka(v.MembersVerified), common.Angka(v.Members), v.Edition)}
	}
	return []figure{
		{"Desa prioritas", common.Angka(int64(h.PriorityVillages)), ""},
		{"Desa didampingi", common.Angka(int64(h.Paired)), fmt.Sprintf("%d bertim pendamping", h.WithTeam)},
		{"Desa dengan rencana aksi", common.Angka(int64(h.WithPlan)), fmt.Sprintf("%d ada realisasi bulan %s", h.WithRealisation, c.d.MonthName)},
		{"Surat terbit", common.Angka(int64(h.LettersIssued)), "Keputusan Bupati dan Surat Tugas"},
		{"Anggaran", common.Rupiah(h.Planned), "realisasi " + common.Rupiah(h.Realised)},
		{"Serapan anggaran", pct(h.Absorption), ""},
		{"Progres fisik", pct(h.Progress), fmt.Sprintf("jadwal %s; %d terlambat", pct(h.Expected), h.Late)},
		{"Penerima manfaat", common.Angka(int64(h.Households)) + " KK", common.Angka(int64(h.People)) + " jiwa"},
		{"OPD sudah melapor", fmt.Sprintf("%d dari %d", h.OPDReported, h.OPDReported+h.OPDNotReported), "bulan " + c.d.MonthName},
		ver,
	}
}

func monthText(m int) string {
	if m < 1 || m > 12 {
		return "belum pernah"
	}
	return common.BulanIndonesia[m-1]
}

func villagesText(vs []dashboard.VillageRef) string {
	names := make([]string, len(vs))
	for i, v := range vs {
		names[i] = v.Name
	}
	return strings.Join(names, ", ")
}

// rankingHeader and rankingRow are the agency ranking's columns, shared by PDF and workbook.
var rankingHeader = []string{"No", "Perangkat Daerah", "Desa Dampingan", "Anggaran (Rp)", "Realisasi (Rp)", "Serapan", "Fisik", "Jadwal", "Telat", "Lapor Akhir"}

// outcomeNote is printed when the outcome module has not filled its tables.
const outcomeNote = "Tabel ketepatan sasaran (tepat sasaran, tepat lokasi) dan pergerakan keluarga desil 1-2 antaredisi data keluarga belum tersedia untuk tahun ini."
