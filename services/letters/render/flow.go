package render

// box is one piece of a letter that is never split over two pages: a line of
// text, a table row, the signature block. A letter is a flow of boxes that is
// first laid out on pages and then drawn, so that what must stay together is
// known before anything is printed.
type box struct {
	h    float64
	draw func(y float64)
	// keepNext keeps the box on the page of the next box that is not a space.
	keepNext bool
	// space is vertical room between blocks; it is dropped at the top of a page.
	space bool
	// newPage starts a new page before the box (the decree's lampiran).
	newPage bool
	// header is drawn above the box when the box opens a page (a table's header
	// row repeated over the rows that moved to the next page).
	header *box
}

// flow collects the boxes of one letter.
type flow struct{ boxes []box }

func (f *flow) add(b ...box) { f.boxes = append(f.boxes, b...) }

// gap adds vertical space between blocks.
func (f *flow) gap(h float64) { f.boxes = append(f.boxes, box{h: h, space: true}) }

// keepLast marks the last n boxes that are not spaces as kept with what follows:
// "the signature takes at least the last two lines of the text along".
func (f *flow) keepLast(n int) {
	for i := len(f.boxes) - 1; i >= 0 && n > 0; i-- {
		if !f.boxes[i].space {
			f.boxes[i].keepNext = true
			n--
		}
	}
}

// placed is where layout put a box.
type placed struct {
	page    int // 0 = the page the flow starts on
	y       float64
	skip    bool // a space dropped at a page top
	withHdr bool // the repeated table header goes above it
}

// layout assigns every box a page and a position. Boxes fill each page down to
// the bottom margin; when a box does not fit, the page breaks before it, or
// before the start of the chain of kept boxes that leads to it when that chain
// does not already start the page.
func layout(boxes []box, firstY, top, limit float64) []placed {
	pos := make([]placed, len(boxes))
	page, y, start := 0, firstY, 0
	breakBefore := func(i int) {
		page++
		y, start = top, i
	}
	for i := 0; i < len(boxes); i++ {
		b := boxes[i]
		if b.newPage && i > start {
			breakBefore(i)
		}
		if b.space && i == start && page > 0 {
			pos[i] = placed{page: page, y: y, skip: true}
			continue
		}
		if y+b.h > limit+0.01 && i > start && !b.space {
			j := i
			for j > start && (boxes[j-1].keepNext || boxes[j-1].space) {
				j--
			}
			if j == start {
				j = i // the chain fills the page: break where it overflows
			}
			for j < i && boxes[j].space {
				j++
			}
			breakBefore(j)
			i = j - 1
			continue
		}
		if b.space && y+b.h > limit {
			pos[i] = placed{page: page, y: y, skip: true}
			continue
		}
		pos[i] = placed{page: page, y: y}
		if i == start && page > 0 && b.header != nil {
			pos[i].withHdr = true
			pos[i].y += b.header.h
			y += b.header.h
		}
		y += b.h
	}
	return pos
}

// fit lays the boxes out as layout does, but when narrowing the spaces between blocks
// saves the last page (a few lines, or the end of the Tembusan, spilling onto a page of
// their own), it sets the letter with the widest spaces that do so, as a typist closes
// up the gaps to keep a letter on one sheet. Spaces never shrink below minSpaceScale.
func fit(boxes []box, firstY, top, limit float64) []placed {
	pos := layout(boxes, firstY, top, limit)
	pages := lastPage(pos)
	if pages == 0 {
		return pos
	}
	for _, scale := range []float64{0.8, 0.6, minSpaceScale} {
		narrow := make([]box, len(boxes))
		copy(narrow, boxes)
		for i := range narrow {
			if narrow[i].space {
				narrow[i].h *= scale
			}
		}
		if p := layout(narrow, firstY, top, limit); lastPage(p) < pages {
			copy(boxes, narrow)
			return p
		}
	}
	return pos
}

const minSpaceScale = 0.4

func lastPage(pos []placed) int {
	if len(pos) == 0 {
		return 0
	}
	return pos[len(pos)-1].page
}

// render lays the flow out from the current position on the current page and
// draws it, adding pages as needed; the cursor ends under the last box.
func (d *doc) render(f *flow) {
	pdf := d.pdf
	pdf.SetAutoPageBreak(false, marginBottom)
	defer pdf.SetAutoPageBreak(true, marginBottom)
	pos := fit(f.boxes, d.y(), marginTop, d.limit())
	page, endY := 0, d.y()
	for i, b := range f.boxes {
		p := pos[i]
		for page < p.page {
			pdf.AddPage()
			page++
		}
		if p.skip {
			continue
		}
		if p.withHdr {
			b.header.draw(p.y - b.header.h)
		}
		if b.draw != nil {
			b.draw(p.y)
		}
		endY = p.y + b.h
	}
	d.font("", bodySize)
	pdf.SetXY(marginLeft, endY)
}
