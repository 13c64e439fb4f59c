package render

import (
	"bytes"
	"os"
	"path/filepath"
	"sync"

	"codeberg.org/go-pdf/fpdf"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goitalic"
	"golang.org/x/image/font/gofont/goregular"
)

// FontSet is the TrueType family the letters are set in. It is always a real font
// embedded in the PDF (never a PDF core font), so Indonesian text and symbols print
// the same on every computer.
type FontSet struct {
	Name    string `json:"name"`   // "Arial", "Liberation Sans", "DejaVu Sans" or "Go"
	Source  string `json:"source"` // folder or Go module the files came from
	Regular []byte `json:"-"`
	Bold    []byte `json:"-"`
	Italic  []byte `json:"-"` // falls back to Regular; not used by the current layouts
}

// fontCandidate names the files of one family in one folder.
type fontCandidate struct {
	name, dir             string
	regular, bold, italic string
}

// fontCandidates lists, in order of preference, where an Arial-like sans-serif is
// found: Arial on Windows (what the secretariat's Word letters use), Arial on macOS,
// then the metric-compatible Liberation Sans and DejaVu Sans on Linux.
func fontCandidates() []fontCandidate {
	var out []fontCandidate
	for _, env := range []string{"WINDIR", "SystemRoot"} {
		if dir := os.Getenv(env); dir != "" {
			out = append(out, fontCandidate{"Arial", filepath.Join(dir, "Fonts"), "arial.ttf", "arialbd.ttf", "ariali.ttf"})
		}
	}
	out = append(out,
		fontCandidate{"Arial", `C:\Windows\Fonts`, "arial.ttf", "arialbd.ttf", "ariali.ttf"},
		fontCandidate{"Arial", "/System/Library/Fonts/Supplemental", "Arial.ttf", "Arial Bold.ttf", "Arial Italic.ttf"},
		fontCandidate{"Arial", "/Library/Fonts", "Arial.ttf", "Arial Bold.ttf", "Arial Italic.ttf"},
		fontCandidate{"Liberation Sans", "/usr/share/fonts/truetype/liberation", "LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf"},
		fontCandidate{"Liberation Sans", "/usr/share/fonts/truetype/liberation2", "LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf"},
		fontCandidate{"Liberation Sans", "/usr/share/fonts/liberation-sans", "LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf"},
		fontCandidate{"DejaVu Sans", "/usr/share/fonts/truetype/dejavu", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"},
		fontCandidate{"DejaVu Sans", "/usr/share/fonts/dejavu-sans-fonts", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"},
	)
	return out
}

// goFonts is the fallback that ships inside golang.org/x/image, so rendering never
// fails for lack of fonts.
func goFonts() FontSet {
	return FontSet{Name: "Go", Source: "golang.org/x/image/font/gofont",
		Regular: goregular.TTF, Bold: gobold.TTF, Italic: goitalic.TTF}
}

var discovered = sync.OnceValue(func() FontSet { return discoverFonts(fontCandidates(), os.ReadFile) })

// DiscoverFonts returns the font the letters use on this computer. The search runs
// once per process; the first family whose regular and bold files exist and parse
// wins, and the Go fonts are the last resort.
func DiscoverFonts() FontSet { return discovered() }

func discoverFonts(cands []fontCandidate, read func(string) ([]byte, error)) FontSet {
	for _, c := range cands {
		reg, err := read(filepath.Join(c.dir, c.regular))
		if err != nil || !fontUsable(reg) {
			continue
		}
		bold, err := read(filepath.Join(c.dir, c.bold))
		if err != nil || !fontUsable(bold) {
			continue
		}
		ital, err := read(filepath.Join(c.dir, c.italic))
		if err != nil || !fontUsable(ital) {
			ital = reg
		}
		return FontSet{Name: c.name, Source: c.dir, Regular: reg, Bold: bold, Italic: ital}
	}
	return goFonts()
}

// fontUsable reports whether fpdf can embed the TrueType bytes; a damaged file, a
// collection (.ttc) or a CFF OpenType font would otherwise make every letter fail.
func fontUsable(b []byte) (ok bool) {
	// Only TrueType outlines: version 1.0 or "true".
	if len(b) < 12 || !(bytes.HasPrefix(b, []byte{0, 1, 0, 0}) || bytes.HasPrefix(b, []byte("true"))) {
		return false
	}
	defer func() {
		if recover() != nil { // the parser may panic on a truncated file
			ok = false
		}
	}()
	p := fpdf.New("P", "mm", "A4", "")
	p.AddUTF8FontFromBytes("probe", "", b)
	p.SetFont("probe", "", 12) // fails when the font was not registered
	return p.Error() == nil
}
