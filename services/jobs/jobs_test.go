package jobs

import (
	"context"
	"errors"
	"testing"

	"sidamping/models"
	"sidamping/services/common"
)

func code(err error) string {
	var ae *models.AppError
	if errors.As(err, &ae) {
		return ae.Code
	}
	return ""
}

func TestSecondJobIsRefusedNamingTheFirst(t *testing.T) {
	rec := &common.Recorder{}
	r := New(rec, nil)
	started := make(chan struct{})
	release := make(chan struct{})
	done := make(chan error, 1)
	go func() {
		_, err := Run(r, context.Background(), Spec{Kind: "households-import", Task: "import-households", Label: "Impor data keluarga 'DTKS Oktober'"},
			func(ctx context.Context) (int, error) {
				close(started)
				<-release
				return 42, nil
			})
		done <- err
	}()
	<-started
	ran := false
	_, err := Run(r, context.Background(), Spec{Kind: "opd-import", Task: "import-opd-report", Label: "Impor templat laporan OPD"},
		func(ctx context.Context) (int, error) { ran = true; return 0, nil })
	var ae *models.AppError
	if !errors.As(err, &ae) || ae.Code != CodeBusy || !errors.Is(err, models.ErrConflict) || ran {
		t.Fatalf("second job: err %v, ran %v", err, ran)
	}
	if want := "Impor data keluarga 'DTKS Oktober' sedang berjalan; tunggu sampai selesai atau batalkan."; ae.Message != want {
		t.Fatalf("message %q", ae.Message)
	}
	cur := r.Current()
	if cur == nil || cur.State != StateRunning || cur.Kind != "households-import" || ae.Params["job"] != cur.ID {
		t.Fatalf("current %+v, params %v", cur, ae.Params)
	}
	close(release)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	cur = r.Current()
	if cur.State != StateDone || cur.Result != 42 || cur.EndedAt == nil {
		t.Fatalf("finished %+v", cur)
	}
	if n := len(rec.Named(EventName)); n != 2 {
		t.Fatalf("%d job events, want start and end", n)
	}
	// The slot is free again.
	if _, err := Run(r, context.Background(), Spec{Kind: "backup", Label: "Pencadangan"}, func(context.Context) (int, error) { return 1, nil }); err != nil {
		t.Fatal(err)
	}
}

func TestCancelByIDCancelsOnlyThatJob(t *testing.T) {
	r := New(nil, nil)
	ctx, h, err := r.Start(context.Background(), Spec{Kind: "export-quarterly", Task: "export-quarterly", Label: "Ekspor Laporan Triwulan"})
	if err != nil {
		t.Fatal(err)
	}
	if r.Cancel("job-999") || r.CancelTask("import-households") || ctx.Err() != nil {
		t.Fatal("another id or task cancelled the running job")
	}
	if !r.Cancel(h.ID()) || ctx.Err() == nil {
		t.Fatal("cancel by id did not cancel the job")
	}
	h.Finish(nil, models.NewError(models.ErrCancelled, "cancelled", "Proses dibatalkan.").Wrap(ctx.Err()))
	if cur := r.Current(); cur.State != StateCancelled || cur.Error == nil || cur.Error.Code != "cancelled" {
		t.Fatalf("current %+v", cur)
	}
	if r.Cancel(h.ID()) {
		t.Fatal("a finished job cannot be cancelled")
	}
	// A failed job keeps its coded error.
	_, h2, _ := r.Start(context.Background(), Spec{Kind: "backup", Task: "backup", Label: "Pencadangan"})
	if h2.ID() == h.ID() {
		t.Fatal("ids repeat")
	}
	h2.Finish(nil, models.Invalid("backup.failed", "", "Cadangan gagal."))
	if cur := r.Current(); cur.State != StateFailed || cur.Error.Code != "backup.failed" {
		t.Fatalf("failed %+v", cur)
	}
}

func TestEmitterStampsProgressWithTheJob(t *testing.T) {
	rec := &common.Recorder{}
	r := New(rec, nil)
	em := r.Emitter()
	em.Emit(common.ProgressEventName, common.ProgressEvent{Task: "import-households", Done: 1})
	_, h, _ := r.Start(context.Background(), Spec{Kind: "households-import", Task: "import-households", Label: "x"})
	em.Emit(common.ProgressEventName, common.ProgressEvent{Task: "import-households", Done: 5, Total: 10})
	em.Emit(common.ProgressEventName, common.ProgressEvent{Task: "backup", Done: 7})
	evs := rec.Named(common.ProgressEventName)
	if len(evs) != 3 {
		t.Fatalf("%d events", len(evs))
	}
	if a, b, c := evs[0].Data.(common.ProgressEvent), evs[1].Data.(common.ProgressEvent), evs[2].Data.(common.ProgressEvent); a.Job != "" || b.Job != h.ID() || c.Job != "" {
		t.Fatalf("stamps %q %q %q", a.Job, b.Job, c.Job)
	}
	if cur := r.Current(); cur.Progress == nil || cur.Progress.Done != 5 {
		t.Fatalf("progress %+v", cur.Progress)
	}
}
