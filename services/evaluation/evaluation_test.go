package evaluation_test

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"sidamping/models"
	"sidamping/services/common"
	"sidamping/services/evaluation"
	"sidamping/services/plan/plantest"
	"sidamping/services/testutil"
)

var ctx = context.Background()

func TestSaveAndSummary(t *testing.T) {
	f := plantest.Build(t, plantest.Options{Pairings: 2, Activities: 6, Through: 12, Seed: 9})
	s := evaluation.New(f.DB, common.FixedClock{T: time.Date(plantest.Year, 12, 20, 0, 0, 0, 0, time.UTC)})
	pid := f.Pairings[0].ID
	var ae *models.AppError
	_, err := s.Save(ctx, models.Evaluasi{PendampinganID: pid, Semester: 1, ScoreLokasi: 6})
	if !errors.As(err, &ae) || ae.Code != evaluation.CodeScoreRange || ae.Fields["scoreLokasi"] == "" {
		t.Fatalf("score 6: %v", err)
	}
	_, err = s.Save(ctx, models.Evaluasi{PendampinganID: pid, Semester: 3})
	if !errors.As(err, &ae) || ae.Code != evaluation.CodeSemester {
		t.Fatalf("semester 3: %v", err)
	}
	e, err := s.Save(ctx, models.Evaluasi{PendampinganID: pid, Semester: 1, EvaluatedOn: "2026-06-30", Evaluator: "Sekretariat TKPK",
		ScoreLokasi: 5, ScoreSasaran: 4, ScoreManfaat: 4, ScoreKolaborasi: 3,
		Findings: "Bantuan RTLH tepat sasaran.", Recommendations: "Perluas kemitraan CSR."})
	if err != nil {
		t.Fatal(err)
	}
	if n := testutil.Count(t, f.DB, "evaluasi", "pendampingan_id = ? AND semester = 1", pid); n != 1 {
		t.Fatalf("evaluations %d (demo already had one, Save must replace it)", n)
	}
	sum, err := s.Get(ctx, pid, 1)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Evaluation.ID != e.ID || sum.Average != 4 || sum.Progress.Activities != 6 || len(sum.Changes) != 9 || !sum.Changes[0].Recorded {
		t.Fatalf("summary %+v", sum)
	}
	rows, err := s.List(ctx, plantest.Year, 1)
	if err != nil || len(rows) != 2 || !rows[0].Evaluated || rows[0].Average != 4 {
		t.Fatalf("list %+v %v", rows, err)
	}
	path := filepath.Join(testutil.TempDir(t), "evaluasi.pdf")
	if dir := os.Getenv("EVALUATION_SAMPLE_DIR"); dir != "" {
		path = filepath.Join(dir, "evaluasi.pdf") // to look at: pdftoppm -r 60 -png evaluasi.pdf x
	}
	if err := s.PDF(ctx, pid, 1, path); err != nil {
		t.Fatal(err)
	}
	if _, err := exec.LookPath("pdftotext"); err != nil {
		data, _ := os.ReadFile(path)
		if !strings.HasPrefix(string(data), "%PDF") {
			t.Fatal("not a PDF")
		}
		return
	}
	out, err := exec.Command("pdftotext", "-layout", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	text := string(out)
	for _, want := range []string{"RINGKASAN EVALUASI SEMESTER I TAHUN 2026", sum.DesaName, sum.OPDName, "Tepat sasaran", "4 — Baik",
		"Bantuan RTLH tepat sasaran.", "Perluas kemitraan CSR.", "30 Juni 2026", "Rumah tidak layak huni"} {
		if !strings.Contains(text, want) {
			t.Errorf("PDF text lacks %q", want)
		}
	}
	if info, err := exec.Command("pdfinfo", path).Output(); err == nil && !strings.Contains(string(info), "609.45 x 935.43 pts") {
		t.Errorf("page size: %s", info)
	}
}
