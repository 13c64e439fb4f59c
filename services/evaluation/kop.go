package evaluation

import (
	"bytes"
	"fmt"
	"hash/fnv"
	"net/http"
	"strings"

	"codeberg.org/go-pdf/fpdf"

	"sidamping/models"
	"sidamping/services/common"
)

// head is what the summary prints from the profile: the letterhead and the signatories.
type head struct {
	profile models.Profil
	sigs    map[string]models.Penandatangan
}

// kop prints the secretariat's letterhead (Bappeda's, from the profile): the emblem at
// the left, the bold lines (upper case) and the contact lines centred, a double rule.
func (d *pdfDoc) kop(h head) {
	bold, contact := kopLines(h)
	if len(bold) == 0 && len(contact) == 0 {
		return
	}
	top, x, w := d.p.GetY(), marginL, d.cw
	const logoH = 24.0
	if name, ratio := d.image(h.profile.Logo, h.profile.LogoMime); name != "" {
		lw := min(logoH*ratio, 28)
		d.p.ImageOptions(name, marginL, top, lw, logoH, false, fpdf.ImageOptions{}, 0, "")
		x, w = marginL+lw+3, d.cw-lw-3
	}
	d.p.SetY(top + 1)
	for i, l := range bold {
		size := 15.0
		if i == 0 && len(bold) > 1 {
			size = 13
		}
		d.p.SetFont(family, "B", size)
		for size > 10 && d.p.GetStringWidth(l) > w {
			size -= 0.5
			d.p.SetFont(family, "B", size)
		}
		d.p.SetX(x)
		d.p.MultiCell(w, size*0.45, l, "", "C", false)
	}
	d.p.SetFont(family, "", 9.5)
	for _, l := range contact {
		d.p.SetX(x)
		d.p.MultiCell(w, 4.3, l, "", "C", false)
	}
	y := max(d.p.GetY(), top+logoH) + 2
	d.p.SetLineWidth(0.8)
	d.p.Line(marginL, y, pageW-marginR, y)
	d.p.SetLineWidth(0.25)
	d.p.Line(marginL, y+1.2, pageW-marginR, y+1.2)
	d.p.SetLineWidth(0.2)
	d.p.SetY(y + 6)
}

// image registers a PNG or JPEG once and returns its name and width/height ratio.
func (d *pdfDoc) image(data []byte, mime string) (string, float64) {
	if len(data) == 0 {
		return "", 1
	}
	typ := map[string]string{"image/png": "PNG", "image/jpeg": "JPG"}[http.DetectContentType(data)]
	if typ == "" {
		return "", 1
	}
	hs := fnv.New64a()
	hs.Write(data)
	name := fmt.Sprintf("logo-%x", hs.Sum64())
	info := d.p.RegisterImageOptionsReader(name, fpdf.ImageOptions{ImageType: typ}, bytes.NewReader(data))
	if info == nil || info.Height() == 0 || d.p.Err() {
		d.p.ClearError()
		return "", 1
	}
	return name, info.Width() / info.Height()
}

// heading prints a numbered section heading, moving it to the next page when fewer
// than keep millimetres would follow it there (a heading never ends a page alone).
func (d *pdfDoc) heading(n int, s string, keep float64) {
	d.p.Ln(3)
	d.p.SetFont(family, "B", 11)
	lines := len(d.p.SplitText(fmt.Sprintf("%d. %s", n, s), d.cw-7))
	need := float64(lines)*5.5 + 1 + keep
	if d.p.GetY()+need > pageH-marginB {
		d.p.AddPage()
	}
	d.p.CellFormat(7, 5.5, fmt.Sprintf("%d.", n), "", 0, "L", false, 0, "")
	d.p.MultiCell(d.cw-7, 5.5, s, "", "L", false)
	d.p.Ln(1)
}

// signatureHeight is the height of the signature block and the printed-on line (mm).
const signatureHeight = 78.0

// textHeight is the height of s as d.text prints it at size.
func (d *pdfDoc) textHeight(size float64, s string) float64 {
	d.p.SetFont(family, "", size)
	return float64(len(d.p.SplitText(s, d.cw))) * size * 0.5
}

// signature prints the two-column block: "Mengetahui, Wakil Bupati ... selaku Ketua TKPK"
// at the left, place and date and the head of Bappeda as secretary of the TKPK at the
// right, each with name, rank and NIP. It starts a new page only when it does not fit.
func (d *pdfDoc) signature(h head, today string) {
	if d.p.GetY()+signatureHeight > pageH-marginB {
		d.p.AddPage()
	}
	d.p.Ln(8)
	colW := d.cw / 2
	left, right, chair, sec := signatories(h, today)
	top := d.p.GetY()
	d.block(marginL, top, colW, left, chair)
	d.block(marginL+colW, top, colW, right, sec)
}

// block prints one signatory's column: the office lines, room to sign, the name in bold
// and underlined, the rank and NIP.
func (d *pdfDoc) block(x, y, w float64, office []string, sg models.Penandatangan) {
	d.p.SetXY(x, y)
	d.p.SetFont(family, "", 10.5)
	for _, l := range office {
		d.p.SetX(x)
		d.p.MultiCell(w, 5, l, "", "C", false)
	}
	d.p.Ln(20)
	name := strings.TrimSpace(sg.Name)
	if name == "" {
		name = "(.................................)"
	}
	d.p.SetFont(family, "BU", 10.5)
	d.p.SetX(x)
	d.p.MultiCell(w, 5, name, "", "C", false)
	d.p.SetFont(family, "", 10.5)
	for _, l := range []string{sg.Rank, nipLine(sg.NIP)} {
		if l != "" {
			d.p.SetX(x)
			d.p.MultiCell(w, 5, l, "", "C", false)
		}
	}
}

func nipLine(nip string) string {
	if nip == "" {
		return ""
	}
	return "NIP. " + nip
}

// percent writes a percentage the Indonesian way: 40.93 gives "40,9 %".
func percent(v float64, decimals int) string { return common.Persen(v, decimals) }
