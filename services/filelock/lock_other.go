//go:build !windows

package filelock

import (
	"errors"
	"os"
	"syscall"
)

func lockFile(f *os.File) error {
	err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
	if errors.Is(err, syscall.EWOULDBLOCK) || errors.Is(err, syscall.EAGAIN) {
		return ErrHeld
	}
	return err
}

func unlockFile(f *os.File) error { return syscall.Flock(int(f.Fd()), syscall.LOCK_UN) }

// Mark marks f, a temporary file being written, as in use until it is closed, so that
// InUse reports it to the clean-up of another process. (flock is advisory and does not
// mix with the POSIX locks SQLite takes on the same file.)
func Mark(f *os.File) error { return lockFile(f) }

// InUse reports whether a file marked with Mark is still open somewhere.
func InUse(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	if err := lockFile(f); err != nil {
		return errors.Is(err, ErrHeld)
	}
	_ = unlockFile(f)
	return false
}
