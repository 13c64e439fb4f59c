package render

import (
	"strconv"
	"strings"
)

const (
	assignTitleSize = 14.0
	memberTableSize = 10.0 // six columns: a full NIP must fit on one line
	tembusanMarker  = 7.0
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
	d.centred("SURAT TUGAS", "BU", assignTitleSize)
	d.space(1)
	d.centred("NOMOR : "+number, "", bodySize)
	d.space(2 * sectionGap)

	cols := hangCols{label: d.labelWidth("Dasar", "Kepada", "Untuk"), colon: 4, marker: 7}
	d.hanging("Dasar", numberMarkers(len(a.Dasar)), a.Dasar, cols, 0)
	d.space(sectionGap)
	d.ensure(3 * lineH)
	d.centred("MEMBERI TUGAS", "B", bodySize)
	d.space(sectionGap)

	// "Kepada :" stays on the page of the table's first rows.
	d.ensure(lineH + 30)
	d.pdf.SetX(marginLeft)
	d.pdf.CellFormat(cols.label, lineH, "Kepada", "", 0, "L", false, 0, "")
	d.pdf.CellFormat(cols.colon, lineH, ":", "", 1, "L", false, 0, "")
	d.space(1.5)
	rows := make([][]string, len(a.Kepada))
	d.font("", memberTableSize)
	nipW := 0.0 // a NIP is never broken: its column is as wide as the longest
	roleW := d.pdf.GetStringWidth("Kedudukan") + 1
	for _, m := range a.Kepada { // nor a word of the role ("Koordinator")
		for _, w := range strings.Fields(m.Role) {
			roleW = max(roleW, d.pdf.GetStringWidth(w))
		}
	}
	for i, m := range a.Kepada {
		nip := strings.TrimSpace(m.NIP)
		if nip == "" {
			nip = "-"
		}
		nipW = max(nipW, d.pdf.GetStringWidth(nip))
		rows[i] = []string{strconv.Itoa(i+1) + ".", m.Name, m.Rank, nip, m.Position, m.Role}
	}
	table := fitColumns(d.cw, []column{
		{"No", max(9, d.pdf.GetStringWidth(strconv.Itoa(len(rows))+".")+2*cellPadX+1), "C", true},
		{"Nama", 34, "L", false},
		{"Pangkat/ Golongan", 22, "L", false},
		{"NIP", min(max(nipW, 20)+2*cellPadX+0.5, 50), "L", true},
		{"Jabatan", 40, "L", false},
		{"Kedudukan dalam Tim", max(roleW+2*cellPadX+1, 20), "L", true},
	})
	s := a.Signatory
	date := strings.Trim(strings.TrimSpace(s.Place)+", "+strings.TrimSpace(s.Date), ", ")
	sig := d.measureSignature([][2]string{{date, ""}}, s, a.Verification)
	// The signature and the Tembusan list stay on the page of the last task.
	keep := 2*sectionGap + sig.h
	if len(a.Tembusan) > 0 {
		keep += sectionGap + lineH
		for _, t := range a.Tembusan {
			keep += itemGap + d.textHeight(t, d.cw-tembusanMarker, lineH)
		}
	}

	tableKeep, untukKeep := 0.0, keep // what must stay on the signature's page
	if len(a.Untuk) == 0 {
		tableKeep, untukKeep = keep, 0
	}
	d.table(table, rows, memberTableSize, tableKeep)
	d.space(sectionGap)
	d.hanging("Untuk", numberMarkers(len(a.Untuk)), a.Untuk, cols, untukKeep)
	d.space(2 * sectionGap)
	d.signature(sig)

	if len(a.Tembusan) > 0 {
		d.space(sectionGap)
		d.ensure(3 * lineH)
		d.font("", bodySize)
		d.pdf.SetX(marginLeft)
		d.pdf.CellFormat(d.cw, lineH, "Tembusan :", "", 1, "L", false, 0, "")
		d.hanging("", numberMarkers(len(a.Tembusan)), a.Tembusan, hangCols{marker: tembusanMarker}, 0)
	}
}
