// Package sheetreader reads the rows of large .xlsx and .csv files quickly
// and in constant memory, for importing household lists (DTKS, P3KE) of up
// to a million rows.
//
// An .xlsx file is opened as a zip archive; the worksheet XML is streamed
// from its zip entry through a small hand-written tokenizer, and the shared
// string table is kept as one big string with offsets. Values come back raw,
// as stored in the file (numbers unformatted, like excelize's
// RawCellValue option), together with each cell's storage type, so callers
// can tell a NIK typed as text from one Excel turned into a number.
//
//	wb, err := sheetreader.Open(path)
//	if err != nil { ... }
//	defer wb.Close()
//	err = wb.Rows(ctx, wb.Sheets()[0].Name, func(r *sheetreader.Row) error {
//		nik := r.Value(0)
//		if nik != "" && !r.Type(0).IsText() { ... reject: NIK stored as a number }
//		return nil
//	})
package sheetreader

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"strings"
	"sync"

	"github.com/richardlehane/mscfb"
)

// DefaultMaxCellBytes is the default limit on one cell's value. Excel
// itself stops at 32,767 characters; anything near a megabyte is damage or
// abuse, and is rejected rather than buffered.
const DefaultMaxCellBytes = 1 << 20

// SheetInfo describes one sheet, in workbook order.
type SheetInfo struct {
	Name  string // as shown on the sheet tab
	Index int    // 0-based position in the workbook
	State string // "visible", "hidden" or "veryHidden"
	Type  string // "worksheet", "chartsheet", "dialogsheet", "macrosheet"; "csv" for CSV
	Part  string // zip part of the sheet, e.g. "xl/worksheets/sheet1.xml"
}

// Workbook is an open .xlsx or .csv file. Rows may be called several times
// and from several goroutines at once.
type Workbook struct {
	// MaxCellBytes limits one cell's value (DefaultMaxCellBytes unless
	// changed before the first Rows call).
	MaxCellBytes int
	// AllowErrorValues lets cells holding Excel error values (#REF!, #N/A,
	// ...) through as CellError values; by default Rows refuses the first
	// one with ErrErrorValue and the cell's address.
	AllowErrorValues bool

	name     string // base name, for messages
	file     *os.File
	zip      *zip.Reader
	parts    map[string]*zip.File // lower-case part name → entry
	sheets   []SheetInfo
	sstPart  string
	styPart  string
	date1904 bool
	csvPath  string // non-empty for a CSV workbook

	once    sync.Once
	sst     *sharedStrings
	styles  *styles
	loadErr error
}

// Sheets returns the sheets in workbook order.
func (w *Workbook) Sheets() []SheetInfo { return append([]SheetInfo(nil), w.sheets...) }

// Date1904 reports whether the workbook uses the 1904 date system.
func (w *Workbook) Date1904() bool { return w.date1904 }

// Close releases the file.
func (w *Workbook) Close() error {
	if w.file == nil {
		return nil
	}
	err := w.file.Close()
	w.file = nil
	return err
}

// oleMagic starts every OLE2 compound file: old .xls workbooks and
// password-protected .xlsx files.
var oleMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}

// Open opens an .xlsx workbook, or a CSV file when the name ends in .csv
// or .txt (see OpenCSV), within DefaultLimits.
func Open(filename string) (*Workbook, error) { return OpenWith(filename, DefaultLimits) }

// OpenWith is Open with other limits on what the package may unpack to.
func OpenWith(filename string, lim Limits) (*Workbook, error) {
	switch strings.ToLower(filepath.Ext(filename)) {
	case ".csv", ".txt":
		return OpenCSV(filename)
	}
	name := filepath.Base(filename)
	f, size, err := openFile(filename)
	if err != nil {
		return nil, err
	}
	w, err := openXLSX(f, size, name, lim)
	if err != nil {
		f.Close()
		return nil, err
	}
	return w, nil
}

// openFile opens a regular file and rejects an empty one.
func openFile(filename string) (*os.File, int64, error) {
	name := filepath.Base(filename)
	if err := CheckRegular(filename); err != nil {
		return nil, 0, err
	}
	f, err := os.Open(filename)
	if err != nil {
		return nil, 0, fmt.Errorf("berkas %s tidak dapat dibuka: %w", name, err)
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, 0, fmt.Errorf("berkas %s tidak dapat dibaca: %w", name, err)
	}
	if err := checkMode(name, st.Mode()); err != nil { // swapped since CheckRegular
		f.Close()
		return nil, 0, err
	}
	if st.Size() == 0 {
		f.Close()
		return nil, 0, errEmpty(name)
	}
	return f, st.Size(), nil
}

func openXLSX(f *os.File, size int64, name string, lim Limits) (*Workbook, error) {
	head := make([]byte, len(oleMagic))
	if _, err := f.ReadAt(head, 0); err != nil && err != io.EOF {
		return nil, fmt.Errorf("berkas %s tidak dapat dibaca: %w", name, err)
	}
	if bytes.Equal(head, oleMagic) {
		return nil, classifyOLE(f, name)
	}
	if err := SniffHead(head, name); err != nil {
		return nil, err
	}
	if !bytes.HasPrefix(head, []byte("PK")) {
		return nil, errNotXLSX(name, nil)
	}
	zr, err := zip.NewReader(f, size)
	if err != nil {
		return nil, errNotXLSX(name, err)
	}
	if err := CheckPackage(zr, name, lim); err != nil {
		return nil, err
	}
	w := &Workbook{MaxCellBytes: DefaultMaxCellBytes, name: name, file: f, zip: zr,
		parts: make(map[string]*zip.File, len(zr.File))}
	for _, zf := range zr.File {
		w.parts[strings.ToLower(strings.ReplaceAll(zf.Name, `\`, "/"))] = zf
	}
	if err := w.readWorkbook(); err != nil {
		return nil, err
	}
	return w, nil
}

// ClassifyOLE names what an OLE2 compound file is: a password-protected
// .xlsx (an EncryptedPackage stream), an Excel 97-2003 .xls (a Workbook
// stream), or an old Word or PowerPoint file.
func ClassifyOLE(f io.ReaderAt, name string) error { return classifyOLE(f, name) }

func classifyOLE(f io.ReaderAt, name string) (err error) {
	defer func() { // mscfb is not hardened against damaged files
		if recover() != nil {
			err = errOLEUnknown(name)
		}
	}()
	doc, err := mscfb.New(f)
	if err != nil {
		return errOLEUnknown(name)
	}
	legacy, word, ppt := false, false, false
	for e, err := doc.Next(); err == nil; e, err = doc.Next() {
		switch e.Name {
		case "EncryptedPackage", "EncryptionInfo":
			return errEncrypted(name)
		case "Workbook", "Book":
			legacy = true
		case "WordDocument":
			word = true
		case "PowerPoint Document":
			ppt = true
		}
	}
	switch {
	case legacy:
		return errLegacy(name)
	case word:
		return errWord(name)
	case ppt:
		return errPowerPoint(name)
	}
	return errOLEUnknown(name)
}

// Relationship types are matched by their last segment, so both the
// transitional and the strict OOXML namespaces work.
type relationship struct {
	ID     string `xml:"Id,attr"`
	Type   string `xml:"Type,attr"`
	Target string `xml:"Target,attr"`
	Mode   string `xml:"TargetMode,attr"`
}

func (r relationship) kind() string { return path.Base(r.Type) }

// readWorkbook finds the workbook part through _rels/.rels, then its sheets,
// shared strings and styles through the workbook's relationships.
func (w *Workbook) readWorkbook() error {
	wbPart := "xl/workbook.xml"
	if rels, err := w.readRels(""); err == nil {
		for _, r := range rels {
			if r.kind() == "officeDocument" && r.Mode != "External" {
				wbPart = resolveTarget("", r.Target)
				break
			}
		}
	}
	if strings.HasSuffix(strings.ToLower(wbPart), ".bin") {
		return errXLSB(w.name)
	}
	var doc struct {
		Pr struct {
			Date1904 string `xml:"date1904,attr"`
		} `xml:"workbookPr"`
		Sheets []struct {
			Name  string     `xml:"name,attr"`
			State string     `xml:"state,attr"`
			Attrs []xml.Attr `xml:",any,attr"`
		} `xml:"sheets>sheet"`
	}
	if err := w.decodePart(wbPart, &doc); err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return errNotXLSX(w.name, err)
		}
		return errMalformed(w.name, "", wbPart, err)
	}
	w.date1904 = doc.Pr.Date1904 == "1" || doc.Pr.Date1904 == "true"
	rels, err := w.readRels(wbPart)
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return errMalformed(w.name, "", relsPart(wbPart), err)
	}
	byID := make(map[string]relationship, len(rels))
	for _, r := range rels {
		byID[r.ID] = r
		switch r.kind() {
		case "sharedStrings":
			w.sstPart = resolveTarget(wbPart, r.Target)
		case "styles":
			w.styPart = resolveTarget(wbPart, r.Target)
		}
	}
	for i, s := range doc.Sheets {
		info := SheetInfo{Name: s.Name, Index: i, State: s.State, Type: "worksheet"}
		if info.State == "" {
			info.State = "visible"
		}
		for _, a := range s.Attrs {
			if a.Name.Local == "id" && a.Name.Space != "" {
				if r, ok := byID[a.Value]; ok {
					info.Part, info.Type = resolveTarget(wbPart, r.Target), r.kind()
				}
			}
		}
		if info.Part == "" { // no relationship: guess the conventional name
			info.Part = fmt.Sprintf("xl/worksheets/sheet%d.xml", i+1)
		}
		w.sheets = append(w.sheets, info)
	}
	return nil
}

// readRels reads the relationships of a part ("" for the package).
func (w *Workbook) readRels(part string) ([]relationship, error) {
	var doc struct {
		Rels []relationship `xml:"Relationship"`
	}
	err := w.decodePart(relsPart(part), &doc)
	return doc.Rels, err
}

// decodePart decodes a small XML part with encoding/xml.
func (w *Workbook) decodePart(part string, v any) error {
	zf := w.parts[strings.ToLower(part)]
	if zf == nil {
		return fmt.Errorf("bagian %s tidak ada: %w", part, os.ErrNotExist)
	}
	rc, err := zf.Open()
	if err != nil {
		return err
	}
	defer rc.Close()
	return xml.NewDecoder(rc).Decode(v)
}

// relsPart returns the relationships part of a part: "xl/workbook.xml" →
// "xl/_rels/workbook.xml.rels"; "" → "_rels/.rels".
func relsPart(part string) string {
	dir, file := path.Split(part)
	return dir + "_rels/" + file + ".rels"
}

// resolveTarget resolves a relationship target against the part that owns
// the relationship.
func resolveTarget(source, target string) string {
	target = strings.ReplaceAll(target, `\`, "/")
	if u, err := url.PathUnescape(target); err == nil {
		target = u // targets are URIs: "sheet%201.xml" is "sheet 1.xml"
	}
	if strings.HasPrefix(target, "/") {
		return path.Clean(target[1:])
	}
	return path.Join(path.Dir(source), target)
}

// openPart returns the reader to parse a zip entry from: a prefetching one
// for big compressed entries, which must be passed to closePart before rc
// is closed.
func openPart(rc io.ReadCloser, zf *zip.File) io.Reader {
	if zf.Method == zip.Store || zf.UncompressedSize64 < 4*prefetchChunk {
		return rc
	}
	return newPrefetchReader(rc)
}

// closePart stops a prefetching reader made by openPart.
func closePart(r io.Reader) {
	if p, ok := r.(*prefetchReader); ok {
		p.Close()
	}
}

// load reads the shared strings and styles once.
func (w *Workbook) load() error {
	w.once.Do(func() {
		if zf := w.parts[strings.ToLower(w.sstPart)]; w.sstPart != "" && zf != nil {
			w.sst, w.loadErr = w.readSST(zf)
			if w.loadErr != nil {
				return
			}
		}
		if zf := w.parts[strings.ToLower(w.styPart)]; w.styPart != "" && zf != nil {
			rc, err := zf.Open()
			if err == nil {
				w.styles, err = parseStyles(rc)
				rc.Close()
			}
			if err != nil {
				w.loadErr = errMalformed(w.name, "", w.styPart, err)
			}
		}
	})
	return w.loadErr
}

func (w *Workbook) readSST(zf *zip.File) (*sharedStrings, error) {
	rc, err := zf.Open()
	if err != nil {
		return nil, errMalformed(w.name, "", zf.Name, err)
	}
	defer rc.Close()
	r := openPart(rc, zf)
	defer closePart(r)
	// Deflate expands at most about 1032 times: do not trust a larger size.
	size := min(zf.UncompressedSize64, zf.CompressedSize64*1100)
	sst, err := parseSharedStrings(r, int64(size), w.maxCell())
	if err != nil {
		return nil, errMalformed(w.name, "", zf.Name, err)
	}
	return sst, nil
}

func (w *Workbook) maxCell() int {
	if w.MaxCellBytes <= 0 {
		return DefaultMaxCellBytes
	}
	return w.MaxCellBytes
}

// sheet finds a sheet by name, exactly or else ignoring case (Excel's own
// rule for sheet names).
func (w *Workbook) sheet(name string) (SheetInfo, bool) {
	for _, s := range w.sheets {
		if s.Name == name {
			return s, true
		}
	}
	for _, s := range w.sheets {
		if strings.EqualFold(s.Name, name) {
			return s, true
		}
	}
	return SheetInfo{}, false
}

// Rows streams the rows of the named sheet to fn, in file order, skipping
// rows without any value. The *Row is reused for the next row (see Row).
// Rows stops at the first error: fn's error and ctx.Err() (checked every
// few thousand rows) are returned as they are; problems with the file are
// *Error values.
func (w *Workbook) Rows(ctx context.Context, sheet string, fn func(*Row) error) error {
	if w.csvPath != "" {
		return w.csvRows(ctx, sheet, fn)
	}
	info, ok := w.sheet(sheet)
	if !ok {
		return errSheetNotFound(w.name, sheet)
	}
	if err := w.load(); err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	zf := w.parts[strings.ToLower(info.Part)]
	if zf == nil {
		return errMalformed(w.name, info.Name, info.Part, os.ErrNotExist)
	}
	rc, err := zf.Open()
	if err != nil {
		return errMalformed(w.name, info.Name, info.Part, err)
	}
	defer rc.Close()
	r := openPart(rc, zf)
	defer closePart(r)
	total := float64(max(zf.UncompressedSize64, 1))
	p := &sheetParser{s: newScanner(r), sst: w.sst, limit: w.maxCell(), file: w.name, sheet: info.Name,
		allowErrors: w.AllowErrorValues}
	p.row.st, p.row.date1904 = w.styles, w.date1904
	p.row.progress = func() float64 { return min(1, float64(p.s.consumed)/total) }
	return w.wrapErr(info, p.run(ctx, fn))
}

// wrapErr returns callback and context errors unchanged, keeps *Error
// values, and wraps anything else as a damaged part.
func (w *Workbook) wrapErr(info SheetInfo, err error) error {
	var ue userError
	var e *Error
	switch {
	case err == nil:
		return nil
	case errors.As(err, &ue):
		return ue.err
	case errors.As(err, &e):
		return err
	}
	return errMalformed(w.name, info.Name, info.Part, err)
}
