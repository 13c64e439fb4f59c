package sheetreader

import (
	"errors"
	"fmt"
)

// Error kinds. Every error this package returns for a bad input file is an
// *Error whose Kind is one of these; test with errors.Is. The kind's text is
// a stable code that the UI can translate; Error() gives an Indonesian
// message naming the file (and sheet and cell where known).
var (
	ErrEmptyFile     = errors.New("sheetreader.empty_file")
	ErrNotXLSX       = errors.New("sheetreader.not_xlsx")
	ErrEncrypted     = errors.New("sheetreader.encrypted")
	ErrLegacyXLS     = errors.New("sheetreader.legacy_xls")
	ErrSheetNotFound = errors.New("sheetreader.sheet_not_found")
	ErrCellTooLarge  = errors.New("sheetreader.cell_too_large")
	ErrMalformed     = errors.New("sheetreader.malformed")
	// ErrErrorValue is a cell holding an Excel error value (#REF!, #N/A, ...).
	ErrErrorValue = errors.New("sheetreader.error_value")
	// The file-level kinds below are shared by every import (their codes are
	// not specific to this package).
	ErrNotRegular = errors.New("files.not_regular") // a FIFO, device, socket or folder
	ErrWord       = errors.New("files.is_word")     // a Word document named .xlsx
	ErrPowerPoint = errors.New("files.is_powerpoint")
	ErrPDF        = errors.New("files.is_pdf")
	ErrInflated   = errors.New("files.inflated") // a part unpacks far beyond the file (zip bomb)
)

// Error describes a problem with an input file.
type Error struct {
	Kind  error  // one of the Err* kinds above
	File  string // base name of the file
	Sheet string // sheet name, when known
	Cell  string // cell address such as "C12", when known
	msg   string // Indonesian message
	cause error  // underlying error, if any
}

// Error returns the Indonesian message.
func (e *Error) Error() string { return e.msg }

// Is reports whether target is the error's kind.
func (e *Error) Is(target error) bool { return target == e.Kind }

// Unwrap returns the underlying cause (an I/O or zip error), if any.
func (e *Error) Unwrap() error { return e.cause }

func newError(kind error, file string, cause error, format string, args ...any) *Error {
	return &Error{Kind: kind, File: file, cause: cause, msg: fmt.Sprintf(format, args...)}
}

// errEmpty and friends build the file-level errors with their messages.
func errEmpty(file string) error {
	return newError(ErrEmptyFile, file, nil, "berkas %s kosong (0 byte)", file)
}

func errNotXLSX(file string, cause error) error {
	return newError(ErrNotXLSX, file, cause,
		"berkas %s bukan berkas Excel .xlsx yang sah", file)
}

func errXLSB(file string) error {
	return newError(ErrNotXLSX, file, nil,
		"berkas %s berformat Excel Binary (.xlsb) yang tidak didukung; buka di Excel lalu simpan ulang sebagai .xlsx", file)
}

func errEncrypted(file string) error {
	return newError(ErrEncrypted, file, nil,
		"berkas %s dilindungi kata sandi (terenkripsi); buka di Excel, hapus kata sandinya, lalu simpan ulang sebagai .xlsx", file)
}

func errLegacy(file string) error {
	return newError(ErrLegacyXLS, file, nil,
		"berkas %s berformat Excel 97-2003 (.xls) yang lama; buka di Excel lalu simpan ulang sebagai .xlsx", file)
}

func errOLEUnknown(file string) error {
	return newError(ErrEncrypted, file, nil,
		"berkas %s dilindungi kata sandi atau berformat Excel lama (.xls); buka di Excel, hapus kata sandi bila ada, lalu simpan ulang sebagai .xlsx", file)
}

func errSheetNotFound(file, sheet string) error {
	e := newError(ErrSheetNotFound, file, nil,
		"lembar kerja %q tidak ditemukan di berkas %s", sheet, file)
	e.Sheet = sheet
	return e
}

func errCellTooLarge(file, sheet, cell string, limit int) error {
	e := newError(ErrCellTooLarge, file, nil,
		"isi sel %s di lembar %q berkas %s melebihi batas %d byte", cell, sheet, file, limit)
	e.Sheet, e.Cell = sheet, cell
	return e
}

// errMalformed reports damaged XML (or CSV) content inside a file.
func errMalformed(file, sheet, part string, cause error) error {
	e := newError(ErrMalformed, file, cause,
		"berkas %s rusak atau tidak sah (bagian %s): %v", file, part, cause)
	e.Sheet = sheet
	return e
}

func errNotRegular(file, what string) error {
	return newError(ErrNotRegular, file, nil,
		"%s bukan berkas biasa (%s); pilih berkas buku kerja Excel (.xlsx) atau CSV yang tersimpan di disk", file, what)
}

func errWord(file string) error {
	return newError(ErrWord, file, nil,
		"berkas %s adalah dokumen Word, bukan buku kerja Excel; buka berkas Excel yang benar (.xlsx)", file)
}

func errPowerPoint(file string) error {
	return newError(ErrPowerPoint, file, nil,
		"berkas %s adalah presentasi PowerPoint, bukan buku kerja Excel; buka berkas Excel yang benar (.xlsx)", file)
}

func errPDF(file string) error {
	return newError(ErrPDF, file, nil,
		"berkas %s adalah dokumen PDF, bukan buku kerja Excel; data di PDF tidak dapat diimpor, mintalah berkas Excel (.xlsx) aslinya", file)
}

func errInflated(file, part string, size uint64, limit string) error {
	return newError(ErrInflated, file, nil,
		"berkas %s ditolak: bagian %s membengkak menjadi %d MB saat dibuka (%s), tanda berkas rusak atau sengaja dibuat berbahaya; simpan ulang dari Excel lalu ulangi",
		file, part, size>>20, limit)
}

func errErrorValue(file, sheet, cell, value string) error {
	e := newError(ErrErrorValue, file, nil,
		"berkas %s, lembar %q, sel %s berisi galat Excel %s (hasil rumus yang gagal); perbaiki rumusnya atau ganti dengan nilainya, lalu impor ulang",
		file, sheet, cell, value)
	e.Sheet, e.Cell = sheet, cell
	return e
}
