package sheetreader

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// chunkReader returns at most n bytes per Read, to push the tokenizer
// across buffer refills at every possible position.
type chunkReader struct {
	r io.Reader
	n int
}

func (c *chunkReader) Read(p []byte) (int, error) {
	return c.r.Read(p[:min(len(p), c.n)])
}

// parseSheetBytes runs the sheet parser over data read in chunks of size
// chunk and returns the rows as text plus the error.
func parseSheetBytes(t *testing.T, data []byte, chunk int) ([]string, error) {
	sst := &sharedStrings{text: "nolsatu", ends: []uint32{3, 7, 7}}
	p := &sheetParser{s: newScanner(&chunkReader{bytes.NewReader(data), chunk}), sst: sst,
		limit: 1000, file: "f.xlsx", sheet: "S"}
	var out []string
	err := p.run(context.Background(), func(r *Row) error {
		if r.Num < 1 || r.Num > MaxRows || len(r.Cells) == 0 || len(r.Cells) > MaxColumns ||
			len(r.Types) != len(r.Cells) || len(r.styles) != len(r.Cells) || r.Cells[len(r.Cells)-1] == "" {
			t.Fatalf("bad row %d: %q %v", r.Num, r.Cells, r.Types)
		}
		for i, c := range r.Cells {
			if len(c) > 1000 {
				t.Fatalf("cell %d longer than the limit", i)
			}
		}
		out = append(out, fmt.Sprintf("%d %q %v %v", r.Num, r.Cells, r.Types, r.styles))
		return nil
	})
	return out, err
}

var sheetSeeds = []string{
	handSheet,
	sheetXML(`<row r="1"><c r="A1" t="s"><v>0</v></c><c t="s"><v>1</v></c><c r="D1" t="inlineStr"><is><t>x&amp;y</t></is></c></row>`),
	sheetXML(`<row><c><v>1</v></c><c t="b"><v>0</v></c></row><row r="9"><c r="XFD9" t="e"><v>#REF!</v></c></row>`),
	sheetXML(`<row r="1"><c r="A1"><f>1</f></c><c r="B1" t="str"><v><![CDATA[a]]]></v></c></row><!-- -->`),
	`<sheetData><row r="1"><c r="A1"><v>1`,
	`<?xml?><!DOCTYPE x><worksheet><sheetData/></worksheet>`,
}

func FuzzSheetXML(f *testing.F) {
	for _, s := range sheetSeeds {
		f.Add([]byte(s), uint8(7))
	}
	f.Fuzz(func(t *testing.T, data []byte, chunk uint8) {
		whole, errWhole := parseSheetBytes(t, data, len(data)+1)
		parts, errParts := parseSheetBytes(t, data, int(chunk%64)+1)
		// Reading in small pieces must not change anything.
		if !reflect.DeepEqual(whole, parts) || (errWhole == nil) != (errParts == nil) {
			t.Fatalf("chunked read differs:\n%q %v\n%q %v", whole, errWhole, parts, errParts)
		}
		if errWhole != nil && errWhole.Error() != errParts.Error() {
			t.Fatalf("errors differ: %v / %v", errWhole, errParts)
		}
	})
}

// sstDump returns every string of a table read from data in chunks.
func sstDump(data []byte, chunk int) ([]string, error) {
	t, err := parseSharedStrings(&chunkReader{bytes.NewReader(data), chunk}, int64(len(data)), 200)
	if err != nil {
		return nil, err
	}
	out := make([]string, t.count())
	for i := range out {
		out[i] = t.get(i)
		if len(out[i]) > 200 {
			return nil, errors.New("string longer than the limit")
		}
		if t.tooLarge[i] {
			out[i] = "<too large>"
		}
	}
	return out, nil
}

func FuzzSharedStrings(f *testing.F) {
	f.Add([]byte(handSST), uint8(3))
	f.Add([]byte(`<sst uniqueCount="99999999"><si><t>a</t><t>b</t><r><t>c</t></r></si><si/></sst>`), uint8(1))
	f.Add([]byte(`<sst><si><r><t>_x00</t></r><r><t>41_</t></r><t>_xD800_</t></si></sst>`), uint8(5))
	f.Fuzz(func(t *testing.T, data []byte, chunk uint8) {
		whole, errWhole := sstDump(data, len(data)+1)
		parts, errParts := sstDump(data, int(chunk%64)+1)
		if !reflect.DeepEqual(whole, parts) || (errWhole == nil) != (errParts == nil) {
			t.Fatalf("chunked read differs:\n%q %v\n%q %v", whole, errWhole, parts, errParts)
		}
	})
}

// FuzzTextDecode checks character data decoding (entities, CDATA, line
// ends) against encoding/xml, which excelize uses: whenever encoding/xml
// accepts the element, the text must be the same.
func FuzzTextDecode(f *testing.F) {
	for _, s := range []string{"a&amp;b", "x\r\ny\rz", "<![CDATA[\r\n]]>&#13;&#x41;", "&lt;&gt;&quot;&apos;", "a<!-- c -->b<?p?>c", "<b>x</b>y"} {
		f.Add(s, uint8(2))
	}
	f.Fuzz(func(t *testing.T, text string, chunk uint8) {
		doc := "<v>" + text + "</v>"
		var want string
		if err := xml.Unmarshal([]byte(doc), &want); err != nil {
			return
		}
		s := newScanner(&chunkReader{strings.NewReader(doc), int(chunk%16) + 1})
		if err := s.nextTag(); err != nil || !s.tag.is(tagStart, "v") {
			t.Fatalf("start tag: %v", err)
		}
		got, err := s.readText(nil, 1<<20)
		if err != nil || string(got) != want {
			t.Fatalf("readText(%q) = %q, %v; encoding/xml %q", doc, got, err, want)
		}
	})
}

// bstrReference is excelize's bstrUnmarshal (lib.go, v2.11.0), copied as
// the reference for _xHHHH_ decoding.
func bstrReference(s string) (result string) {
	bstrExp := regexp.MustCompile(`_x[a-fA-F\d]{4}_`)
	if !strings.Contains(s, "_x") {
		return s
	}
	matches, l, cursor := bstrExp.FindAllStringSubmatchIndex(s, -1), len(s), 0
	for _, match := range matches {
		result += s[cursor:match[0]]
		subStr := s[match[0]:match[1]]
		if subStr == "_x005F_" {
			cursor = match[1]
			result += "_"
			continue
		}
		if bstrExp.MatchString(subStr) {
			cursor = match[1]
			v, _ := strconv.Unquote(`"\u` + s[match[0]+2:match[1]-1] + `"`)
			result += v
		}
	}
	if cursor < l {
		result += s[cursor:]
	}
	return result
}

func FuzzUnescapeBSTR(f *testing.F) {
	for _, s := range []string{"_x000D_", "_x005F_x0041_", "a_x00e9_b", "_xD800_", "_x12_", "__x0041__", "_X0041_"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := string(unescapeBSTR([]byte(s))), bstrReference(s); got != want {
			t.Fatalf("unescapeBSTR(%q) = %q, excelize %q", s, got, want)
		}
	})
}
