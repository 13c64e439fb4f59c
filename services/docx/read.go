package docx

import (
	"archive/zip"
	"bytes"
	"fmt"
	"html"
	"io"
	"regexp"
	"sort"
	"strings"
)

// Part returns one part of a .docx package, e.g. "word/document.xml" — for tests and
// checks that read a written document back.
func Part(data []byte, name string) (string, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return "", fmt.Errorf("bukan berkas .docx: %w", err)
	}
	for _, f := range zr.File {
		if f.Name == name {
			rc, err := f.Open()
			if err != nil {
				return "", err
			}
			defer rc.Close()
			b, err := io.ReadAll(rc)
			return string(b), err
		}
	}
	return "", fmt.Errorf("bagian %s tidak ada di .docx", name)
}

// Media lists the files under word/media, sorted.
func Media(data []byte) ([]string, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, fmt.Errorf("bukan berkas .docx: %w", err)
	}
	var out []string
	for _, f := range zr.File {
		if strings.HasPrefix(f.Name, "word/media/") {
			out = append(out, f.Name)
		}
	}
	sort.Strings(out)
	return out, nil
}

var (
	rowRE  = regexp.MustCompile(`(?s)<w:tr>.*?</w:tr>`)
	cellRE = regexp.MustCompile(`(?s)<w:tc>.*?</w:tc>`)
	brRE   = regexp.MustCompile(`<w:br[^>]*>(</w:br>)?|<w:tab[^>]*>(</w:tab>)?`)
	tagRE  = regexp.MustCompile(`<[^>]+>`)
)

// Rows returns the text of every table row (w:tr) in a part's XML, cell by cell, a
// line break or tab read as a space; tables nested in cells are not expected.
func Rows(partXML string) [][]string {
	var out [][]string
	for _, tr := range rowRE.FindAllString(partXML, -1) {
		var cells []string
		for _, tc := range cellRE.FindAllString(tr, -1) {
			cells = append(cells, Text(tc))
		}
		out = append(out, cells)
	}
	return out
}

// Text is the text of a piece of WordprocessingML, breaks and tabs read as spaces.
func Text(partXML string) string {
	s := tagRE.ReplaceAllString(brRE.ReplaceAllString(partXML, " "), "")
	return strings.TrimSpace(html.UnescapeString(s))
}
