package letters

import (
	"os"
	"path/filepath"
	"testing"

	"sidamping/models"
)

// TestWriteSamples writes an issued decree and assignment to LETTERS_SAMPLE_DIR, for a
// person to look at (pdftoppm -png). It does nothing without the variable.
func TestWriteSamples(t *testing.T) {
	dir := os.Getenv("LETTERS_SAMPLE_DIR")
	if dir == "" {
		t.Skip("LETTERS_SAMPLE_DIR not set")
	}
	f := newFixture(t, 30)
	d, err := f.s.Issue(ctx, Request{Type: models.SuratKeputusan, Year: 2026})
	if err != nil {
		t.Fatal(err)
	}
	a, err := f.s.Issue(ctx, Request{Type: models.SuratTugas, Year: 2026, OPDID: f.opds[0].ID})
	if err != nil {
		t.Fatal(err)
	}
	for name, l := range map[string]models.Surat{"keputusan.pdf": d, "surat-tugas.pdf": a} {
		b, err := os.ReadFile(l.PDFPath)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
