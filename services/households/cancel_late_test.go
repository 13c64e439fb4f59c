package households

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"sidamping/models"
	"sidamping/services/common"
	"sidamping/services/testutil"
)

// cancelAtStage cancels the import when its progress reaches stage.
type cancelAtStage struct {
	stage  string
	last   bool // at the stage's last event only
	cancel context.CancelFunc
}

func (c cancelAtStage) Emit(_ string, data any) {
	if ev, ok := data.(common.ProgressEvent); ok && ev.Stage == c.stage && (!c.last || ev.Total > 0 && ev.Done == ev.Total) {
		c.cancel()
	}
}

// A cancel that lands after the rows are read (while the search is prepared, or at the
// commit) is still a cancellation: the job ends "cancelled" (so the window says
// "dibatalkan", not a database error) and no edition is left. This was the flaky E2E
// step "Cancel leaves nothing behind": on a fast run the click fell after the read.
func TestImportCancelledAfterTheReadIsACancellation(t *testing.T) {
	for _, at := range []cancelAtStage{{stage: StageSearch}, {stage: StageSearch, last: true}} {
		t.Run(fmt.Sprintf("%s-last=%v", at.stage, at.last), func(t *testing.T) {
			db := testutil.NewDB(t)
			fixture(t, db, 3, 5)
			indexes := "type = 'index' AND tbl_name IN ('keluarga','individu') AND sql IS NOT NULL"
			before := testutil.Count(t, db, "sqlite_master", indexes)
			cctx, cancel := context.WithCancel(ctx)
			defer cancel()
			svc := New(db, common.FixedClock{T: time.Date(2026, 10, 1, 9, 0, 0, 0, time.UTC)}, cancelAtStage{at.stage, at.last, cancel}, nil)
			book := dtksBook(t, testutil.TempDir(t), "besar.xlsx", 200, 3)
			_, err := svc.Import(cctx, ImportInput{Files: []string{book}, Edition: "Besar"})
			var ae *models.AppError
			if !errors.Is(err, models.ErrCancelled) || !errors.As(err, &ae) || ae.Code != "cancelled" {
				t.Fatalf("want the cancellation, got %v", err)
			}
			if n := testutil.Count(t, db, "edisi"); n != 0 {
				t.Fatalf("editions %d", n)
			}
			if n := testutil.Count(t, db, "sqlite_master", indexes); n != before || n == 0 {
				t.Fatalf("indexes after the cancellation: %d, before %d", n, before)
			}
		})
	}
}
