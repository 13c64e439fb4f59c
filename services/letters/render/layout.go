package render

import (
	"bytes"
	"fmt"
	"hash/fnv"
	"image"
	_ "image/jpeg" // logo decoding
	"image/png"
	"net/http"
	"strings"

	"codeberg.org/go-pdf/fpdf"
)

// Page geometry and type, in millimetres and points.
const (
	marginLeft   = 30.0
	marginRight  = 25.0
	marginTop    = 25.0
	marginBottom = 30.0

	family     = "body"
	bodySize   = 12.0
	lineH      = 4.6 // body line height for 12 pt: 13 pt, a shade under Word's single spacing
	itemGap    = 0.5 // between items of a list
	sectionGap = 2.5 // between blocks (Menimbang, Mengingat, ...)

	tableSize = 11.0
	cellPadX  = 1.5
	cellPadY  = 0.8

	qrSize    = 26.0 // printed QR code, quiet zone included
	signGap   = 15.5 // room for the wet signature and stamp
	signWidth = 85.0 // signature block on the right half
)

var imageOpts = fpdf.ImageOptions{}

// doc wraps one fpdf document with the letter primitives shared by every letter.
type doc struct {
	pdf         *fpdf.Fpdf
	pw, ph      float64 // page size
	cw          float64 // content width
	letterStart int     // first page of the current letter; page numbers count from it
	err         error   // first error not reported by fpdf itself
}

func newDoc(opt Options) (*doc, error) {
	p, err := opt.paper()
	if err != nil {
		return nil, err
	}
	pdf := fpdf.NewCustom(&fpdf.InitType{UnitStr: "mm", Size: fpdf.SizeType{Wd: p.w, Ht: p.h}})
	f := DiscoverFonts()
	pdf.AddUTF8FontFromBytes(family, "", f.Regular)
	pdf.AddUTF8FontFromBytes(family, "B", f.Bold)
	pdf.SetMargins(marginLeft, marginTop, marginRight)
	pdf.SetAutoPageBreak(true, marginBottom)
	pdf.SetCellMargin(0)
	pdf.SetCreator("SiDamping", false)
	pdf.SetDisplayMode("fullwidth", "single")
	d := &doc{pdf: pdf, pw: p.w, ph: p.h, cw: p.w - marginLeft - marginRight}
	// Page numbers "- 2 -" centred at the top from the second page of each letter,
	// as on Indonesian official documents.
	pdf.SetHeaderFuncMode(func() {
		n := pdf.PageNo() - d.letterStart + 1
		if n < 2 {
			return
		}
		pdf.SetFont(family, "", bodySize)
		pdf.SetXY(marginLeft, 11)
		pdf.CellFormat(d.cw, lineH, fmt.Sprintf("- %d -", n), "", 0, "C", false, 0, "")
	}, true)
	d.font("", bodySize)
	return d, nil
}

func (d *doc) output() ([]byte, error) {
	if d.err != nil {
		return nil, d.err
	}
	var buf bytes.Buffer
	if err := d.pdf.Output(&buf); err != nil {
		return nil, fmt.Errorf("PDF tidak dapat dibuat: %w", err)
	}
	return buf.Bytes(), nil
}

func (d *doc) font(style string, size float64) { d.pdf.SetFont(family, style, size) }

// newLetter starts a letter on a fresh page; its page numbers start at 1.
func (d *doc) newLetter() {
	d.letterStart = d.pdf.PageNo() + 1
	d.pdf.AddPage()
}

func (d *doc) y() float64      { return d.pdf.GetY() }
func (d *doc) space(h float64) { d.pdf.SetY(d.y() + h) }
func (d *doc) limit() float64  { return d.ph - marginBottom }

// centred prints text centred across the content width, wrapping long lines.
func (d *doc) centred(text, style string, size float64) {
	d.font(style, size)
	for _, l := range lines(text) {
		d.pdf.SetX(marginLeft)
		d.pdf.MultiCell(d.cw, lineH, l, "", "C", false)
	}
	d.font("", bodySize)
}

// textHeight is the height text takes when wrapped to width w in the current font.
func (d *doc) textHeight(text string, w, lh float64) float64 {
	n := 0
	for _, l := range lines(text) {
		n += max(1, len(d.pdf.SplitText(l, w)))
	}
	return float64(max(n, 1)) * lh
}

// hangCols are the columns of a hanging-indent list: "Menimbang", ":", "a.", text.
type hangCols struct {
	label, colon, marker float64
	size, lh             float64 // type size and line height; zero means the body's
}

// labelWidth sizes the label column for the longest label of a letter.
func (d *doc) labelWidth(labels ...string) float64 {
	d.font("", bodySize)
	w := 0.0
	for _, l := range labels {
		w = max(w, d.pdf.GetStringWidth(l))
	}
	return w + 2
}

// hanging adds a labelled list to the flow: the label and colon on the first
// item only, each item's marker (a., 1., or none) in its own column and the text
// justified with a hanging indent. Items break over pages line by line; the first
// line of an item never stays alone at the foot of a page and its last line never
// stands alone at the top of the next.
func (d *doc) hanging(f *flow, label string, markers, items []string, c hangCols) {
	size, lh := bodySize, lineH
	if c.size > 0 {
		size, lh = c.size, c.lh
	}
	d.font("", size)
	textX := marginLeft + c.label + c.colon + c.marker
	textW := d.cw - c.label - c.colon - c.marker
	for i, it := range items {
		if i > 0 {
			f.gap(itemGap)
		}
		marker := ""
		if i < len(markers) {
			marker = markers[i]
		}
		d.font("", size)
		ls := d.breakText(strings.TrimSpace(it), textW)
		for k, l := range ls {
			first := k == 0
			lbl := first && i == 0 && label != ""
			f.add(box{h: lh, keepNext: (first && len(ls) > 1) || (k == len(ls)-2 && len(ls) > 2), draw: func(y float64) {
				d.font("", size)
				if lbl {
					d.pdf.SetXY(marginLeft, y)
					d.pdf.CellFormat(c.label, lh, label, "", 0, "L", false, 0, "")
					d.pdf.CellFormat(c.colon, lh, ":", "", 0, "L", false, 0, "")
				}
				if first && marker != "" {
					d.pdf.SetXY(marginLeft+c.label+c.colon, y)
					d.pdf.CellFormat(c.marker, lh, marker, "", 0, "L", false, 0, "")
				}
				d.drawLine(l, textX, y, textW, lh)
			}})
		}
	}
}

// centredLines adds text centred across the content width, wrapped, one box a line.
func (d *doc) centredLines(f *flow, text, style string, size float64, keep bool) {
	d.font(style, size)
	for _, para := range lines(text) {
		for _, l := range d.pdf.SplitText(para, d.cw) {
			f.add(box{h: lineH, keepNext: keep, draw: func(y float64) {
				d.font(style, size)
				d.pdf.SetXY(marginLeft, y)
				d.pdf.CellFormat(d.cw, lineH, l, "", 0, "C", false, 0, "")
			}})
		}
	}
	d.font("", bodySize)
}

func numberMarkers(n int) []string {
	m := make([]string, n)
	for i := range m {
		m[i] = fmt.Sprintf("%d.", i+1)
	}
	return m
}

func letterMarkers(n int) []string {
	m := make([]string, n)
	for i := range m {
		m[i] = letterMarker(i)
	}
	return m
}

// registerImage embeds an image once per document and returns its name, or "" when
// the bytes are not a PNG or JPEG fpdf can take.
func (d *doc) registerImage(prefix string, data []byte, mime string) (string, float64) {
	h := fnv.New64a()
	h.Write(data)
	name := fmt.Sprintf("%s-%x", prefix, h.Sum64())
	if info := d.pdf.GetImageInfo(name); info != nil {
		return name, info.Width() / info.Height()
	}
	if mime == "" {
		mime = http.DetectContentType(data)
	}
	typ := ""
	switch strings.ToLower(mime) {
	case "image/png":
		typ = "PNG"
		data = normalisePNG(data)
	case "image/jpeg", "image/jpg":
		typ = "JPG"
	}
	if _, _, err := image.DecodeConfig(bytes.NewReader(data)); err != nil || typ == "" {
		if d.err == nil {
			d.err = fmt.Errorf("gambar %s tidak dapat dibaca (harus PNG atau JPEG)", prefix)
		}
		return "", 1
	}
	info := d.pdf.RegisterImageOptionsReader(name, fpdf.ImageOptions{ImageType: typ}, bytes.NewReader(data))
	if info == nil || info.Height() == 0 {
		return "", 1
	}
	return name, info.Width() / info.Height()
}

// normalisePNG re-encodes the PNG variants fpdf refuses (16-bit, interlaced) as
// plain 8-bit PNG; everything else passes through untouched.
func normalisePNG(b []byte) []byte {
	// IHDR: 8-byte signature, 8-byte chunk header, width, height, depth, ..., interlace.
	if len(b) < 29 || (b[24] != 16 && b[28] == 0) {
		return b
	}
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		return b
	}
	rgba := image.NewNRGBA(img.Bounds())
	for y := img.Bounds().Min.Y; y < img.Bounds().Max.Y; y++ {
		for x := img.Bounds().Min.X; x < img.Bounds().Max.X; x++ {
			rgba.Set(x, y, img.At(x, y))
		}
	}
	var out bytes.Buffer
	if png.Encode(&out, rgba) != nil {
		return b
	}
	return out.Bytes()
}
