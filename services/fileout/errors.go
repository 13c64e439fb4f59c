package fileout

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"sidamping/models"
)

// The codes of this package's errors; each comes with an Indonesian message that names
// the file (Params "file") or the folder (Params "folder"). The operating system's own
// text stays in the wrapped cause, for the log.
const (
	CodeLocked        = "files.locked"
	CodeFolderMissing = "files.folder_missing"
	CodeReadOnly      = "files.read_only"
	CodeIsFolder      = "files.is_folder"
	CodeNotFolder     = "files.not_folder"
	CodeDiskFull      = "files.disk_full"
	CodeWriteFailed   = "files.write_failed"
	CodeReadFailed    = "files.read_failed"
	CodeNotFound      = "files.not_found"
)

func fileErr(kind error, code, msg, path string, cause error) *models.AppError {
	e := models.NewError(kind, code, msg)
	e.Params = map[string]any{"file": filepath.Base(path), "folder": filepath.Dir(path)}
	if cause != nil {
		e.Wrap(cause)
	}
	return e
}

// message is one of this package's errors: its kind, code and Indonesian text, whose %s
// is the file's name, or its folder when folder is set.
type message struct {
	kind   error
	code   string
	text   string
	folder bool
}

// The messages, one table for every constructor below and for UserError.
var (
	msgLocked        = message{models.ErrConflict, CodeLocked, "Berkas %s sedang dibuka di aplikasi lain; tutup dulu lalu ulangi.", false}
	msgFolderMissing = message{models.ErrInvalid, CodeFolderMissing, "Folder %s tidak ada; pilih folder lain atau buat dulu folder itu.", true}
	msgNotFolder     = message{models.ErrInvalid, CodeNotFolder, "%s bukan folder; pilih tempat penyimpanan lain.", true}
	msgReadOnlyDir   = message{models.ErrInvalid, CodeReadOnly, "Folder %s hanya-baca atau tidak boleh ditulisi; pilih folder lain.", true}
	msgReadOnlyFile  = message{models.ErrInvalid, CodeReadOnly, "Berkas %s hanya-baca; pilih nama lain atau hapus sifat hanya-baca berkas itu.", false}
	msgIsFolder      = message{models.ErrInvalid, CodeIsFolder, "%s adalah folder; pilih nama berkas lain.", false}
	msgDiskFull      = message{models.ErrInvalid, CodeDiskFull, "Ruang penyimpanan tidak cukup untuk menyimpan %s; kosongkan sebagian ruang lalu ulangi.", false}
	msgWriteFailed   = message{models.ErrInvalid, CodeWriteFailed, "Berkas %s tidak dapat disimpan; periksa folder tujuannya lalu ulangi.", false}
	msgTempDiskFull  = message{models.ErrInvalid, CodeDiskFull, "Ruang penyimpanan di folder %s tidak cukup; kosongkan sebagian ruang lalu ulangi.", true}
	msgTempFailed    = message{models.ErrInvalid, CodeWriteFailed, "Berkas di folder %s tidak dapat disimpan; periksa folder itu lalu ulangi.", true}
	msgNotFound      = message{models.ErrNotFound, CodeNotFound, "Berkas atau folder %s tidak ditemukan.", false}
	msgNoAccess      = message{models.ErrInvalid, CodeReadFailed, "Berkas %s tidak boleh dibuka atau diubah (hak akses); periksa sifat berkas dan foldernya.", false}
	msgReadFailed    = message{models.ErrInvalid, CodeReadFailed, "Berkas %s tidak dapat dibaca atau ditulis; periksa berkas dan foldernya lalu ulangi.", false}
)

// at is the error m for path, with the operating system's cause kept for the log.
func (m message) at(path string, cause error) *models.AppError {
	shown := filepath.Base(path)
	if m.folder {
		shown = filepath.Dir(path)
	}
	return m.about(path, shown, cause)
}

// about is the error m for path whose text names shown.
func (m message) about(path, shown string, cause error) *models.AppError {
	return fileErr(m.kind, m.code, fmt.Sprintf(m.text, shown), path, cause)
}

// Locked is the error for path held open by another program.
func Locked(path string, cause error) *models.AppError { return msgLocked.at(path, cause) }

// WriteFailed is the error for path that could not be written for a reason with no
// message of its own (the cause is kept for the log).
func WriteFailed(path string, cause error) *models.AppError { return msgWriteFailed.at(path, cause) }

// classify turns an error from the operating system while writing path into a coded
// error. op is "create" (the temporary file in path's folder), "write" or "rename".
func classify(op, path string, err error) error {
	var ae *models.AppError
	if err == nil || errors.As(err, &ae) {
		return err
	}
	switch {
	case errors.Is(err, syscall.ENOSPC) || isDiskFull(err):
		return msgDiskFull.at(path, err)
	case isLocked(err):
		return Locked(path, err)
	case errors.Is(err, syscall.EISDIR):
		return msgIsFolder.at(path, nil)
	}
	switch op {
	case "create":
		if errors.Is(err, fs.ErrNotExist) {
			return msgFolderMissing.at(path, err)
		}
		if errors.Is(err, syscall.ENOTDIR) {
			return msgNotFolder.at(path, err)
		}
		if errors.Is(err, fs.ErrPermission) {
			return msgReadOnlyDir.at(path, err)
		}
	case "rename":
		if st, serr := os.Stat(path); serr == nil {
			if st.IsDir() {
				return msgIsFolder.at(path, nil)
			}
			if st.Mode().Perm()&0o200 == 0 {
				return msgReadOnlyFile.at(path, err)
			}
			if errors.Is(err, fs.ErrPermission) {
				// Windows answers "Access is denied" when another program holds the
				// target open without sharing delete.
				return Locked(path, err)
			}
		}
		if errors.Is(err, fs.ErrPermission) {
			return msgReadOnlyDir.at(path, err)
		}
		if errors.Is(err, fs.ErrNotExist) {
			return msgFolderMissing.at(path, err)
		}
	}
	return msgWriteFailed.at(path, err)
}

// UserError makes a raw error from the operating system that names a file (an
// *fs.PathError or *os.LinkError that reached a bound method or a CLI command) into a
// coded error with an Indonesian message; any other error is returned as it is.
func UserError(err error) error {
	var ae *models.AppError
	if err == nil || errors.As(err, &ae) {
		return err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return classify("rename", le.New, err)
	}
	var pe *fs.PathError
	if !errors.As(err, &pe) {
		return err
	}
	if isTempName(pe.Path) {
		if errors.Is(err, syscall.ENOSPC) || isDiskFull(err) {
			return msgTempDiskFull.at(pe.Path, err)
		}
		return msgTempFailed.at(pe.Path, err)
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return msgNotFound.at(pe.Path, err)
	case isLocked(err):
		return msgLocked.at(pe.Path, err)
	case errors.Is(err, fs.ErrPermission):
		return msgNoAccess.at(pe.Path, err)
	case errors.Is(err, syscall.ENOSPC) || isDiskFull(err):
		return msgDiskFull.at(pe.Path, err)
	}
	return msgReadFailed.at(pe.Path, err)
}

// isTempName reports the name of one of this package's temporary files.
func isTempName(path string) bool {
	base := filepath.Base(path)
	return strings.HasPrefix(base, ".sidamping-") && strings.HasSuffix(base, ".tmp")
}
