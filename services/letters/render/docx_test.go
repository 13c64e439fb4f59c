package render

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"sidamping/services/docx"
	"sidamping/services/testutil"
)

// wordXML renders a letter as .docx and returns it with its word/document.xml and
// word/header1.xml (the letterhead).
func wordXML(t *testing.T, data []byte, err error) (doc, header string) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
	doc, err = docx.Part(data, "word/document.xml")
	if err != nil {
		t.Fatal(err)
	}
	header, err = docx.Part(data, "word/header1.xml")
	if err != nil {
		t.Fatal(err)
	}
	return doc, header
}

// wordRows are the text of a table's rows (w:tr), cells separated by " | ".
func wordRows(xml string) []string {
	var out []string
	for _, r := range docx.Rows(xml) {
		out = append(out, strings.Join(r, " | "))
	}
	return out
}

// TestDecreeDocx: the Word decree is on F4 with the letters' margins and Arial 12, the
// regent's emblem in the first page's header, the number, a lampiran table of real
// rows whose header repeats on every page, and the QR image.
func TestDecreeDocx(t *testing.T) {
	dc := sampleDecree(48)
	data, err := DecreeDocx(dc, Options{})
	doc, header := wordXML(t, data, err)
	for _, want := range []string{
		`<w:pgSz w:w="12189" w:h="18709"/>`,
		`<w:pgMar w:top="1417" w:right="1417" w:bottom="1701" w:left="1701"`,
		`<w:headerReference w:type="first"`, `<w:titlePg/>`,
		"NOMOR 400.9/123/2026", "LAMPIRAN KEPUTUSAN BUPATI CONTOH", "MEMUTUSKAN:", "KESATU",
	} {
		if !strings.Contains(doc, want) {
			t.Errorf("document.xml lacks %s", want)
		}
	}
	if !strings.Contains(header, "BUPATI CONTOH") || !strings.Contains(header, "<wp:inline") {
		t.Errorf("the letterhead (header1.xml) lacks the regent's title or emblem: %.400s", header)
	}
	styles, _ := docx.Part(data, "word/styles.xml")
	if !strings.Contains(styles, `w:ascii="Arial"`) || !strings.Contains(styles, `<w:sz w:val="24"`) {
		t.Errorf("the default font is not Arial 12 pt: %.600s", styles)
	}
	rows := wordRows(doc[strings.Index(doc, "Perangkat Daerah Pendamping</w:t>")-2000:])
	var lamp []string
	for _, r := range rows {
		if strings.HasSuffix(strings.SplitN(r, " | ", 2)[0], ".") {
			lamp = append(lamp, r)
		}
	}
	if len(lamp) != 48 {
		t.Fatalf("lampiran has %d numbered rows, want 48: %q", len(lamp), lamp)
	}
	first := dc.Lampiran.Rows[0]
	if want := "1. | " + first.Kecamatan + " | " + first.Desa + " | " + first.Pendamping; lamp[0] != want {
		t.Errorf("first lampiran row %q, want %q", lamp[0], want)
	}
	if n := strings.Count(doc, "<w:tblHeader"); n != 1 {
		t.Errorf("%d repeated header rows, want 1 (the lampiran's)", n)
	}
	media, _ := docx.Media(data)
	if len(media) != 2 {
		t.Errorf("media %v, want the emblem and the QR code", media)
	}
}

// TestAssignmentDocx: the Surat Tugas has its number, the office's letterhead with
// the emblem, the Kepada table with one row per member under a repeated header row,
// the signatory and the QR image with its short code.
func TestAssignmentDocx(t *testing.T) {
	a := sampleAssignment(opdNames[0], 6, 1)
	data, err := AssignmentDocx(a, Options{})
	doc, header := wordXML(t, data, err)
	for _, want := range []string{`<w:pgSz w:w="12189" w:h="18709"/>`, "NOMOR : " + a.Number, "SURAT TUGAS", "MEMBERI TUGAS",
		a.Signatory.Name, "NIP. " + a.Signatory.NIP, a.Verification.Code, "Tembusan :"} {
		if !strings.Contains(doc, want) {
			t.Errorf("document.xml lacks %s", want)
		}
	}
	if !strings.Contains(header, "PEMERINTAH KABUPATEN CONTOH") || !strings.Contains(header, "thickThinSmallGap") {
		t.Errorf("the letterhead lacks its lines or double rule")
	}
	rows := wordRows(doc)
	var team []string
	for _, r := range rows {
		if strings.Contains(r, "Nama / NIP") {
			team = append(team, r)
		}
		for _, m := range a.Kepada {
			if strings.Contains(r, m.Name+" "+m.NIP) && strings.Contains(r, m.Position) && strings.HasSuffix(r, m.Role) {
				team = append(team, r)
			}
		}
	}
	if len(team) != 7 {
		t.Errorf("Kepada table: %d rows (header + members), want 7: %q", len(team), rows)
	}
	if !strings.Contains(doc, "<w:tblHeader") {
		t.Error("the Kepada header row does not repeat")
	}
}

// TestLettersDocxInLibreOffice: LibreOffice opens both Word letters and prints them on
// F4 (609.45 × 935.43 pt) with their numbers, names and lampiran rows.
func TestLettersDocxInLibreOffice(t *testing.T) {
	testutil.NeedTools(t, "soffice", "pdfinfo", "pdftotext")
	dc := sampleDecree(48)
	dec, err := DecreeDocx(dc, Options{})
	if err != nil {
		t.Fatal(err)
	}
	a := sampleAssignment(opdNames[0], 6, 1)
	st, err := AssignmentDocx(a, Options{})
	if err != nil {
		t.Fatal(err)
	}
	dir := testutil.TempDir(t)
	for name, c := range map[string]struct {
		data []byte
		want []string
	}{
		"keputusan.docx":   {dec, []string{"400.9/123/2026", "ARIEF SUSANTO", dc.Lampiran.Rows[47].Desa, "KB-7Q4M2X", "LAMPIRAN KEPUTUSAN BUPATI CONTOH"}},
		"surat-tugas.docx": {st, []string{a.Number, a.Kepada[5].Name, a.Kepada[5].NIP, a.Signatory.Name, "Tembusan"}},
	} {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, c.data, 0o644); err != nil {
			t.Fatal(err)
		}
		pdf, err := os.ReadFile(testutil.ToPDF(t, path))
		if err != nil {
			t.Fatal(err)
		}
		if sample := os.Getenv("LETTERS_SAMPLE_DIR"); sample != "" {
			_ = os.WriteFile(filepath.Join(sample, name), c.data, 0o644)
			_ = os.WriteFile(filepath.Join(sample, name+".pdf"), pdf, 0o644)
		}
		pi := info(t, pdf)
		if pi.w < 608.45 || pi.w > 610.45 || pi.h < 934.43 || pi.h > 936.43 {
			t.Errorf("%s: LibreOffice page %s pt, want F4 609.45 x 935.43", name, pi.pageSize)
		}
		text := flat(pdfText(t, pdf))
		for _, w := range c.want {
			if !strings.Contains(text, w) {
				t.Errorf("%s: LibreOffice's PDF lacks %q", name, w)
			}
		}
		out, _ := exec.Command("pdffonts", writeTemp(t, "x.pdf", pdf)).CombinedOutput()
		if !strings.Contains(string(out), "LiberationSans") && !strings.Contains(string(out), "Arial") {
			t.Errorf("%s: not set in Arial/Liberation Sans:\n%s", name, out)
		}
	}
}
