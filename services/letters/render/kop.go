package render

// Kop surat (letterhead) sizes, in millimetres and points.
const (
	kopTop       = 10.0 // the kop sits a little into the top margin, as in Word templates
	logoH        = 22.0
	logoMaxW     = 30.0
	regentLogoH  = 21.0
	govSize      = 14.0
	officeSize   = 16.0
	minHeadSize  = 12.0
	contactSize  = 10.0
	contactLineH = 4.0
)

// kop prints the letterhead at the top of the first page and leaves the cursor
// under it.
func (d *doc) kop(l Letterhead) {
	if l.Regent {
		d.kopRegent(l)
		return
	}
	logo, ratio := "", 1.0
	if len(l.Logo) > 0 {
		logo, ratio = d.registerImage("logo", l.Logo, l.LogoMime)
	}
	textX, textW := marginLeft, d.cw
	lw := 0.0
	if logo != "" {
		lw = min(logoH*ratio, logoMaxW)
		textX += lw + 3
		textW -= lw + 3
	}

	// Measure the text block first so logo and text can be centred on each other.
	type kopLine struct {
		text, style string
		size, lh    float64
	}
	var ls []kopLine
	for i, t := range l.Lines {
		size := officeSize
		if i == 0 && len(l.Lines) > 1 {
			size = govSize
		}
		size = d.fitSize(t, "B", size, textW)
		ls = append(ls, kopLine{t, "B", size, size * 0.42})
	}
	for _, t := range l.Contact {
		ls = append(ls, kopLine{t, "", contactSize, contactLineH})
	}
	textH := 0.0
	for _, k := range ls {
		d.font(k.style, k.size)
		textH += d.textHeight(k.text, textW, k.lh)
	}
	kopH := textH
	if logo != "" {
		kopH = max(kopH, logoH)
		d.pdf.ImageOptions(logo, marginLeft, kopTop+(kopH-logoH)/2, lw, logoH, false, imageOpts, 0, "")
	}
	d.pdf.SetY(kopTop + (kopH-textH)/2)
	for _, k := range ls {
		d.font(k.style, k.size)
		d.pdf.SetX(textX)
		d.pdf.MultiCell(textW, k.lh, k.text, "", "C", false)
	}

	// Double rule: thick above thin.
	y := kopTop + kopH + 2
	d.pdf.SetLineWidth(0.8)
	d.pdf.Line(marginLeft, y, d.pw-marginRight, y)
	d.pdf.SetLineWidth(0.25)
	d.pdf.Line(marginLeft, y+1.3, d.pw-marginRight, y+1.3)
	d.pdf.SetLineWidth(0.2)
	d.pdf.SetY(y + 1.3 + 3.5)
	d.font("", bodySize)
}

// kopRegent prints the regent's own letterhead: the emblem centred, then the bold
// lines ("BUPATI CONTOH") centred under it.
func (d *doc) kopRegent(l Letterhead) {
	d.pdf.SetY(kopTop)
	if len(l.Logo) > 0 {
		if logo, ratio := d.registerImage("logo", l.Logo, l.LogoMime); logo != "" {
			w := regentLogoH * ratio
			d.pdf.ImageOptions(logo, (d.pw+marginLeft-marginRight-w)/2, kopTop, w, regentLogoH, false, imageOpts, 0, "")
			d.pdf.SetY(kopTop + regentLogoH + 2)
		}
	}
	for i, t := range l.Lines {
		size := govSize
		if i == 0 {
			size = officeSize
		}
		d.centred(t, "B", d.fitSize(t, "B", size, d.cw))
	}
	for _, t := range l.Contact {
		d.font("", contactSize)
		d.pdf.SetX(marginLeft)
		d.pdf.MultiCell(d.cw, contactLineH, t, "", "C", false)
	}
	d.space(6)
	d.font("", bodySize)
}

// fitSize shrinks a heading's size (not below minHeadSize) until it fits on one line.
func (d *doc) fitSize(text, style string, size, w float64) float64 {
	for size > minHeadSize {
		d.font(style, size)
		if d.pdf.GetStringWidth(text) <= w {
			break
		}
		size -= 0.5
	}
	return size
}
