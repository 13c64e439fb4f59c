package render

import (
	"sidamping/services/testutil"

	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func TestFontDiscoveryOrder(t *testing.T) {
	dir := testutil.TempDir(t)
	win := filepath.Join(dir, "Windows", "Fonts")
	broken := filepath.Join(dir, "broken")
	for _, d := range []string{win, broken} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	// A damaged font file is passed over.
	for _, f := range []string{"arial.ttf", "arialbd.ttf"} {
		if err := os.WriteFile(filepath.Join(broken, f), []byte("not a font at all"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	go4 := goFonts()
	// A usable "Arial" (the Go fonts standing in) without italic is taken, italic
	// falling back to regular.
	if err := os.WriteFile(filepath.Join(win, "arial.ttf"), go4.Regular, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(win, "arialbd.ttf"), go4.Bold, 0o644); err != nil {
		t.Fatal(err)
	}
	cands := []fontCandidate{
		{"Missing", filepath.Join(dir, "nowhere"), "a.ttf", "b.ttf", "c.ttf"},
		{"Arial", broken, "arial.ttf", "arialbd.ttf", "ariali.ttf"},
		{"Arial", win, "arial.ttf", "arialbd.ttf", "ariali.ttf"},
	}
	fs := discoverFonts(cands, os.ReadFile)
	if fs.Name != "Arial" || fs.Source != win {
		t.Fatalf("picked %s from %s, want Arial from %s", fs.Name, fs.Source, win)
	}
	if len(fs.Italic) != len(fs.Regular) {
		t.Error("missing italic should fall back to regular")
	}

	// Nothing on disk: the Go fonts from golang.org/x/image are the fallback.
	fs = discoverFonts(cands[:2], os.ReadFile)
	if fs.Name != "Go" || len(fs.Regular) == 0 || len(fs.Bold) == 0 {
		t.Fatalf("fallback = %s, want the Go fonts", fs.Name)
	}
}

// Letters render with whatever font this computer has, and with the fallback.
func TestRenderWithFallbackFont(t *testing.T) {
	old := discovered
	discovered = func() FontSet { return goFonts() }
	defer func() { discovered = old }()
	pdf := mustDecree(t, sampleDecree(5), Options{})
	text := pdfText(t, pdf, "-layout")
	if !needsAll(text, "KEPUTUSAN BUPATI CONTOH", "MEMUTUSKAN:", "KESATU") {
		t.Errorf("decree set in the Go fonts lost text:\n%.400s", text)
	}
}

// Every font in the PDF is an embedded TrueType subset, never a core font that
// the reader's computer would substitute.
func TestFontsAreEmbedded(t *testing.T) {
	needTool(t, "pdffonts")
	pdf := mustDecree(t, sampleDecree(3), Options{})
	out, err := exec.Command("pdffonts", writeTemp(t, "letter.pdf", pdf)).CombinedOutput()
	if err != nil {
		t.Fatalf("pdffonts: %v\n%s", err, out)
	}
	rows := strings.Split(strings.TrimSpace(string(out)), "\n")[2:]
	if len(rows) < 2 {
		t.Fatalf("expected regular and bold fonts:\n%s", out)
	}
	for _, r := range rows {
		f := strings.Fields(r)
		// name type encoding emb sub uni object ID
		if len(f) < 7 || f[len(f)-5] != "yes" || !strings.Contains(r, "TrueType") {
			t.Errorf("font not embedded TrueType: %s", r)
		}
	}
	t.Logf("font on this computer: %s (%s)\n%s", DiscoverFonts().Name, DiscoverFonts().Source, out)
}
