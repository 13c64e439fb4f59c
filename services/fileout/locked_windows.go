//go:build windows

package fileout

import (
	"errors"
	"syscall"
)

// Windows error numbers for a file another program holds open (winerror.h).
const (
	errorSharingViolation syscall.Errno = 32
	errorLockViolation    syscall.Errno = 33
	errorUserMappedFile   syscall.Errno = 1224
	errorDiskFull         syscall.Errno = 112
	errorHandleDiskFull   syscall.Errno = 39
)

// isLocked reports a sharing or lock violation: Excel or a PDF viewer holds the file.
func isLocked(err error) bool {
	return errors.Is(err, errorSharingViolation) || errors.Is(err, errorLockViolation) || errors.Is(err, errorUserMappedFile)
}

func isDiskFull(err error) bool {
	return errors.Is(err, errorDiskFull) || errors.Is(err, errorHandleDiskFull)
}

// readOnlyDir is false on Windows: the read-only attribute of a folder does not stop
// writing there (Explorer uses it for customised folders); the ACL does, and CreateTemp
// then reports access denied.
func readOnlyDir(uint32) bool { return false }
