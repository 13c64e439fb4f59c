package docx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"strings"

	gd "github.com/gomutex/godocx/docx"
	"github.com/gomutex/godocx/wml/ctypes"
)

// header is a header part being built: its content and its own relationships.
type header struct {
	d    *Doc
	name string // "header1.xml"
	rels []gd.Relationship
	xml  bytes.Buffer
}

func (h *header) relate(typ, target string) string {
	id := fmt.Sprintf("rIdH%d", len(h.rels)+1)
	h.rels = append(h.rels, gd.Relationship{ID: id, Type: typ, Target: target})
	return id
}

// FirstPageHeader puts blocks (the letterhead) in the header of the first page only.
// The body starts under it: Word and LibreOffice push the body down when a header is
// taller than the top margin.
func (d *Doc) FirstPageHeader(blocks ...Block) error {
	h := &header{d: d, name: "header1.xml"}
	enc := xml.NewEncoder(&h.xml)
	for _, b := range blocks {
		var err error
		switch v := b.(type) {
		case *Paragraph:
			var p ctypes.Paragraph
			if p, err = d.paragraph(v, h); err == nil {
				err = p.MarshalXML(enc, xml.StartElement{})
			}
		case *Table:
			var t ctypes.Table
			if t, err = d.table(v, h); err == nil {
				err = t.MarshalXML(enc, xml.StartElement{})
			}
		}
		if err != nil {
			return err
		}
	}
	if err := enc.Flush(); err != nil {
		return err
	}
	d.first = h
	return nil
}

// PageNumbers prints "- N -" centred in the header of every page but the first, as on
// Indonesian official letters.
func (d *Doc) PageNumbers() {
	h := &header{d: d, name: "header2.xml"}
	h.xml.WriteString(`<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t xml:space="preserve">- </w:t></w:r>` +
		`<w:fldSimple w:instr=" PAGE "><w:r><w:t>2</w:t></w:r></w:fldSimple><w:r><w:t xml:space="preserve"> -</w:t></w:r></w:p>`)
	d.other = h
}

const headerNS = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ` +
	`xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ` +
	`xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ` +
	`xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ` +
	`xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"`

// finishHeaders stores the header parts, their relationships and content types.
func (d *Doc) finishHeaders() error {
	for _, h := range []*header{d.first, d.other} {
		if h == nil {
			continue
		}
		d.root.FileMap.Store("word/"+h.name, []byte(xml.Header+"<w:hdr "+headerNS+">"+h.xml.String()+"</w:hdr>"))
		if len(h.rels) > 0 {
			var rb strings.Builder
			rb.WriteString(xml.Header + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`)
			for _, r := range h.rels {
				fmt.Fprintf(&rb, `<Relationship Id="%s" Type="%s" Target="%s"/>`, r.ID, r.Type, r.Target)
			}
			rb.WriteString(`</Relationships>`)
			d.root.FileMap.Store("word/_rels/"+h.name+".rels", []byte(rb.String()))
		}
		if err := d.root.ContentType.AddOverride("/word/"+h.name, "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"); err != nil {
			return err
		}
	}
	return nil
}

// writeSection writes the package with the section properties: the library's section
// type holds one header reference, and a letter needs two (first page, other pages),
// so the sectPr is written here and put at the end of the body.
func (d *Doc) writeSection(w io.Writer, page, margin string) error {
	var sect strings.Builder
	sect.WriteString("<w:sectPr>")
	if d.first != nil {
		fmt.Fprintf(&sect, `<w:headerReference w:type="first" r:id="%s"/>`, body{d}.relate(relHeader, d.first.name))
	}
	if d.other != nil {
		fmt.Fprintf(&sect, `<w:headerReference w:type="default" r:id="%s"/>`, body{d}.relate(relHeader, d.other.name))
	}
	sect.WriteString(page + margin + `<w:cols w:space="720"/>`)
	if d.first != nil || d.other != nil {
		sect.WriteString(`<w:titlePg/>`)
	}
	sect.WriteString(`<w:docGrid w:linePitch="360"/></w:sectPr>`)

	d.root.Document.Body.SectPr = nil
	var raw bytes.Buffer
	if err := d.root.Write(&raw); err != nil {
		return fmt.Errorf("dokumen Word tidak dapat ditulis: %w", err)
	}
	zr, err := zip.NewReader(bytes.NewReader(raw.Bytes()), int64(raw.Len()))
	if err != nil {
		return err
	}
	zw := zip.NewWriter(w)
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			return err
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			return err
		}
		if f.Name == "word/document.xml" {
			i := bytes.LastIndex(data, []byte("</w:body>"))
			if i < 0 {
				return fmt.Errorf("document.xml tanpa w:body")
			}
			data = append(data[:i:i], append([]byte(sect.String()), data[i:]...)...)
		}
		hdr := f.FileHeader
		hdr.Method = zip.Deflate
		out, err := zw.CreateHeader(&hdr)
		if err != nil {
			return err
		}
		if _, err := out.Write(data); err != nil {
			return err
		}
	}
	return zw.Close()
}

// dropTemplateParts removes what describes the library's template rather than the
// letter: its thumbnail picture and custom XML, with their relationships and types.
func (d *Doc) dropTemplateParts() {
	keepRel := func(rs []*gd.Relationship) []*gd.Relationship {
		var out []*gd.Relationship
		for _, r := range rs {
			if !strings.Contains(r.Target, "customXml") && !strings.Contains(r.Target, "thumbnail") {
				out = append(out, r)
			}
		}
		return out
	}
	d.root.Document.DocRels.Relationships = keepRel(d.root.Document.DocRels.Relationships)
	d.root.RootRels.Relationships = keepRel(d.root.RootRels.Relationships)
	var ov []gd.Override
	for _, o := range d.root.ContentType.Override {
		if !strings.HasPrefix(o.PartName, "/customXml/") {
			ov = append(ov, o)
		}
	}
	d.root.ContentType.Override = ov
	d.root.FileMap.Range(func(k, _ any) bool {
		if name := k.(string); name == "docProps/thumbnail.jpeg" || strings.HasPrefix(name, "customXml/") {
			d.root.FileMap.Delete(k)
		}
		return true
	})
}
