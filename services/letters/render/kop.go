package render

import "strings"

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
		ls = append(ls, kopLine{d.balance(t, textW), "B", size, size * 0.42})
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
		size = d.fitSize(t, "B", size, d.cw)
		d.centred(d.balance(t, d.cw), "B", size)
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

// balance breaks a kop line that does not fit width w (in the current font) into as few
// lines as it needs, of about equal width, never leaving one word alone on a line while
// the line has words enough: "DINAS PEMBERDAYAAN MASYARAKAT DAN DESA, PEREMPUAN DAN
// PERLINDUNGAN ANAK" becomes two lines of four and five words, not eight and one.
func (d *doc) balance(text string, w float64) string {
	words := strings.Fields(text)
	if len(words) < 2 || d.pdf.GetStringWidth(text) <= w {
		return text
	}
	width := func(i, j int) float64 { return d.pdf.GetStringWidth(strings.Join(words[i:j], " ")) }
	n := len(words)
	for k := 2; k <= n; k++ {
		minWords := 1
		if n >= 2*k {
			minWords = 2
		}
		breaks, worst := balancedBreaks(n, k, minWords, width)
		if breaks != nil && (worst <= w || k == n) {
			var out []string
			start := 0
			for _, b := range append(breaks, n) {
				out = append(out, strings.Join(words[start:b], " "))
				start = b
			}
			return strings.Join(out, "\n")
		}
	}
	return text
}

// balancedBreaks splits n words into k lines of at least minWords words each so that the
// widest line is as narrow as it can be; it returns the indexes where lines 2..k start
// and that widest line's width.
func balancedBreaks(n, k, minWords int, width func(i, j int) float64) ([]int, float64) {
	const inf = 1e18
	// best[l][i]: the narrowest widest line for words i.. set in l lines.
	best := make([][]float64, k+1)
	next := make([][]int, k+1)
	for l := range best {
		best[l], next[l] = make([]float64, n+1), make([]int, n+1)
		for i := range best[l] {
			best[l][i] = inf
		}
	}
	for i := 0; i+minWords <= n; i++ {
		best[1][i] = width(i, n)
	}
	for l := 2; l <= k; l++ {
		for i := 0; i < n; i++ {
			for j := i + minWords; j+minWords*(l-1) <= n; j++ {
				if best[l-1][j] >= inf {
					continue
				}
				if v := max(width(i, j), best[l-1][j]); v < best[l][i] {
					best[l][i], next[l][i] = v, j
				}
			}
		}
	}
	if best[k][0] >= inf {
		return nil, inf
	}
	var breaks []int
	for l, i := k, 0; l > 1; l-- {
		i = next[l][i]
		breaks = append(breaks, i)
	}
	return breaks, best[k][0]
}
