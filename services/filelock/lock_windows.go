//go:build windows

package filelock

import (
	"errors"
	"os"

	"golang.org/x/sys/windows"
)

// lockFile locks the first byte of f (a range past the end of the file may be locked).
func lockFile(f *os.File) error {
	ol := new(windows.Overlapped)
	err := windows.LockFileEx(windows.Handle(f.Fd()),
		windows.LOCKFILE_EXCLUSIVE_LOCK|windows.LOCKFILE_FAIL_IMMEDIATELY, 0, 1, 0, ol)
	if errors.Is(err, windows.ERROR_LOCK_VIOLATION) || errors.Is(err, windows.ERROR_IO_PENDING) {
		return ErrHeld
	}
	return err
}

func unlockFile(f *os.File) error {
	return windows.UnlockFileEx(windows.Handle(f.Fd()), 0, 1, 0, new(windows.Overlapped))
}

// Mark does nothing on Windows: a file another program has open cannot be deleted
// there (Go and SQLite open files without FILE_SHARE_DELETE), so the clean-up's delete
// fails on a live temporary file by itself, and a byte-range lock would block SQLite's
// own writes to it.
func Mark(*os.File) error { return nil }

// InUse is false on Windows; see Mark.
func InUse(string) bool { return false }
