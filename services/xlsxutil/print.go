package xlsxutil

import (
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"
)

// MinPrintScale is the smallest scale FitToWidth allows: the 11 pt body text prints at
// 8.8 pt at least (the floor is 7 pt).
const MinPrintScale = 0.8

// Page margins in inches (applyPrint): about 2 cm left and 1.5 cm right.
const marginLeftIn, marginRightIn = 0.8, 0.6

// printableMM is the paper width inside the margins.
func printableMM(p *PrintSetup) float64 {
	w, h := 215.9, 330.2 // F4 (Folio)
	if p.Paper == PaperA4 {
		w, h = 210, 297
	}
	if p.Landscape {
		w = h
	}
	return w - (marginLeftIn+marginRightIn)*25.4
}

// colMM is the printed width of a column of chars characters (Excel: 7 px per character
// of the default font plus 5 px padding, at 96 px per inch).
func colMM(chars float64) float64 { return (chars*7 + 5) * 25.4 / 96 }

// PagesWide is the number of pages across that keep the sheet at MinPrintScale or more,
// the repeated first columns counted on every page. It is 1 for a sheet that fits.
func (s *SheetWriter) PagesWide() int {
	if s.opt.Print == nil || len(s.colWidths) == 0 {
		return 1
	}
	page := printableMM(s.opt.Print) / MinPrintScale // what one page holds at the smallest scale
	total, repeat := 0.0, 0.0
	for i, w := range s.colWidths {
		total += colMM(w)
		if i < s.opt.Print.RepeatCols {
			repeat += colMM(w)
		}
	}
	if total <= page {
		return 1
	}
	if repeat > page/2 {
		repeat = 0 // repeated columns that would crowd out the rest are printed once
	}
	return 1 + int(math.Ceil((total-page)/(page-repeat)))
}

// firstPageCols is how many columns print on the first page at MinPrintScale (at least 1).
func (s *SheetWriter) firstPageCols() int {
	if s.opt.Print == nil {
		return len(s.colWidths)
	}
	page, used := printableMM(s.opt.Print)/MinPrintScale, 0.0
	for i, w := range s.colWidths {
		used += colMM(w)
		if used > page {
			return max(i, 1)
		}
	}
	return len(s.colWidths)
}

// Signature is the signature block under a report: place and date, the signatory's
// office, then name, rank and NIP.
type Signature struct {
	Place  string    // "Contoh"
	Date   time.Time // written as a date cell: "Contoh, 20 Januari 2026"
	Office []string  // "Kepala Bappeda Kabupaten Contoh", "selaku Sekretaris TKPK,"
	Name   string
	Rank   string
	NIP    string
}

// signatureChars is how wide (in characters) the block is made, at most.
const signatureChars = 48

// WriteSignature ends the sheet with the signature block after a blank row, centred over
// the last columns of the first printed page. It returns the cell of its first line
// (place and date).
func (s *SheetWriter) WriteSignature(sig Signature) (string, error) {
	if err := s.w.ctx.Err(); err != nil {
		return "", cancelled(s.w.ctx)
	}
	if !s.started {
		if err := s.start(); err != nil {
			return "", err
		}
	}
	last := s.firstPageCols() // 1-based last column of the block
	first, width := last, 0.0
	for first > 1 && width+s.colWidths[first-1] < signatureChars {
		width += s.colWidths[first-1]
		first--
	}
	if width < signatureChars && first < last {
		first++ // the column that made it too wide stays out, unless it is the only one
	}
	if first > last {
		first = last
	}
	plain, bold, date, err := s.w.signatureStyles(sig.Place)
	if err != nil {
		return "", s.w.writeError(err)
	}
	type line struct {
		value any
		style int
	}
	lines := []line{{sig.Date, date}}
	if sig.Date.IsZero() {
		lines[0] = line{strings.TrimSpace(sig.Place+",") + " ....................", plain}
	}
	for _, o := range sig.Office {
		lines = append(lines, line{o, plain})
	}
	lines = append(lines, line{nil, plain}, line{nil, plain}, line{nil, plain})
	name := sig.Name
	if strings.TrimSpace(name) == "" {
		name = "(....................................)"
	}
	lines = append(lines, line{name, bold})
	if sig.Rank != "" {
		lines = append(lines, line{sig.Rank, plain})
	}
	lines = append(lines, line{strings.TrimSpace("NIP. " + sig.NIP), plain})
	s.next++ // a blank row between the table and the block
	s.sigRow = s.next
	a, _ := excelize.ColumnNumberToName(first)
	b, _ := excelize.ColumnNumberToName(last)
	for _, l := range lines {
		row := strconv.Itoa(s.next)
		cells := make([]any, first)
		cells[first-1] = excelize.Cell{StyleID: l.style, Value: l.value}
		if err := s.sw.SetRow("A"+row, cells); err != nil {
			return "", s.w.writeError(err)
		}
		if first < last {
			if err := s.sw.MergeCell(a+row, b+row); err != nil {
				return "", s.w.writeError(err)
			}
		}
		s.next++
	}
	return a + strconv.Itoa(s.sigRow), nil
}

// signatureStyles are the centred styles of the block; the date style writes the place
// in front of the date ("Contoh, "[$-421]d mmmm yyyy).
func (w *Writer) signatureStyles(place string) (plain, bold, date int, err error) {
	center := &excelize.Alignment{Horizontal: "center", Vertical: "center"}
	if plain, err = w.f.NewStyle(&excelize.Style{Alignment: center}); err != nil {
		return
	}
	if bold, err = w.f.NewStyle(&excelize.Style{Alignment: center, Font: &excelize.Font{Family: fontFamily, Size: 11, Bold: true, Underline: "single"}}); err != nil {
		return
	}
	format := DateFormat
	if p := strings.NewReplacer(`"`, "", `\`, "").Replace(strings.TrimSpace(place)); p != "" {
		format = `[$-421]"` + p + `, "d mmmm yyyy` // LibreOffice wants the locale first
	}
	date, err = w.f.NewStyle(&excelize.Style{Alignment: center, CustomNumFmt: &format})
	return
}
