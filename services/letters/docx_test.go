package letters

import (
	"os"
	"strings"
	"testing"

	"sidamping/models"
	"sidamping/services/docx"
	"sidamping/services/pairing"
)

// TestDocxOfIssuedLetter: an issued Surat Tugas's Word copy carries its number, QR and
// team as issued — a team member renamed later is not in it — and a letter whose kept
// content is missing (issued by an older version) is composed again with its frozen
// number and signatory. A draft's Word copy has a blank number.
func TestDocxOfIssuedLetter(t *testing.T) {
	f := newFixture(t, 2)
	if _, err := f.s.Issue(ctx, Request{Type: models.SuratKeputusan, Year: 2026}); err != nil {
		t.Fatal(err)
	}
	l, err := f.s.Issue(ctx, Request{Type: models.SuratTugas, Year: 2026, OPDID: f.opds[0].ID})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(contentPath(l.PDFPath)); err != nil {
		t.Fatalf("the issued content is not kept beside the PDF: %v", err)
	}
	var pid uint
	f.db.Raw("SELECT id FROM pendampingan WHERE opd_id = ?", f.opds[0].ID).Scan(&pid)
	if err := pairing.New(f.db, nil).SaveTeam(ctx, pid, []models.AnggotaTim{{Role: models.RoleKoordinator, Name: "Nama Baru Sesudah Terbit"}}); err != nil {
		t.Fatal(err)
	}
	// The signatory changes too: the letter keeps the one of its day.
	if err := f.db.Model(&models.Penandatangan{}).Where("role = ?", models.RoleSekda).Update("name", "Penjabat Baru").Error; err != nil {
		t.Fatal(err)
	}

	_, data, err := f.s.Docx(ctx, l.ID)
	if err != nil {
		t.Fatal(err)
	}
	doc := mustPart(t, data)
	for _, want := range []string{"NOMOR : " + l.Number, "Koordinator 001", "Drs. Sutrisno, M.Si.", l.ShortCode} {
		if !strings.Contains(doc, want) {
			t.Errorf("Word copy lacks %q", want)
		}
	}
	if strings.Contains(doc, "Nama Baru Sesudah Terbit") {
		t.Error("Word copy follows a team changed after the letter was issued")
	}
	if m, _ := docx.Media(data); len(m) != 1 { // the QR (the fixture has no logo)
		t.Errorf("media %v, want the QR code", m)
	}

	// Without the kept content: composed again, with the frozen number and signatory.
	if err := os.Remove(contentPath(l.PDFPath)); err != nil {
		t.Fatal(err)
	}
	_, data, err = f.s.Docx(ctx, l.ID)
	if err != nil {
		t.Fatal(err)
	}
	doc = mustPart(t, data)
	for _, want := range []string{"NOMOR : " + l.Number, "Nama Baru Sesudah Terbit", "Drs. Sutrisno, M.Si.", l.ShortCode} {
		if !strings.Contains(doc, want) {
			t.Errorf("recomposed Word copy lacks %q", want)
		}
	}

	data, err = f.s.PreviewDocx(ctx, Request{Type: models.SuratTugas, Year: 2026, OPDID: f.opds[1].ID})
	if err != nil {
		t.Fatal(err)
	}
	if doc = mustPart(t, data); !strings.Contains(doc, "NOMOR : ........................") || !strings.Contains(doc, "Koordinator 002") {
		t.Error("draft Word copy lacks its blank number or team")
	}
}

func mustPart(t *testing.T, data []byte) string {
	t.Helper()
	doc, err := docx.Part(data, "word/document.xml")
	if err != nil {
		t.Fatal(err)
	}
	return doc
}
