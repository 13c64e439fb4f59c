package docx

import (
	"fmt"
	"strings"

	"github.com/gomutex/godocx/common/units"
	"github.com/gomutex/godocx/dml"
	"github.com/gomutex/godocx/dml/dmlct"
	"github.com/gomutex/godocx/dml/dmlpic"
	gd "github.com/gomutex/godocx/docx"
	"github.com/gomutex/godocx/wml/ctypes"
	"github.com/gomutex/godocx/wml/stypes"
)

const (
	relImage  = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"
	relHeader = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header"
	emuPerMM  = 36000
)

// part is where content goes: the body or a header, each with its own relationships.
type part interface {
	// relate registers a target (e.g. "media/image1.png") and returns its relationship id.
	relate(typ, target string) string
}

// body is the document part.
type body struct{ d *Doc }

func (b body) relate(typ, target string) string {
	b.d.parts++
	id := fmt.Sprintf("rIdSd%d", b.d.parts)
	b.d.root.Document.DocRels.Relationships = append(b.d.root.Document.DocRels.Relationships,
		&gd.Relationship{ID: id, Type: typ, Target: target})
	return id
}

// bodyPart (nil) stands for the document body in paragraph and table.
var bodyPart part

func (d *Doc) partFor(p part) part {
	if p == nil {
		return body{d}
	}
	return p
}

// paragraph converts a Paragraph to the library's type.
func (d *Doc) paragraph(p *Paragraph, in part) (ctypes.Paragraph, error) {
	in = d.partFor(in)
	pp := &ctypes.ParagraphProp{}
	if p.Align != "" {
		pp.Justification = ctypes.NewGenSingleStrVal(stypes.Justification(p.Align))
	}
	if p.Indent != 0 || p.Hanging != 0 || p.FirstLine != 0 || p.Right != 0 {
		ind := &ctypes.Indent{}
		if p.Indent != 0 {
			ind.Left = ptr(Twips(p.Indent))
		}
		if p.Right != 0 {
			ind.Right = ptr(Twips(p.Right))
		}
		if p.Hanging != 0 {
			ind.Hanging = ptr(uint64(Twips(p.Hanging)))
		} else if p.FirstLine != 0 {
			ind.FirstLine = ptr(uint64(Twips(p.FirstLine)))
		}
		pp.Indent = ind
	}
	if p.Before != 0 || p.After != 0 {
		pp.Spacing = &ctypes.Spacing{Before: ptr(uint64(p.Before*20 + 0.5)), After: ptr(uint64(p.After*20 + 0.5))}
	}
	for _, t := range p.Tabs {
		val := stypes.CustTabStopLeft
		switch t.Align {
		case Center:
			val = stypes.CustTabStopCenter
		case Right:
			val = stypes.CustTabStopRight
		}
		pp.Tabs.Tab = append(pp.Tabs.Tab, ctypes.Tab{Val: val, Position: Twips(t.Pos)})
	}
	on := func(b bool) *ctypes.OnOff {
		if !b {
			return nil
		}
		return &ctypes.OnOff{}
	}
	pp.KeepNext, pp.KeepLines, pp.PageBreakBefore = on(p.KeepNext), on(p.KeepLines), on(p.PageBreakBefore)
	if p.Rule {
		pp.Border = &ctypes.ParaBorder{Bottom: &ctypes.Border{Val: stypes.BorderStyleThickThinSmallGap, Size: ptr(24), Space: ptr("1"), Color: ptr("000000")}}
	}
	out := ctypes.Paragraph{Property: pp}
	for _, r := range p.Runs {
		run, err := d.run(r, in)
		if err != nil {
			return out, err
		}
		out.Children = append(out.Children, ctypes.ParagraphChild{Run: run})
	}
	return out, nil
}

// run converts a Run; text lines become breaks, tabs become tab characters.
func (d *Doc) run(r Run, in part) (*ctypes.Run, error) {
	rp := &ctypes.RunProperty{}
	if r.Bold {
		rp.Bold, rp.BoldCS = &ctypes.OnOff{}, &ctypes.OnOff{}
	}
	if r.Italic {
		rp.Italic = &ctypes.OnOff{}
	}
	if r.Underline {
		rp.Underline = ctypes.NewGenSingleStrVal(stypes.UnderlineSingle)
	}
	if r.Size > 0 {
		hp := uint64(r.Size*2 + 0.5)
		rp.Size, rp.SizeCs = &ctypes.FontSize{Value: hp}, &ctypes.FontSizeCS{Value: hp}
	}
	out := &ctypes.Run{Property: rp}
	if r.Image != nil {
		dr, err := d.drawing(*r.Image, in)
		if err != nil {
			return nil, err
		}
		out.Children = append(out.Children, ctypes.RunChild{Drawing: dr})
		return out, nil
	}
	for i, line := range lines(r.Text) {
		if i > 0 {
			out.Children = append(out.Children, ctypes.RunChild{Break: &ctypes.Break{}})
		}
		for j, piece := range strings.Split(line, "\t") {
			if j > 0 {
				out.Children = append(out.Children, ctypes.RunChild{Tab: &ctypes.Empty{}})
			}
			if piece != "" {
				out.Children = append(out.Children, ctypes.RunChild{Text: &ctypes.Text{Text: piece, Space: ptr("preserve")}})
			}
		}
	}
	return out, nil
}

// drawing stores the image in word/media and returns an inline drawing of it.
func (d *Doc) drawing(img Image, in part) (*dml.Drawing, error) {
	ext, mime := imageKind(img.Data)
	if ext == "" {
		return nil, fmt.Errorf("gambar %q bukan PNG atau JPEG", img.Name)
	}
	d.media++
	name := fmt.Sprintf("image%d.%s", d.media, ext)
	d.root.FileMap.Store("word/media/"+name, img.Data)
	if !d.hasExtension(ext) {
		if err := d.root.ContentType.AddExtension(ext, mime); err != nil {
			return nil, err
		}
	}
	rid := in.relate(relImage, "media/"+name)
	h := img.Height
	if h == 0 {
		h = img.Width / imageRatio(img.Data)
	}
	w, hh := units.Emu(img.Width*emuPerMM), units.Emu(h*emuPerMM)
	id := uint(d.media)
	inline := dml.NewInline(*dmlct.NewPostvSz2D(w, hh), dml.DocProp{ID: uint64(id), Name: fmt.Sprintf("Gambar %d", id), Description: img.Name},
		*dml.NewPicGraphic(dmlpic.NewPic(rid, id, w, hh)))
	return &dml.Drawing{Inline: []dml.Inline{inline}}, nil
}

func (d *Doc) hasExtension(ext string) bool {
	for _, e := range d.root.ContentType.Default {
		if strings.EqualFold(e.Extension, ext) {
			return true
		}
	}
	return false
}

// table converts a Table: fixed layout, the given column widths, every row kept on one
// page unless Split, header rows repeated.
func (d *Doc) table(t *Table, in part) (ctypes.Table, error) {
	in = d.partFor(in)
	total := 0
	var grid ctypes.Grid
	for _, w := range t.Widths {
		tw := Twips(w)
		total += tw
		grid.Col = append(grid.Col, ctypes.Column{Width: ptr(uint64(tw))})
	}
	dxa := stypes.TableWidthDxa
	fixed := stypes.TableLayoutFixed
	tp := ctypes.TableProp{
		Width:      &ctypes.TableWidth{Width: ptr(total), WidthType: &dxa},
		Layout:     &ctypes.TableLayout{LayoutType: &fixed},
		CellMargin: &ctypes.CellMargins{Left: &ctypes.TableWidth{Width: ptr(Twips(1.5)), WidthType: &dxa}, Right: &ctypes.TableWidth{Width: ptr(Twips(1.5)), WidthType: &dxa}},
	}
	if t.Borders { // a little air above and below the text of a ruled cell
		pad := &ctypes.TableWidth{Width: ptr(Twips(0.8)), WidthType: &dxa}
		tp.CellMargin.Top, tp.CellMargin.Bottom = pad, pad
	}
	if t.Indent != 0 {
		tp.Indent = &ctypes.TableWidth{Width: ptr(Twips(t.Indent)), WidthType: &dxa}
	}
	line := func() *ctypes.Border {
		if !t.Borders {
			return &ctypes.Border{Val: stypes.BorderStyleNone}
		}
		return &ctypes.Border{Val: stypes.BorderStyleSingle, Size: ptr(4), Color: ptr("000000")}
	}
	tp.Borders = &ctypes.TableBorders{Top: line(), Left: line(), Bottom: line(), Right: line(), InsideH: line(), InsideV: line()}
	out := ctypes.Table{TableProp: tp, Grid: grid}
	for _, r := range t.Rows {
		row := &ctypes.Row{Property: &ctypes.RowProperty{}}
		if !r.Split {
			row.Property.CantSplit = &ctypes.OnOff{}
		}
		if r.Header {
			row.Property.Header = &ctypes.OnOff{}
		}
		col := 0
		for _, c := range r.Cells {
			span := max(c.Span, 1)
			w := 0
			for k := col; k < col+span && k < len(t.Widths); k++ {
				w += Twips(t.Widths[k])
			}
			col += span
			cp := &ctypes.CellProperty{Width: &ctypes.TableWidth{Width: ptr(w), WidthType: &dxa}}
			if span > 1 {
				cp.GridSpan = ctypes.NewDecimalNum(span)
			}
			if c.Shade != "" {
				cp.Shading = &ctypes.Shading{Val: stypes.ShdClear, Color: ptr("auto"), Fill: ptr(c.Shade)}
			}
			if c.Middle {
				cp.VAlign = ctypes.NewGenSingleStrVal(stypes.VerticalJcCenter)
			}
			cell := &ctypes.Cell{Property: cp}
			paras := c.Paragraphs
			if len(paras) == 0 {
				paras = []*Paragraph{{}} // a cell must hold a paragraph
			}
			for _, p := range paras {
				if t.Size > 0 {
					p = sized(p, t.Size)
				}
				cp, err := d.paragraph(p, in)
				if err != nil {
					return out, err
				}
				cell.Contents = append(cell.Contents, ctypes.TCBlockContent{Paragraph: &cp})
			}
			row.Contents = append(row.Contents, ctypes.TRCellContent{Cell: cell})
		}
		out.RowContents = append(out.RowContents, ctypes.RowContent{Row: row})
	}
	return out, nil
}

// sized is p with every run of the default size set to size.
func sized(p *Paragraph, size float64) *Paragraph {
	q := *p
	q.Runs = make([]Run, len(p.Runs))
	for i, r := range p.Runs {
		if r.Size == 0 {
			r.Size = size
		}
		q.Runs[i] = r
	}
	return &q
}
