package xlsxutil

import (
	"context"
	"errors"
	"io"
	"path/filepath"

	"github.com/xuri/excelize/v2"

	"sidamping/models"
	"sidamping/services/fileout"
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

// NewWriter starts a workbook that Save writes to path. It fails early, with a clear
// message, when path may not or cannot be written (see fileout.Check: the live database,
// an input of the same command, a missing or read-only folder, a file held open by
// Excel). ctx cancels the export.
func NewWriter(ctx context.Context, path string) (*Writer, error) {
	if err := fileout.Check(ctx, path); err != nil {
		return nil, err
	}
	f := excelize.NewFile()
	st, err := newStyles(f)
	if err != nil {
		_ = f.Close()
		return nil, models.Internal(err)
	}
	return &Writer{ctx: ctx, f: f, path: path, name: filepath.Base(path), st: st}, nil
}

// File gives access to the underlying workbook (for extras such as data validation).
func (w *Writer) File() *excelize.File { return w.f }

// writeError is a failure while building the workbook (excelize streams sheets through
// temporary files); a coded error passes unchanged.
func (w *Writer) writeError(err error) error {
	var ae *models.AppError
	if errors.As(err, &ae) {
		return err
	}
	return fileout.WriteFailed(w.path, err)
}

// Save closes the last sheet and writes the workbook to its path. The Writer cannot be
// used afterwards.
func (w *Writer) Save() error {
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
	return fileout.Write(w.ctx, w.path, func(out io.Writer) error {
		_, err := w.f.WriteTo(out)
		return err
	})
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
