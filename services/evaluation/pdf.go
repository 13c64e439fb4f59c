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
	"sidamping/services/profile"
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
	h, err := s.head(ctx)
	if err != nil {
		return err
	}
	data, err := renderSummary(sum, h, s.clock.Now().Format("2006-01-02"))
	if err != nil {
		return models.Internal(err)
	}
	return fileout.WriteFile(ctx, path, data)
}

// head reads the profile with its logo and the signatories.
func (s *Service) head(ctx context.Context) (head, error) {
	p, sigs, err := profile.Signatories(ctx, s.db, true)
	return head{profile: p, sigs: sigs}, err
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

// renderSummary draws the summary on F4 portrait with the letters' font: the letterhead,
// numbered sections whose headings stay with what follows, and the signature block.
func renderSummary(s Summary, h head, today string) ([]byte, error) {
	p := fpdf.NewCustom(&fpdf.InitType{UnitStr: "mm", Size: fpdf.SizeType{Wd: pageW, Ht: pageH}})
	fonts := render.DiscoverFonts()
	p.AddUTF8FontFromBytes(family, "", fonts.Regular)
	p.AddUTF8FontFromBytes(family, "B", fonts.Bold)
	p.SetMargins(marginL, marginT, marginR)
	p.SetAutoPageBreak(true, marginB)
	p.SetCreator("SiDamping", false)
	sem := []string{"", "I", "II"}[s.Semester]
	p.SetTitle(fmt.Sprintf("Ringkasan Evaluasi Semester %s %d — %s", sem, s.Year, s.DesaName), true)
	p.SetFooterFunc(func() {
		if p.PageNo() > 1 {
			p.SetY(-15)
			p.SetFont(family, "", 9)
			p.CellFormat(0, 5, fmt.Sprintf("- %d -", p.PageNo()), "", 0, "C", false, 0, "")
		}
	})
	p.AddPage()
	d := &pdfDoc{p: p, cw: pageW - marginL - marginR}
	d.kop(h)
	for i, l := range title(s, h) {
		d.text([]float64{13, 11}[min(i, 1)], true, "C", l)
	}
	p.Ln(4)
	p.SetFont(family, "", 10.5)
	for _, kv := range infoRows(s) {
		p.CellFormat(60, 6, kv[0], "", 0, "L", false, 0, "")
		p.CellFormat(5, 6, ":", "", 0, "L", false, 0, "")
		p.MultiCell(d.cw-65, 6, kv[1], "", "L", false)
	}

	const keepRows = 3 * 6.5 // a heading keeps its table's header and two rows with it
	sec := sections(s)
	d.heading(1, sec[0], keepRows)
	d.table([]float64{0.6, 0.4}, []string{"Uraian", "Nilai"}, progressRows(s.Progress), map[int]bool{1: true})
	if len(s.Behind) > 0 {
		p.Ln(2)
		if p.GetY()+5+keepRows > pageH-marginB {
			p.AddPage()
		}
		d.text(10, true, "L", "Kegiatan terlambat:")
		d.table([]float64{0.08, 0.62, 0.15, 0.15}, []string{"No", "Kegiatan", "Progres", "Seharusnya"}, behindRows(s), map[int]bool{2: true, 3: true})
	}

	d.heading(2, sec[1], keepRows)
	e := s.Evaluation
	d.table([]float64{0.6, 0.4}, []string{"Aspek", "Nilai (1-5)"}, scoreRows(s), nil)

	d.heading(3, sec[2], keepRows)
	k := s.Ketepatan
	d.table([]float64{0.6, 0.2, 0.2}, []string{"Uraian", "Jumlah", "%"}, ketepatanRows(s), map[int]bool{1: true, 2: true})
	p.Ln(2)
	d.text(10, true, "L", "Tepat lokasi:")
	d.text(10.5, false, "J", orDash(k.Lokasi))
	p.Ln(1)
	d.text(10, true, "L", "Tepat sasaran:")
	d.text(10.5, false, "J", orDash(k.Sasaran))

	d.heading(4, sec[3], keepRows)
	d.table([]float64{0.44, 0.14, 0.14, 0.14, 0.14}, []string{"Karakteristik", "Form 2", "Form 4", "Perubahan", "%"}, changeRows(s),
		map[int]bool{1: true, 2: true, 3: true, 4: true})

	const keepText = 3 * 5.25 // three lines of text
	d.heading(5, sec[4], keepText)
	d.text(10.5, false, "J", orDash(e.Findings))
	// The last section goes with the signature, so the signature never stands alone on
	// a page; a section longer than a page flows and keeps three lines with the heading.
	last := d.textHeight(10.5, orDash(e.Recommendations))
	if group := 10 + last + signatureHeight; p.GetY()+group > pageH-marginB && group <= pageH-marginT-marginB {
		p.AddPage()
	}
	d.heading(6, sec[5], keepText)
	d.text(10.5, false, "J", orDash(e.Recommendations))
	d.signature(h, today)
	p.Ln(4)
	d.text(8.5, false, "R", printedOn(today))
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
