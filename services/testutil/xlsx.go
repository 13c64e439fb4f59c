package testutil

import (
	"archive/zip"
	"compress/flate"
	"io"
	"os"
	"testing"
)

// SheetPart is the first worksheet's part in an .xlsx file.
const SheetPart = "xl/worksheets/sheet1.xml"

// RewritePart copies the .xlsx (zip) file src to dst with the part named part replaced by
// what write writes (given the part's old content); every other part is copied as it is.
// src and dst may be the same file. Tests use it to build what excelize will not write: an
// error value with its cached value, a sheet that inflates to megabytes from a small file.
func RewritePart(t testing.TB, src, dst, part string, write func(w io.Writer, old []byte)) {
	t.Helper()
	zr, err := zip.OpenReader(src)
	if err != nil {
		t.Fatal(err)
	}
	type entry struct {
		name string
		data []byte
	}
	var parts []entry
	found := false
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		parts = append(parts, entry{f.Name, b})
		found = found || f.Name == part
	}
	zr.Close()
	if !found {
		t.Fatalf("%s has no part %s", src, part)
	}
	out, err := os.Create(dst)
	if err != nil {
		t.Fatal(err)
	}
	defer out.Close()
	zw := zip.NewWriter(out)
	zw.RegisterCompressor(zip.Deflate, func(w io.Writer) (io.WriteCloser, error) { return flate.NewWriter(w, flate.BestSpeed) })
	for _, p := range parts {
		w, err := zw.Create(p.name)
		if err != nil {
			t.Fatal(err)
		}
		if p.name == part {
			write(w, p.data)
			continue
		}
		if _, err := w.Write(p.data); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
}
