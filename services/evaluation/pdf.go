package evaluation

import (
	"bytes"
	"context"
	"fmt"
	"strings"

	"codeberg.org/go-pdf/fpdf"

	"sidamping/models"
	"sidamping/services/common"
	"sidamping/services/fileout"
	"sidamping/services/letters/render"
)

// Page layout of the summary: F4 portrait, margins as on the letters (mm).
const (
	pageW, pageH                       = 215.0, 330.0
	marginL, marginR, marginT, marginB = 30.0, 20.0, 20.0, 25.0
	family                             = "sans"
)

// PDF writes the evaluation summary of a pairing and semester to path (temporary file
// and rename, so a failure never leaves half a file).
func (s *Service) PDF(ctx context.Context, pid uint, semester int, path string) error {
	if err := fileout.Check(ctx, path); err != nil {
		return err
	}
	sum, err := s.Get(ctx, pid, semester)
	if err != nil {
		return err
	}
	data, err := renderSummary(sum, s.regency(ctx), s.clock.Now().Format("2006-01-02"))
	if err != nil {
		return models.Internal(err)
	}
	return fileout.WriteFile(ctx, path, data)
}

func (s *Service) regency(ctx context.Context) string {
	var names []string
	s.db.WithContext(ctx).Raw(`SELECT regency_name FROM profil ORDER BY id LIMIT 1`).Scan(&names)
	if len(names) == 0 {
		return ""
	}
	return names[0]
}

// pdfDoc wraps fpdf with the few drawing helpers the summary needs.
type pdfDoc struct {
	p  *fpdf.Fpdf
	cw float64 // content width
}

func (d *pdfDoc) text(size float64, bold bool, align, s string) {
	style := ""
	if bold {
		style = "B"
	}
	d.p.SetFont(family, style, size)
	d.p.MultiCell(d.cw, size*0.5, s, "", align, false)
}

func (d *pdfDoc) heading(s string) {
	d.p.Ln(3)
	d.text(11, true, "L", s)
	d.p.Ln(1)
}

// table draws a bordered table with a bold header row; widths are fractions of the page.
func (d *pdfDoc) table(widths []float64, head []string, rows [][]string, alignRight map[int]bool) {
	h := 6.5
	d.p.SetFont(family, "B", 9.5)
	d.p.SetFillColor(221, 235, 247)
	for i, c := range head {
		d.p.CellFormat(widths[i]*d.cw, h, c, "1", 0, "C", true, 0, "")
	}
	d.p.Ln(-1)
	d.p.SetFont(family, "", 9.5)
	for _, r := range rows {
		for i, c := range r {
			align := "L"
			if alignRight[i] {
				align = "R"
			}
			d.p.CellFormat(widths[i]*d.cw, h, c, "1", 0, align, false, 0, "")
		}
		d.p.Ln(-1)
	}
}

// renderSummary draws the summary on F4 portrait with the letters' font.
func renderSummary(s Summary, regency, today string) ([]byte, error) {
	p := fpdf.NewCustom(&fpdf.InitType{UnitStr: "mm", Size: fpdf.SizeType{Wd: pageW, Ht: pageH}})
	fonts := render.DiscoverFonts()
	p.AddUTF8FontFromBytes(family, "", fonts.Regular)
	p.AddUTF8FontFromBytes(family, "B", fonts.Bold)
	p.SetMargins(marginL, marginT, marginR)
	p.SetAutoPageBreak(true, marginB)
	p.SetCreator("SiDamping", false)
	sem := []string{"", "I", "II"}[s.Semester]
	p.SetTitle(fmt.Sprintf("Ringkasan Evaluasi Semester %s %d — %s", sem, s.Year, s.DesaName), true)
	p.AddPage()
	d := &pdfDoc{p: p, cw: pageW - marginL - marginR}
	d.text(13, true, "C", fmt.Sprintf("RINGKASAN EVALUASI SEMESTER %s TAHUN %d", sem, s.Year))
	d.text(11, true, "C", "GERAKAN SATU PERANGKAT DAERAH SATU DESA DAMPINGAN")
	if regency != "" {
		d.text(11, true, "C", "KABUPATEN "+strings.ToUpper(regency))
	}
	p.Ln(4)
	info := [][2]string{{"Desa/Kelurahan", s.DesaName}, {"Kecamatan", s.KecamatanName}, {"Perangkat Daerah Pendamping", s.OPDName}}
	if e := s.Evaluation; e.ID != 0 {
		info = append(info, [2]string{"Tanggal evaluasi", dateText(e.EvaluatedOn)}, [2]string{"Evaluator", e.Evaluator})
	}
	p.SetFont(family, "", 10.5)
	for _, kv := range info {
		p.CellFormat(60, 6, kv[0], "", 0, "L", false, 0, "")
		p.CellFormat(5, 6, ":", "", 0, "L", false, 0, "")
		p.MultiCell(d.cw-65, 6, kv[1], "", "L", false)
	}

	d.heading("A. Pelaksanaan Rencana Aksi (keadaan akhir semester)")
	g := s.Progress
	d.table([]float64{0.6, 0.4}, []string{"Uraian", "Nilai"}, [][]string{
		{"Jumlah kegiatan", fmt.Sprint(g.Activities)},
		{"Selesai / berjalan / belum dimulai", fmt.Sprintf("%d / %d / %d", g.Done, g.Running, g.NotStarted)},
		{"Kegiatan terlambat dari jadwal", fmt.Sprint(g.Behind)},
		{"Anggaran rencana", common.Rupiah(g.Budget)},
		{"Realisasi anggaran", common.Rupiah(g.Spent)},
		{"Serapan anggaran", fmt.Sprintf("%.1f%%", g.Absorption)},
		{"Rata-rata progres fisik", fmt.Sprintf("%.1f%%", g.Progress)},
		{"Penerima manfaat (RT / jiwa)", fmt.Sprintf("%s / %s", common.Angka(int64(g.Households)), common.Angka(int64(g.People)))},
	}, map[int]bool{1: true})
	if len(s.Behind) > 0 {
		p.Ln(2)
		d.text(10, true, "L", "Kegiatan terlambat:")
		var rows [][]string
		for i, a := range s.Behind {
			if i == 10 {
				rows = append(rows, []string{"", fmt.Sprintf("... dan %d kegiatan lain", len(s.Behind)-10), "", ""})
				break
			}
			rows = append(rows, []string{fmt.Sprint(i + 1), truncate(a.Name, 60), fmt.Sprintf("%.0f%%", a.Progress), fmt.Sprintf("%.0f%%", a.Expected)})
		}
		d.table([]float64{0.08, 0.62, 0.15, 0.15}, []string{"No", "Kegiatan", "Progres", "Seharusnya"}, rows, map[int]bool{2: true, 3: true})
	}

	d.heading("B. Penilaian")
	e := s.Evaluation
	score := func(v int) string {
		if v == 0 {
			return ScoreLabels[0]
		}
		return fmt.Sprintf("%d — %s", v, ScoreLabels[v])
	}
	d.table([]float64{0.6, 0.4}, []string{"Aspek", "Nilai (1-5)"}, [][]string{
		{"Tepat lokasi", score(e.ScoreLokasi)}, {"Tepat sasaran", score(e.ScoreSasaran)},
		{"Tepat manfaat", score(e.ScoreManfaat)}, {"Kolaborasi mitra", score(e.ScoreKolaborasi)},
		{"Rata-rata", fmt.Sprintf("%.2f", s.Average)},
	}, nil)

	d.heading(fmt.Sprintf("C. Perubahan Karakteristik Rumah Tangga Miskin (Form 4 Semester %s terhadap Form 2)", sem))
	var rows [][]string
	for _, c := range s.Changes {
		cur, ch, pct := "-", "-", "-"
		if c.Recorded {
			cur, ch, pct = common.Angka(int64(c.Current)), signed(c.Change), fmt.Sprintf("%.1f%%", c.Percent)
		}
		rows = append(rows, []string{c.Label, common.Angka(int64(c.Baseline)), cur, ch, pct})
	}
	d.table([]float64{0.44, 0.14, 0.14, 0.14, 0.14}, []string{"Karakteristik", "Form 2", "Form 4", "Perubahan", "%"}, rows,
		map[int]bool{1: true, 2: true, 3: true, 4: true})

	d.heading("D. Temuan")
	d.text(10.5, false, "J", orDash(e.Findings))
	d.heading("E. Rekomendasi untuk Tahun Berikutnya")
	d.text(10.5, false, "J", orDash(e.Recommendations))
	p.Ln(6)
	d.text(9, false, "R", "Dicetak dari SiDamping pada "+dateText(today))
	var buf bytes.Buffer
	if err := p.Output(&buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func dateText(iso string) string {
	var y, m, dd int
	if _, err := fmt.Sscanf(iso, "%d-%d-%d", &y, &m, &dd); err != nil || m < 1 || m > 12 {
		return iso
	}
	return fmt.Sprintf("%d %s %d", dd, common.BulanIndonesia[m-1], y)
}

func signed(n int) string {
	if n > 0 {
		return "+" + common.Angka(int64(n))
	}
	return common.Angka(int64(n))
}

func orDash(s string) string {
	if strings.TrimSpace(s) == "" {
		return "-"
	}
	return s
}

func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
