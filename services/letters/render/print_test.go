package render

import (
	"fmt"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// word is one word of `pdftotext -bbox`, in points from the top left of its page.
type word struct {
	text       string
	page       int
	x, y, yMax float64
}

var reBboxPage = regexp.MustCompile(`<page width="([\d.]+)" height="([\d.]+)">`)
var reBboxWord = regexp.MustCompile(`<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>`)

// bboxWords reads every word of the PDF with its page and position.
func bboxWords(t testing.TB, pdf []byte) (words []word, pageH float64) {
	t.Helper()
	needTool(t, "pdftotext")
	out, err := exec.Command("pdftotext", "-bbox", writeTemp(t, "bbox.pdf", pdf), "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	page := 0
	for _, line := range strings.Split(string(out), "\n") {
		if m := reBboxPage.FindStringSubmatch(line); m != nil {
			page++
			pageH, _ = strconv.ParseFloat(m[2], 64)
			continue
		}
		if m := reBboxWord.FindStringSubmatch(line); m != nil {
			x, _ := strconv.ParseFloat(m[1], 64)
			y, _ := strconv.ParseFloat(m[2], 64)
			yMax, _ := strconv.ParseFloat(m[3], 64)
			words = append(words, word{text: m[4], page: page, x: x, y: y, yMax: yMax})
		}
	}
	return words, pageH
}

// lastBodyWord is the lowest word of a page that is not the page number or the
// verification footer.
func lastBodyY(words []word, page int, footerFrom float64) float64 {
	low := 0.0
	for _, w := range words {
		if w.page == page && w.y < footerFrom {
			low = max(low, w.yMax)
		}
	}
	return low
}

const mmPt = 72 / 25.4

// A Surat Tugas for a team of up to six fits on one F4 page, item 5, the signature and the
// tembusan included.
func TestAssignmentOfSixFitsOneF4Page(t *testing.T) {
	for members := 1; members <= 6; members++ {
		a := sampleAssignment(opdNames[8], members, 1) // a long agency name
		pdf, err := RenderAssignment(a, Options{Paper: "F4"})
		if err != nil {
			t.Fatal(err)
		}
		if pi := info(t, pdf); pi.pages != 1 {
			t.Errorf("%d members: %d pages, want 1", members, pi.pages)
		}
		text := flat(pageText(t, pdf, 1))
		if !needsAll(text, a.Signatory.Name, "tanggung jawab.", "Tembusan", "Inspektur Kabupaten Contoh.") {
			t.Errorf("%d members: page 1 lacks the signature or tembusan:\n%s", members, text)
		}
	}
}

// A decree that needs more pages fills page 1 to the bottom margin, numbers the pages
// from 2 on as "- 2 -", keeps body text on the page of the signature and never leaves
// one lampiran row alone on the last page.
func TestDecreeFillsPagesAndKeepsRowsTogether(t *testing.T) {
	for rows := 20; rows <= 75; rows++ {
		d := sampleDecree(rows)
		pdf, err := RenderDecree(d, Options{Paper: "F4"})
		if err != nil {
			t.Fatal(err)
		}
		words, pageH := bboxWords(t, pdf)
		pages := words[len(words)-1].page
		if pages < 3 {
			t.Fatalf("%d rows: %d pages", rows, pages)
		}
		// Page 1 ends within three lines of the bottom margin (2.5 cm).
		bottom := pageH - 25*mmPt
		footer := pageH - 18*mmPt // page numbers and the verification line stand below the margin
		if got := lastBodyY(words, 1, footer); got < bottom-3*6*mmPt || got > bottom+1 {
			t.Errorf("%d rows: page 1 ends at y=%.0f pt, the bottom margin is at %.0f pt", rows, got, bottom)
		}
		for p := 1; p <= pages; p++ {
			text := flat(pageText(t, pdf, p))
			// pdftotext drops the narrow spaces of "- 2 -".
			num := regexp.MustCompile(fmt.Sprintf(`(^|\s)- ?%d ?-(\s|$)`, p))
			if p == 1 && regexp.MustCompile(`(^|\s)- ?1 ?-(\s|$)`).MatchString(text) {
				t.Errorf("%d rows: page 1 is numbered", rows)
			}
			if p > 1 && !num.MatchString(text) {
				t.Errorf("%d rows: page %d lacks its number \"- %d -\"", rows, p, p)
			}
			if strings.Contains(text, d.Signatory.Name) {
				// The signature never stands alone: the page also holds text of the letter.
				body := strings.Contains(text, "mulai berlaku") || strings.Contains(text, "Perangkat Daerah Pendamping") || countRows(text, d.Lampiran.Rows) > 0
				if !body {
					t.Errorf("%d rows: the signature stands alone on page %d", rows, p)
				}
			}
		}
		last := flat(pageText(t, pdf, pages))
		if n := countRows(last, d.Lampiran.Rows); n < 2 {
			t.Errorf("%d rows: the lampiran's last page holds %d row(s)", rows, n)
		}
	}
}

// countRows counts the lampiran rows whose village stands in text.
func countRows(text string, rows []PairingRow) int {
	n := 0
	seen := map[string]bool{}
	for _, r := range rows {
		if !seen[r.Desa] && strings.Contains(text, r.Desa) {
			seen[r.Desa] = true
			n++
		}
	}
	return n
}

// A long office name in the kop breaks into balanced lines: never one word alone.
func TestKopBalancesLongOfficeNames(t *testing.T) {
	long := "DINAS PEMBERDAYAAN MASYARAKAT DAN DESA, PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK, PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA"
	a := sampleAssignment(opdNames[0], 2, 1)
	a.Letterhead.Lines = []string{"PEMERINTAH KABUPATEN CONTOH", long}
	pdf, err := RenderAssignment(a, Options{})
	if err != nil {
		t.Fatal(err)
	}
	text := pageText(t, pdf, 1)
	kop := text[:strings.Index(text, "Jalan Pemuda")]
	var got []string
	for _, l := range strings.Split(kop, "\n") {
		if l = strings.TrimSpace(l); l != "" && l != "PEMERINTAH KABUPATEN CONTOH" {
			got = append(got, l)
		}
	}
	if len(got) < 2 || strings.Join(strings.Fields(strings.Join(got, " ")), " ") != long {
		t.Fatalf("kop lines %q, want the office name over several lines", got)
	}
	for _, l := range got {
		if len(strings.Fields(l)) < 2 {
			t.Errorf("kop line %q is one word alone; lines %q", l, got)
		}
	}
	// Balanced: the shortest line holds at least half the words of the longest.
	minW, maxW := 99, 0
	for _, l := range got {
		minW, maxW = min(minW, len(strings.Fields(l))), max(maxW, len(strings.Fields(l)))
	}
	if minW*2 < maxW {
		t.Errorf("kop lines not balanced: %q", got)
	}
}

func TestBalancedBreaks(t *testing.T) {
	words := strings.Fields("a bb ccc dddd eeeee ffffff g")
	width := func(i, j int) float64 { return float64(len(strings.Join(words[i:j], " "))) }
	br, worst := balancedBreaks(len(words), 2, 2, width)
	if fmt.Sprint(br) != "[4]" || worst != 14 {
		t.Errorf("two lines: breaks %v worst %v", br, worst)
	}
	// Three words in two lines cannot have two words each: one may stand alone then.
	if br, _ := balancedBreaks(3, 2, 2, width); br != nil {
		t.Errorf("impossible split gave %v", br)
	}
}

// "desa/kelurahan" may break after its slash (no hyphen added) or inside "kelurahan",
// so a line before it is not left loose.
func TestSlashWordsBreak(t *testing.T) {
	cuts := hyphenPoints("desa/kelurahan")
	if len(cuts) == 0 || !slicesContains(cuts, 5) {
		t.Fatalf("cuts of desa/kelurahan: %v, want one after the slash", cuts)
	}
	for _, c := range cuts {
		if c < 2 || c > len("desa/kelurahan")-2 {
			t.Errorf("cut %d leaves fewer than two letters", c)
		}
	}
	if cuts := hyphenPoints("450/0007383"); len(cuts) != 0 {
		t.Errorf("a letter number is kept whole: %v", cuts)
	}
}

func slicesContains(s []int, v int) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}
