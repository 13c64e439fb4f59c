package letters

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"testing"

	"sidamping/models"
	"sidamping/services/pairing"
	"sidamping/services/testutil"
)

func TestIssueDecree(t *testing.T) {
	f := newFixture(t, 3)
	l, err := f.s.Issue(ctx, Request{Type: models.SuratKeputusan, Year: 2026})
	if err != nil {
		t.Fatal(err)
	}
	if l.Number != "400.9/1/2026" || l.Seq != 1 || l.Status != models.StatusTerbit {
		t.Fatalf("letter %+v", l)
	}
	if l.SignatoryName != "H. Bambang Wijaya, S.H." || l.SignatoryTitle != "BUPATI CONTOH" {
		t.Fatalf("signatory not frozen: %+v", l)
	}
	if !strings.HasPrefix(l.PDFPath, f.dir) {
		t.Fatalf("pdf stored outside data folder: %s", l.PDFPath)
	}
	text := pdfText(t, l.PDFPath)
	for _, want := range []string{"KEPUTUSAN BUPATI CONTOH", "NOMOR 400.9/1/2026", "TENTANG", "Menimbang", "Mengingat",
		"MEMUTUSKAN", "KESATU", "KEDUA", "KETIGA", "KEEMPAT", "Ditetapkan di Contoh", "23 November 2026", "H. Bambang Wijaya, S.H.",
		"LAMPIRAN", "Perangkat Daerah Pendamping", l.ShortCode} {
		if !strings.Contains(text, want) {
			t.Errorf("decree text lacks %q", want)
		}
	}
	for i := range f.desa {
		if !strings.Contains(text, f.desa[i].Name) || !strings.Contains(text, f.opds[i].Name) {
			t.Errorf("lampiran lacks %s / %s", f.desa[i].Name, f.opds[i].Name)
		}
	}
	if info := pdfInfo(t, l.PDFPath); !strings.Contains(info, "Page size:       609.4") || !strings.Contains(info, "x 935.4") {
		t.Errorf("page size: %s", info)
	}
	// The next one takes the next number; the signatory change does not touch the first.
	if err := f.db.Exec("UPDATE penandatangan SET name = 'Pengganti' WHERE role = 'bupati'").Error; err != nil {
		t.Fatal(err)
	}
	l2, err := f.s.Issue(ctx, Request{Type: models.SuratKeputusan, Year: 2026, Paper: "A4"})
	if err != nil || l2.Number != "400.9/2/2026" || l2.SignatoryName != "Pengganti" {
		t.Fatalf("second: %+v %v", l2, err)
	}
	first, _ := f.s.Get(ctx, l.ID)
	if first.SignatoryName != "H. Bambang Wijaya, S.H." {
		t.Fatal("first letter's signatory changed")
	}
	if info := pdfInfo(t, l2.PDFPath); !strings.Contains(info, "595.") {
		t.Errorf("A4 page size: %s", info)
	}
}

func TestLampiranSpansPagesWithHeader(t *testing.T) {
	f := newFixture(t, 120)
	l, err := f.s.Issue(ctx, Request{Type: models.SuratKeputusan, Year: 2026})
	if err != nil {
		t.Fatal(err)
	}
	info := pdfInfo(t, l.PDFPath)
	m := regexp.MustCompile(`Pages:\s+(\d+)`).FindStringSubmatch(info)
	var pages int
	fmt.Sscan(m[1], &pages)
	if pages < 5 {
		t.Fatalf("120-row decree has %d pages", pages)
	}
	lampiranPages := 0
	for p := 1; p <= pages; p++ {
		text := pdfText(t, l.PDFPath, "-f", fmt.Sprint(p), "-l", fmt.Sprint(p))
		if strings.Contains(text, "Desa Nomor") {
			lampiranPages++
			if !strings.Contains(text, "Perangkat Daerah Pendamping") {
				t.Errorf("lampiran page %d has no table header", p)
			}
		}
	}
	if lampiranPages < 3 {
		t.Fatalf("lampiran spans %d pages", lampiranPages)
	}
	all := pdfText(t, l.PDFPath)
	for _, d := range f.desa {
		if !strings.Contains(all, d.Name) {
			t.Errorf("missing %s", d.Name)
		}
	}
}

func TestAssignmentAndNumberingRules(t *testing.T) {
	f := newFixture(t, 3)
	// The dasar needs the decree's number.
	_, err := f.s.Issue(ctx, Request{Type: models.SuratTugas, Year: 2026, OPDID: f.opds[0].ID})
	if !errors.Is(err, models.ErrConflict) || !strings.Contains(err.Error(), "Keputusan Bupati") {
		t.Fatalf("assignment before decree: %v", err)
	}
	dec, err := f.s.Issue(ctx, Request{Type: models.SuratKeputusan, Year: 2026})
	if err != nil {
		t.Fatal(err)
	}
	// A number taken by hand is skipped.
	if _, err := f.s.RecordManualNumber(ctx, ManualNumberInput{Type: models.SuratTugas, Year: 2026, Seq: 1, Note: "surat manual"}); err != nil {
		t.Fatal(err)
	}
	if _, err := f.s.RecordManualNumber(ctx, ManualNumberInput{Type: models.SuratTugas, Year: 2026, Seq: 1}); !errors.Is(err, models.ErrConflict) {
		t.Fatalf("duplicate manual number: %v", err)
	}
	a, err := f.s.Issue(ctx, Request{Type: models.SuratTugas, Year: 2026, OPDID: f.opds[0].ID})
	if err != nil {
		t.Fatal(err)
	}
	if a.Seq != 2 || a.Number != "000.1.2.3/002/Bappeda/XI/2026" {
		t.Fatalf("assignment number %q seq %d", a.Number, a.Seq)
	}
	if a.SignatoryTitle != "a.n. BUPATI CONTOH\nSEKRETARIS DAERAH" || a.SignatoryNIP != "196805121994031007" {
		t.Fatalf("signatory %+v", a)
	}
	text := pdfText(t, a.PDFPath)
	for _, want := range []string{"SURAT TUGAS", "000.1.2.3/002/Bappeda/XI/2026", "Dasar", "MEMBERI TUGAS", "Kepada", "Untuk",
		"Koordinator 001", "Anggota 001", "Desa Nomor001", dec.Number, "Tembusan", "Drs. Sutrisno, M.Si."} {
		if !strings.Contains(strings.ToUpper(text), strings.ToUpper(want)) {
			t.Errorf("assignment text lacks %q", want)
		}
	}
	// All the rest at once: one PDF holding the two remaining letters.
	all, pdf, err := f.s.IssueAllAssignments(ctx, Request{Year: 2026, Paper: "F4"}, "")
	if err != nil || len(all) != 2 || all[0].Seq != 3 || all[1].Seq != 4 {
		t.Fatalf("all: %+v %v", all, err)
	}
	path := filepath.Join(testutil.TempDir(t), "all.pdf")
	os.WriteFile(path, pdf, 0o644)
	text = pdfText(t, path)
	if strings.Count(text, "MEMBERI TUGAS") != 2 || !strings.Contains(text, "Koordinator 003") {
		t.Fatalf("combined pdf: %s", text[:200])
	}
	if _, _, err := f.s.IssueAllAssignments(ctx, Request{Year: 2026, Paper: "F4"}, ""); !errors.Is(err, models.ErrConflict) {
		t.Fatalf("nothing left to issue: %v", err)
	}
	// A cancelled letter keeps its number.
	if err := f.s.Cancel(ctx, a.ID, "salah nama anggota"); err != nil {
		t.Fatal(err)
	}
	nums, _ := f.s.ListNumbers(ctx, models.SuratTugas, 2026)
	if len(nums) != 4 {
		t.Fatalf("numbers %+v", nums)
	}
	again, err := f.s.Issue(ctx, Request{Type: models.SuratTugas, Year: 2026, OPDID: f.opds[0].ID})
	if err != nil || again.Seq != 5 {
		t.Fatalf("reissue after cancel: %+v %v", again, err)
	}
	// The village's history names its letters.
	hist, err := pairing.New(f.db, nil).History(ctx, f.desa[0].ID)
	if err != nil || len(hist) != 1 {
		t.Fatalf("history %+v %v", hist, err)
	}
	for _, want := range []string{"Keputusan Bupati " + dec.Number, "Surat Tugas " + a.Number + " (batal)", "Surat Tugas " + again.Number} {
		if !strings.Contains(hist[0].Letters, want) {
			t.Errorf("history letters %q lack %q", hist[0].Letters, want)
		}
	}
}

func TestYearRestartsCounter(t *testing.T) {
	f := newFixture(t, 1)
	if err := f.db.Exec("INSERT INTO desa_tahun(desa_id, year, priority, continuation) VALUES (?, 2025, 1, 0)", f.desa[0].ID).Error; err != nil {
		t.Fatal(err)
	}
	if err := f.db.Exec("INSERT INTO pendampingan(year, desa_id, opd_id) VALUES (2025, ?, ?)", f.desa[0].ID, f.opds[0].ID).Error; err != nil {
		t.Fatal(err)
	}
	a, err := f.s.Issue(ctx, Request{Type: models.SuratKeputusan, Year: 2025, Date: "2025-12-30"})
	if err != nil {
		t.Fatal(err)
	}
	b, err := f.s.Issue(ctx, Request{Type: models.SuratKeputusan, Year: 2026, Date: "2026-01-02"})
	if err != nil {
		t.Fatal(err)
	}
	if a.Number != "400.9/1/2025" || b.Number != "400.9/1/2026" {
		t.Fatalf("numbers %s %s", a.Number, b.Number)
	}
}

func TestConcurrentIssuesGetUniqueConsecutiveNumbers(t *testing.T) {
	f := newFixture(t, 12)
	if _, err := f.s.Issue(ctx, Request{Type: models.SuratKeputusan, Year: 2026}); err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	errs := make(chan error, len(f.opds))
	for _, o := range f.opds {
		wg.Add(1)
		go func(id uint) {
			defer wg.Done()
			_, err := f.s.Issue(ctx, Request{Type: models.SuratTugas, Year: 2026, OPDID: id})
			errs <- err
		}(o.ID)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	rows, err := f.s.Archive(ctx, ArchiveQuery{Type: models.SuratTugas, Year: 2026})
	if err != nil || len(rows) != 12 {
		t.Fatalf("archive %d %v", len(rows), err)
	}
	var seqs []int
	seen := map[string]bool{}
	for _, r := range rows {
		seqs = append(seqs, r.Seq)
		if seen[r.Number] {
			t.Fatalf("number %s twice", r.Number)
		}
		seen[r.Number] = true
		if _, err := os.Stat(r.PDFPath); err != nil {
			t.Fatalf("pdf missing: %v", err)
		}
	}
	sort.Ints(seqs)
	for i, s := range seqs {
		if s != i+1 {
			t.Fatalf("sequence not consecutive: %v", seqs)
		}
	}
}

func TestRefusalsChangeNothing(t *testing.T) {
	f := newFixture(t, 2)
	before := testutil.Count(t, f.db, "template_surat")
	err := f.s.SaveTemplate(ctx, models.SuratKeputusan, "menimbang", "bahwa {nama_desa} perlu didampingi;")
	var ae *models.AppError
	if !errors.As(err, &ae) || ae.Code != "template.unknown_placeholder" || !strings.Contains(ae.Message, "{nama_desa}") {
		t.Fatalf("unknown placeholder: %v", err)
	}
	if testutil.Count(t, f.db, "template_surat") != before {
		t.Fatal("bad template saved")
	}
	if err := f.s.SaveTemplate(ctx, models.SuratTugas, "untuk", "Mendampingi Desa {nama_desa} tahun {tahun}."); err != nil {
		t.Fatal(err)
	}
	parts, _ := f.s.Templates(ctx, models.SuratTugas)
	for _, p := range parts {
		if p.Part == "untuk" && p.Text != "Mendampingi Desa {nama_desa} tahun {tahun}." {
			t.Fatalf("template not saved: %q", p.Text)
		}
	}
	if _, err := f.s.SavePattern(ctx, models.PolaNomor{Type: models.SuratKeputusan, Pattern: "{klasifikasi}/{tahun}"}); err == nil {
		t.Fatal("pattern without {nomor} accepted")
	}
	// Missing signatory and letterhead.
	f.db.Exec("UPDATE penandatangan SET name = '' WHERE role = 'bupati'")
	_, err = f.s.Issue(ctx, Request{Type: models.SuratKeputusan, Year: 2026})
	if !errors.As(err, &ae) || ae.Code != "letters.no_signatory" || !strings.Contains(ae.Message, "Bupati") {
		t.Fatalf("missing signatory: %v", err)
	}
	f.db.Exec("UPDATE penandatangan SET name = 'Bupati Baru' WHERE role = 'bupati'")
	f.db.Exec("UPDATE profil SET letterhead = ''")
	_, err = f.s.Issue(ctx, Request{Type: models.SuratKeputusan, Year: 2026})
	if !errors.As(err, &ae) || ae.Code != "letters.no_letterhead" {
		t.Fatalf("missing letterhead: %v", err)
	}
	if testutil.Count(t, f.db, "surat") != 0 || testutil.Count(t, f.db, "nomor_surat") != 0 {
		t.Fatal("a refused issue left rows")
	}
}

func TestVerification(t *testing.T) {
	f := newFixture(t, 1)
	l, err := f.s.Issue(ctx, Request{Type: models.SuratKeputusan, Year: 2026})
	if err != nil {
		t.Fatal(err)
	}
	res, err := f.s.Verify(ctx, l.QRPayload)
	if err != nil || !res.Valid || res.Status != StatusSah || res.Letter.ID != l.ID || !strings.HasPrefix(res.Message, "SAH") {
		t.Fatalf("valid payload: %+v %v", res, err)
	}
	altered := strings.Replace(l.QRPayload, "Tahun 2026", "Tahun 2027", 1)
	if res, err := f.s.Verify(ctx, altered); err != nil || res.Valid || res.Status != StatusTidakSah || !strings.HasPrefix(res.Message, "TIDAK SAH") {
		t.Fatalf("altered payload: %+v %v", res, err)
	}
	var ae *models.AppError
	if _, err := f.s.Verify(ctx, "halo dunia"); !errors.As(err, &ae) || ae.Code != "verify.garbled" {
		t.Fatalf("garbled: %v", err)
	}
	if res, _ := f.s.VerifyCode(ctx, l.Number, strings.ToLower(l.ShortCode)); !res.Valid {
		t.Fatalf("code check: %+v", res)
	}
	if res, _ := f.s.VerifyCode(ctx, l.Number, "AAAA-BBBB"); res.Valid {
		t.Fatal("wrong code accepted")
	}
	if res, _ := f.s.VerifyCode(ctx, "400.9/99/2026", l.ShortCode); res.Valid || res.Status != StatusTidakDitemukan || !strings.HasPrefix(res.Message, "TIDAK DITEMUKAN") {
		t.Fatalf("unknown number: %+v", res)
	}
	if err := f.s.Cancel(ctx, l.ID, "diganti"); err != nil {
		t.Fatal(err)
	}
	if res, _ := f.s.Verify(ctx, l.QRPayload); res.Valid || res.Status != StatusDibatalkan || !strings.HasPrefix(res.Message, "DIBATALKAN") {
		t.Fatalf("cancelled: %+v", res)
	}
}

func BenchmarkIssueDecree60(b *testing.B) {
	f := newFixture(b, 60)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := f.s.Issue(ctx, Request{Type: models.SuratKeputusan, Year: 2026}); err != nil {
			b.Fatal(err)
		}
	}
}

// TestAssignmentForTwoVillagesNamesEachCoordinator: an agency with two villages gets one
// letter whose roles say which village each coordinator leads.
func TestAssignmentForTwoVillagesNamesEachCoordinator(t *testing.T) {
	f := newFixture(t, 2)
	if err := f.db.Exec("UPDATE pendampingan SET opd_id = ?, second_reason = 'uji' WHERE desa_id = ?", f.opds[0].ID, f.desa[1].ID).Error; err != nil {
		t.Fatal(err)
	}
	if _, err := f.s.Issue(ctx, Request{Type: models.SuratKeputusan, Year: 2026}); err != nil {
		t.Fatal(err)
	}
	a, err := f.s.Issue(ctx, Request{Type: models.SuratTugas, Year: 2026, OPDID: f.opds[0].ID})
	if err != nil {
		t.Fatal(err)
	}
	text := pdfText(t, a.PDFPath)
	for _, want := range []string{"Koordinator 001", "Koordinator 002", "Desa Nomor001 dan Desa Nomor002"} {
		if !strings.Contains(text, want) {
			t.Errorf("assignment lacks %q", want)
		}
	}
	// The roles name the village: "Koordinator Desa <village>", "Anggota Desa <village>"
	// (the fixture's villages are called "Desa Nomor00N").
	// The roles name the village once: "Koordinator Desa Nomor002", not "Desa Desa ..."
	// (the fixture's villages are called "Desa Nomor00N"; a NIP may stand between the
	// two lines of the role cell in the layout text).
	table := text[strings.Index(text, "Kepada"):strings.Index(text, "Untuk :")]
	if n := len(regexp.MustCompile(`Desa (\d{18} )?Nomor002`).FindAllString(table, -1)); n != 2 {
		t.Errorf("the second village's roles appear %d times, want 2:\n%s", n, table)
	}
	if strings.Contains(text, "Desa Desa") {
		t.Error("a village is called \"Desa Desa ...\"")
	}
	if strings.Contains(text, "Koordinato ") {
		t.Error("the role word is broken across lines")
	}
}
