package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"sidamping/services/docx"
	"sidamping/services/testutil"
)

// TestLetterFormatDocx: `letter decree|assignment --format docx` issues the letter
// (its PDF archived as always) and writes the Word copy to --out with the number, the
// F4 page, the lampiran's 48 rows or the team's Kepada rows, and the QR image.
func TestLetterFormatDocx(t *testing.T) {
	dir := testutil.TempDir(t)
	db := filepath.Join(dir, "sidamping.db")
	cli(t, "--db", db, "demo").expect(t, 0)
	year := "2026"
	cli(t, "--db", db, "letter", "decree", "--year", year, "--format", "odt", "--out", filepath.Join(dir, "x.odt")).expect(t, 2)

	out := filepath.Join(dir, "keputusan.docx")
	r := cli(t, "--db", db, "--json", "letter", "decree", "--year", year, "--format", "docx", "--out", out).expect(t, 0)
	number := r.obj["number"].(string)
	if number != "400.9/1/"+year || r.obj["format"] != "docx" {
		t.Fatalf("decree json %v", r.obj)
	}
	if pdf, err := os.ReadFile(r.obj["archive"].(string)); err != nil || !strings.HasPrefix(string(pdf), "%PDF") {
		t.Fatalf("archived PDF: %v", err)
	}
	doc := wordDoc(t, out, 2)
	if !strings.Contains(doc, "NOMOR "+number) || !strings.Contains(doc, `<w:pgSz w:w="12189" w:h="18709"/>`) {
		t.Errorf("decree docx lacks its number or F4 page")
	}
	n := 0
	for _, row := range docx.Rows(doc) {
		if len(row) == 4 && regexp.MustCompile(`^\d+\.$`).MatchString(row[0]) {
			n++
		}
	}
	if n != 48 {
		t.Errorf("lampiran has %d numbered rows, want the demo's 48", n)
	}

	var code, name string
	sdb := testutil.NewDBAt(t, db, false)
	row := sdb.Raw(`SELECT o.code, a.name FROM opd o JOIN pendampingan p ON p.opd_id = o.id JOIN anggota_tim a ON a.pendampingan_id = p.id
		WHERE p.year = ? ORDER BY o.code LIMIT 1`, 2026).Row()
	if err := row.Scan(&code, &name); err != nil {
		t.Fatal(err)
	}
	out = filepath.Join(dir, "surat-tugas.docx")
	r = cli(t, "--db", db, "--json", "letter", "assignment", "--year", year, "--opd", code, "--format", "docx", "--out", out).expect(t, 0)
	doc = wordDoc(t, out, 2)
	for _, want := range []string{"NOMOR : " + r.obj["number"].(string), name, "Nama / NIP", "<w:tblHeader", r.obj["shortCode"].(string)} {
		if !strings.Contains(doc, want) {
			t.Errorf("assignment docx lacks %q", want)
		}
	}
}

// wordDoc reads a written .docx's document.xml and checks its media count.
func wordDoc(t *testing.T, path string, media int) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := docx.Part(data, "word/document.xml")
	if err != nil {
		t.Fatal(err)
	}
	if m, _ := docx.Media(data); len(m) != media {
		t.Errorf("%s: media %v, want %d images (emblem, QR)", path, m, media)
	}
	return doc
}
