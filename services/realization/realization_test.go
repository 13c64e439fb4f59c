package realization_test

import (
	"bytes"
	"context"
	"errors"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"sidamping/models"
	"sidamping/services/common"
	"sidamping/services/plan"
	"sidamping/services/plan/plantest"
	"sidamping/services/realization"
	"sidamping/services/testutil"
)

var ctx = context.Background()

func wantCode(t *testing.T, err error, code string) *models.AppError {
	t.Helper()
	var ae *models.AppError
	if !errors.As(err, &ae) || ae.Code != code {
		t.Fatalf("want error %s, got %v", code, err)
	}
	return ae
}

type env struct {
	f   *plantest.Fixture
	s   *realization.Service
	dir string
	kid uint
}

func setup(t *testing.T) env {
	f := plantest.Build(t, plantest.Options{Pairings: 1})
	a, err := plan.New(f.DB, nil).SaveActivity(ctx, plan.ActivityInput{PendampinganID: f.Pairings[0].ID, Strategy: "beban",
		Name: "Jamban sehat", TargetGroup: "rumah_tangga", TargetVolume: 20, TargetUnit: "unit", Months: []int{3, 4, 5},
		Budget: []plan.BudgetLine{{Source: "dana_desa", Amount: 50_000_000}}})
	if err != nil {
		t.Fatal(err)
	}
	dir := testutil.TempDir(t)
	clock := common.FixedClock{T: time.Date(plantest.Year, 6, 10, 9, 0, 0, 0, time.UTC)}
	return env{f: f, s: realization.New(f.DB, clock, dir), dir: dir, kid: a.ID}
}

func TestSaveMonthAndReplace(t *testing.T) {
	e := setup(t)
	in := realization.EntryInput{KegiatanID: e.kid, Month: 3, Volume: 5, Progress: 25, Households: 5, People: 19,
		Kendala: " Material terlambat ", Money: []plan.BudgetLine{{Source: "dana_desa", Amount: 10_000_000}, {Source: "swadaya", Amount: 500_000}}}
	got, err := e.s.SaveMonth(ctx, in)
	if err != nil {
		t.Fatal(err)
	}
	if got.Spent != 10_500_000 || got.Status != "berjalan" || got.Kendala != "Material terlambat" || len(got.Money) != 2 {
		t.Fatalf("entry %+v", got)
	}
	in.Progress, in.Money = 100, []plan.BudgetLine{{Source: "dana_desa", Amount: 7_000_000}}
	got, err = e.s.SaveMonth(ctx, in)
	if err != nil || got.Status != "selesai" || got.Spent != 7_000_000 {
		t.Fatalf("replace %+v %v", got, err)
	}
	if testutil.Count(t, e.f.DB, "realisasi") != 1 || testutil.Count(t, e.f.DB, "realisasi_dana") != 1 {
		t.Fatal("replacing a month must not add rows")
	}
	months, err := e.s.Months(ctx, e.kid)
	if err != nil || len(months) != 1 || months[0].Month != 3 {
		t.Fatalf("months %+v %v", months, err)
	}
}

func TestSaveMonthRefusesBadInput(t *testing.T) {
	e := setup(t)
	base := realization.EntryInput{KegiatanID: e.kid, Month: 4, Progress: 10}
	cases := []struct {
		mod  func(*realization.EntryInput)
		code string
		want string
	}{
		{func(i *realization.EntryInput) { i.Month = 13 }, realization.CodeMonthOutsideYear, "di luar tahun program"},
		{func(i *realization.EntryInput) { i.Month = 0 }, realization.CodeMonthOutsideYear, "di luar tahun program"},
		{func(i *realization.EntryInput) { i.Year = plantest.Year + 1 }, realization.CodeMonthOutsideYear, "tahun program 2026"},
		{func(i *realization.EntryInput) { i.Month = 7 }, realization.CodeFutureMonth, "Juli 2026 belum berjalan"},
		{func(i *realization.EntryInput) { i.Progress = 120 }, realization.CodeProgressRange, "0 sampai 100"},
		{func(i *realization.EntryInput) { i.Money = []plan.BudgetLine{{Source: "apbn", Amount: -1}} }, realization.CodeNegativeAmount, "negatif"},
		{func(i *realization.EntryInput) { i.Status = "batal" }, realization.CodeInvalid, "Status"},
		{func(i *realization.EntryInput) { i.KegiatanID = 999 }, realization.CodeActivityNotFound, "tidak ditemukan"},
	}
	for _, c := range cases {
		in := base
		c.mod(&in)
		_, err := e.s.SaveMonth(ctx, in)
		ae := wantCode(t, err, c.code)
		if !strings.Contains(ae.Message, c.want) {
			t.Errorf("%s: message %q lacks %q", c.code, ae.Message, c.want)
		}
	}
	if n := testutil.Count(t, e.f.DB, "realisasi"); n != 0 {
		t.Fatalf("refusals saved %d rows", n)
	}
}

func writeFile(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func pngBytes(w, h int) []byte {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for x := 0; x < w; x++ {
		for y := 0; y < h; y++ {
			img.Set(x, y, color.RGBA{uint8(x), uint8(y), 120, 255})
		}
	}
	var buf bytes.Buffer
	png.Encode(&buf, img)
	return buf.Bytes()
}

func TestEvidence(t *testing.T) {
	e := setup(t)
	entry, err := e.s.SaveMonth(ctx, realization.EntryInput{KegiatanID: e.kid, Month: 5, Progress: 40})
	if err != nil {
		t.Fatal(err)
	}
	src := testutil.TempDir(t)
	photo := writeFile(t, src, "foto kegiatan.png", pngBytes(800, 400))
	b, err := e.s.AddEvidence(ctx, entry.ID, photo, "Pembangunan jamban")
	if err != nil {
		t.Fatal(err)
	}
	if b.Mime != "image/png" || b.FileName != "foto kegiatan.png" || !strings.HasPrefix(b.Path, "bukti/2026/") || b.ThumbPath == "" {
		t.Fatalf("evidence %+v", b)
	}
	file, thumb, err := e.s.EvidencePath(ctx, b.ID)
	if err != nil {
		t.Fatal(err)
	}
	if data, err := os.ReadFile(file); err != nil || !bytes.Equal(data, pngBytes(800, 400)) {
		t.Fatalf("copied file: %v", err)
	}
	th, err := os.Open(thumb)
	if err != nil {
		t.Fatal(err)
	}
	cfg, err := jpeg.DecodeConfig(th)
	th.Close()
	if err != nil || cfg.Width != realization.ThumbSize || cfg.Height != realization.ThumbSize/2 {
		t.Fatalf("thumbnail %+v %v", cfg, err)
	}
	pdf := writeFile(t, src, "laporan.pdf", []byte("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"))
	pb, err := e.s.AddEvidence(ctx, entry.ID, pdf, "")
	if err != nil || pb.Mime != "application/pdf" || pb.ThumbPath != "" {
		t.Fatalf("pdf %+v %v", pb, err)
	}
	// Too large, wrong type by content (a text file named .jpg), a broken image.
	big := writeFile(t, src, "besar.jpg", make([]byte, realization.MaxEvidenceSize+1))
	_, err = e.s.AddEvidence(ctx, entry.ID, big, "")
	if ae := wantCode(t, err, realization.CodeEvidenceLarge); !strings.Contains(ae.Message, "besar.jpg") || !strings.Contains(ae.Message, "10 MB") {
		t.Errorf("message %q", ae.Message)
	}
	fake := writeFile(t, src, "foto.jpg", []byte("ini bukan foto, hanya teks"))
	_, err = e.s.AddEvidence(ctx, entry.ID, fake, "")
	if ae := wantCode(t, err, realization.CodeEvidenceType); !strings.Contains(ae.Message, "foto.jpg") {
		t.Errorf("message %q", ae.Message)
	}
	broken := writeFile(t, src, "rusak.png", pngBytes(10, 10)[:60])
	_, err = e.s.AddEvidence(ctx, entry.ID, broken, "")
	wantCode(t, err, realization.CodeEvidenceRead)
	if n := testutil.Count(t, e.f.DB, "bukti"); n != 2 {
		t.Fatalf("bukti rows %d", n)
	}
	months, _ := e.s.Months(ctx, e.kid)
	if len(months[0].Evidence) != 2 {
		t.Fatalf("evidence listed %d", len(months[0].Evidence))
	}
	if err := e.s.RemoveEvidence(ctx, b.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(file); !os.IsNotExist(err) {
		t.Fatalf("file left after removal: %v", err)
	}
	if _, err := os.Stat(thumb); !os.IsNotExist(err) {
		t.Fatalf("thumbnail left after removal: %v", err)
	}
	// Deleting the month removes the rest.
	if err := e.s.DeleteMonth(ctx, entry.ID); err != nil {
		t.Fatal(err)
	}
	if testutil.Count(t, e.f.DB, "bukti") != 0 {
		t.Fatal("evidence rows left")
	}
}
