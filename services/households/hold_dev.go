//go:build dev

package households

import (
	"context"
	"os"
	"time"
)

// holdAfterRows is how many rows an import reads before the E2E hold applies.
const holdAfterRows = 50_000

// holdForE2E lets the end-to-end tests (the -tags dev build only) hold an import half-way:
// while the file named by SIDAMPING_E2E_HOLD_IMPORT exists, an import that has read
// holdAfterRows rows waits, still cancellable and still reporting its progress. A step
// such as "Cancel leaves nothing behind" then lands during the import however fast the
// machine reads (without it a fast run finished the import before the click).
func holdForE2E(ctx context.Context, done int64, report func()) {
	path := os.Getenv("SIDAMPING_E2E_HOLD_IMPORT")
	if path == "" || done < holdAfterRows {
		return
	}
	for ctx.Err() == nil {
		if _, err := os.Stat(path); err != nil {
			return
		}
		report()
		time.Sleep(200 * time.Millisecond)
	}
}
