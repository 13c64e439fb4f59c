package docx

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"strings"
	"testing"
)

func tinyPNG(t *testing.T) []byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, 40, 20))
	img.Set(1, 1, color.Black)
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestDocumentParts: the package has the page size and margins asked for, a PNG in
// word/media declared in the content types, the first-page header with its own image
// relationship, two tables kept apart by a paragraph (Word would join them), a header
// row marked to repeat, and none of the library template's leftovers.
func TestDocumentParts(t *testing.T) {
	d, err := New(Page{Width: 210, Height: 297, Left: 30, Right: 25, Top: 25, Bottom: 30, Header: 10}, Font{Name: "Arial", Size: 12})
	if err != nil {
		t.Fatal(err)
	}
	logo := tinyPNG(t)
	d.PageNumbers()
	if err := d.FirstPageHeader(P(Center, Run{Image: &Image{Data: logo, Width: 20}}), P(Center, B("KOP"))); err != nil {
		t.Fatal(err)
	}
	tbl := &Table{Widths: []float64{10, 50}, Borders: true, Rows: []Row{
		{Header: true, Cells: []Cell{C(Center, "No"), C(Center, "Nama")}},
		{Cells: []Cell{C(Left, "1."), C(Left, "Siti & Budi\nNIP 1975")}},
	}}
	if err := d.Add(P(Justify, T("Isi\tdengan tab")), tbl, tbl); err != nil {
		t.Fatal(err)
	}
	data, err := d.Bytes()
	if err != nil {
		t.Fatal(err)
	}
	doc, _ := Part(data, "word/document.xml")
	for _, want := range []string{`<w:pgSz w:w="11906" w:h="16838"/>`, `w:top="1417" w:right="1417" w:bottom="1701" w:left="1701" w:header="567"`,
		`<w:headerReference w:type="first"`, `<w:headerReference w:type="default"`, "<w:tblHeader", "<w:tab></w:tab>"} {
		if !strings.Contains(doc, want) {
			t.Errorf("document.xml lacks %s", want)
		}
	}
	if strings.Contains(doc, "</w:tbl><w:tbl>") {
		t.Error("two tables touch: Word would join them")
	}
	if rows := Rows(doc); len(rows) != 4 || rows[1][1] != "Siti & Budi NIP 1975" {
		t.Errorf("rows %q", rows)
	}
	hdr, err := Part(data, "word/header1.xml")
	if err != nil || !strings.Contains(hdr, "<wp:inline") || !strings.Contains(hdr, "KOP") {
		t.Errorf("first-page header %q: %v", hdr, err)
	}
	rels, err := Part(data, "word/_rels/header1.xml.rels")
	if err != nil || !strings.Contains(rels, "media/image1.png") {
		t.Errorf("header rels %q: %v", rels, err)
	}
	pgnum, _ := Part(data, "word/header2.xml")
	if !strings.Contains(pgnum, `w:instr=" PAGE "`) {
		t.Errorf("page-number header %q", pgnum)
	}
	ct, _ := Part(data, "[Content_Types].xml")
	if !strings.Contains(ct, `Extension="png"`) || !strings.Contains(ct, "/word/header1.xml") || strings.Contains(ct, "customXml") {
		t.Errorf("content types %s", ct)
	}
	if m, _ := Media(data); len(m) != 1 {
		t.Errorf("media %v", m)
	}
	if _, err := Part(data, "docProps/thumbnail.jpeg"); err == nil {
		t.Error("the template's thumbnail is still in the package")
	}
	if err := d.Add(P(Left, Run{Image: &Image{Data: []byte("not an image"), Width: 5, Name: "logo"}})); err == nil {
		t.Error("a non-image was accepted")
	}
}
