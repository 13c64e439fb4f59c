// Package app holds the thin structs bound to the frontend: each takes a DTO, calls a
// service and returns a DTO or an error. This file wraps the Wails runtime once: events,
// file dialogs and the window.
package app

import (
	"context"
	"os"
	"strings"
	"sync"

	"github.com/wailsapp/wails/v2/pkg/runtime"

	"sidamping/models"
	"sidamping/services/fileout"
)

// Runtime is the bridge to the Wails runtime, shared by every bound struct. Before the
// window starts (and in tests) it has no context and events are dropped.
type Runtime struct {
	mu  sync.RWMutex
	ctx context.Context
	db  string // the live database, which no export may overwrite
}

// ProtectDatabase names the live database: every Context carries it, so no file the
// window writes can replace it or its -wal/-shm files (fileout.Protect).
func (r *Runtime) ProtectDatabase(path string) {
	r.mu.Lock()
	r.db = path
	r.mu.Unlock()
}

// Startup keeps the Wails context; main.go calls it from OnStartup.
func (r *Runtime) Startup(ctx context.Context) {
	r.mu.Lock()
	r.ctx = ctx
	r.mu.Unlock()
}

// Context returns the Wails context (or Background before start-up), carrying the
// protected database path.
func (r *Runtime) Context() context.Context {
	r.mu.RLock()
	defer r.mu.RUnlock()
	ctx := r.ctx
	if ctx == nil {
		ctx = context.Background()
	}
	if r.db != "" {
		ctx = fileout.Protect(ctx, fileout.Database, r.db)
	}
	return ctx
}

func (r *Runtime) started() bool {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return r.ctx != nil
}

// Emit sends an event to the UI (implements common.Emitter).
func (r *Runtime) Emit(event string, data any) {
	if r.started() {
		runtime.EventsEmit(r.Context(), event, data)
	}
}

// FileFilter is a file-dialog filter such as {"Excel", "*.xlsx"}.
type FileFilter struct{ Name, Pattern string }

// dialogStubEnv names a file whose first line answers the next file dialog instead of a
// real dialog. End-to-end tests in a browser use it, since they cannot click a native dialog.
const dialogStubEnv = "SIDAMPING_DIALOG_FILE"

func stubbedAnswer() (string, bool) {
	f := os.Getenv(dialogStubEnv)
	if f == "" {
		return "", false
	}
	b, err := os.ReadFile(f)
	if err != nil {
		return "", true
	}
	return strings.TrimSpace(strings.SplitN(string(b), "\n", 2)[0]), true
}

func toWails(filters []FileFilter) []runtime.FileFilter {
	out := make([]runtime.FileFilter, len(filters))
	for i, f := range filters {
		out[i] = runtime.FileFilter{DisplayName: f.Name, Pattern: f.Pattern}
	}
	return out
}

// OpenFile asks the user for a file to read; "" means cancelled.
func (r *Runtime) OpenFile(title string, filters ...FileFilter) (string, error) {
	if p, ok := stubbedAnswer(); ok {
		return p, nil
	}
	return runtime.OpenFileDialog(r.Context(), runtime.OpenDialogOptions{Title: title, Filters: toWails(filters)})
}

// OpenFiles asks the user for one or more files to read; empty means cancelled.
func (r *Runtime) OpenFiles(title string, filters ...FileFilter) ([]string, error) {
	if p, ok := stubbedAnswer(); ok {
		if p == "" {
			return []string{}, nil
		}
		return []string{p}, nil
	}
	return runtime.OpenMultipleFilesDialog(r.Context(), runtime.OpenDialogOptions{Title: title, Filters: toWails(filters)})
}

// SaveFile asks the user where to write a file; "" means cancelled.
func (r *Runtime) SaveFile(title, defaultName string, filters ...FileFilter) (string, error) {
	if p, ok := stubbedAnswer(); ok {
		return p, nil
	}
	return runtime.SaveFileDialog(r.Context(), runtime.SaveDialogOptions{
		Title: title, DefaultFilename: defaultName, Filters: toWails(filters),
	})
}

// OpenPath opens a file or folder with the system's default application (the PDF
// viewer, Excel, Explorer). Wails' BrowserOpenURL refuses file:// addresses, so this hands
// the plain path (never a file:// address, which '#' or '%' would break) to ShellExecute
// on Windows and xdg-open on Linux (openpath_*.go).
func (r *Runtime) OpenPath(path string) error {
	if _, err := os.Stat(path); err != nil {
		return models.NotFound("file.missing", "Berkas atau folder "+path+" tidak ditemukan.")
	}
	if os.Getenv(dialogStubEnv) != "" {
		return nil // end-to-end tests: never launch another program
	}
	if err := openWithDefault(path); err != nil {
		return models.NewError(models.ErrInvalid, "file.open_failed",
			"Berkas "+path+" tidak dapat dibuka dengan aplikasi bawaan sistem; buka secara manual dari folder tersebut.").Wrap(err)
	}
	return nil
}

// BringToFront shows and focuses the window (a second launch calls it).
func (r *Runtime) BringToFront() {
	if r.started() {
		runtime.WindowUnminimise(r.Context())
		runtime.WindowShow(r.Context())
	}
}

// Excel and database filters used by several dialogs.
var (
	ExcelFilter  = FileFilter{"Buku kerja Excel (*.xlsx)", "*.xlsx"}
	BackupFilter = FileFilter{"Cadangan SiDamping (*.db)", "*.db;*.sqlite;*.bak"}
	ImageFilter  = FileFilter{"Gambar (*.png, *.jpg)", "*.png;*.jpg;*.jpeg"}
	PDFFilter    = FileFilter{"Dokumen PDF (*.pdf)", "*.pdf"}
)
