//go:build unix

package sheetreader

import (
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"sidamping/services/testutil"
)

// A FIFO is refused at once: opening it would wait for a writer forever.
func TestFIFOIsRefusedAtOnce(t *testing.T) {
	for _, name := range []string{"antrian.xlsx", "antrian.csv"} {
		path := filepath.Join(testutil.TempDir(t), name)
		if err := syscall.Mkfifo(path, 0o600); err != nil {
			t.Skipf("mkfifo: %v", err)
		}
		done := make(chan error, 1)
		go func() { _, err := Open(path); done <- err }()
		select {
		case err := <-done:
			wantErr(t, err, ErrNotRegular, name, "FIFO")
		case <-time.After(5 * time.Second):
			t.Fatalf("Open(%s) blocks on a FIFO", name)
		}
	}
}
