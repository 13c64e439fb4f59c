package brief

import (
	"fmt"
	"io"
	"strings"

	"codeberg.org/go-pdf/fpdf"

	"sidamping/services/common"
	"sidamping/services/dashboard"
	"sidamping/services/letters"
	"sidamping/services/letters/render"
)

const (
	fam     = render.Family
	mLeft   = render.KopMarginLeft
	mRight  = render.KopMarginRight
	mTop    = 14.0
	mBottom = 14.0
)

// colours (RGB).
var (
	teal  = [3]int{15, 118, 110}
	pale  = [3]int{185, 221, 215}
	amber = [3]int{217, 119, 6}
	ink   = [3]int{15, 61, 58}
	grey  = [3]int{107, 123, 121}
	rule  = [3]int{214, 226, 224}
	head  = [3]int{230, 244, 241}
)

type pdfDoc struct {
	p      *fpdf.Fpdf
	pw, ph float64
	cw     float64
	foot   string
}

func (d *pdfDoc) color(c [3]int)           { d.p.SetTextColor(c[0], c[1], c[2]) }
func (d *pdfDoc) fill(c [3]int)            { d.p.SetFillColor(c[0], c[1], c[2]) }
func (d *pdfDoc) draw(c [3]int)            { d.p.SetDrawColor(c[0], c[1], c[2]) }
func (d *pdfDoc) font(s string, z float64) { d.p.SetFont(fam, s, z) }
func (d *pdfDoc) limit() float64           { return d.ph - mBottom - 6 }

// renderPDF draws the brief on landscape paper and returns the number of pages.
func renderPDF(c content, paper string, w io.Writer) (int, error) {
	size := fpdf.SizeType{Wd: 210, Ht: 297}
	if paper != PaperA4 {
		size = fpdf.SizeType{Wd: 215, Ht: 330}
	}
	p := fpdf.NewCustom(&fpdf.InitType{UnitStr: "mm", Size: size, OrientationStr: "L"})
	render.Setup(p)
	pw, ph := p.GetPageSize()
	d := &pdfDoc{p: p, pw: pw, ph: ph, cw: pw - mLeft - mRight,
		foot: fmt.Sprintf("Bahan rapat TKPK tahun %d — keadaan akhir %s %d — SiDamping", c.d.Year, c.d.MonthName, c.d.Year)}
	p.SetMargins(mLeft, mTop, mRight)
	p.SetAutoPageBreak(false, mBottom)
	p.SetCellMargin(0)
	p.SetCreator("SiDamping", false)
	p.SetTitle("Bahan rapat TKPK "+fmt.Sprint(c.d.Year), true)
	p.SetFooterFunc(func() {
		d.font("", 8)
		d.color(grey)
		p.SetXY(mLeft, ph-mBottom+2)
		p.CellFormat(d.cw/2, 4, d.foot, "", 0, "L", false, 0, "")
		p.CellFormat(d.cw/2, 4, fmt.Sprintf("Halaman %d", p.PageNo()), "", 0, "R", false, 0, "")
	})
	p.AddPage()
	if err := render.DrawKop(p, letters.SecretariatLetterhead(c.profile)); err != nil {
		return 0, err
	}
	d.titles(c)
	d.figures(c.figures())
	d.charts(c.d)
	d.newPage()
	d.section("Peringkat Perangkat Daerah (yang tertinggal di atas)")
	d.table(rankingHeader, []float64{8, 62, 40, 26, 26, 15, 15, 14, 15, 0}, []string{"R", "L", "L", "R", "R", "R", "R", "R", "R", "L"}, rankingRows(c.d))
	d.space(5)
	d.section(fmt.Sprintf("Perangkat Daerah yang Belum Melaporkan Realisasi Bulan %s (%d)", c.d.MonthName, c.st.NotReported))
	if c.st.NotReported == 0 {
		d.note("Semua perangkat daerah sudah melaporkan realisasi bulan ini.")
	} else {
		d.table([]string{"No", "Kode", "Perangkat Daerah", "Desa Dampingan", "Laporan Terakhir", "Belum Melapor"},
			[]float64{9, 24, 80, 60, 28, 0}, []string{"R", "L", "L", "L", "L", "L"}, notReportedRows(c))
	}
	d.space(5)
	d.section("Ketepatan Sasaran dan Pergerakan Desil")
	if c.d.Outcome == nil || len(c.d.Outcome.Tables) == 0 {
		d.note(outcomeNote)
	} else {
		for _, t := range c.d.Outcome.Tables {
			if d.p.GetY()+5+6+2*5.2 > d.limit() { // the title, header and two rows stay together
				d.newPage()
			}
			d.sub(t.Title)
			if len(t.Header) > 0 {
				d.table(t.Header, outcomeWidths(t.Header), outcomeAlign(t.Header), t.Rows)
			}
			if t.Note != "" {
				d.space(1)
				d.note(t.Note)
			}
			d.space(3)
		}
	}
	d.space(5)
	d.section("Sebaran per Kecamatan")
	d.table([]string{"Kecamatan", "Desa Didampingi", "Keluarga Desil 1-2", "Kegiatan", "Anggaran (Rp)", "Realisasi (Rp)", "Serapan"},
		[]float64{55, 28, 32, 22, 38, 38, 0}, []string{"L", "R", "R", "R", "R", "R", "R"}, kecRows(c.d))
	if err := p.Output(w); err != nil {
		return 0, fmt.Errorf("PDF bahan rapat tidak dapat dibuat: %w", err)
	}
	return p.PageCount(), nil
}

func (d *pdfDoc) newPage() {
	d.p.AddPage()
	d.p.SetY(mTop)
}

func (d *pdfDoc) space(h float64) { d.p.SetY(d.p.GetY() + h) }

func (d *pdfDoc) titles(c content) {
	t := c.titles()
	d.color(ink)
	d.font("B", 14)
	d.p.SetX(mLeft)
	d.p.CellFormat(d.cw, 6.5, t[0], "", 1, "C", false, 0, "")
	d.font("", 10.5)
	d.color(grey)
	for _, l := range t[1:] {
		d.p.SetX(mLeft)
		d.p.CellFormat(d.cw, 5, l, "", 1, "C", false, 0, "")
	}
	d.space(3)
}

// figures draws the headline figures as a grid of five boxes per row.
func (d *pdfDoc) figures(fs []figure) {
	const per, gap, bh = 5, 3.0, 17.0
	bw := (d.cw - gap*(per-1)) / per
	top := d.p.GetY()
	for i, f := range fs {
		x := mLeft + float64(i%per)*(bw+gap)
		y := top + float64(i/per)*(bh+gap)
		d.draw(rule)
		d.fill([3]int{250, 252, 252})
		d.p.RoundedRect(x, y, bw, bh, 1.5, "1234", "FD")
		d.color(ink)
		d.font("B", 13)
		v := f.value
		for z := 13.0; z > 8 && d.p.GetStringWidth(v) > bw-4; z -= 0.5 {
			d.font("B", z)
		}
		d.p.SetXY(x+2, y+2)
		d.p.CellFormat(bw-4, 6, v, "", 0, "L", false, 0, "")
		d.font("", 8.5)
		d.color([3]int{64, 80, 78})
		d.p.SetXY(x+2, y+8.5)
		d.p.CellFormat(bw-4, 3.8, f.label, "", 0, "L", false, 0, "")
		if f.note != "" {
			d.font("", 7.5)
			d.color(grey)
			d.p.SetXY(x+2, y+12.3)
			d.p.CellFormat(bw-4, 3.5, fit(d, f.note, bw-4), "", 0, "L", false, 0, "")
		}
	}
	rows := (len(fs) + per - 1) / per
	d.p.SetY(top + float64(rows)*(bh+gap) + 2)
}

// fit shortens s with an ellipsis until it is no wider than w in the current font.
func fit(d *pdfDoc, s string, w float64) string {
	if d.p.GetStringWidth(s) <= w {
		return s
	}
	r := []rune(s)
	for len(r) > 1 && d.p.GetStringWidth(string(r)+"…") > w {
		r = r[:len(r)-1]
	}
	return string(r) + "…"
}

// charts draws the two bar charts side by side under the figures.
func (d *pdfDoc) charts(db dashboard.Dashboard) {
	top := d.p.GetY()
	h := d.limit() - top
	if h < 50 {
		d.newPage()
		top, h = d.p.GetY(), 90
	}
	w := (d.cw - 8) / 2
	var labels []string
	var planned, realised []float64
	var notes []string
	for _, s := range db.Sources {
		if s.Planned == 0 && s.Realised == 0 {
			continue
		}
		labels = append(labels, s.Label)
		planned = append(planned, float64(s.Planned))
		realised = append(realised, float64(s.Realised))
		notes = append(notes, pct(s.Absorption))
	}
	d.hbars(mLeft, top, w, h, "Serapan anggaran per sumber dana", labels, planned, realised, notes, nil,
		[2]string{"Anggaran", "Realisasi"})
	rows := db.OPD
	if len(rows) > 12 {
		rows = rows[:12]
	}
	labels, planned, realised, notes = nil, nil, nil, nil
	var behind []bool
	for _, o := range rows {
		name := o.Abbreviation
		if name == "" {
			name = o.Name
		}
		labels = append(labels, name)
		planned = append(planned, o.Expected)
		realised = append(realised, o.Progress)
		notes = append(notes, fmt.Sprintf("%s / %s", pct(o.Progress), pct(o.Expected)))
		behind = append(behind, o.Behind)
	}
	d.hbars(mLeft+w+8, top, w, h, "Progres fisik per OPD terhadap jadwal (12 terbawah)", labels, planned, realised, notes, behind,
		[2]string{"Jadwal", "Progres fisik"})
	d.p.SetY(top + h)
}

// hbars draws a horizontal bar chart: for each label a pale bar (a) under a strong bar
// (b), the note at its right end; behind[i] paints bar b amber.
func (d *pdfDoc) hbars(x, y, w, h float64, title string, labels []string, a, b []float64, notes []string, behind []bool, legend [2]string) {
	d.color(ink)
	d.font("B", 10)
	d.p.SetXY(x, y)
	d.p.CellFormat(w, 5, title, "", 0, "L", false, 0, "")
	d.font("", 7.5)
	lx := x + w
	for i := 1; i >= 0; i-- {
		if legend[i] == "" {
			continue
		}
		lw := d.p.GetStringWidth(legend[i])
		lx -= lw
		d.color(grey)
		d.p.SetXY(lx, y+5.5)
		d.p.CellFormat(lw, 3.5, legend[i], "", 0, "L", false, 0, "")
		lx -= 4.5
		d.fill([]([3]int){pale, teal}[i])
		d.p.Rect(lx, y+6, 3.5, 2.8, "F")
		lx -= 3
	}
	if len(labels) == 0 {
		d.font("", 9)
		d.color(grey)
		d.p.SetXY(x, y+12)
		d.p.CellFormat(w, 5, "Belum ada data.", "", 0, "L", false, 0, "")
		return
	}
	d.font("", 8)
	labelW := 0.0
	for _, l := range labels {
		labelW = max(labelW, d.p.GetStringWidth(l))
	}
	labelW = min(labelW+2, w*0.34)
	noteW := 0.0
	for _, n := range notes {
		noteW = max(noteW, d.p.GetStringWidth(n))
	}
	noteW += 2
	top := y + 11
	rowH := min((h-13)/float64(len(labels)), 9)
	barH := rowH * 0.62
	maxV := 0.0
	for i := range a {
		maxV = max(maxV, a[i], b[i])
	}
	if maxV <= 0 {
		maxV = 1
	}
	bx, bw := x+labelW, w-labelW-noteW
	d.draw(rule)
	d.p.SetLineWidth(0.2)
	for k := 0; k <= 4; k++ { // grid lines
		gx := bx + bw*float64(k)/4
		d.p.Line(gx, top-1, gx, top+rowH*float64(len(labels)))
	}
	for i, l := range labels {
		ry := top + float64(i)*rowH
		d.color([3]int{64, 80, 78})
		d.font("", 8)
		d.p.SetXY(x, ry+(rowH-3.5)/2)
		d.p.CellFormat(labelW-2, 3.5, fit(d, l, labelW-2), "", 0, "R", false, 0, "")
		by := ry + (rowH-barH)/2
		d.fill(pale)
		d.p.Rect(bx, by, bw*a[i]/maxV, barH, "F")
		c := teal
		if behind != nil && behind[i] {
			c = amber
		}
		d.fill(c)
		d.p.Rect(bx, by+barH*0.18, bw*b[i]/maxV, barH*0.64, "F")
		d.color(ink)
		d.font("", 7.5)
		d.p.SetXY(bx+bw+1.5, ry+(rowH-3.5)/2)
		d.p.CellFormat(noteW, 3.5, notes[i], "", 0, "L", false, 0, "")
	}
}

func (d *pdfDoc) section(t string) {
	if d.p.GetY() > d.limit()-22 {
		d.newPage()
	}
	d.color(ink)
	d.font("B", 11.5)
	d.p.SetX(mLeft)
	d.p.CellFormat(d.cw, 6, t, "", 1, "L", false, 0, "")
	d.space(1)
}

func (d *pdfDoc) sub(t string) {
	d.color(ink)
	d.font("B", 10)
	d.p.SetX(mLeft)
	d.p.CellFormat(d.cw, 5, t, "", 1, "L", false, 0, "")
}

func (d *pdfDoc) note(t string) {
	d.color(grey)
	d.font("", 9.5)
	d.p.SetX(mLeft)
	d.p.MultiCell(d.cw, 4.6, t, "", "L", false)
}

// table draws rows under a shaded header that repeats on every page; widths of 0 (or a
// nil list) share the rest of the width; long cells are cut with an ellipsis.
func (d *pdfDoc) table(header []string, widths []float64, align []string, rows [][]string) {
	n := len(header)
	ws := make([]float64, n)
	rest, free := d.cw, 0
	for i := range ws {
		if widths != nil && i < len(widths) && widths[i] > 0 {
			ws[i] = widths[i]
			rest -= ws[i]
		} else {
			free++
		}
	}
	for i := range ws {
		if ws[i] == 0 {
			ws[i] = rest / float64(max(free, 1))
		}
	}
	al := func(i int) string {
		if align != nil && i < len(align) {
			return align[i]
		}
		return "L"
	}
	const rh, hh = 5.2, 6.0
	drawHead := func() {
		d.fill(head)
		d.draw(rule)
		d.color(ink)
		d.font("B", 8.5)
		d.p.SetX(mLeft)
		for i, h := range header {
			d.p.CellFormat(ws[i], hh, " "+fit(d, h, ws[i]-2)+" ", "1", 0, "C", true, 0, "")
		}
		d.p.Ln(hh)
	}
	drawHead()
	for ri, r := range rows {
		if d.p.GetY()+rh > d.limit() {
			d.newPage()
			drawHead()
		}
		d.font("", 8.5)
		d.color([3]int{30, 41, 40})
		d.p.SetX(mLeft)
		fillRow := ri%2 == 1
		d.fill([3]int{247, 250, 250})
		for i := 0; i < n; i++ {
			v := ""
			if i < len(r) {
				v = r[i]
			}
			d.p.CellFormat(ws[i], rh, " "+fit(d, v, ws[i]-2)+" ", "1", 0, al(i), fillRow, 0, "")
		}
		d.p.Ln(rh)
	}
}

func rankingRows(d dashboard.Dashboard) [][]string {
	out := make([][]string, len(d.OPD))
	for i, o := range d.OPD {
		out[i] = []string{fmt.Sprint(i + 1), o.Name, villagesText(o.Villages), common.Angka(o.Planned), common.Angka(o.Realised),
			pct(o.Absorption), pct(o.Progress), pct(o.Expected), fmt.Sprint(o.Late), monthText(o.LastReportedMonth)}
	}
	return out
}

func notReportedRows(c content) [][]string {
	var out [][]string
	for i, o := range c.st.NotReportedList() {
		out = append(out, []string{fmt.Sprint(i + 1), o.Code, o.Name, strings.Join(o.Villages, ", "), monthText(o.LastMonth), o.SinceText()})
	}
	return out
}

func kecRows(d dashboard.Dashboard) [][]string {
	out := make([][]string, len(d.Kecamatan))
	for i, k := range d.Kecamatan {
		out[i] = []string{k.Name, fmt.Sprint(k.Villages), common.Angka(int64(k.Desil12)), fmt.Sprint(k.Activities), common.Angka(k.Planned),
			common.Angka(k.Realised), pct(k.Absorption)}
	}
	return out
}

// outcomeWidths gives the first (label) column of an outcome table more room.
func outcomeWidths(header []string) []float64 {
	if len(header) < 4 {
		return nil
	}
	if len(header) > 8 {
		return []float64{40, 14}
	}
	return []float64{62}
}

// outcomeAlign puts the label columns left and the figures right.
func outcomeAlign(header []string) []string {
	al := make([]string, len(header))
	for i, h := range header {
		switch {
		case i == 0, header[0] == "Kegiatan" && (h == "Desa" || h == "Perangkat Daerah"):
			al[i] = "L"
		default:
			al[i] = "R"
		}
	}
	return al
}
