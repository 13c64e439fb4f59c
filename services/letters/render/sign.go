package render

// sigBlock is a measured signature block.
type sigBlock struct {
	lead   [][2]string
	s      Signatory
	v      *Verification
	title  string
	tail   []string // rank, NIP
	labelW float64  // label column of paired lead lines
	w      float64  // block width
	h      float64  // total height, QR included
}

// measureSignature sizes the signature block. The block is as wide as its widest
// line so the centred lines sit under the place and date instead of drifting right.
func (d *doc) measureSignature(lead [][2]string, s Signatory, v *Verification) sigBlock {
	pdf := d.pdf
	d.font("", bodySize)
	b := sigBlock{lead: lead, s: s, v: v, title: withComma(s.Title)}
	if s.Rank != "" {
		b.tail = append(b.tail, s.Rank)
	}
	if s.NIP != "" {
		b.tail = append(b.tail, "NIP. "+s.NIP)
	}
	for _, l := range lead {
		if l[1] != "" {
			b.labelW = max(b.labelW, pdf.GetStringWidth(l[0])+2)
		}
	}
	w := 0.0
	for _, l := range lead {
		if l[1] != "" {
			w = max(w, b.labelW+pdf.GetStringWidth(l[1]))
		} else {
			w = max(w, pdf.GetStringWidth(l[0]))
		}
	}
	for _, l := range append(lines(b.title), b.tail...) {
		w = max(w, pdf.GetStringWidth(l))
	}
	d.font("B", bodySize)
	b.w = min(signWidth, max(w, pdf.GetStringWidth(s.Name))+2)
	d.font("", bodySize)

	leadH := float64(len(lead)) * lineH
	b.h = leadH + d.textHeight(b.title, b.w, lineH) + signGap + lineH + float64(len(b.tail))*lineH
	if v != nil {
		b.h = max(b.h, leadH+qrSize+lineH)
	}
	return b
}

// signature prints the signature block on the right half of the page. Lead lines
// come first: label/value pairs ("Ditetapkan di" / "Contoh") are left-aligned in two
// columns, a single line ("Contoh, 25 November 2026") is centred. Then the office
// title, room to sign, the name in bold underlined, rank and NIP, centred. When a
// verification is given its QR code goes to the left margin at the height of the
// title. The block and the QR are kept together on one page.
func (d *doc) signature(f *flow, b sigBlock) {
	f.add(box{h: b.h, draw: func(y float64) { d.drawSignature(b, y) }})
}

func (d *doc) drawSignature(b sigBlock, y float64) {
	pdf := d.pdf
	d.font("", bodySize)
	pdf.SetY(y)
	x := d.pw - marginRight - signWidth
	for _, l := range b.lead {
		pdf.SetX(x)
		if l[1] == "" {
			pdf.CellFormat(b.w, lineH, l[0], "", 1, "C", false, 0, "")
			continue
		}
		pdf.CellFormat(b.labelW, lineH, l[0], "", 0, "L", false, 0, "")
		pdf.CellFormat(b.w-b.labelW, lineH, l[1], "", 1, "L", false, 0, "")
	}
	titleY := d.y()
	centre := func(text string) {
		for _, l := range lines(text) {
			pdf.SetX(x)
			pdf.MultiCell(b.w, lineH, l, "", "C", false)
		}
	}
	centre(b.title)
	d.space(signGap)
	d.font("BU", bodySize)
	centre(b.s.Name)
	d.font("", bodySize)
	for _, l := range b.tail {
		centre(l)
	}
	if b.v != nil {
		d.qr(*b.v, marginLeft, titleY)
	}
}
