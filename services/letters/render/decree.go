package render

import (
	"strconv"
	"strings"
)

// Lampiran heading block (upper right) and table.
const (
	annexHeadW    = 90.0 // width of the "LAMPIRAN KEPUTUSAN ..." block
	annexHeadSize = 11.0
	annexHeadLH   = 5.0
)

// decree lays out a Keputusan Bupati: regent's letterhead, title block, Menimbang,
// Mengingat, (Memperhatikan,) MEMUTUSKAN, Menetapkan, the diktum, the signature
// and, on its own pages, the lampiran.
func (d *doc) decree(dc Decree) {
	official := strings.ToUpper(strings.TrimSpace(dc.Official))
	if official == "" {
		official = "BUPATI"
	}
	number := strings.TrimSpace(dc.Number)
	if number == "" {
		number = "........................"
	}
	d.newLetter()
	d.kop(dc.Letterhead)

	d.centred("KEPUTUSAN "+official, "B", bodySize)
	d.centred("NOMOR "+number, "B", bodySize)
	d.space(lineH / 2)
	d.centred("TENTANG", "B", bodySize)
	d.space(lineH / 2)
	d.font("B", bodySize)
	d.pdf.SetX(marginLeft + 10)
	d.pdf.MultiCell(d.cw-20, lineH, strings.ToUpper(strings.TrimSpace(dc.Title)), "", "C", false)
	d.space(lineH)
	d.centred(official+",", "", bodySize)
	d.space(sectionGap)

	labels := []string{"Menimbang", "Mengingat", "Menetapkan"}
	if len(dc.Memperhatikan) > 0 {
		labels = append(labels, "Memperhatikan")
	}
	for i := range dc.Diktum {
		labels = append(labels, DiktumLabel(i+1))
	}
	cols := hangCols{label: d.labelWidth(labels...), colon: 4, marker: 7}
	d.hanging("Menimbang", letterMarkers(len(dc.Menimbang)), dc.Menimbang, cols, 0)
	d.space(sectionGap)
	d.hanging("Mengingat", numberMarkers(len(dc.Mengingat)), dc.Mengingat, cols, 0)
	if len(dc.Memperhatikan) > 0 {
		d.space(sectionGap)
		d.hanging("Memperhatikan", numberMarkers(len(dc.Memperhatikan)), dc.Memperhatikan, cols, 0)
	}
	d.space(sectionGap)
	d.ensure(4 * lineH) // keep MEMUTUSKAN with what follows
	d.centred("MEMUTUSKAN:", "B", bodySize)
	d.space(sectionGap)

	s := dc.Signatory
	if strings.TrimSpace(s.Title) == "" {
		s.Title = official
	}
	sig := d.measureSignature([][2]string{{"Ditetapkan di", s.Place}, {"pada tanggal", s.Date}}, s, dc.Verification)
	keep := func(last bool) float64 {
		if last {
			return 2*sectionGap + sig.h
		}
		return 0
	}
	plain := hangCols{label: cols.label, colon: cols.colon}
	d.hanging("Menetapkan", nil, []string{dc.Menetapkan}, plain, keep(len(dc.Diktum) == 0))
	for i, text := range dc.Diktum {
		d.space(sectionGap / 2)
		d.hanging(DiktumLabel(i+1), nil, []string{text}, plain, keep(i == len(dc.Diktum)-1))
	}
	d.space(2 * sectionGap)
	d.signature(sig)

	if dc.Lampiran != nil {
		d.lampiran(dc, official, number, s)
	}
}

// lampiran starts the decree's attachment on a new page: heading block on the upper
// right repeating the decree's number, date and title, a centred title, the
// pairing table and the signature.
func (d *doc) lampiran(dc Decree, official, number string, s Signatory) {
	d.pdf.AddPage()
	x := d.pw - marginRight - annexHeadW
	d.font("", annexHeadSize)
	d.pdf.SetX(x)
	d.pdf.MultiCell(annexHeadW, annexHeadLH, "LAMPIRAN KEPUTUSAN "+official, "", "L", false)
	labelW := d.pdf.GetStringWidth("TANGGAL") + 2
	for _, row := range [][2]string{
		{"NOMOR", number},
		{"TANGGAL", s.Date},
		{"TENTANG", strings.ToUpper(strings.TrimSpace(dc.Title))},
	} {
		y := d.y()
		d.pdf.SetXY(x, y)
		d.pdf.CellFormat(labelW, annexHeadLH, row[0], "", 0, "L", false, 0, "")
		d.pdf.CellFormat(3, annexHeadLH, ":", "", 0, "L", false, 0, "")
		d.pdf.SetXY(x+labelW+3, y)
		d.pdf.MultiCell(annexHeadW-labelW-3, annexHeadLH, row[1], "", "L", false)
	}
	d.space(2 * sectionGap)
	if t := strings.TrimSpace(dc.Lampiran.Title); t != "" {
		d.font("B", bodySize)
		for _, l := range lines(t) {
			d.pdf.SetX(marginLeft)
			d.pdf.MultiCell(d.cw, lineH, strings.ToUpper(l), "", "C", false)
		}
		d.space(sectionGap)
	}

	d.font("", tableSize)
	noW := d.pdf.GetStringWidth(strconv.Itoa(len(dc.Lampiran.Rows))+".") + 2*cellPadX + 1
	cols := fitColumns(d.cw, []column{
		{"No", max(noW, 10), "C", true},
		{"Kecamatan", 35, "L", false},
		{"Desa/Kelurahan", 45, "L", false},
		{"Perangkat Daerah Pendamping", 75, "L", false},
	})
	rows := make([][]string, len(dc.Lampiran.Rows))
	for i, r := range dc.Lampiran.Rows {
		rows[i] = []string{strconv.Itoa(i+1) + ".", r.Kecamatan, r.Desa, r.Pendamping}
	}
	sig := d.measureSignature(nil, s, nil)
	d.table(cols, rows, tableSize, 3*sectionGap+sig.h)
	d.space(3 * sectionGap)
	d.signature(sig)
}
