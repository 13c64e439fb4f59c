package render

import "strings"

// column is one column of a bordered table.
type column struct {
	title string
	w     float64 // width in mm
	align string  // "L", "C" or "R" for the body cells
	fixed bool    // keep w as is when fitting the table to the page
}

const minHeaderSize = 7.0

// table adds a bordered table to the flow: the header row (bold, shaded) is
// repeated at the top of every page the table continues on, a row is never
// split across pages, and long cell text wraps inside its cell. The header is
// kept with the first row.
func (d *doc) table(f *flow, cols []column, rows [][]string, size float64) {
	pdf := d.pdf
	lh := size * 0.42 // line height in mm

	// Header cells shrink their type when a word would not fit the column, so
	// "Kedudukan" is never broken in the middle.
	header := make([][]string, len(cols))
	hsize := make([]float64, len(cols))
	headerH := 0.0
	for i, c := range cols {
		hsize[i] = size
		for hsize[i] > minHeaderSize && !d.wordsFit(c.title, "B", hsize[i], c.w-2*cellPadX) {
			hsize[i] -= 0.5
		}
		d.font("B", hsize[i])
		header[i] = d.wrapCell(c.title, c.w)
		headerH = max(headerH, float64(len(header[i]))*lh)
	}
	headerH += 2 * cellPadY
	hdr := &box{h: headerH, keepNext: len(rows) > 0, draw: func(y float64) {
		pdf.SetFillColor(230, 230, 230)
		x := marginLeft
		for i, c := range cols {
			d.font("B", hsize[i])
			pdf.Rect(x, y, c.w, headerH, "FD")
			// Centre the header text vertically as well as horizontally.
			ty := y + (headerH-float64(len(header[i]))*lh)/2
			for k, l := range header[i] {
				pdf.SetXY(x+cellPadX, ty+float64(k)*lh)
				pdf.CellFormat(c.w-2*cellPadX, lh, l, "", 0, "C", false, 0, "")
			}
			x += c.w
		}
		pdf.SetFillColor(255, 255, 255)
	}}
	f.add(*hdr)

	for _, row := range rows {
		d.font("", size)
		cells := make([][]string, len(cols))
		rowH := 0.0
		for i, c := range cols {
			txt := ""
			if i < len(row) {
				txt = row[i]
			}
			cells[i] = d.wrapCell(txt, c.w)
			rowH = max(rowH, float64(len(cells[i]))*lh)
		}
		rowH += 2 * cellPadY
		f.add(box{h: rowH, header: hdr, draw: func(y float64) {
			d.font("", size)
			x := marginLeft
			for i, c := range cols {
				pdf.Rect(x, y, c.w, rowH, "D")
				for k, l := range cells[i] {
					pdf.SetXY(x+cellPadX, y+cellPadY+float64(k)*lh)
					pdf.CellFormat(c.w-2*cellPadX, lh, l, "", 0, c.align, false, 0, "")
				}
				x += c.w
			}
		}})
	}
	d.font("", bodySize)
}

// wordsFit reports whether every word of text fits width w at the given type.
func (d *doc) wordsFit(text, style string, size, w float64) bool {
	d.font(style, size)
	for _, word := range strings.Fields(text) {
		if d.pdf.GetStringWidth(word) > w {
			return false
		}
	}
	return true
}

// fitColumns scales the widths of the columns that are not fixed so the table
// fills the content width exactly.
func fitColumns(width float64, cols []column) []column {
	sum := 0.0
	for _, c := range cols {
		if c.fixed {
			width -= c.w
		} else {
			sum += c.w
		}
	}
	for i := range cols {
		if !cols[i].fixed {
			cols[i].w *= width / sum
		}
	}
	return cols
}

// wrapCell splits cell text into the lines that fit the column in the current font.
func (d *doc) wrapCell(text string, w float64) []string {
	var out []string
	for _, l := range lines(text) {
		out = append(out, d.pdf.SplitText(l, w-2*cellPadX)...)
	}
	if len(out) == 0 {
		out = []string{""}
	}
	return out
}
