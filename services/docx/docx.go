// Package docx writes Word documents (.docx, WordprocessingML) for the letters and
// reports the app also prints as PDF, so the legal section can mark a draft up in Word
// or LibreOffice. It is a thin layer over github.com/gomutex/godocx (MIT): that
// library owns the package (content types, relationships, styles, document.xml); this
// one adds what a government letter needs and the library lacks as one call — a page
// size and margins in millimetres, one body font, images from bytes, a first-page
// header for the letterhead and "- 2 -" page numbers from page two on, and bordered
// tables whose header row repeats on every page.
//
// Content is described with plain structs (Paragraph, Run, Table, Row, Cell) and
// converted when added, so callers never touch the library's XML types.
package docx

import (
	"bytes"
	"fmt"
	"image"
	_ "image/jpeg" // logo sizes
	_ "image/png"
	"net/http"
	"strings"

	"github.com/gomutex/godocx"
	gd "github.com/gomutex/godocx/docx"
	"github.com/gomutex/godocx/wml/ctypes"
	"github.com/gomutex/godocx/wml/stypes"
)

// Page is a paper size with its margins, in millimetres.
type Page struct {
	Width, Height            float64
	Left, Right, Top, Bottom float64
	// Header is the distance of the header (letterhead, page number) from the top edge.
	Header float64
}

// Twips converts millimetres to twentieths of a point (1 mm = 56.69 twips).
func Twips(mm float64) int { return int(mm*1440/25.4 + 0.5) }

// Font is the document's body font and size.
type Font struct {
	Name string  // "Arial"; LibreOffice substitutes the metric-compatible Liberation Sans
	Size float64 // points
}

// Doc is a Word document being built.
type Doc struct {
	root  *gd.RootDoc
	page  Page
	font  Font
	media int
	parts int
	first *header // letterhead on the first page
	other *header // page number on the others

	lastTable bool // the body's last block is a table
}

// New starts an empty document on page with font as its default.
func New(page Page, font Font) (*Doc, error) {
	root, err := godocx.NewDocument()
	if err != nil {
		return nil, fmt.Errorf("dokumen Word tidak dapat dibuat: %w", err)
	}
	d := &Doc{root: root, page: page, font: font}
	d.dropTemplateParts()
	d.defaults()
	return d, nil
}

// defaults makes the body font and size the document default, single line spacing and
// no space after paragraphs (the template's Normal style adds both otherwise).
func (d *Doc) defaults() {
	st := d.root.DocStyles
	if st.DocDefaults == nil {
		st.DocDefaults = &ctypes.DocDefault{}
	}
	hp := uint64(d.font.Size*2 + 0.5)
	st.DocDefaults.RunProp = &ctypes.RunPropDefault{RunProp: &ctypes.RunProperty{
		Fonts: &ctypes.RunFonts{Ascii: d.font.Name, HAnsi: d.font.Name, EastAsia: d.font.Name, CS: d.font.Name},
		Size:  &ctypes.FontSize{Value: hp}, SizeCs: &ctypes.FontSizeCS{Value: hp},
		Lang: &ctypes.Lang{Val: ptr("id-ID")},
	}}
	zero := uint64(0)
	line := 240
	rule := stypes.LineSpacingRuleAuto
	st.DocDefaults.ParaProp = &ctypes.ParaPropDefault{ParaProp: &ctypes.ParagraphProp{
		Spacing: &ctypes.Spacing{Before: &zero, After: &zero, Line: &line, LineRule: &rule},
	}}
	// The template's Normal paragraph style carries its own spacing and theme font;
	// a document default does not override a style, so the style is cleared.
	for i := range st.StyleList {
		s := &st.StyleList[i]
		if s.ID != nil && *s.ID == "Normal" {
			s.RunProp, s.ParaProp = nil, nil
		}
	}
}

// Add appends blocks (*Paragraph or *Table) to the body. Two tables in a row get a
// small empty paragraph between them, or Word and LibreOffice would join them into one.
func (d *Doc) Add(blocks ...Block) error {
	for _, b := range blocks {
		if _, ok := b.(*Table); ok && d.lastTable {
			if err := d.Add(&Paragraph{Runs: []Run{{Size: 2}}}); err != nil {
				return err
			}
		}
		_, d.lastTable = b.(*Table)
		switch v := b.(type) {
		case *Paragraph:
			p, err := d.paragraph(v, bodyPart)
			if err != nil {
				return err
			}
			*d.root.AddEmptyParagraph().GetCT() = p
		case *Table:
			t, err := d.table(v, bodyPart)
			if err != nil {
				return err
			}
			*d.root.AddTable().GetCT() = t
		default:
			return fmt.Errorf("blok dokumen Word tidak dikenal: %T", b)
		}
	}
	return nil
}

// Bytes finishes the document (section properties, headers) and returns the .docx.
func (d *Doc) Bytes() ([]byte, error) {
	if err := d.finishHeaders(); err != nil {
		return nil, err
	}
	p := d.page
	page := fmt.Sprintf(`<w:pgSz w:w="%d" w:h="%d"/>`, Twips(p.Width), Twips(p.Height))
	margin := fmt.Sprintf(`<w:pgMar w:top="%d" w:right="%d" w:bottom="%d" w:left="%d" w:header="%d" w:footer="%d" w:gutter="0"/>`,
		Twips(p.Top), Twips(p.Right), Twips(p.Bottom), Twips(p.Left), Twips(p.Header), Twips(p.Bottom/2))
	var buf bytes.Buffer
	if err := d.writeSection(&buf, page, margin); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// Block is a *Paragraph or a *Table.
type Block interface{ block() }

func (*Paragraph) block() {}
func (*Table) block()     {}

// Align is a paragraph's alignment.
type Align string

// Alignments.
const (
	Left    Align = "left"
	Center  Align = "center"
	Right   Align = "right"
	Justify Align = "both"
)

// Paragraph is one paragraph; lengths in millimetres, spacing in points.
type Paragraph struct {
	Runs  []Run
	Align Align
	// Indent is the left indent; Hanging pulls the first line back by that much
	// (a numbered item: marker, tab, text); FirstLine indents the first line.
	Indent, Hanging, FirstLine float64
	Right                      float64 // right indent
	Before, After              float64 // space before/after, points
	Tabs                       []Tab
	KeepNext, KeepLines        bool
	PageBreakBefore            bool
	// Rule draws a rule under the paragraph: the letterhead's thick-thin double line.
	Rule bool
}

// Tab is a tab stop at Pos millimetres from the left indent's origin (the margin).
type Tab struct {
	Pos   float64
	Align Align // Left (default), Center or Right
}

// Run is a piece of text in one style, or an image. "\n" in Text breaks the line and
// "\t" moves to the next tab stop.
type Run struct {
	Text                    string
	Bold, Underline, Italic bool
	Size                    float64 // points; 0 is the document's size
	Image                   *Image
}

// Image is a PNG or JPEG shown inline at Width × Height millimetres (Height 0 keeps
// the image's ratio).
type Image struct {
	Data          []byte
	Width, Height float64
	Name          string // alternative text
}

// P is a paragraph of plain runs of text.
func P(align Align, runs ...Run) *Paragraph { return &Paragraph{Align: align, Runs: runs} }

// T is a run of text in the body style.
func T(s string) Run { return Run{Text: s} }

// B is a run of bold text.
func B(s string) Run { return Run{Text: s, Bold: true} }

// Table is a table with fixed column widths (millimetres).
type Table struct {
	Widths []float64
	Rows   []Row
	// Borders draws single lines around and between every cell; without them the
	// table only places text (letterhead, signature block).
	Borders bool
	Indent  float64 // from the left margin, mm
	Size    float64 // text size of every cell, points; 0 is the document's
}

// Row is one table row.
type Row struct {
	Cells []Cell
	// Header repeats the row at the top of every page the table continues on.
	Header bool
	// CantSplit keeps the row on one page (the default for every row here).
	Split bool
}

// Cell is one cell; Span joins it with the next Span-1 cells.
type Cell struct {
	Paragraphs []*Paragraph
	Span       int
	Shade      string // fill colour as RRGGBB, e.g. "E6E6E6"
	Middle     bool   // centre the content vertically
}

// C is a cell of one paragraph of text.
func C(align Align, text string) Cell { return Cell{Paragraphs: []*Paragraph{P(align, T(text))}} }

// imageKind returns the extension and content type of a PNG or JPEG, "" otherwise.
func imageKind(data []byte) (ext, mime string) {
	switch http.DetectContentType(data) {
	case "image/png":
		return "png", "image/png"
	case "image/jpeg":
		return "jpeg", "image/jpeg"
	}
	return "", ""
}

// IsImage tells whether data is a PNG or JPEG the document can show.
func IsImage(data []byte) bool { ext, _ := imageKind(data); return ext != "" }

// Ratio is width over height of a PNG or JPEG, 1 when it cannot be read.
func Ratio(data []byte) float64 { return imageRatio(data) }

// imageRatio is width over height of the image, 1 when it cannot be read.
func imageRatio(data []byte) float64 {
	c, _, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil || c.Height == 0 {
		return 1
	}
	return float64(c.Width) / float64(c.Height)
}

func ptr[T any](v T) *T { return &v }

// lines splits text on "\n", keeping empty lines.
func lines(s string) []string { return strings.Split(strings.ReplaceAll(s, "\r", ""), "\n") }
