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

	var f flow
	d.centredLines(&f, "KEPUTUSAN "+official, "B", bodySize, true)
	d.centredLines(&f, "NOMOR "+number, "B", bodySize, true)
	f.gap(lineH / 2)
	d.centredLines(&f, "TENTANG", "B", bodySize, true)
	f.gap(lineH / 2)
	d.font("B", bodySize)
	for _, l := range d.pdf.SplitText(strings.ToUpper(strings.TrimSpace(dc.Title)), d.cw-20) {
		f.add(box{h: lineH, keepNext: true, draw: func(y float64) {
			d.font("B", bodySize)
			d.pdf.SetXY(marginLeft+10, y)
			d.pdf.CellFormat(d.cw-20, lineH, l, "", 0, "C", false, 0, "")
		}})
	}
	f.gap(lineH)
	d.centredLines(&f, official+",", "", bodySize, true)
	f.gap(sectionGap)

	labels := []string{"Menimbang", "Mengingat", "Menetapkan"}
	if len(dc.Memperhatikan) > 0 {
		labels = append(labels, "Memperhatikan")
	}
	for i := range dc.Diktum {
		labels = append(labels, DiktumLabel(i+1))
	}
	cols := hangCols{label: d.labelWidth(labels...), colon: 4, marker: 7}
	d.hanging(&f, "Menimbang", letterMarkers(len(dc.Menimbang)), dc.Menimbang, cols)
	f.gap(sectionGap)
	d.hanging(&f, "Mengingat", numberMarkers(len(dc.Mengingat)), dc.Mengingat, cols)
	if len(dc.Memperhatikan) > 0 {
		f.gap(sectionGap)
		d.hanging(&f, "Memperhatikan", numberMarkers(len(dc.Memperhatikan)), dc.Memperhatikan, cols)
	}
	f.gap(sectionGap)
	d.centredLines(&f, "MEMUTUSKAN:", "B", bodySize, true) // kept with Menetapkan
	f.gap(sectionGap)

	s := dc.Signatory
	if strings.TrimSpace(s.Title) == "" {
		s.Title = official
	}
	sig := d.measureSignature([][2]string{{"Ditetapkan di", s.Place}, {"pada tanggal", s.Date}}, s, dc.Verification)
	plain := hangCols{label: cols.label, colon: cols.colon}
	d.hanging(&f, "Menetapkan", nil, []string{dc.Menetapkan}, plain)
	for i, text := range dc.Diktum {
		f.gap(sectionGap / 2)
		d.hanging(&f, DiktumLabel(i+1), nil, []string{text}, plain)
	}
	f.keepLast(2)
	f.gap(2 * sectionGap)
	d.signature(&f, sig)

	if dc.Lampiran != nil {
		d.lampiran(&f, dc, official, number, s)
	}
	d.render(&f)
}

// lampiran starts the decree's attachment on a new page: heading block on the upper
// right repeating the decree's number, date and title, a centred title, the
// pairing table and the signature, which takes at least the last two rows along.
func (d *doc) lampiran(f *flow, dc Decree, official, number string, s Signatory) {
	x := d.pw - marginRight - annexHeadW
	d.font("", annexHeadSize)
	labelW := d.pdf.GetStringWidth("TANGGAL") + 2
	head := [][2]string{
		{"", "LAMPIRAN KEPUTUSAN " + official},
		{"NOMOR", number},
		{"TANGGAL", s.Date},
		{"TENTANG", strings.ToUpper(strings.TrimSpace(dc.Title))},
	}
	headH := 0.0
	for _, row := range head {
		w := annexHeadW - labelW - 3
		if row[0] == "" {
			w = annexHeadW
		}
		headH += float64(max(1, len(d.pdf.SplitText(row[1], w)))) * annexHeadLH
	}
	f.add(box{h: headH, newPage: true, keepNext: true, draw: func(y float64) {
		d.font("", annexHeadSize)
		d.pdf.SetY(y)
		for _, row := range head {
			y := d.y()
			if row[0] == "" {
				d.pdf.SetX(x)
				d.pdf.MultiCell(annexHeadW, annexHeadLH, row[1], "", "L", false)
				continue
			}
			d.pdf.SetXY(x, y)
			d.pdf.CellFormat(labelW, annexHeadLH, row[0], "", 0, "L", false, 0, "")
			d.pdf.CellFormat(3, annexHeadLH, ":", "", 0, "L", false, 0, "")
			d.pdf.SetXY(x+labelW+3, y)
			d.pdf.MultiCell(annexHeadW-labelW-3, annexHeadLH, row[1], "", "L", false)
		}
	}})
	f.gap(2 * sectionGap)
	if t := strings.TrimSpace(dc.Lampiran.Title); t != "" {
		d.centredLines(f, strings.ToUpper(t), "B", bodySize, true)
		f.gap(sectionGap)
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
	d.table(f, cols, rows, tableSize)
	f.keepLast(2)
	f.gap(3 * sectionGap)
	d.signature(f, d.measureSignature(nil, s, nil))
}
