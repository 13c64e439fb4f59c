package xlsxutil

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
)

// Number formats for report columns (Column.NumFmt).
const (
	// RupiahFormat shows 1250000 as "Rp 1.250.000" in an Indonesian Excel.
	RupiahFormat = `"Rp "#,##0`
	// PercentFormat shows a fraction (0.456) as "45,6%".
	PercentFormat = `0.0%`
	// DecimalFormat shows one decimal.
	DecimalFormat = `#,##0.0`
)

// Paper sizes of excelize's page setup (PageLayoutOptions.Size).
const (
	PaperA4 = 9
	// PaperF4 is "Folio 8½ × 13 in" (215.9 × 330.2 mm), the F4 of Indonesian offices.
	PaperF4 = 14
)

// Formula is a cell value computed by Excel; Value is the cached result shown until
// Excel recalculates (and what readers without a calculation engine see).
type Formula struct {
	Expr  string
	Value any
}

// PrintSetup describes how a sheet prints.
type PrintSetup struct {
	Landscape bool
	Paper     int // PaperF4 (default) or PaperA4
	// FitToWidth scales the columns to as few pages wide as keep the text legible (at
	// least MinPrintScale, so 11 pt prints at 8.8 pt or more): one page for a narrow
	// sheet, several for a wide one, never a whole wide sheet shrunk onto one page.
	FitToWidth   bool
	RepeatHeader bool // the title and header rows printed at the top of every page
	RepeatCols   int  // the first columns printed at the left of every page (e.g. No, Kecamatan, Desa)
	// Header, when set, is printed bold at the top centre of every page (e.g. "RAHASIA").
	Header string
}

// SheetOptions are the extras of AddSheetWith.
type SheetOptions struct {
	Print    *PrintSetup
	NoFilter bool // no autofilter over the header (e.g. a template to fill in)
}

type numKey struct {
	format string
	bold   bool
}

// applyPrint sets the page setup of sheet (before its stream starts).
func (w *Writer) applyPrint(sheet string, p *PrintSetup) error {
	if p == nil {
		return nil
	}
	size := p.Paper
	if size == 0 {
		size = PaperF4
	}
	orient := "portrait"
	if p.Landscape {
		orient = "landscape"
	}
	lo := &excelize.PageLayoutOptions{Size: &size, Orientation: &orient}
	if p.FitToWidth {
		// The number of pages wide is set at Close, once the column widths are known.
		one, auto := 1, 0
		lo.FitToWidth, lo.FitToHeight = &one, &auto
		fit := true
		if err := w.f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
			return err
		}
	}
	if err := w.f.SetPageLayout(sheet, lo); err != nil {
		return err
	}
	// Margins in inches: about 2 cm left, 1.5 cm right and 2.3 cm top/bottom.
	l, r, t, b, hf := marginLeftIn, marginRightIn, 0.9, 0.9, 0.3
	center := true
	return w.f.SetPageMargins(sheet, &excelize.PageLayoutMarginsOptions{Left: &l, Right: &r, Top: &t, Bottom: &b,
		Header: &hf, Footer: &hf, Horizontally: &center})
}

// printTitles sets the pages wide and repeats the title and header rows (and the first
// columns) on every printed page.
func (s *SheetWriter) printTitles() error {
	p := s.opt.Print
	if p == nil {
		return nil
	}
	if p.FitToWidth {
		wide, auto := s.PagesWide(), 0
		if err := s.w.f.SetPageLayout(s.name, &excelize.PageLayoutOptions{FitToWidth: &wide, FitToHeight: &auto}); err != nil {
			return err
		}
	}
	footer, fixed := `&L&A&RHalaman &P dari &N`, false // 11 pt: LibreOffice shrinks it with the sheet anyway
	header := ""
	if p.Header != "" {
		header = `&C&"Arial,Bold"` + strings.ReplaceAll(p.Header, "&", "&&")
	}
	if err := s.w.f.SetHeaderFooter(s.name, &excelize.HeaderFooterOptions{OddHeader: header, OddFooter: footer, ScaleWithDoc: &fixed}); err != nil {
		return err
	}
	var refs []string
	if n := min(p.RepeatCols, len(s.cols)); n > 0 {
		last, _ := excelize.ColumnNumberToName(n)
		refs = append(refs, fmt.Sprintf("'%s'!$A:$%s", s.name, last))
	}
	if p.RepeatHeader {
		refs = append(refs, fmt.Sprintf("'%s'!$1:$%d", s.name, s.headerRow))
	}
	if len(refs) == 0 {
		return nil
	}
	return s.w.f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles",
		RefersTo: strings.Join(refs, ","), Scope: s.name})
}

// numStyle returns (creating once) a bordered style with a custom number format.
func (w *Writer) numStyle(format string, bold bool) (int, error) {
	k := numKey{format, bold}
	if id, ok := w.num[k]; ok {
		return id, nil
	}
	if w.num == nil {
		w.num = map[numKey]int{}
	}
	f := format
	st := &excelize.Style{CustomNumFmt: &f, Border: thinBorder()}
	if bold {
		st.Font = &excelize.Font{Family: fontFamily, Size: 11, Bold: true}
		st.Fill = excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"F2F2F2"}}
	}
	id, err := w.f.NewStyle(st)
	if err != nil {
		return 0, err
	}
	w.num[k] = id
	return id, nil
}

func thinBorder() []excelize.Border {
	return []excelize.Border{
		{Type: "left", Color: "A6A6A6", Style: 1}, {Type: "right", Color: "A6A6A6", Style: 1},
		{Type: "top", Color: "A6A6A6", Style: 1}, {Type: "bottom", Color: "A6A6A6", Style: 1},
	}
}

// HeaderRow is the sheet's header row number (1-based).
func (s *SheetWriter) HeaderRow() int { return s.headerRow }

// Name is the sheet's name.
func (s *SheetWriter) Name() string { return s.name }

// NextRow is the row number the next WriteRow writes, once the sheet has started (the
// first widthSampleRows rows are buffered to size the columns).
func (s *SheetWriter) NextRow() int {
	if !s.started {
		return s.headerRow + 1 + len(s.buf)
	}
	return s.next
}

// dataEnd is the last data row (the totals row excluded).
func (s *SheetWriter) dataEnd() int {
	if s.totalsRow > 0 {
		return s.totalsRow - 1
	}
	if s.sigRow > 0 {
		return s.sigRow - 2 // the blank row before the signature block too
	}
	return s.next - 1
}

// WriteTotals ends the data with a bold totals row: label in column labelCol (0-based)
// and, for every column in sums (0-based index -> the total computed by the caller, used
// as the cached value), a =SUM() over the data rows above; a Formula value gives its own
// expression instead (e.g. a ratio of two totals). It returns the row number.
func (s *SheetWriter) WriteTotals(label string, labelCol int, sums map[int]any) (int, error) {
	if err := s.w.ctx.Err(); err != nil {
		return 0, cancelled(s.w.ctx)
	}
	if !s.started {
		if err := s.start(); err != nil {
			return 0, err
		}
	}
	first, last := s.headerRow+1, s.next-1
	row := s.next
	cells := make([]any, len(s.cols))
	boldText, err := s.w.numStyle("@", true)
	if err != nil {
		return 0, s.w.writeError(err)
	}
	for i := range cells {
		cells[i] = excelize.Cell{StyleID: boldText}
	}
	cells[labelCol] = excelize.Cell{StyleID: boldText, Value: label}
	cols := make([]int, 0, len(sums))
	for c := range sums {
		cols = append(cols, c)
	}
	sort.Ints(cols)
	for _, c := range cols {
		format := s.cols[c].NumFmt
		if format == "" {
			format = "#,##0"
			if s.cols[c].Type == TypeDecimal {
				format = "#,##0.00"
			}
		}
		style, err := s.w.numStyle(format, true)
		if err != nil {
			return 0, s.w.writeError(err)
		}
		letter, _ := excelize.ColumnNumberToName(c + 1)
		expr, value := fmt.Sprintf("SUM(%s%d:%s%d)", letter, first, letter, last), sums[c]
		if last < first {
			expr = "0"
		}
		if f, ok := value.(Formula); ok {
			expr, value = f.Expr, f.Value
		}
		cells[c] = excelize.Cell{StyleID: style, Formula: expr, Value: value}
	}
	if err := s.sw.SetRow("A"+strconv.Itoa(row), cells); err != nil {
		return 0, s.w.writeError(err)
	}
	s.totalsRow = row
	s.next++
	return row, nil
}

// AddHiddenSheet adds a sheet holding rows (e.g. the lists behind dropdowns, or
// metadata), hidden from the user; veryHidden hides it from Excel's Unhide menu too.
func (w *Writer) AddHiddenSheet(name string, rows [][]any, veryHidden bool) error {
	if _, err := w.f.NewSheet(name); err != nil {
		return w.writeError(err)
	}
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := w.f.SetSheetRow(name, cell, &r); err != nil {
			return w.writeError(err)
		}
	}
	if err := w.f.SetSheetVisible(name, false, veryHidden); err != nil {
		return w.writeError(err)
	}
	return nil
}

// AddDropList adds a dropdown to the cells sqref of sheet ("E6:E200") whose choices are
// the cells listRef ("'Daftar'!$A$2:$A$13"); other input is refused with msg.
func (w *Writer) AddDropList(sheet, sqref, listRef, title, msg string) error {
	dv := excelize.NewDataValidation(true)
	dv.Sqref = sqref
	dv.SetSqrefDropList(listRef)
	dv.SetError(excelize.DataValidationErrorStyleStop, title, msg)
	return w.f.AddDataValidation(sheet, dv)
}

// AddNumberRange limits the cells sqref to decimals between lo and hi.
func (w *Writer) AddNumberRange(sheet, sqref string, lo, hi float64, title, msg string) error {
	dv := excelize.NewDataValidation(true)
	dv.Sqref = sqref
	if err := dv.SetRange(lo, hi, excelize.DataValidationTypeDecimal, excelize.DataValidationOperatorBetween); err != nil {
		return err
	}
	dv.SetError(excelize.DataValidationErrorStyleStop, title, msg)
	return w.f.AddDataValidation(sheet, dv)
}
