//go:build windows

package letters

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"sidamping/models"
)

// A PDF viewer holding the target open (Windows refuses the rename over it) gives the
// clear message and uses up no number; the next issue takes number 1.
func TestIssueToPDFHeldOpenUsesNoNumber(t *testing.T) {
	f := newFixture(t, 1)
	out := filepath.Join(f.dir, "keputusan.pdf")
	if err := os.WriteFile(out, []byte("lama"), 0o644); err != nil {
		t.Fatal(err)
	}
	h, err := os.Open(out) // shares reading and writing, not deleting: the rename fails
	if err != nil {
		t.Fatal(err)
	}
	_, err = f.s.IssueTo(ctx, Request{Type: models.SuratKeputusan, Year: 2026}, out)
	h.Close()
	if appCode(err) != "files.locked" || !strings.Contains(models.AsAppError(err).Message, "Berkas keputusan.pdf sedang dibuka di aplikasi lain; tutup dulu lalu ulangi.") {
		t.Fatalf("err = %v", err)
	}
	if m := models.AsAppError(err).Message; strings.HasSuffix(m, "..") || strings.Contains(m, ".tmp") || strings.Contains(m, "rename") {
		t.Errorf("raw text in %q", m)
	}
	nothingIssued(t, f)
	if b, _ := os.ReadFile(out); string(b) != "lama" {
		t.Error("the held file was changed")
	}
	l, err := f.s.IssueTo(ctx, Request{Type: models.SuratKeputusan, Year: 2026}, out)
	if err != nil || l.Number != "400.9/1/2026" {
		t.Fatalf("next issue: %+v %v", l, err)
	}
}
