//go:build unix

package xlsxutil

import (
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"sidamping/services/testutil"
)

// A FIFO named .xlsx is refused at once instead of blocking the read forever.
func TestFIFORefusedAtOnce(t *testing.T) {
	path := filepath.Join(testutil.TempDir(t), "pipa.xlsx")
	if err := syscall.Mkfifo(path, 0o600); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	done := make(chan error, 1)
	go func() { _, err := Open(path); done <- err }()
	select {
	case err := <-done:
		if appCode(err) != "files.not_regular" || !strings.Contains(err.Error(), "pipa.xlsx bukan berkas biasa") {
			t.Errorf("got %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Open blocks on a FIFO")
	}
}
