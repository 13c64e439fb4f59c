package xlsxutil

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"sidamping/models"
	"sidamping/services/sheetreader"
)

// MaxFileSize is the largest workbook Open accepts.
const MaxFileSize = 200 << 20

// unzipLimit caps the unpacked size, against zip bombs.
const unzipLimit = 2 << 30

// readLimits bound what a workbook read here may unpack to. These workbooks (master
// data, OPD templates) are read whole into memory, so a part may be at most 32 MB
// unpacked and 100 times its packed size: a 50 MB sheet in a 135 KB file, or a
// 2 GB shared string table in a 5 MB one, is refused before anything is read.
var readLimits = sheetreader.Limits{MaxRatio: 100, RatioGrace: 1 << 20, MaxPart: 32 << 20, MaxSharedStrings: 32 << 20}

var (
	oleMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}
	// "EncryptionInfo" in UTF-16LE: the stream an encrypted OOXML package carries.
	encryptionInfo = []byte("E\x00n\x00c\x00r\x00y\x00p\x00t\x00i\x00o\x00n\x00I\x00n\x00f\x00o\x00")
	// The streams an old Word (.doc) and PowerPoint (.ppt) file carry, in UTF-16LE.
	wordDocument = utf16le("WordDocument")
	pptDocument  = utf16le("PowerPoint Document")
)

func utf16le(s string) []byte {
	out := make([]byte, 0, 2*len(s))
	for i := 0; i < len(s); i++ {
		out = append(out, s[i], 0)
	}
	return out
}

// Workbook is an input workbook opened for reading.
type Workbook struct {
	File *excelize.File
	Path string
	Name string // base name, used in messages

	rows *sheetreader.Workbook // streams the sheets' values (ReadSheet)
}

// fileError builds the error for a file that cannot be read.
func fileError(code, name, msg string, cause error) *models.AppError {
	e := models.NewError(models.ErrInvalid, code, msg)
	e.Params = map[string]any{"file": name}
	if cause != nil {
		e.Wrap(cause)
	}
	return e
}

// Open reads path as an .xlsx workbook. Every failure is an *models.AppError (kind
// ErrInvalid) with an Indonesian message naming the file: missing, empty, too large, a
// text file (CSV) renamed to .xlsx, an old .xls or password-protected workbook, a
// corrupt archive, or a workbook without sheets.
func Open(path string) (*Workbook, error) {
	name := filepath.Base(path)
	st, err := os.Stat(path)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, fileError("xlsx.not_found", name, fmt.Sprintf("Berkas %s tidak ditemukan.", name), err)
		}
		return nil, fileError("xlsx.unreadable", name, fmt.Sprintf("Berkas %s tidak dapat dibuka: %v.", name, err), err)
	}
	if st.IsDir() {
		return nil, fileError("xlsx.not_xlsx", name, fmt.Sprintf("%s adalah folder, bukan berkas Excel.", name), nil)
	}
	if !st.Mode().IsRegular() { // a FIFO would block the read below forever
		return nil, ReaderError(name, sheetreader.CheckRegular(path))
	}
	if st.Size() == 0 {
		return nil, fileError("xlsx.empty", name, fmt.Sprintf("Berkas %s kosong (0 byte); pilih buku kerja Excel (.xlsx) yang berisi data.", name), nil)
	}
	if st.Size() > MaxFileSize {
		return nil, fileError("xlsx.too_large", name, fmt.Sprintf("Berkas %s terlalu besar (%d MB; paling besar %d MB).", name, st.Size()>>20, MaxFileSize>>20), nil)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fileError("xlsx.unreadable", name, fmt.Sprintf("Berkas %s tidak dapat dibaca: %v. Bila sedang dibuka di aplikasi lain, tutup dulu lalu ulangi.", name, err), err)
	}
	if err := sniff(name, data); err != nil {
		return nil, err
	}
	rows, err := sheetreader.OpenWith(path, readLimits)
	if err != nil {
		return nil, ReaderError(name, err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{UnzipSizeLimit: unzipLimit})
	if err != nil {
		_ = rows.Close()
		if f != nil {
			_ = f.Close()
		}
		return nil, fileError("xlsx.corrupt", name, fmt.Sprintf("Berkas %s rusak atau bukan buku kerja Excel (.xlsx) yang sah; buka di Excel lalu simpan ulang sebagai .xlsx.", name), err)
	}
	if len(f.GetSheetList()) == 0 {
		_ = rows.Close()
		_ = f.Close()
		return nil, fileError("xlsx.no_sheets", name, fmt.Sprintf("Berkas %s tidak memuat lembar kerja (sheet) apa pun; pastikan berkas ini buku kerja Excel.", name), nil)
	}
	return &Workbook{File: f, Path: path, Name: name, rows: rows}, nil
}

// ReaderError turns an error of the shared sheet reader (a wrong, damaged or hostile
// file, a cell holding an Excel error value) into a coded error naming the file, and
// the sheet and cell where known.
func ReaderError(name string, err error) error {
	var se *sheetreader.Error
	if !errors.As(err, &se) {
		var ae *models.AppError
		if errors.As(err, &ae) {
			return err
		}
		return fileError("xlsx.unreadable", name, fmt.Sprintf("Berkas %s tidak dapat dibaca: %v.", name, err), err)
	}
	code := se.Kind.Error()
	switch se.Kind {
	case sheetreader.ErrEmptyFile:
		code = "xlsx.empty"
	case sheetreader.ErrLegacyXLS:
		code = "xlsx.legacy_xls"
	case sheetreader.ErrEncrypted:
		code = "xlsx.encrypted"
	case sheetreader.ErrNotXLSX, sheetreader.ErrMalformed:
		code = "xlsx.corrupt"
	case sheetreader.ErrErrorValue:
		code = "xlsx.error_value"
	case sheetreader.ErrCellTooLarge:
		code = "xlsx.cell_too_large"
	case sheetreader.ErrSheetNotFound:
		code = "xlsx.sheet_not_found"
	}
	msg := se.Error()
	if r, size := utf8.DecodeRuneInString(msg); size > 0 {
		msg = strings.ToUpper(string(r)) + msg[size:]
	}
	e := fileError(code, name, strings.TrimSuffix(msg, ".")+".", err)
	if se.Sheet != "" {
		e.Params["sheet"] = se.Sheet
	}
	if se.Cell != "" {
		e.Params["cell"] = se.Cell
	}
	return e
}

// sniff recognises the common wrong files by their first bytes.
func sniff(name string, data []byte) error {
	if err := sheetreader.SniffHead(data[:min(len(data), 16)], name); err != nil {
		return ReaderError(name, err) // a PDF renamed to .xlsx
	}
	switch {
	case bytes.HasPrefix(data, oleMagic):
		switch {
		case bytes.Contains(data, wordDocument):
			return fileError("files.is_word", name, fmt.Sprintf("Berkas %s adalah dokumen Word (.doc), bukan buku kerja Excel; buka berkas Excel yang benar (.xlsx).", name), nil)
		case bytes.Contains(data, pptDocument):
			return fileError("files.is_powerpoint", name, fmt.Sprintf("Berkas %s adalah presentasi PowerPoint (.ppt), bukan buku kerja Excel; buka berkas Excel yang benar (.xlsx).", name), nil)
		}
		if bytes.Contains(data, encryptionInfo) {
			return fileError("xlsx.encrypted", name, fmt.Sprintf("Berkas %s dilindungi kata sandi; buka di Excel, hapus kata sandinya (File > Info > Protect Workbook), simpan, lalu ulangi.", name), nil)
		}
		return fileError("xlsx.legacy_xls", name, fmt.Sprintf("Berkas %s adalah buku kerja Excel lama (.xls); buka di Excel lalu simpan sebagai Excel Workbook (.xlsx).", name), nil)
	case bytes.HasPrefix(data, []byte("PK")):
		zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
		if err != nil {
			return fileError("xlsx.corrupt", name, fmt.Sprintf("Berkas %s rusak (arsip .xlsx tidak utuh, mungkin unduhan terputus); minta kiriman ulang atau simpan ulang dari Excel.", name), err)
		}
		if err := sheetreader.CheckPackage(zr, name, readLimits); err != nil {
			return ReaderError(name, err) // a Word document, a presentation or a zip bomb
		}
		return nil
	case looksLikeText(data):
		return fileError("xlsx.text_file", name, fmt.Sprintf("Berkas %s berisi teks (mungkin CSV atau HTML yang namanya diganti menjadi .xlsx), bukan buku kerja Excel; buka di Excel lalu simpan sebagai Excel Workbook (.xlsx).", name), nil)
	}
	return fileError("xlsx.not_xlsx", name, fmt.Sprintf("Berkas %s bukan buku kerja Excel (.xlsx).", name), nil)
}

// looksLikeText tells whether the start of data is readable text.
func looksLikeText(data []byte) bool {
	head := data[:min(len(data), 4096)]
	if bytes.HasPrefix(head, []byte{0xEF, 0xBB, 0xBF}) {
		head = head[3:]
	}
	if bytes.HasPrefix(head, []byte{0xFF, 0xFE}) || bytes.HasPrefix(head, []byte{0xFE, 0xFF}) {
		return true // UTF-16 text, as Excel's "Unicode text" export writes
	}
	for len(head) > 0 {
		r, size := utf8.DecodeRune(head)
		if r == utf8.RuneError && size == 1 && len(head) > 3 {
			return false
		}
		if r < 0x20 && r != '\t' && r != '\n' && r != '\r' && r != 0x1A {
			return false
		}
		head = head[size:]
	}
	return true
}

// Close releases the workbook.
func (w *Workbook) Close() error {
	if w.rows != nil {
		_ = w.rows.Close()
	}
	return w.File.Close()
}

// Sheets lists the sheet names in workbook order (hidden sheets included).
func (w *Workbook) Sheets() []string { return w.File.GetSheetList() }

// NoHeaderError is the error for a sheet whose first rows hold no known header.
func NoHeaderError(file, sheet string, maxRows int, required []string) *models.AppError {
	msg := fmt.Sprintf("Berkas %s: lembar %s baris 1-%d tidak memuat judul kolom yang dikenali: wajib %s.",
		file, sheet, maxRows, strings.Join(required, ", "))
	e := fileError("xlsx.no_header", file, msg, nil)
	e.Params["sheet"] = sheet
	e.Params["required"] = required
	return e
}
