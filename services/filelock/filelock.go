// Package filelock holds operating-system locks on files: the instance lock that keeps a
// second SiDamping (window) from opening a database another one is using, and the
// "still being written" mark on temporary files that tells the clean-up of stale
// temporary files (fileout.CleanTemps) to leave a live one alone.
//
// The locks belong to the open file, so they go away when the process ends, however it
// ends (kill -9, power cut): a stale lock file on disk never blocks a start. Unix uses
// flock(2); Windows uses LockFileEx.
package filelock

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"sidamping/models"
)

// ErrHeld is returned by TryLock when another open file holds the lock.
var ErrHeld = errors.New("filelock: held by another process")

// CodeAlreadyRunning is the code of the error of a second start on the same database.
const CodeAlreadyRunning = "app.already_running"

// Lock is a held lock; Release lets it go.
type Lock struct {
	f *os.File
}

// TryLock creates path when missing and takes its exclusive lock without waiting:
// ErrHeld when another holder has it (another process, or another TryLock of this
// process: the lock belongs to the open file, not to the process).
func TryLock(path string) (*Lock, error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, err
	}
	if err := lockFile(f); err != nil {
		_ = f.Close()
		return nil, err
	}
	return &Lock{f: f}, nil
}

// Release lets the lock go. The file stays (removing it would race a process that has
// just opened it).
func (l *Lock) Release() error {
	if l == nil || l.f == nil {
		return nil
	}
	err := unlockFile(l.f)
	if cerr := l.f.Close(); err == nil {
		err = cerr
	}
	l.f = nil
	return err
}

// InstancePath is the lock file of the database at dbPath, next to it.
func InstancePath(dbPath string) string { return dbPath + ".lock" }

// Instance takes the lock of the database at dbPath before it is opened or migrated. A
// second start gets app.already_running with an Indonesian message.
func Instance(dbPath string) (*Lock, error) {
	if err := os.MkdirAll(filepath.Dir(dbPath), 0o755); err != nil {
		return nil, err
	}
	l, err := TryLock(InstancePath(dbPath))
	if errors.Is(err, ErrHeld) {
		e := models.NewError(models.ErrConflict, CodeAlreadyRunning, fmt.Sprintf(
			"SiDamping sudah berjalan dengan basis data %s. Pakai jendela yang sudah terbuka, "+
				"atau tutup dulu jendela itu lalu buka lagi.", dbPath)).Wrap(err)
		e.Params = map[string]any{"file": dbPath}
		return nil, e
	}
	if err != nil {
		return nil, fmt.Errorf("kunci basis data %s tidak dapat dibuat: %w", InstancePath(dbPath), err)
	}
	return l, nil
}
