package render

import (
	"os"
	"path/filepath"
	"testing"
)

// TestWriteSamples writes sample letters for a human to look at:
//
//	LETTERS_SAMPLE_DIR=/tmp/letters-sample go test ./services/letters/render/ -run TestWriteSamples
//	pdftoppm -r 60 -png /tmp/letters-sample/keputusan-f4.pdf /tmp/letters-sample/keputusan-f4
func TestWriteSamples(t *testing.T) {
	dir := os.Getenv("LETTERS_SAMPLE_DIR")
	if dir == "" {
		t.Skip("set LETTERS_SAMPLE_DIR to write sample letters")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	write := func(name string, pdf []byte, err error) {
		t.Helper()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), pdf, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	pdf, err := RenderDecree(sampleDecree(48), Options{Paper: "F4"})
	write("keputusan-f4.pdf", pdf, err)
	pdf, err = RenderDecree(sampleDecree(48), Options{Paper: "A4"})
	write("keputusan-a4.pdf", pdf, err)
	pdf, err = RenderAssignment(sampleAssignment(opdNames[0], 6, 1), Options{})
	write("surat-tugas.pdf", pdf, err)
	var all []Assignment
	for i, opd := range opdNames[:4] {
		all = append(all, sampleAssignment(opd, 3+i*6, i+1))
	}
	pdf, err = RenderAssignments(all, Options{})
	write("surat-tugas-semua.pdf", pdf, err)
	t.Logf("font: %s (%s)", DiscoverFonts().Name, DiscoverFonts().Source)
}
