package sheetreader

import (
	"sidamping/services/testutil"

	"archive/zip"
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/xuri/excelize/v2"
)

// wantErr asserts that err is an *Error of the given kind whose message
// contains every fragment.
func wantErr(t *testing.T, err, kind error, fragments ...string) *Error {
	t.Helper()
	var e *Error
	if !errors.Is(err, kind) || !errors.As(err, &e) {
		t.Fatalf("error = %v, want kind %v", err, kind)
	}
	for _, f := range fragments {
		if !strings.Contains(err.Error(), f) {
			t.Errorf("message %q does not contain %q", err.Error(), f)
		}
	}
	return e
}

func writeFile(t *testing.T, name string, data []byte) string {
	t.Helper()
	path := filepath.Join(testutil.TempDir(t), name)
	must(t, os.WriteFile(path, data, 0o600))
	return path
}

func TestOpenRejectsBadFiles(t *testing.T) {
	_, err := Open(writeFile(t, "kosong.xlsx", nil))
	wantErr(t, err, ErrEmptyFile, "kosong.xlsx", "kosong")

	_, err = Open(writeFile(t, "catatan.xlsx", []byte("ini hanya teks, bukan zip")))
	wantErr(t, err, ErrNotXLSX, "berkas catatan.xlsx bukan berkas Excel .xlsx yang sah")

	_, err = Open(writeFile(t, "rusak.xlsx", []byte("PK\x03\x04 potongan zip")))
	wantErr(t, err, ErrNotXLSX, "rusak.xlsx")

	// A Word document renamed to .xlsx is named as one, not "tidak berisi data".
	docx := writeZip(t, "surat.xlsx", map[string]string{"[Content_Types].xml": minimalContentTypes,
		"_rels/.rels": `<Relationships xmlns="` + nsPkgRel + `"><Relationship Id="rId1" Type="` + nsRel +
			`/officeDocument" Target="word/document.xml"/></Relationships>`,
		"word/document.xml": "<w:document/>"})
	_, err = Open(docx)
	wantErr(t, err, ErrWord, "surat.xlsx adalah dokumen Word, bukan buku kerja Excel")
	pptx := writeZip(t, "paparan.xlsx", map[string]string{"ppt/presentation.xml": "<p:presentation/>"})
	_, err = Open(pptx)
	wantErr(t, err, ErrPowerPoint, "paparan.xlsx", "PowerPoint")
	_, err = Open(writeFile(t, "laporan.xlsx", []byte("%PDF-1.7\n%âãÏÓ\n1 0 obj\n")))
	wantErr(t, err, ErrPDF, "laporan.xlsx adalah dokumen PDF")
	_, err = Open(writeFile(t, "laporan.csv", []byte("%PDF-1.4\n1 0 obj\n")))
	wantErr(t, err, ErrPDF, "laporan.csv adalah dokumen PDF")

	xlsb := writeZip(t, "biner.xlsx", map[string]string{"_rels/.rels": `<Relationships xmlns="` + nsPkgRel + `">` +
		`<Relationship Id="rId1" Type="` + nsRel + `/officeDocument" Target="xl/workbook.bin"/></Relationships>`})
	_, err = Open(xlsb)
	wantErr(t, err, ErrNotXLSX, "biner.xlsx", ".xlsb")

	_, err = Open(filepath.Join(testutil.TempDir(t), "tidak-ada.xlsx"))
	if !errors.Is(err, fs.ErrNotExist) || !strings.Contains(err.Error(), "tidak-ada.xlsx") {
		t.Errorf("missing file: %v", err)
	}
}

func TestOpenRejectsEncryptedAndLegacy(t *testing.T) {
	// A real password-protected workbook, encrypted by excelize.
	path := filepath.Join(testutil.TempDir(t), "berkata-sandi.xlsx")
	f := excelize.NewFile()
	must(t, f.SetCellValue("Sheet1", "A1", "rahasia"))
	must(t, f.SaveAs(path, excelize.Options{Password: "sandi123"}))
	_, err := Open(path)
	wantErr(t, err, ErrEncrypted, "berkata-sandi.xlsx", "kata sandi")

	_, err = Open(writeFile(t, "lama.xls", cfb(t, "Workbook")))
	wantErr(t, err, ErrLegacyXLS, "lama.xls", "97-2003", ".xls")

	_, err = Open(writeFile(t, "sandi2.xlsx", cfb(t, "EncryptedPackage")))
	wantErr(t, err, ErrEncrypted, "sandi2.xlsx", "kata sandi")

	// Only the OLE signature: protected or old, we cannot tell.
	_, err = Open(writeFile(t, "ole.xlsx", append(append([]byte{}, oleMagic...), make([]byte, 600)...)))
	wantErr(t, err, ErrEncrypted, "ole.xlsx", "kata sandi", ".xls")

	// A CSV name does not hide an OLE file either.
	_, err = Open(writeFile(t, "ekspor.csv", cfb(t, "Workbook")))
	wantErr(t, err, ErrLegacyXLS, "ekspor.csv")
}

// cfb builds a minimal OLE2 compound file (version 3, 512-byte sectors)
// holding one 4096-byte stream with the given name.
func cfb(t *testing.T, stream string) []byte {
	t.Helper()
	const (
		free, endChain, fatSect, noStream = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
	)
	le := binary.LittleEndian
	out := make([]byte, 512*11) // header + FAT + directory + 8 stream sectors
	h := out[:512]
	copy(h, oleMagic)
	le.PutUint16(h[24:], 0x3E)
	le.PutUint16(h[26:], 3)
	le.PutUint16(h[28:], 0xFFFE)
	le.PutUint16(h[30:], 9)
	le.PutUint16(h[32:], 6)
	le.PutUint32(h[44:], 1)        // FAT sectors
	le.PutUint32(h[48:], 1)        // first directory sector
	le.PutUint32(h[56:], 0x1000)   // mini stream cutoff
	le.PutUint32(h[60:], endChain) // no mini FAT
	le.PutUint32(h[68:], endChain) // no DIFAT sectors
	le.PutUint32(h[76:], 0)        // DIFAT[0]: the FAT is sector 0
	for i := 1; i < 109; i++ {
		le.PutUint32(h[76+4*i:], free)
	}
	sector := func(n int) []byte { return out[512*(n+1) : 512*(n+2)] }
	fat := sector(0)
	for i := range 128 {
		le.PutUint32(fat[4*i:], free)
	}
	le.PutUint32(fat[0:], fatSect)
	le.PutUint32(fat[4:], endChain)
	for s := 2; s < 9; s++ {
		le.PutUint32(fat[4*s:], uint32(s+1))
	}
	le.PutUint32(fat[4*9:], endChain)
	dir := sector(1)
	entry := func(i int, name string, typ byte, child, start, size uint32) {
		e := dir[128*i : 128*(i+1)]
		u := utf16.Encode([]rune(name))
		for j, c := range u {
			le.PutUint16(e[2*j:], c)
		}
		le.PutUint16(e[64:], uint16(2*len(u)+2))
		e[66], e[67] = typ, 1
		le.PutUint32(e[68:], noStream)
		le.PutUint32(e[72:], noStream)
		le.PutUint32(e[76:], child)
		le.PutUint32(e[116:], start)
		le.PutUint32(e[120:], size)
	}
	entry(0, "Root Entry", 5, 1, endChain, 0)
	entry(1, stream, 2, noStream, 2, 4096)
	for i := 2; i < 4; i++ {
		e := dir[128*i : 128*(i+1)]
		le.PutUint32(e[68:], noStream)
		le.PutUint32(e[72:], noStream)
		le.PutUint32(e[76:], noStream)
	}
	return out
}

// dataSheet builds a one-sheet workbook named "Data" from sheetData XML.
func dataSheet(t *testing.T, name, data, sst string) string {
	return writeZip(t, name, oneSheetWorkbook("xl/worksheets/sheet1.xml", sheetXML(data), sst))
}

func TestRowsErrors(t *testing.T) {
	ctx := context.Background()
	ok := dataSheet(t, "warga.xlsx", `<row r="1"><c r="A1"><v>1</v></c></row>`, "")
	wb, err := Open(ok)
	must(t, err)
	err = wb.Rows(ctx, "Tidak Ada", func(*Row) error { return nil })
	e := wantErr(t, err, ErrSheetNotFound, `"Tidak Ada"`, "warga.xlsx")
	if e.Sheet != "Tidak Ada" || e.File != "warga.xlsx" {
		t.Errorf("error fields = %+v", e)
	}
	wb.Close()

	cases := []struct {
		name, data, sst string
		kind            error
		cell            string
	}{
		{"terpotong", `<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>2`, "", ErrMalformed, ""},
		{"indeks", `<row r="1"><c r="A1" t="s"><v>5</v></c></row>`, `<sst><si><t>a</t></si></sst>`, ErrMalformed, ""},
		{"tanpa-sst", `<row r="1"><c r="A1" t="s"><v>0</v></c></row>`, "", ErrMalformed, ""},
		{"entitas", `<row r="1"><c r="A1" t="str"><v>&nbsp;</v></c></row>`, "", ErrMalformed, ""},
		{"alamat", `<row r="1"><c r="1A"><v>1</v></c></row>`, "", ErrMalformed, ""},
		{"baris", `<row r="2000000"><c><v>1</v></c></row>`, "", ErrMalformed, ""},
		{"besar-inline", `<row r="7"><c r="A7"><v>1</v></c><c r="B7" t="inlineStr"><is><t>` +
			strings.Repeat("x", 2000) + `</t></is></c></row>`, "", ErrCellTooLarge, "B7"},
		{"besar-v", `<row r="3"><c r="C3" t="str"><v>` + strings.Repeat("y", 1500) + `</v></c></row>`, "", ErrCellTooLarge, "C3"},
		{"besar-sst", `<row r="1"><c r="A1" t="s"><v>1</v></c><c r="D1" t="s"><v>0</v></c></row>`,
			`<sst><si><r><t>` + strings.Repeat("z", 700) + `</t></r><r><t>` + strings.Repeat("z", 700) + `</t></r></si><si><t>kecil</t></si></sst>`,
			ErrCellTooLarge, "D1"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wb, err := Open(dataSheet(t, c.name+".xlsx", c.data, c.sst))
			must(t, err)
			defer wb.Close()
			wb.MaxCellBytes = 1000
			rows := 0
			err = wb.Rows(ctx, "Data", func(*Row) error { rows++; return nil })
			e := wantErr(t, err, c.kind, c.name+".xlsx")
			if c.cell != "" && (e.Cell != c.cell || e.Sheet != "Data" || !strings.Contains(err.Error(), c.cell)) {
				t.Errorf("cell error = %+v (%v), want cell %s", e, err, c.cell)
			}
		})
	}
}

// TestHugeCellIsNotBuffered feeds a 20 MB cell: Rows must stop at the
// default 1 MB limit with the cell's address.
func TestHugeCellIsNotBuffered(t *testing.T) {
	big := strings.Repeat("Jl. Merdeka ", 20<<20/12)
	path := dataSheet(t, "raksasa.xlsx", `<row r="1"><c r="A1" t="inlineStr"><is><t>kecil</t></is></c></row>`+
		`<row r="2"><c r="E2" t="inlineStr"><is><t>`+big+`</t></is></c></row>`, "")
	wb, err := OpenWith(path, Limits{MaxRatio: 1e9}) // the repeated text compresses 500 times
	must(t, err)
	defer wb.Close()
	var rows []string
	err = wb.Rows(context.Background(), "Data", func(r *Row) error {
		rows = append(rows, r.Cells[0])
		return nil
	})
	e := wantErr(t, err, ErrCellTooLarge, "E2", "Data", "raksasa.xlsx")
	if e.Cell != "E2" || len(rows) != 1 || rows[0] != "kecil" {
		t.Errorf("cell %q, rows before the error %q", e.Cell, rows)
	}
}

func TestCorruptZipData(t *testing.T) {
	var sb strings.Builder
	for i := 1; i <= 2000; i++ {
		fmt.Fprintf(&sb, `<row r="%d"><c r="A%d" t="inlineStr"><is><t>warga nomor %d</t></is></c></row>`, i, i, i)
	}
	path := dataSheet(t, "korup.xlsx", sb.String(), "")
	raw, err := os.ReadFile(path)
	must(t, err)
	// Damage the middle of the sheet's compressed data.
	zr, err := zip.NewReader(bytes.NewReader(raw), int64(len(raw)))
	must(t, err)
	for _, zf := range zr.File {
		if zf.Name == "xl/worksheets/sheet1.xml" {
			off, err := zf.DataOffset()
			must(t, err)
			for i := off + int64(zf.CompressedSize64)/2; i < off+int64(zf.CompressedSize64)/2+16; i++ {
				raw[i] ^= 0x5A
			}
		}
	}
	must(t, os.WriteFile(path, raw, 0o600))
	wb, err := Open(path)
	must(t, err)
	defer wb.Close()
	err = wb.Rows(context.Background(), "Data", func(*Row) error { return nil })
	wantErr(t, err, ErrMalformed, "korup.xlsx")
}

func TestRowsCancellationAndCallbackError(t *testing.T) {
	var sb strings.Builder
	for i := 1; i <= 20000; i++ {
		fmt.Fprintf(&sb, `<row r="%d"><c r="A%d"><v>%d</v></c></row>`, i, i, i)
	}
	path := dataSheet(t, "banyak.xlsx", sb.String(), "")
	wb, err := Open(path)
	must(t, err)
	defer wb.Close()

	ctx, cancel := context.WithCancel(context.Background())
	rows := 0
	err = wb.Rows(ctx, "Data", func(*Row) error {
		if rows++; rows == 10 {
			cancel()
		}
		return nil
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if rows < 10 || rows > ctxCheckEvery {
		t.Errorf("callback ran %d times after cancellation", rows)
	}

	rows = 0
	err = wb.Rows(ctx, "Data", func(*Row) error { rows++; return nil })
	if !errors.Is(err, context.Canceled) || rows != 0 {
		t.Errorf("cancelled context: err = %v after %d rows", err, rows)
	}

	stop := errors.New("berhenti")
	rows = 0
	err = wb.Rows(context.Background(), "Data", func(r *Row) error {
		rows++
		if r.Num == 123 {
			return stop
		}
		return nil
	})
	if err != stop || rows != 123 {
		t.Errorf("callback error: err = %v after %d rows", err, rows)
	}

	// After all that, a full read still works.
	rows = 0
	must(t, wb.Rows(context.Background(), "Data", func(r *Row) error {
		if rows++; r.Num != rows || r.Cells[0] != fmt.Sprint(rows) {
			return fmt.Errorf("row %d = %q", r.Num, r.Cells)
		}
		return nil
	}))
	if rows != 20000 {
		t.Errorf("read %d rows, want 20000", rows)
	}
}
