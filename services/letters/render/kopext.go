package render

import "codeberg.org/go-pdf/fpdf"

// Family is the name under which Setup registers the letters' font on a PDF.
const Family = family

// KopMarginLeft and KopMarginRight are the side margins the letterhead is drawn between.
const (
	KopMarginLeft  = marginLeft
	KopMarginRight = marginRight
)

// Setup registers the letters' TrueType family (regular and bold) on pdf, for other
// documents that print the letterhead (the TKPK meeting brief).
func Setup(pdf *fpdf.Fpdf) {
	f := DiscoverFonts()
	pdf.AddUTF8FontFromBytes(family, "", f.Regular)
	pdf.AddUTF8FontFromBytes(family, "B", f.Bold)
}

// DrawKop prints the letterhead l at the top of pdf's current page exactly as the
// letters do (emblem, bold lines, contact lines, double rule) and leaves the cursor
// under it. pdf must use millimetres and have Setup's fonts.
func DrawKop(pdf *fpdf.Fpdf, l Letterhead) error {
	w, h := pdf.GetPageSize()
	d := &doc{pdf: pdf, pw: w, ph: h, cw: w - marginLeft - marginRight}
	d.kop(l)
	return d.err
}
