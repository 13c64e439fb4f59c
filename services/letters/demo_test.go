package letters

import (
	"strings"
	"testing"

	"sidamping/models"
	"sidamping/services/common"
	"sidamping/services/demo"
	"sidamping/services/pairing"
	"sidamping/services/testutil"
)

// TestDemoRegencyIssuesLetters checks that on first run, with the demo regency only, the
// decree and every assignment letter can be issued.
func TestDemoRegencyIssuesLetters(t *testing.T) {
	db := testutil.NewDB(t)
	clock := common.FixedClock{T: day}
	sum, err := demo.Load(ctx, db, demo.DefaultSeed, clock)
	if err != nil {
		t.Fatal(err)
	}
	board, err := pairing.New(db, clock).Board(ctx, sum.Year)
	if err != nil {
		t.Fatal(err)
	}
	if board.Counts.PriorityVillages != 48 || board.Counts.Paired != 48 {
		t.Fatalf("demo board counts %+v", board.Counts)
	}
	for _, v := range board.Villages {
		if v.TeamSize < 3 || v.Coordinator == "" {
			t.Fatalf("village %s has team %d / %q", v.Name, v.TeamSize, v.Coordinator)
		}
	}
	s := New(db, clock, testutil.TempDir(t))
	dec, err := s.Issue(ctx, Request{Type: models.SuratKeputusan, Year: sum.Year})
	if err != nil {
		t.Fatal(err)
	}
	text := pdfText(t, dec.PDFPath)
	for _, v := range board.Villages {
		if !strings.Contains(text, v.Name) {
			t.Errorf("decree lacks %s", v.Name)
		}
	}
	all, _, err := s.IssueAllAssignments(ctx, Request{Year: sum.Year, Paper: "F4"}, "")
	if err != nil {
		t.Fatal(err)
	}
	opds := map[uint]bool{}
	for _, v := range board.Villages {
		opds[v.OPDID] = true
	}
	if len(all) != len(opds) {
		t.Fatalf("%d assignment letters for %d agencies", len(all), len(opds))
	}
}
