package sheetreader

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// This file holds the checks every import makes before it reads a byte of
// data: the path is a regular file, the file is what its name says (not a
// Word document, a PDF or a presentation renamed to .xlsx), and no part of
// the zip package unpacks to far more than the file holds.

// Limits bound what an .xlsx package may unpack to. Sizes are the
// uncompressed sizes the zip directory declares; archive/zip fails a read
// that produces more, so a lying directory cannot get past them.
type Limits struct {
	// MaxRatio is the largest uncompressed/compressed ratio of a part
	// bigger than RatioGrace. Apache POI uses 100 (its MinInflateRatio 0.01):
	// real worksheets compress 5 to 20 times, zip bombs about 1,000 times.
	MaxRatio   float64
	RatioGrace uint64
	// MaxPart caps the uncompressed size of any one part; MaxSharedStrings
	// caps the shared string table, which is held in memory.
	MaxPart          uint64
	MaxSharedStrings uint64
}

// DefaultLimits fit a million-row household list in well under 500 MB.
var DefaultLimits = Limits{MaxRatio: 100, RatioGrace: 1 << 20, MaxPart: 8 << 30, MaxSharedStrings: 384 << 20}

// CheckRegular refuses a path that is not a regular file (a FIFO, a device,
// a socket or a folder) without opening it: opening a FIFO would block
// until some other program writes to it.
func CheckRegular(filename string) error {
	name := filepath.Base(filename)
	st, err := os.Stat(filename)
	if err != nil {
		return fmt.Errorf("berkas %s tidak dapat dibuka: %w", name, err)
	}
	return checkMode(name, st.Mode())
}

func checkMode(name string, m fs.FileMode) error {
	switch {
	case m.IsRegular():
		return nil
	case m.IsDir():
		return errNotRegular(name, "sebuah folder")
	case m&fs.ModeNamedPipe != 0:
		return errNotRegular(name, "sebuah pipa bernama/FIFO")
	case m&fs.ModeSocket != 0:
		return errNotRegular(name, "sebuah soket")
	case m&(fs.ModeDevice|fs.ModeCharDevice) != 0:
		return errNotRegular(name, "sebuah perangkat")
	}
	return errNotRegular(name, "jenis berkas khusus")
}

// pdfMagic starts every PDF file.
var pdfMagic = []byte("%PDF-")

// SniffHead names the common wrong files by their first bytes: a PDF, an
// old Excel or Word file (OLE2, only named here when the head shows it) is
// refused; nil means the bytes may be a workbook.
func SniffHead(head []byte, name string) error {
	if bytes.HasPrefix(head, pdfMagic) {
		return errPDF(name)
	}
	return nil
}

// CheckPackage refuses a zip package that is a Word document or a
// presentation rather than a workbook, or whose parts unpack beyond lim.
func CheckPackage(zr *zip.Reader, name string, lim Limits) error {
	if lim.MaxRatio == 0 {
		lim = DefaultLimits
	}
	hasWorkbook, hasWord, hasPPT := false, false, false
	for _, zf := range zr.File {
		n := strings.ToLower(strings.ReplaceAll(zf.Name, `\`, "/"))
		switch {
		case strings.HasPrefix(n, "xl/"):
			hasWorkbook = true
		case n == "word/document.xml":
			hasWord = true
		case n == "ppt/presentation.xml":
			hasPPT = true
		}
		if err := checkPart(zf, n, name, lim); err != nil {
			return err
		}
	}
	switch {
	case hasWorkbook:
		return nil
	case hasWord:
		return errWord(name)
	case hasPPT:
		return errPowerPoint(name)
	}
	return nil
}

func checkPart(zf *zip.File, lower, name string, lim Limits) error {
	size := zf.UncompressedSize64
	if lim.MaxPart > 0 && size > lim.MaxPart {
		return errInflated(name, zf.Name, size, fmt.Sprintf("batas %d MB per bagian", lim.MaxPart>>20))
	}
	if lim.MaxSharedStrings > 0 && size > lim.MaxSharedStrings && strings.HasSuffix(lower, "sharedstrings.xml") {
		return errInflated(name, zf.Name, size, fmt.Sprintf("batas tabel teks bersama %d MB", lim.MaxSharedStrings>>20))
	}
	if size > lim.RatioGrace && zf.Method != zip.Store {
		ratio := float64(size) / float64(max(zf.CompressedSize64, 1))
		if ratio > lim.MaxRatio {
			return errInflated(name, zf.Name, size, fmt.Sprintf("%.0f kali ukurannya di berkas, paling banyak %.0f kali", ratio, lim.MaxRatio))
		}
	}
	return nil
}

// errorValues are the values Excel shows for a failed formula.
var errorValues = map[string]bool{"#REF!": true, "#N/A": true, "#VALUE!": true, "#DIV/0!": true, "#NAME?": true,
	"#NULL!": true, "#NUM!": true, "#GETTING_DATA": true, "#SPILL!": true, "#CALC!": true, "#FIELD!": true,
	"#BLOCKED!": true, "#CONNECT!": true, "#BUSY!": true, "#UNKNOWN!": true}

// IsErrorValue reports whether s is an Excel error value such as "#REF!"
// (as a t="e" cell holds it, or as a CSV export writes it).
func IsErrorValue(s string) bool {
	s = strings.TrimSpace(s)
	return len(s) > 1 && s[0] == '#' && errorValues[strings.ToUpper(s)]
}
