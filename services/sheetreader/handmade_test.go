package sheetreader

import (
	"reflect"
	"strings"
	"testing"
	"time"
)

// handSST exercises the shared string table: rich text runs, phonetic runs
// (ignored), xml:space, _xHHHH_ escapes, entities, CDATA and an empty item.
const handSST = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="` + nsMain + `" count="7" uniqueCount="7">
<si><t>NIK</t></si>
<si><r><rPr><b/></rPr><t>Sri </t></r><r><t xml:space="preserve"> Rahayu</t></r><rPh sb="0" eb="1"><t>フリガナ</t></rPh><phoneticPr fontId="1"/></si>
<si><t xml:space="preserve">  kiri&amp;kanan  </t></si>
<si><t>baris_x000D_
dua_x005F_x0041_</t></si>
<si/>
<si><t><![CDATA[a<b>&c]]></t></si>
<si><t>&#x41;&#66;&lt;&gt;&quot;&apos;</t></si>
</sst>`

// handSheet uses an "x:" prefix, rows and cells without r attributes,
// inline strings, every cell type, comments, a processing instruction and
// CRLF line ends.
const handSheet = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<x:worksheet xmlns:x="` + nsMain + `"><x:sheetPr/><x:dimension ref="A1:F9"/>
<x:sheetData>
<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c t="s"><x:v> 1 </x:v></x:c><x:c t="s"><x:v>2</x:v></x:c></x:row>
<x:row><x:c t="inlineStr"><x:is><x:t>3320010101010001</x:t></x:is></x:c><x:c r="C2"><x:v>3320010101010001</x:v></x:c><x:c><x:v>3.3201E+15</x:v></x:c></x:row>
<!-- a comment between rows --><?pi ignored?>
<x:row r="4"><x:c t="inlineStr"><x:is><x:r><x:t>in</x:t></x:r><x:r><x:t>line_x000D_</x:t></x:r><x:rPh><x:t>x</x:t></x:rPh></x:is></x:c>` +
	`<x:c t="str"><x:f>A4&amp;"!"</x:f><x:v>hasil rumus</x:v></x:c><x:c t="e"><x:v>#N/A</x:v></x:c><x:c t="b"><x:v>1</x:v></x:c>` +
	`<x:c t="d"><x:v>2022-06-22T00:00:00Z</x:v></x:c><x:c t="n"><x:v>-1.5e-3</x:v></x:c></x:row>
<x:row r="5"><x:c r="B5" t="s"><x:v>3</x:v></x:c><x:c r="D5" t="s"><x:v>4</x:v></x:c><x:c r="E5"/><x:c r="F5"><x:v></x:v></x:c></x:row>
<x:row r="6"/>
<x:row r="7"><x:c r="A7" t="s"><x:v>5</x:v></x:c><x:c r="B7" t="s"><x:v>6</x:v></x:c><x:c r="C7" t="str"><x:v>a` + "\r\n" + `b` + "\r" + `c</x:v></x:c></x:row>
<x:row><x:c r="A8"><x:f>1+1</x:f><x:v>2</x:v></x:c><x:c r="B8" t="inlineStr"><x:is><x:t><![CDATA[x]]>&lt;y<!-- c --></x:t></x:is></x:c><x:c r="C8" s="1"><x:v>44734</x:v></x:c></x:row>
</x:sheetData><x:pageMargins left="0.7"/></x:worksheet>`

func TestHandmadeWorkbook(t *testing.T) {
	parts := oneSheetWorkbook("xl/worksheets/data/lembar-utama.xml", handSheet, handSST)
	path := writeZip(t, "hand.xlsx", parts)

	want := [][]string{
		{"NIK", "Sri  Rahayu", "  kiri&kanan  "},
		{"3320010101010001", "", "3320010101010001", "3.3201E+15"},
		nil,
		{"in" + "line\r", "hasil rumus", "#N/A", "1", "2022-06-22T00:00:00Z", "-1.5e-3"},
		{"", "baris\r\ndua_x0041_"},
		nil,
		{"a<b>&c", `AB<>"'`, "a\nb\nc"},
		{"2", "x<y", "44734"},
	}
	got := grid(t, path, "Data")
	if !reflect.DeepEqual(got, want) {
		t.Errorf("grid:\n got %q\nwant %q", got, want)
	}
	assertSameAsExcelize(t, path)

	rows := rowsOf(t, path, "Data")
	checkCell(t, rows, "A2", "3320010101010001", CellInlineString)
	checkCell(t, rows, "C2", "3320010101010001", CellNumber)
	checkCell(t, rows, "D2", "3.3201E+15", CellNumber)
	checkCell(t, rows, "B4", "hasil rumus", CellFormulaString)
	checkCell(t, rows, "C4", "#N/A", CellError)
	checkCell(t, rows, "D4", "1", CellBool)
	checkCell(t, rows, "E4", "2022-06-22T00:00:00Z", CellDate)
	checkCell(t, rows, "A5", "", CellEmpty)
	checkCell(t, rows, "B5", "baris\r\ndua_x0041_", CellSharedString)
	checkCell(t, rows, "C8", "44734", CellNumber)
	if r := rows[4]; !r.Type(0).IsText() || r.Type(5).IsText() {
		t.Error("IsText wrong for row 4")
	}
	if r := rows[4]; !r.IsDate(4) {
		t.Error("t=\"d\" cell is not a date")
	} else if tm, ok := r.Time(4); !ok || !tm.Equal(time.Date(2022, 6, 22, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("E4 time = %v, %v", tm, ok)
	}
	if _, ok := rows[3]; ok {
		t.Error("row 3 has no cells but was passed to the callback")
	}
	if _, ok := rows[6]; ok {
		t.Error("empty row 6 was passed to the callback")
	}
}

// TestSheetResolution checks that sheets come in workbook order with their
// state and part, found through relationships rather than file names.
func TestSheetResolution(t *testing.T) {
	data := sheetXML(`<row r="1"><c r="A1" t="inlineStr"><is><t>%s</t></is></c></row>`)
	parts := map[string]string{
		"[Content_Types].xml": minimalContentTypes,
		"_rels/.rels": `<Relationships xmlns="` + nsPkgRel + `">` +
			`<Relationship Id="rId1" Type="` + nsRel + `/officeDocument" Target="/xl/buku.xml"/></Relationships>`,
		"xl/buku.xml": `<workbook xmlns="` + nsMain + `" xmlns:r="` + nsRel + `"><workbookPr date1904="1"/><sheets>` +
			`<sheet name="Kedua" sheetId="9" r:id="rId7"/>` +
			`<sheet name="Grafik" sheetId="3" r:id="rId2" state="hidden"/>` +
			`<sheet name="Pertama" sheetId="1" r:id="rId1" state="veryHidden"/>` +
			`</sheets></workbook>`,
		"xl/_rels/buku.xml.rels": `<Relationships xmlns="` + nsPkgRel + `">` +
			rel("rId1", "worksheet", "lembar/satu.xml") +
			rel("rId7", "worksheet", "../xl/lembar/sheet1.xml") +
			rel("rId2", "chartsheet", "chartsheets/sheet1.xml") +
			rel("rId3", "styles", "gaya.xml") + `</Relationships>`,
		"xl/lembar/satu.xml":        strings.ReplaceAll(data, "%s", "satu"),
		"xl/lembar/sheet1.xml":      strings.ReplaceAll(data, "%s", "dua"),
		"xl/chartsheets/sheet1.xml": `<chartsheet xmlns="` + nsMain + `"><drawing r:id="rId1"/></chartsheet>`,
		"xl/gaya.xml": `<styleSheet xmlns="` + nsMain + `"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>` +
			`<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/></cellXfs></styleSheet>`,
	}
	path := writeZip(t, "urutan.xlsx", parts)
	wb, err := Open(path)
	must(t, err)
	defer wb.Close()
	want := []SheetInfo{
		{Name: "Kedua", Index: 0, State: "visible", Type: "worksheet", Part: "xl/lembar/sheet1.xml"},
		{Name: "Grafik", Index: 1, State: "hidden", Type: "chartsheet", Part: "xl/chartsheets/sheet1.xml"},
		{Name: "Pertama", Index: 2, State: "veryHidden", Type: "worksheet", Part: "xl/lembar/satu.xml"},
	}
	if got := wb.Sheets(); !reflect.DeepEqual(got, want) {
		t.Errorf("Sheets() =\n%+v\nwant\n%+v", got, want)
	}
	if !wb.Date1904() {
		t.Error("date1904 not detected")
	}
	if got := grid(t, path, "Pertama"); !reflect.DeepEqual(got, [][]string{{"satu"}}) {
		t.Errorf("Pertama = %q", got)
	}
	if got := grid(t, path, "Kedua"); !reflect.DeepEqual(got, [][]string{{"dua"}}) {
		t.Errorf("Kedua = %q", got)
	}
	if got := grid(t, path, "Grafik"); got != nil {
		t.Errorf("chart sheet rows = %q", got)
	}
}

// TestDateStyles checks date detection from styles.xml and conversion in
// both date systems.
func TestDateStyles(t *testing.T) {
	styles := `<styleSheet xmlns="` + nsMain + `"><numFmts count="4">` +
		`<numFmt numFmtId="164" formatCode="[$-421]dd\ mmmm\ yyyy"/>` +
		`<numFmt numFmtId="165" formatCode="#,##0&quot; jiwa&quot;"/>` +
		`<numFmt numFmtId="166" formatCode="[Red][&lt;0]0.00;0.00"/>` +
		`<numFmt numFmtId="14" formatCode="0.00"/>` + // a custom code overrides a built-in id
		`</numFmts><cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"/>` +
		`<xf numFmtId="166"/><xf numFmtId="14"/><xf numFmtId="22"/></cellXfs></styleSheet>`
	sheet := sheetXML(`<row r="1"><c r="A1" s="1"><v>31220</v></c><c r="B1" s="2"><v>31220</v></c>` +
		`<c r="C1" s="3"><v>31220</v></c><c r="D1" s="4"><v>31220</v></c><c r="E1" s="5"><v>44734.75</v></c>` +
		`<c r="F1" s="1" t="s"><v>0</v></c><c r="G1" s="99"><v>1</v></c></row>`)
	for _, date1904 := range []bool{false, true} {
		parts := oneSheetWorkbook("xl/worksheets/sheet1.xml", sheet, `<sst><si><t>teks</t></si></sst>`)
		parts["xl/_rels/workbook.xml.rels"] = `<Relationships xmlns="` + nsPkgRel + `">` +
			rel("rId1", "worksheet", "worksheets/sheet1.xml") + rel("rId2", "sharedStrings", "sharedStrings.xml") +
			rel("rId3", "styles", "styles.xml") + `</Relationships>`
		parts["xl/styles.xml"] = styles
		if date1904 {
			parts["xl/workbook.xml"] = strings.ReplaceAll(parts["xl/workbook.xml"], "<sheets>", `<workbookPr date1904="true"/><sheets>`)
		}
		rows := rowsOf(t, writeZip(t, "tanggal.xlsx", parts), "Data")
		r := rows[1]
		wantDate := []bool{true, false, false, false, true, false, false}
		for col, want := range wantDate {
			if got := r.IsDate(col); got != want {
				t.Errorf("1904=%v: IsDate(%s) = %v, want %v", date1904, ColumnName(col), got, want)
			}
		}
		wantA := time.Date(1985, 6, 22, 0, 0, 0, 0, time.UTC)
		wantE := time.Date(2022, 6, 22, 18, 0, 0, 0, time.UTC)
		if date1904 {
			wantA, wantE = wantA.AddDate(4, 0, 1), wantE.AddDate(4, 0, 1)
		}
		if got, ok := r.Time(0); !ok || !got.Equal(wantA) {
			t.Errorf("1904=%v: A1 time = %v, %v; want %v", date1904, got, ok, wantA)
		}
		if got, ok := r.Time(4); !ok || !got.Equal(wantE) {
			t.Errorf("1904=%v: E1 time = %v, %v; want %v", date1904, got, ok, wantE)
		}
		if _, ok := r.Time(1); ok {
			t.Error("Time on a non-date cell succeeded")
		}
	}
}
