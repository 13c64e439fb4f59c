package render

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"image/draw"
	"image/jpeg"
	"image/png"
	"math"
	"regexp"
	"strings"
	"testing"
)

// pageNumber matches the "- 2 -" printed at the top of following pages.
var pageNumber = regexp.MustCompile(`(?m)^\s*-\s?(\d+)\s?-\s*$`)

func mustDecree(t testing.TB, d Decree, opt Options) []byte {
	t.Helper()
	pdf, err := RenderDecree(d, opt)
	if err != nil {
		t.Fatalf("RenderDecree: %v", err)
	}
	return pdf
}

func TestDecreeReadsLikeADecree(t *testing.T) {
	d := sampleDecree(12)
	pdf := mustDecree(t, d, Options{})
	text := pdfText(t, pdf, "-layout")
	for _, want := range []string{
		"BUPATI CONTOH", "KEPUTUSAN BUPATI CONTOH", "NOMOR 400.9/123/2026", "TENTANG",
		"PENETAPAN PERANGKAT DAERAH PENDAMPING", "Menimbang", "Mengingat", "MEMUTUSKAN:",
		"Menetapkan", "Ditetapkan di", "pada tanggal", "22 November 2026", "ARIEF SUSANTO",
		"LAMPIRAN KEPUTUSAN BUPATI CONTOH", "Perangkat Daerah Pendamping", "Desa/Kelurahan",
		"KB-7Q4M2X",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("decree text lacks %q", want)
		}
	}
	for i := range d.Diktum {
		if label := DiktumLabel(i + 1); !strings.Contains(text, label) {
			t.Errorf("decree text lacks diktum %s", label)
		}
	}
	// Menimbang is lettered, Mengingat numbered.
	for _, want := range []string{"a.", "b.", "c.", "1.", "5."} {
		if !strings.Contains(text, want) {
			t.Errorf("decree text lacks list marker %q", want)
		}
	}
	// Every pairing of the lampiran is printed, a wrapped cell read as one name.
	raw := flat(pdfText(t, pdf, "-raw"))
	for i, r := range d.Lampiran.Rows {
		row := fmt.Sprintf("%d. %s %s %s", i+1, r.Kecamatan, r.Desa, r.Pendamping)
		if !strings.Contains(raw, row) {
			t.Errorf("lampiran lacks row %q", row)
		}
	}
}

func TestPaperSizes(t *testing.T) {
	const ptPerMM = 72 / 25.4
	for _, tc := range []struct {
		paper        string
		wMM, hMM     float64
		shown        string // what pdfinfo prints
		roughW, roug string
	}{
		// F4: 215 × 330 mm = 609.449 × 935.433 pt, i.e. 609.4 × 935.4 to one
		// decimal. The MediaBox carries two decimals, so pdfinfo prints 609.45 x
		// 935.43 (rounding that again to one decimal would wrongly give 609.5).
		{"F4", 215, 330, "609.45 x 935.43", "609.4", "935.4"},
		{"", 215, 330, "609.45 x 935.43", "609.4", "935.4"},
		{"A4", 210, 297, "595.28 x 841.89", "595.3", "841.9"},
	} {
		pi := info(t, mustDecree(t, sampleDecree(3), Options{Paper: tc.paper}))
		if pi.pageSize != tc.shown {
			t.Errorf("paper %q: pdfinfo page size %q, want %q", tc.paper, pi.pageSize, tc.shown)
		}
		wantW, wantH := tc.wMM*ptPerMM, tc.hMM*ptPerMM
		if math.Abs(pi.w-wantW) > 0.006 || math.Abs(pi.h-wantH) > 0.006 {
			t.Errorf("paper %q: %.3f x %.3f pt, want %.3f x %.3f", tc.paper, pi.w, pi.h, wantW, wantH)
		}
		if got := fmt.Sprintf("%.1f", wantW); got != tc.roughW {
			t.Errorf("paper %q: true width rounds to %s, want %s", tc.paper, got, tc.roughW)
		}
		if got := fmt.Sprintf("%.1f", wantH); got != tc.roug {
			t.Errorf("paper %q: true height rounds to %s, want %s", tc.paper, got, tc.roug)
		}
	}
	if _, err := RenderDecree(sampleDecree(1), Options{Paper: "Letter"}); !errors.Is(err, ErrUnknownPaper) {
		t.Errorf("paper Letter: err %v, want ErrUnknownPaper", err)
	}
}

// A 120-row lampiran spans several pages; each lampiran page repeats the table
// header, and no row is split between two pages.
func TestLongLampiranRepeatsHeaderAndKeepsRowsWhole(t *testing.T) {
	d := sampleDecree(120)
	pdf := mustDecree(t, d, Options{})
	pi := info(t, pdf)
	first := 0
	for p := 1; p <= pi.pages; p++ {
		if strings.Contains(pageText(t, pdf, p), "LAMPIRAN KEPUTUSAN BUPATI CONTOH") {
			first = p
			break
		}
	}
	if first == 0 {
		t.Fatal("no page carries the lampiran heading")
	}
	if annex := pi.pages - first + 1; annex < 3 {
		t.Fatalf("120 rows fill %d lampiran pages, want at least 3", annex)
	}
	rowPage := map[int]int{}
	for p := first; p <= pi.pages; p++ {
		text := pageText(t, pdf, p)
		if !strings.Contains(text, "Perangkat Daerah Pendamping") || !strings.Contains(text, "Kecamatan") {
			t.Errorf("lampiran page %d lacks the table header", p)
		}
		if m := pageNumber.FindStringSubmatch(text); m == nil || m[1] != fmt.Sprint(p) {
			t.Errorf("page %d lacks its page number", p)
		}
		raw := flat(pdfText(t, pdf, "-raw", "-f", fmt.Sprint(p), "-l", fmt.Sprint(p)))
		for i, r := range d.Lampiran.Rows {
			if strings.Contains(raw, fmt.Sprintf("%d. %s %s %s", i+1, r.Kecamatan, r.Desa, r.Pendamping)) {
				rowPage[i] = p
			}
		}
	}
	for i := range d.Lampiran.Rows {
		if rowPage[i] == 0 {
			t.Errorf("row %d is not whole on any page", i+1)
		}
	}
	// The lampiran ends with the regent's signature.
	last := pageText(t, pdf, pi.pages)
	if !strings.Contains(last, "ARIEF SUSANTO") || !strings.Contains(last, "120.") {
		t.Errorf("last page should carry row 120 and the signature:\n%s", last)
	}
}

func TestDecreeWithoutLampiranOrQR(t *testing.T) {
	d := sampleDecree(0)
	d.Lampiran, d.Verification, d.Number = nil, nil, ""
	d.Letterhead.Logo = nil
	pdf := mustDecree(t, d, Options{Paper: "A4"})
	text := pdfText(t, pdf, "-layout")
	if strings.Contains(text, "LAMPIRAN KEPUTUSAN") {
		t.Error("decree without lampiran prints a lampiran")
	}
	if !strings.Contains(text, "NOMOR ....") {
		t.Error("a draft without number should print a dotted blank")
	}
}

func TestBadLogoIsReported(t *testing.T) {
	d := sampleDecree(1)
	d.Letterhead.Logo = []byte("not an image")
	if _, err := RenderDecree(d, Options{}); err == nil || !strings.Contains(err.Error(), "logo") {
		t.Errorf("bad logo: err %v, want an error naming the logo", err)
	}
}

func TestAssignmentReadsLikeASuratTugas(t *testing.T) {
	a := sampleAssignment("Badan Perencanaan Pembangunan Daerah", 5, 1)
	pdf, err := RenderAssignment(a, Options{})
	if err != nil {
		t.Fatal(err)
	}
	text := pdfText(t, pdf, "-layout")
	for _, want := range []string{
		"PEMERINTAH KABUPATEN CONTOH", "BADAN PERENCANAAN PEMBANGUNAN DAERAH",
		"SURAT TUGAS", "NOMOR : " + a.Number, "Dasar", "MEMBERI TUGAS", "Kepada", "Untuk",
		"Contoh, 25 November 2026", a.Signatory.Name, "NIP. " + a.Signatory.NIP, "Tembusan",
		"Inspektur Kabupaten Contoh.", "Pangkat/", "Jabatan", "ST-0001",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("surat tugas lacks %q", want)
		}
	}
	raw := flat(pdfText(t, pdf, "-raw"))
	for _, m := range a.Kepada {
		for _, want := range []string{m.Name, m.NIP, m.Rank, m.Position, m.Role} {
			if !strings.Contains(raw, want) {
				t.Errorf("team table lacks %q", want)
			}
		}
	}
}

// One PDF holds one letter per OPD: each starts on a new page with its own kop
// and number, and page numbers start again for each letter.
func TestAssignmentsOneLetterPerOPD(t *testing.T) {
	var as []Assignment
	for i, opd := range opdNames[:5] {
		members := 3
		if i == 1 {
			members = 30 // long team: this letter runs over several pages
		}
		as = append(as, sampleAssignment(opd, members, i+1))
	}
	pdf, err := RenderAssignments(as, Options{})
	if err != nil {
		t.Fatal(err)
	}
	pi := info(t, pdf)
	letter, pageInLetter := -1, 0
	for p := 1; p <= pi.pages; p++ {
		text := pageText(t, pdf, p)
		if strings.Contains(text, "SURAT TUGAS") {
			letter++
			pageInLetter = 1
			if letter >= len(as) {
				t.Fatalf("page %d starts letter %d of %d", p, letter+1, len(as))
			}
			a := as[letter]
			if !strings.Contains(text, "NOMOR : "+a.Number) || !strings.Contains(text, strings.ToUpper(opdNames[letter])) {
				t.Errorf("page %d should start the letter of %s", p, opdNames[letter])
			}
			if m := pageNumber.FindString(text); m != "" {
				t.Errorf("first page of a letter (page %d) carries page number %q", p, m)
			}
			continue
		}
		pageInLetter++
		if m := pageNumber.FindStringSubmatch(text); m == nil || m[1] != fmt.Sprint(pageInLetter) {
			t.Errorf("page %d is page %d of letter %d, printed number %v", p, pageInLetter, letter+1, m)
		}
	}
	if letter != len(as)-1 {
		t.Errorf("found %d letters, want %d", letter+1, len(as))
	}
	if n := strings.Count(pdfText(t, pdf, "-layout"), "MEMBERI TUGAS"); n != len(as) {
		t.Errorf("MEMBERI TUGAS printed %d times, want %d", n, len(as))
	}
	if _, err := RenderAssignments(nil, Options{}); !errors.Is(err, ErrNoAssignments) {
		t.Errorf("no letters: err %v, want ErrNoAssignments", err)
	}
}

// The signature never stands alone on a page: the last task moves with it.
func TestSignatureKeepsCompany(t *testing.T) {
	for members := 1; members <= 14; members++ {
		a := sampleAssignment(opdNames[0], members, 1)
		pdf, err := RenderAssignment(a, Options{})
		if err != nil {
			t.Fatal(err)
		}
		pi := info(t, pdf)
		for p := 1; p <= pi.pages; p++ {
			text := pageText(t, pdf, p)
			if strings.Contains(text, a.Signatory.Name) && !strings.Contains(text, "tanggung jawab.") {
				t.Errorf("%d members: signature on page %d without the last task", members, p)
			}
		}
	}
}

func BenchmarkRenderDecree60(b *testing.B) {
	d := sampleDecree(60)
	DiscoverFonts() // font discovery happens once per process, like in the app
	b.ReportAllocs()
	for b.Loop() {
		if _, err := RenderDecree(d, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// Logos come as whatever the secretariat has: JPEG, 16-bit PNG, unknown mime.
func TestLogoFormats(t *testing.T) {
	src, err := png.Decode(bytes.NewReader(emblemPNG(false)))
	if err != nil {
		t.Fatal(err)
	}
	var jpg, png16 bytes.Buffer
	if err := jpeg.Encode(&jpg, src, nil); err != nil {
		t.Fatal(err)
	}
	deep := image.NewNRGBA64(src.Bounds())
	draw.Draw(deep, deep.Bounds(), src, image.Point{}, draw.Src)
	if err := png.Encode(&png16, deep); err != nil {
		t.Fatal(err)
	}
	for name, lh := range map[string]Letterhead{
		"jpeg":          {Logo: jpg.Bytes(), LogoMime: "image/jpeg"},
		"jpeg no mime":  {Logo: jpg.Bytes()},
		"png 16-bit":    {Logo: png16.Bytes(), LogoMime: "image/png"},
		"regent 16-bit": {Logo: png16.Bytes(), Regent: true},
	} {
		a := sampleAssignment(opdNames[2], 2, 1)
		lh.Lines = a.Letterhead.Lines
		a.Letterhead = lh
		if _, err := RenderAssignment(a, Options{}); err != nil {
			t.Errorf("%s logo: %v", name, err)
		}
	}
}

// Letters are rendered from several goroutines at once (a batch of Surat Tugas
// while a decree is previewed).
func TestConcurrentRendering(t *testing.T) {
	errs := make(chan error, 8)
	for i := range 8 {
		go func() {
			var err error
			if i%2 == 0 {
				_, err = RenderDecree(sampleDecree(20), Options{})
			} else {
				_, err = RenderAssignment(sampleAssignment(opdNames[i], 4, i), Options{Paper: "A4"})
			}
			errs <- err
		}()
	}
	for range 8 {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}
