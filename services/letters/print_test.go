package letters

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"sidamping/models"
	"sidamping/services/common"
	"sidamping/services/demo"
	"sidamping/services/pairing"
	"sidamping/services/testutil"
)

func pdfPages(t testing.TB, path string) int {
	t.Helper()
	m := regexp.MustCompile(`Pages:\s+(\d+)`).FindStringSubmatch(pdfInfo(t, path))
	var n int
	fmt.Sscan(m[1], &n)
	return n
}

// writePDF writes b into the fixture's folder (and into LETTERS_SAMPLE_DIR when set, to
// look at the pages).
func writePDF(t testing.TB, f fixture, name string, b []byte) string {
	t.Helper()
	if dir := os.Getenv("LETTERS_SAMPLE_DIR"); dir != "" {
		_ = os.WriteFile(filepath.Join(dir, name), b, 0o644)
	}
	p := filepath.Join(f.dir, name)
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func pairingID(t testing.TB, f fixture, desa int) uint {
	t.Helper()
	var id uint
	if err := f.db.Raw("SELECT id FROM pendampingan WHERE desa_id = ? AND year = 2026", f.desa[desa].ID).Scan(&id).Error; err != nil || id == 0 {
		t.Fatalf("pairing of village %d: %v", desa, err)
	}
	return id
}

// An OPD with two villages: its Surat Tugas is refused while one village has no team,
// naming that village; with both teams it is issued and each role names its village.
func TestAssignmentRefusedWhileAVillageHasNoTeam(t *testing.T) {
	f := newFixture(t, 2)
	if err := f.db.Exec("UPDATE pendampingan SET opd_id = ?, second_reason = 'uji' WHERE desa_id = ?", f.opds[0].ID, f.desa[1].ID).Error; err != nil {
		t.Fatal(err)
	}
	if err := f.db.Exec("DELETE FROM anggota_tim WHERE pendampingan_id = ?", pairingID(t, f, 1)).Error; err != nil {
		t.Fatal(err)
	}
	if _, err := f.s.Issue(ctx, Request{Type: models.SuratKeputusan, Year: 2026}); err != nil {
		t.Fatal(err)
	}
	_, err := f.s.Preview(ctx, Request{Type: models.SuratTugas, Year: 2026, OPDID: f.opds[0].ID})
	var ae *models.AppError
	if !errors.As(err, &ae) || ae.Code != "letters.no_team" || !strings.Contains(err.Error(), "Desa Nomor002") {
		t.Fatalf("preview with one village without a team: %v", err)
	}
	_, err = f.s.Issue(ctx, Request{Type: models.SuratTugas, Year: 2026, OPDID: f.opds[0].ID})
	if !errors.As(err, &ae) || ae.Code != "letters.no_team" {
		t.Fatalf("issue with one village without a team: %v", err)
	}
	var n int64
	f.db.Model(&models.Surat{}).Where("type = ?", models.SuratTugas).Count(&n)
	if n != 0 {
		t.Fatalf("%d assignment letters saved after the refusal", n)
	}
	if err := pairing.New(f.db, nil).SaveTeam(ctx, pairingID(t, f, 1), []models.AnggotaTim{
		{Role: models.RoleKoordinator, Name: "Sri Wahyuni", NIP: "197502032000032004", Rank: "Pembina (IV/a)", Position: "Kepala Bidang"},
	}); err != nil {
		t.Fatal(err)
	}
	a, err := f.s.Issue(ctx, Request{Type: models.SuratTugas, Year: 2026, OPDID: f.opds[0].ID})
	if err != nil {
		t.Fatal(err)
	}
	text := pdfText(t, a.PDFPath)
	for _, want := range []string{"Koordinator 001", "Sri Wahyuni", "Nomor001", "Nomor002"} {
		if !strings.Contains(text, want) {
			t.Errorf("assignment lacks %q", want)
		}
	}
}

// A Surat Tugas with the default texts and a team of six fits one F4 page.
func TestSixMemberAssignmentFitsOnePage(t *testing.T) {
	f := newFixture(t, 1)
	var team []models.AnggotaTim
	for i := 0; i < 6; i++ {
		role := models.RoleAnggota
		if i == 0 {
			role = models.RoleKoordinator
		}
		team = append(team, models.AnggotaTim{Role: role, Name: fmt.Sprintf("Anggota Tim Nomor %d, S.Sos., M.Si.", i+1),
			NIP: fmt.Sprintf("19800101200501100%d", i), Rank: "Penata Tingkat I (III/d)", Position: "Analis Kebijakan Ahli Muda pada Bidang Perencanaan"})
	}
	if err := pairing.New(f.db, nil).SaveTeam(ctx, pairingID(t, f, 0), team); err != nil {
		t.Fatal(err)
	}
	if _, err := f.s.Issue(ctx, Request{Type: models.SuratKeputusan, Year: 2026}); err != nil {
		t.Fatal(err)
	}
	a, err := f.s.Issue(ctx, Request{Type: models.SuratTugas, Year: 2026, OPDID: f.opds[0].ID})
	if err != nil {
		t.Fatal(err)
	}
	if n := pdfPages(t, a.PDFPath); n != 1 {
		t.Fatalf("six members: %d pages, want 1", n)
	}
	text := pdfText(t, a.PDFPath, "-f", "1", "-l", "1")
	for _, want := range []string{"Anggota Tim Nomor 6", "tanggung jawab.", "Tembusan", "Drs. Sutrisno, M.Si.", a.Number} {
		if !strings.Contains(text, want) {
			t.Errorf("page 1 lacks %q", want)
		}
	}
}

// kop is the text above the title of a letter's first page.
func kop(t testing.TB, path, title string) string {
	text := pdfText(t, path, "-f", "1", "-l", "1")
	i := strings.Index(text, title)
	if i < 0 {
		t.Fatalf("no %q on page 1: %s", title, text)
	}
	return text[:i]
}

// The letterhead follows the signatory chosen per letter type.
func TestLetterheadFollowsSignatory(t *testing.T) {
	f := newFixture(t, 1)
	if err := f.db.Exec("UPDATE profil SET letterhead = ?", "PEMERINTAH KABUPATEN CONTOH\nBADAN PERENCANAAN PEMBANGUNAN DAERAH\nJalan Pemuda Nomor 12 Contoh, Telepon (0299) 321045").Error; err != nil {
		t.Fatal(err)
	}
	if err := f.db.Create(&models.Penandatangan{Role: models.RoleKepalaBappeda, Title: "Kepala Bappeda", Name: "Ir. Hartono, M.T.", NIP: "197001011995031001", Rank: "Pembina Utama Muda"}).Error; err != nil {
		t.Fatal(err)
	}
	// The decree by default: the regent signs; the regent's own kop.
	d, err := f.s.Issue(ctx, Request{Type: models.SuratKeputusan, Year: 2026})
	if err != nil {
		t.Fatal(err)
	}
	if k := kop(t, d.PDFPath, "KEPUTUSAN BUPATI CONTOH"); !strings.Contains(k, "BUPATI CONTOH") || strings.Contains(k, "BADAN PERENCANAAN") || strings.Contains(k, "Jalan Pemuda") {
		t.Errorf("decree signed by the regent has kop %q", k)
	}
	cases := []struct {
		role, want, not string
	}{
		{models.RoleSekda, "PEMERINTAH KABUPATEN CONTOH", "BADAN PERENCANAAN"},
		{models.RoleKepalaBappeda, "BADAN PERENCANAAN PEMBANGUNAN DAERAH", "BUPATI CONTOH"},
		{models.RoleBupati, "BUPATI CONTOH", "BADAN PERENCANAAN"},
	}
	for _, c := range cases {
		if err := f.s.SaveTemplate(ctx, models.SuratTugas, "penandatangan", c.role); err != nil {
			t.Fatal(err)
		}
		pdf, err := f.s.Preview(ctx, Request{Type: models.SuratTugas, Year: 2026, OPDID: f.opds[0].ID})
		if err != nil {
			t.Fatal(err)
		}
		k := kop(t, writePDF(t, f, "st-"+c.role+".pdf", pdf), "SURAT TUGAS")
		if !strings.Contains(k, c.want) || strings.Contains(k, c.not) {
			t.Errorf("Surat Tugas signed by %s has kop %q, want %q without %q", c.role, k, c.want, c.not)
		}
		if c.role == models.RoleKepalaBappeda && !strings.Contains(k, "Jalan Pemuda Nomor 12") {
			t.Errorf("Bappeda's kop lacks its address: %q", k)
		}
	}
}

// "Terbitkan semua" writes one PDF with every OPD's letter in the lampiran's order and
// the archive joins chosen letters into one PDF.
func TestIssueAllCombinedInLampiranOrder(t *testing.T) {
	f := newFixture(t, 4)
	// The agencies' codes run against the villages' order: the lampiran's order wins.
	for i, o := range f.opds {
		if err := f.db.Exec("UPDATE opd SET code = ? WHERE id = ?", fmt.Sprintf("OPD.%03d", 100-i), o.ID).Error; err != nil {
			t.Fatal(err)
		}
	}
	if _, err := f.s.Issue(ctx, Request{Type: models.SuratKeputusan, Year: 2026}); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(f.dir, "semua.pdf")
	issued, _, err := f.s.IssueAllAssignments(ctx, Request{Year: 2026}, out)
	if err != nil {
		t.Fatal(err)
	}
	if len(issued) != 4 || pdfPages(t, out) != 4 {
		t.Fatalf("%d letters, %d pages, want 4 and 4", len(issued), pdfPages(t, out))
	}
	for i := range f.opds {
		page := pdfText(t, out, "-f", fmt.Sprint(i+1), "-l", fmt.Sprint(i+1))
		if !strings.Contains(page, f.desa[i].Name) || !strings.Contains(page, issued[i].Number) {
			t.Errorf("page %d is not %s's letter %s", i+1, f.desa[i].Name, issued[i].Number)
		}
	}
	// The archive: two chosen letters, in number order, one PDF.
	list, pdf, err := f.s.CombineArchived(ctx, []uint{issued[2].ID, issued[0].ID})
	if err != nil {
		t.Fatal(err)
	}
	p := writePDF(t, f, "gabung.pdf", pdf)
	if len(list) != 2 || pdfPages(t, p) != 2 {
		t.Fatalf("combined %d letters into %d pages", len(list), pdfPages(t, p))
	}
	if !strings.Contains(pdfText(t, p, "-f", "1", "-l", "1"), issued[0].Number) || !strings.Contains(pdfText(t, p, "-f", "2", "-l", "2"), issued[2].Number) {
		t.Error("combined letters not in number order")
	}
	if _, _, err := f.s.CombineArchived(ctx, nil); err == nil {
		t.Error("combining nothing was accepted")
	}
	os.Remove(issued[1].PDFPath)
	if _, _, err := f.s.CombineArchived(ctx, []uint{issued[1].ID}); err == nil || !strings.Contains(err.Error(), issued[1].Number) {
		t.Errorf("a missing PDF: %v", err)
	}
}

// The register of outgoing letters: one row per letter with a real date cell.
func TestRegisterExport(t *testing.T) {
	f := newFixture(t, 2)
	d, err := f.s.Issue(ctx, Request{Type: models.SuratKeputusan, Year: 2026})
	if err != nil {
		t.Fatal(err)
	}
	a, err := f.s.Issue(ctx, Request{Type: models.SuratTugas, Year: 2026, OPDID: f.opds[1].ID})
	if err != nil {
		t.Fatal(err)
	}
	if err := f.s.Cancel(ctx, a.ID, "Salah susunan tim"); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(f.dir, "agenda.xlsx")
	n, err := f.s.ExportRegister(ctx, 2026, out)
	if err != nil || n != 2 {
		t.Fatalf("register: %d rows, %v", n, err)
	}
	x, err := excelize.OpenFile(out)
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	sheet := x.GetSheetName(0)
	rows, _ := x.GetRows(sheet)
	hdr := -1
	for i, r := range rows {
		if len(r) > 1 && r[1] == "Nomor Surat" {
			hdr = i
		}
	}
	if hdr < 0 {
		t.Fatalf("no header row: %v", rows)
	}
	if got := strings.Join(rows[hdr], "|"); got != "No|Nomor Surat|Tanggal|Perihal|Tujuan|Penandatangan|Status" {
		t.Fatalf("header %q", got)
	}
	first, second := rows[hdr+1], rows[hdr+2]
	if first[1] != d.Number || !strings.Contains(first[3], "Keputusan Bupati") || !strings.Contains(first[5], "H. Bambang Wijaya") || first[6] != "Terbit" {
		t.Errorf("decree row %q", first)
	}
	if second[1] != a.Number || second[4] != f.opds[1].Name || !strings.Contains(second[5], "SEKRETARIS DAERAH") || second[6] != "Dibatalkan: Salah susunan tim" {
		t.Errorf("assignment row %q", second)
	}
	cell, _ := excelize.CoordinatesToCellName(3, hdr+2)
	if typ, _ := x.GetCellType(sheet, cell); typ == excelize.CellTypeInlineString || typ == excelize.CellTypeSharedString {
		t.Errorf("date cell %s is text", cell)
	}
	if first[2] != "23 November 2026" {
		t.Errorf("date shown as %q", first[2])
	}
}

// Every Surat Tugas of the demo regency whose team has up to six people (a team of two
// villages included, whose roles name the villages) stands on one F4 page.
func TestDemoAssignmentsOfSixFitOnePage(t *testing.T) {
	db := testutil.NewDB(t)
	clock := common.FixedClock{T: day}
	sum, err := demo.Load(ctx, db, demo.DefaultSeed, clock)
	if err != nil {
		t.Fatal(err)
	}
	s := New(db, clock, testutil.TempDir(t))
	if _, err := s.Issue(ctx, Request{Type: models.SuratKeputusan, Year: sum.Year}); err != nil {
		t.Fatal(err)
	}
	all, _, err := s.IssueAllAssignments(ctx, Request{Year: sum.Year, Paper: "F4"}, "")
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, l := range all {
		var people int64
		db.Raw(`SELECT COUNT(DISTINCT COALESCE(NULLIF(a.nip, ''), lower(a.name))) FROM anggota_tim a JOIN pendampingan p ON p.id = a.pendampingan_id
			WHERE p.opd_id = ? AND p.year = ?`, *l.OPDID, sum.Year).Scan(&people)
		if people > 6 {
			continue
		}
		checked++
		if n := pdfPages(t, l.PDFPath); n != 1 {
			t.Errorf("%s (%d people): %d pages", l.Subject, people, n)
		}
	}
	if checked < 10 {
		t.Fatalf("only %d letters with teams of up to six", checked)
	}
}
