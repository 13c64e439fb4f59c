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

// Locked is the error for path held open by another program.
func Locked(path string, cause error) *models.AppError {
	return fileErr(models.ErrConflict, CodeLocked, fmt.Sprintf(
		"Berkas %s sedang dibuka di aplikasi lain; tutup dulu lalu ulangi.", filepath.Base(path)), path, cause)
}

func folderMissing(path string, cause error) *models.AppError {
	return fileErr(models.ErrInvalid, CodeFolderMissing, fmt.Sprintf(
		"Folder %s tidak ada; pilih folder lain atau buat dulu folder itu.", filepath.Dir(path)), path, cause)
}

func notFolder(path, dir string, cause error) *models.AppError {
	return fileErr(models.ErrInvalid, CodeNotFolder, fmt.Sprintf(
		"%s bukan folder; pilih tempat penyimpanan lain.", dir), path, cause)
}

func readOnlyFolder(path string, cause error) *models.AppError {
	return fileErr(models.ErrInvalid, CodeReadOnly, fmt.Sprintf(
		"Folder %s hanya-baca atau tidak boleh ditulisi; pilih folder lain.", filepath.Dir(path)), path, cause)
}

func readOnlyFile(path string, cause error) *models.AppError {
	return fileErr(models.ErrInvalid, CodeReadOnly, fmt.Sprintf(
		"Berkas %s hanya-baca; pilih nama lain atau hapus sifat hanya-baca berkas itu.", filepath.Base(path)), path, cause)
}

func isFolder(path string) *models.AppError {
	return fileErr(models.ErrInvalid, CodeIsFolder, fmt.Sprintf(
		"%s adalah folder; pilih nama berkas lain.", filepath.Base(path)), path, nil)
}

func diskFull(path string, cause error) *models.AppError {
	return fileErr(models.ErrInvalid, CodeDiskFull, fmt.Sprintf(
		"Ruang penyimpanan tidak cukup untuk menyimpan %s; kosongkan sebagian ruang lalu ulangi.", filepath.Base(path)), path, cause)
}

// WriteFailed is the error for path that could not be written for a reason with no
// message of its own (the cause is kept for the log).
func WriteFailed(path string, cause error) *models.AppError {
	return fileErr(models.ErrInvalid, CodeWriteFailed, fmt.Sprintf(
		"Berkas %s tidak dapat disimpan; periksa folder tujuannya lalu ulangi.", filepath.Base(path)), path, cause)
}

// classify turns an error from the operating system while writing path into a coded
// error. op is "create" (the temporary file in path's folder), "write" or "rename".
func classify(op, path string, err error) error {
	var ae *models.AppError
	if err == nil || errors.As(err, &ae) {
		return err
	}
	switch {
	case errors.Is(err, syscall.ENOSPC) || isDiskFull(err):
		return diskFull(path, err)
	case isLocked(err):
		return Locked(path, err)
	case errors.Is(err, syscall.EISDIR):
		return isFolder(path)
	}
	switch op {
	case "create":
		if errors.Is(err, fs.ErrNotExist) {
			return folderMissing(path, err)
		}
		if errors.Is(err, syscall.ENOTDIR) {
			return notFolder(path, filepath.Dir(path), err)
		}
		if errors.Is(err, fs.ErrPermission) {
			return readOnlyFolder(path, err)
		}
	case "rename":
		if st, serr := os.Stat(path); serr == nil {
			if st.IsDir() {
				return isFolder(path)
			}
			if st.Mode().Perm()&0o200 == 0 {
				return readOnlyFile(path, err)
			}
			if errors.Is(err, fs.ErrPermission) {
				// Windows answers "Access is denied" when another program holds the
				// target open without sharing delete.
				return Locked(path, err)
			}
		}
		if errors.Is(err, fs.ErrPermission) {
			return readOnlyFolder(path, err)
		}
		if errors.Is(err, fs.ErrNotExist) {
			return folderMissing(path, err)
		}
	}
	return WriteFailed(path, err)
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
			return fileErr(models.ErrInvalid, CodeDiskFull, fmt.Sprintf(
				"Ruang penyimpanan di folder %s tidak cukup; kosongkan sebagian ruang lalu ulangi.", filepath.Dir(pe.Path)), pe.Path, err)
		}
		return fileErr(models.ErrInvalid, CodeWriteFailed, fmt.Sprintf(
			"Berkas di folder %s tidak dapat disimpan; periksa folder itu lalu ulangi.", filepath.Dir(pe.Path)), pe.Path, err)
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fileErr(models.ErrNotFound, CodeNotFound, fmt.Sprintf("Berkas atau folder %s tidak ditemukan.", filepath.Base(pe.Path)), pe.Path, err)
	case isLocked(err):
		return Locked(pe.Path, err)
	case errors.Is(err, fs.ErrPermission):
		return fileErr(models.ErrInvalid, CodeReadFailed, fmt.Sprintf(
			"Berkas %s tidak boleh dibuka atau diubah (hak akses); periksa sifat berkas dan foldernya.", filepath.Base(pe.Path)), pe.Path, err)
	case errors.Is(err, syscall.ENOSPC) || isDiskFull(err):
		return diskFull(pe.Path, err)
	}
	return fileErr(models.ErrInvalid, CodeReadFailed, fmt.Sprintf(
		"Berkas %s tidak dapat dibaca atau ditulis; periksa berkas dan foldernya lalu ulangi.", filepath.Base(pe.Path)), pe.Path, err)
}

// isTempName reports the name of one of this package's temporary files.
func isTempName(path string) bool {
	base := filepath.Base(path)
	return strings.HasPrefix(base, ".sidamping-") && strings.HasSuffix(base, ".tmp")
}
