package fileout

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"sidamping/models"
)

// Role says why a path is protected from being overwritten.
type Role int

const (
	// Database is the live SQLite database; its -wal, -shm and -journal files are
	// protected with it.
	Database Role = iota + 1
	// Input is a file the running command reads.
	Input
	// Backup is a backup file being restored.
	Backup
)

type protected struct {
	role Role
	path string // as given, for messages
	real string // resolved, for comparison
}

type guardKey struct{}

// Protect returns a ctx under which no writer of this package replaces paths: an output
// path that is one of them (after resolving symbolic links, and case-insensitively on
// Windows) is refused before anything is written.
func Protect(ctx context.Context, role Role, paths ...string) context.Context {
	prev, _ := ctx.Value(guardKey{}).([]protected)
	list := append([]protected(nil), prev...)
	for _, p := range paths {
		if strings.TrimSpace(p) == "" {
			continue
		}
		list = append(list, protected{role: role, path: p, real: realPath(p)})
		if role == Database {
			for _, suffix := range []string{"-wal", "-shm", "-journal"} {
				list = append(list, protected{role: role, path: p + suffix, real: realPath(p + suffix)})
			}
		}
	}
	return context.WithValue(ctx, guardKey{}, list)
}

// Guard refuses path when it is a file protected in ctx (see Protect).
func Guard(ctx context.Context, path string) error {
	list, _ := ctx.Value(guardKey{}).([]protected)
	if len(list) == 0 {
		return nil
	}
	real := realPath(path)
	for _, p := range list {
		if !samePath(real, p.real) && !sameFile(path, p.path) {
			continue
		}
		name := filepath.Base(path)
		e := refusal(p, name)
		e.Params = map[string]any{"file": name}
		return e
	}
	return nil
}

func refusal(p protected, name string) *models.AppError {
	switch p.role {
	case Database:
		return models.Conflict("files.output_is_database", fmt.Sprintf(
			"Berkas %s adalah basis data SiDamping yang sedang dipakai (atau berkas pendampingnya); hasil tidak boleh menimpanya. Pilih nama berkas lain.", name))
	case Backup:
		return models.Conflict("files.output_is_backup", fmt.Sprintf(
			"Berkas %s adalah cadangan yang sedang dipulihkan; hasil tidak boleh menimpanya. Pilih nama berkas lain.", name))
	}
	return models.Conflict("files.output_is_input", fmt.Sprintf(
		"Berkas %s adalah berkas yang sedang dibaca perintah ini; hasil tidak boleh menimpanya. Pilih nama berkas lain.", name))
}

// realPath is path made absolute with symbolic links resolved; for a file that does not
// exist yet, its folder is resolved and the name joined to it.
func realPath(path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		abs = path
	}
	abs = filepath.Clean(abs)
	if r, err := filepath.EvalSymlinks(abs); err == nil {
		return r
	}
	dir, base := filepath.Split(abs)
	if r, err := filepath.EvalSymlinks(dir); err == nil {
		return filepath.Join(r, base)
	}
	return abs
}

func samePath(a, b string) bool {
	if runtime.GOOS == "windows" {
		return strings.EqualFold(a, b)
	}
	return a == b
}

// sameFile catches what names cannot: hard links, short (8.3) names on Windows.
func sameFile(a, b string) bool {
	sa, err := os.Stat(a)
	if err != nil {
		return false
	}
	sb, err := os.Stat(b)
	if err != nil {
		return false
	}
	return os.SameFile(sa, sb)
}
