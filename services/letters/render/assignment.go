package render

import (
	"strconv"
	"strings"
)

const (
	assignTitleSize = 14.0
	memberTableSize = 10.0
	tembusanMarker  = 6.5
	tembusanSize    = 11.0 // the copies list is set a size smaller, as typists do
	tembusanLH      = 4.2
)

// assignment lays out one Surat Tugas on fresh pages: the issuing office's kop,
// "SURAT TUGAS" and its number, Dasar, "MEMBERI TUGAS", Kepada (a bordered table of
// the team), Untuk, the signature and the Tembusan list.
func (d *doc) assignment(a Assignment) {
	d.newLetter()
	d.kop(a.Letterhead)

	number := strings.TrimSpace(a.Number)
	if number == "" {
		number = "........................"
	}
	var f flow
	d.centredLines(&f, "SURAT TUGAS", "BU", assignTitleSize, true)
	f.gap(1)
	d.centredLines(&f, "NOMOR : "+number, "", bodySize, false)
	f.gap(sectionGap + 1)

	cols := hangCols{label: d.labelWidth("Dasar", "Kepada", "Untuk"), colon: 4, marker: 7}
	d.hanging(&f, "Dasar", numberMarkers(len(a.Dasar)), a.Dasar, cols)
	f.gap(sectionGap)
	d.centredLines(&f, "MEMBERI TUGAS", "B", bodySize, true)
	f.gap(sectionGap)

	// "Kepada :" stays on the page of the table's first row.
	f.add(box{h: lineH, keepNext: true, draw: func(y float64) {
		d.font("", bodySize)
		d.pdf.SetXY(marginLeft, y)
		d.pdf.CellFormat(cols.label, lineH, "Kepada", "", 0, "L", false, 0, "")
		d.pdf.CellFormat(cols.colon, lineH, ":", "", 0, "L", false, 0, "")
	}})
	f.gap(1)
	table, rows := d.memberTable(a.Kepada)
	d.table(&f, table, rows, memberTableSize)
	if len(a.Untuk) > 0 {
		f.gap(sectionGap)
		d.hanging(&f, "Untuk", numberMarkers(len(a.Untuk)), a.Untuk, cols)
	}
	// The signature takes at least the last two lines (or table rows) along.
	f.keepLast(2)
	f.gap(1.5 * sectionGap)
	s := a.Signatory
	date := strings.Trim(strings.TrimSpace(s.Place)+", "+strings.TrimSpace(s.Date), ", ")
	d.signature(&f, d.measureSignature([][2]string{{date, ""}}, s, a.Verification))

	if len(a.Tembusan) > 0 {
		f.gap(sectionGap)
		f.add(box{h: tembusanLH, keepNext: true, draw: func(y float64) {
			d.font("", tembusanSize)
			d.pdf.SetXY(marginLeft, y)
			d.pdf.CellFormat(d.cw, tembusanLH, "Tembusan :", "", 0, "L", false, 0, "")
		}})
		d.hanging(&f, "", numberMarkers(len(a.Tembusan)), a.Tembusan, hangCols{marker: tembusanMarker, size: tembusanSize, lh: tembusanLH})
	}
	d.render(&f)
}

// memberTable sizes the Kepada table: No, Nama / NIP (the NIP under the name, as
// typists set it to keep a team of six on one page), Pangkat/Golongan, Jabatan,
// Kedudukan dalam Tim.
func (d *doc) memberTable(team []TeamMember) ([]column, [][]string) {
	rows := make([][]string, len(team))
	d.font("", memberTableSize)
	nameW := d.pdf.GetStringWidth("000000000000000000") // a NIP is never broken
	roleW := d.pdf.GetStringWidth("Kedudukan") + 1
	for _, m := range team { // nor a word of the role ("Koordinator"), and "Anggota
		ws := strings.Fields(m.Role) // Desa" stands on one line above the village
		for _, w := range ws {
			roleW = max(roleW, d.pdf.GetStringWidth(w))
		}
		if len(ws) > 2 && ws[1] == "Desa" {
			roleW = max(roleW, d.pdf.GetStringWidth(ws[0]+" "+ws[1]))
		}
	}
	for i, m := range team {
		name := strings.TrimSpace(m.Name)
		// A name with its degrees stands on one line where it can: a row of two lines
		// (name, NIP) rather than three keeps a team of six on one page.
		nameW = max(nameW, d.pdf.GetStringWidth(name))
		if nip := strings.TrimSpace(m.NIP); nip != "" {
			nameW = max(nameW, d.pdf.GetStringWidth(nip))
			name += "\n" + nip
		}
		rows[i] = []string{strconv.Itoa(i+1) + ".", name, m.Rank, m.Position, m.Role}
	}
	cols := fitColumns(d.cw, []column{
		{"No", max(8, d.pdf.GetStringWidth(strconv.Itoa(len(rows))+".")+2*cellPadX+1), "C", true},
		{"Nama / NIP", min(max(nameW+2*cellPadX+0.5, 48), 0.4*d.cw), "L", true},
		{"Pangkat/ Golongan", 28, "L", false},
		{"Jabatan", 40, "L", false},
		{"Kedudukan dalam Tim", max(roleW+2*cellPadX+1, 20), "L", true},
	})
	return cols, rows
}
