// Package fileout is the one way SiDamping writes a file the user or the archive keeps:
// the content goes to a temporary file in the target's folder, is synced, and is renamed
// over the target only at the end, so a failure, a cancellation or a crash never leaves
// half a file and never destroys the old one. Before anything is written the target is
// checked: not a protected file (the live database, an input of the same command, a
// backup being restored; see Protect), its folder exists and may be written, it is not a
// folder, not read-only and not held open by another program (Windows). Every failure
// is a coded *models.AppError (files.*) with an Indonesian message; the operating
// system's text stays in the wrapped cause, for the log.
package fileout

import (
	"context"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"sidamping/models"
	"sidamping/services/filelock"
)

// Options change how a file is written.
type Options struct {
	// MakeDirs creates the target's folder (and its parents) when missing; for the
	// app's own folders such as the letter archive. Without it a missing folder is
	// files.folder_missing.
	MakeDirs bool
}

// rename and createTemp are the operating system's; tests replace them to imitate a
// target held open or a folder that refuses the temporary file.
var (
	rename     = os.Rename
	createTemp = os.CreateTemp
)

// Check refuses path before any work is done: a protected file, a missing or read-only
// folder, a folder in the file's place, a read-only file, or a file another program
// holds open. The writers below call it again; callers that build a large file first
// (a workbook) call it at the start so the user learns at once.
func Check(ctx context.Context, path string, opts ...Options) error {
	var o Options
	if len(opts) > 0 {
		o = opts[0]
	}
	if err := Guard(ctx, path); err != nil {
		return err
	}
	if err := checkFolder(path, o.MakeDirs); err != nil {
		return err
	}
	st, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return classify("create", path, err)
	}
	if st.IsDir() {
		return msgIsFolder.at(path, nil)
	}
	if st.Mode().Perm()&0o200 == 0 {
		return msgReadOnlyFile.at(path, nil)
	}
	fh, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		if errors.Is(err, fs.ErrPermission) && !isLocked(err) {
			return msgReadOnlyFile.at(path, err)
		}
		return classify("rename", path, err)
	}
	_ = fh.Close()
	return nil
}

// checkFolder checks the target's folder, or with makeDirs the nearest folder above it
// that exists.
func checkFolder(path string, makeDirs bool) error {
	dir := filepath.Dir(path)
	for {
		st, err := os.Stat(dir)
		if err == nil {
			if !st.IsDir() {
				return msgNotFolder.about(path, dir, nil)
			}
			if readOnlyDir(uint32(st.Mode().Perm())) {
				return msgReadOnlyDir.at(filepath.Join(dir, filepath.Base(path)), nil)
			}
			return nil
		}
		if !errors.Is(err, fs.ErrNotExist) {
			return classify("create", path, err)
		}
		if !makeDirs {
			return msgFolderMissing.at(path, err)
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return msgFolderMissing.at(path, err)
		}
		dir = parent
	}
}

// Temp is a file being written to a temporary name next to its target. Commit renames
// it into place; Abort (safe after Commit) removes it.
type Temp struct {
	ctx    context.Context
	path   string
	f      *os.File
	tmp    string
	closed bool
	done   bool
	err    error
}

// Create checks path (see Check) and opens the temporary file for it.
func Create(ctx context.Context, path string, opts ...Options) (*Temp, error) {
	var o Options
	if len(opts) > 0 {
		o = opts[0]
	}
	if err := Check(ctx, path, o); err != nil {
		return nil, err
	}
	dir := filepath.Dir(path)
	if o.MakeDirs {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, classify("create", path, err)
		}
	}
	f, err := createTemp(dir, TempPattern)
	if err != nil {
		return nil, classify("create", path, err)
	}
	_ = filelock.Mark(f) // CleanTemps of another process leaves it alone
	return &Temp{ctx: ctx, path: path, f: f, tmp: f.Name()}, nil
}

// Path is the target the file will have after Commit.
func (t *Temp) Path() string { return t.path }

// Write writes to the temporary file; the first failure sticks and is what Close and
// Commit return.
func (t *Temp) Write(p []byte) (int, error) {
	if t.err != nil {
		return 0, t.err
	}
	n, err := t.f.Write(p)
	if err != nil {
		t.err = classify("write", t.path, err)
	}
	return n, t.err
}

// Close syncs and closes the temporary file, leaving it ready for Commit (for a caller
// that commits other work, such as a letter number, between the two). On failure the
// temporary file is removed.
func (t *Temp) Close() error {
	if t.closed {
		return t.err
	}
	t.closed = true
	if t.err == nil {
		if err := t.f.Sync(); err != nil {
			t.err = classify("write", t.path, err)
		}
	}
	if err := t.f.Close(); err != nil && t.err == nil {
		t.err = classify("write", t.path, err)
	}
	if t.err == nil && t.ctx.Err() != nil {
		t.err = Cancelled(t.ctx)
	}
	if t.err != nil {
		t.Abort()
	}
	return t.err
}

// Commit closes the temporary file and renames it over the target. On failure the
// temporary file is removed and the old target is left as it was.
func (t *Temp) Commit() error {
	if err := t.Close(); err != nil {
		return err
	}
	if t.done {
		return errors.New("fileout: Commit after Abort or Commit")
	}
	if err := rename(t.tmp, t.path); err != nil {
		t.Abort()
		return classify("rename", t.path, err)
	}
	t.done = true
	return nil
}

// Abort removes the temporary file; after Commit it does nothing.
func (t *Temp) Abort() {
	if !t.closed {
		t.closed = true
		_ = t.f.Close()
	}
	if !t.done {
		t.done = true
		_ = os.Remove(t.tmp)
	}
}

// Write writes path with what fill writes, atomically (see the package comment).
func Write(ctx context.Context, path string, fill func(w io.Writer) error, opts ...Options) error {
	t, err := Create(ctx, path, opts...)
	if err != nil {
		return err
	}
	defer t.Abort()
	if err := fill(t); err != nil {
		if t.err != nil {
			return t.err
		}
		if ctx.Err() != nil {
			return Cancelled(ctx)
		}
		var ae *models.AppError
		if errors.As(err, &ae) {
			return err
		}
		return WriteFailed(path, err)
	}
	return t.Commit()
}

// WriteFile writes data to path atomically.
func WriteFile(ctx context.Context, path string, data []byte, opts ...Options) error {
	return Write(ctx, path, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	}, opts...)
}

// Cancelled is the error for work stopped through ctx.
func Cancelled(ctx context.Context) *models.AppError {
	return models.NewError(models.ErrCancelled, "cancelled", "Proses dibatalkan.").Wrap(ctx.Err())
}
