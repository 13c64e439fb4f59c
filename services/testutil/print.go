package testutil

import (
	"encoding/xml"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

// NeedTools skips the test when a program it runs is missing, except in CI (CI=true),
// where a missing program fails it: the print checks must not pass by being skipped.
// The Windows test binaries (run under Wine) skip: the checks run in the Linux stage.
func NeedTools(t testing.TB, names ...string) {
	t.Helper()
	if runtime.GOOS == "windows" {
		t.Skip("LibreOffice and poppler checks run in the Linux test stage")
	}
	for _, n := range names {
		if _, err := exec.LookPath(n); err != nil {
			if os.Getenv("CI") == "true" {
				t.Fatalf("%s is missing; install it with scripts/deps.sh (libreoffice-calc-nogui, libreoffice-writer-nogui, poppler-utils)", n)
			}
			t.Skipf("%s is not installed (scripts/deps.sh installs it)", n)
		}
	}
}

// ToPDF converts a workbook or document to PDF with LibreOffice, as a user printing it
// would get it, and returns the PDF's path. Each call uses its own LibreOffice profile so
// parallel tests do not share one.
func ToPDF(t testing.TB, path string) string {
	t.Helper()
	NeedTools(t, "soffice")
	out := TempDir(t)
	profile := "file://" + filepath.ToSlash(filepath.Join(out, "lo-profile"))
	if !strings.HasPrefix(profile, "file:///") {
		profile = "file:///" + strings.TrimPrefix(profile, "file://")
	}
	cmd := exec.Command("soffice", "-env:UserInstallation="+profile, "--headless", "--norestore",
		"--convert-to", "pdf", "--outdir", out, path)
	done := make(chan error, 1)
	var msg []byte
	go func() {
		var err error
		msg, err = cmd.CombinedOutput()
		done <- err
	}()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("soffice %s: %v\n%s", path, err, msg)
		}
	case <-time.After(3 * time.Minute):
		_ = cmd.Process.Kill()
		t.Fatalf("soffice %s took more than 3 minutes", path)
	}
	pdf := filepath.Join(out, strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))+".pdf")
	if _, err := os.Stat(pdf); err != nil {
		t.Fatalf("soffice wrote no PDF for %s: %s", path, msg)
	}
	KeepSample(pdf)
	return pdf
}

// KeepSample copies the printed file at path into $PRINT_SAMPLE_DIR when that is set, to
// look at by eye (pdftoppm -r 60 -png x.pdf x).
func KeepSample(path string) {
	if dir := os.Getenv("PRINT_SAMPLE_DIR"); dir != "" {
		data, _ := os.ReadFile(path)
		_ = os.WriteFile(filepath.Join(dir, filepath.Base(path)), data, 0o644)
	}
}

// PDFText is what pdftotext reads from the PDF at path, with its flags ("-layout",
// "-f", "2", ...); pages are separated by form feeds.
func PDFText(t testing.TB, path string, flags ...string) string {
	t.Helper()
	NeedTools(t, "pdftotext")
	out, err := exec.Command("pdftotext", append(append(flags, path), "-")...).CombinedOutput()
	if err != nil {
		t.Fatalf("pdftotext %s: %v\n%s", path, err, out)
	}
	return string(out)
}

// PDFWord is one word of a PDF page, as pdftotext -bbox places it (points, y downwards).
type PDFWord struct {
	Page                   int
	Text                   string
	XMin, YMin, XMax, YMax float64
}

// bboxHeightPerPoint is a word box's height per point of font size: pdftotext spans the
// font's ascent to its descent, 1.30 times the size for Liberation Sans (Arial) and Noto
// Sans as LibreOffice embeds them (measured on 11 pt and 14 pt text).
const bboxHeightPerPoint = 1.30

// Size estimates the word's font size in points from its box.
func (w PDFWord) Size() float64 { return (w.YMax - w.YMin) / bboxHeightPerPoint }

// PDFWords reads every word of a PDF with its page and box (pdftotext -bbox).
func PDFWords(t testing.TB, pdf string) []PDFWord {
	t.Helper()
	NeedTools(t, "pdftotext")
	out, err := exec.Command("pdftotext", "-bbox", pdf, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext -bbox %s: %v", pdf, err)
	}
	var doc struct {
		Pages []struct {
			Words []struct {
				XMin float64 `xml:"xMin,attr"`
				YMin float64 `xml:"yMin,attr"`
				XMax float64 `xml:"xMax,attr"`
				YMax float64 `xml:"yMax,attr"`
				Text string  `xml:",chardata"`
			} `xml:"word"`
		} `xml:"body>doc>page"`
	}
	dec := xml.NewDecoder(strings.NewReader(string(out)))
	dec.Strict = false
	dec.AutoClose = xml.HTMLAutoClose
	dec.Entity = xml.HTMLEntity
	if err := dec.Decode(&doc); err != nil {
		t.Fatalf("pdftotext -bbox %s: unreadable output: %v", pdf, err)
	}
	var words []PDFWord
	for i, p := range doc.Pages {
		for _, w := range p.Words {
			words = append(words, PDFWord{Page: i + 1, Text: w.Text, XMin: w.XMin, YMin: w.YMin, XMax: w.XMax, YMax: w.YMax})
		}
	}
	return words
}

// SmallText lists the words printed under minPt points, as "page 2: "Serapan" 5.1 pt".
func SmallText(words []PDFWord, minPt float64) []string {
	var bad []string
	for _, w := range words {
		if w.Size() < minPt {
			bad = append(bad, fmt.Sprintf("page %d: %q %.1f pt", w.Page, w.Text, w.Size()))
		}
	}
	return bad
}

// PDFPages counts the pages of a PDF (pdftotext's page elements).
func PDFPages(words []PDFWord) int {
	n := 0
	for _, w := range words {
		n = max(n, w.Page)
	}
	return n
}
