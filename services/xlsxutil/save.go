package xlsxutil

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/xuri/excelize/v2"

	"sidamping/models"
)

// Writer builds an export workbook and saves it atomically: the workbook is written to
// a temporary file in the target's folder and renamed over the target at the end, so
// a failed or cancelled export never leaves half a file.
type Writer struct {
	ctx     context.Context
	f       *excelize.File
	path    string
	name    string
	st      styles
	sheets  int
	current *SheetWriter
	done    bool
	num     map[numKey]int // custom number-format styles, created once per workbook
}

// rename is os.Rename; tests replace it to imitate a target held open by Excel.
var rename = os.Rename

// NewWriter starts a workbook that Save writes to path. It fails early, with a clear
// message, when path is held open by another program. ctx cancels the export.
func NewWriter(ctx context.Context, path string) (*Writer, error) {
	name := filepath.Base(path)
	if st, err := os.Stat(path); err == nil {
		if st.IsDir() {
			return nil, fileError("xlsx.write_failed", name, fmt.Sprintf("%s adalah folder; pilih nama berkas lain.", name), nil)
		}
		if st.Mode().Perm()&0o200 == 0 {
			return nil, fileError("xlsx.read_only", name, fmt.Sprintf("Berkas %s hanya-baca; pilih nama lain atau hapus sifat hanya-baca berkas itu.", name), nil)
		}
		fh, err := os.OpenFile(path, os.O_WRONLY, 0)
		if err != nil {
			return nil, lockedError(name, err)
		}
		_ = fh.Close()
	}
	f := excelize.NewFile()
	st, err := newStyles(f)
	if err != nil {
		_ = f.Close()
		return nil, models.Internal(err)
	}
	return &Writer{ctx: ctx, f: f, path: path, name: name, st: st}, nil
}

// File gives access to the underlying workbook (for extras such as data validation).
func (w *Writer) File() *excelize.File { return w.f }

// lockedError is the message for a target another program holds.
func lockedError(name string, cause error) *models.AppError {
	return fileError("xlsx.locked", name, fmt.Sprintf("Berkas %s sedang dibuka di aplikasi lain (mis. Excel); tutup dulu lalu ulangi.", name), cause)
}

func (w *Writer) writeError(err error) error {
	var ae *models.AppError
	if errors.As(err, &ae) {
		return err
	}
	return fileError("xlsx.write_failed", w.name, fmt.Sprintf("Berkas %s tidak dapat ditulis: %v.", w.name, err), err)
}

// Save closes the last sheet and writes the workbook to its path. The Writer cannot be
// used afterwards.
func (w *Writer) Save() (err error) {
	defer w.Discard()
	if w.current != nil {
		if err := w.current.Close(); err != nil {
			return err
		}
	}
	if w.ctx.Err() != nil {
		return cancelled(w.ctx)
	}
	// SetActiveSheet reads every streamed sheet back into memory; skip it when the
	// first sheet is already the active one (always, unless a caller changed it).
	if w.f.GetActiveSheetIndex() != 0 {
		w.f.SetActiveSheet(0)
	}
	dir := filepath.Dir(w.path)
	tmp, err := os.CreateTemp(dir, ".sidamping-"+w.name+"-*.tmp")
	if err != nil {
		return fileError("xlsx.write_failed", w.name, fmt.Sprintf("Folder %s tidak dapat ditulisi: %v.", dir, err), err)
	}
	tmpName := tmp.Name()
	defer func() {
		if err != nil {
			_ = tmp.Close()
			_ = os.Remove(tmpName)
		}
	}()
	if _, err = w.f.WriteTo(tmp); err != nil {
		return w.writeError(err)
	}
	if err = tmp.Sync(); err != nil {
		return w.writeError(err)
	}
	if err = tmp.Close(); err != nil {
		return w.writeError(err)
	}
	if w.ctx.Err() != nil {
		err = cancelled(w.ctx)
		return err
	}
	if err = rename(tmpName, w.path); err != nil {
		if _, statErr := os.Stat(w.path); statErr == nil {
			err = lockedError(w.name, err)
			return err
		}
		err = w.writeError(err)
		return err
	}
	return nil
}

// Discard releases the workbook without writing it; safe to call more than once and
// after Save.
func (w *Writer) Discard() {
	if w.done {
		return
	}
	w.done = true
	_ = w.f.Close()
}
