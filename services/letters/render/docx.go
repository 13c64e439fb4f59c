package render

import (
	"strconv"
	"strings"

	"github.com/skip2/go-qrcode"

	"sidamping/services/docx"
)

// The Word copy of a letter: the same content as the PDF on the same paper, margins
// and type, set the way a typist sets it in Word — the kop in the first page's header,
// labelled lists as hanging indents with tab stops, the Kepada and lampiran tables as
// real tables whose header row repeats, the signature block and QR code in a borderless
// table. Word lays the pages out itself, so page breaks may fall differently from the
// PDF; the issued PDF stays the archived original.

// Page returns the Word page for the paper: F4 (215 × 330 mm) or A4, with the letters'
// margins; the letterhead's header starts 10 mm from the top edge.
func (o Options) Page() (docx.Page, error) {
	p, err := o.paper()
	if err != nil {
		return docx.Page{}, err
	}
	return docx.Page{Width: p.w, Height: p.h, Left: marginLeft, Right: marginRight, Top: marginTop, Bottom: marginBottom, Header: kopTop}, nil
}

// BodyFont is the letters' type: Arial 12 pt (LibreOffice shows the metric-compatible
// Liberation Sans where Arial is not installed).
var BodyFont = docx.Font{Name: "Arial", Size: bodySize}

// wordLetter is a Word letter being written, with a PDF document used only to measure
// text, so columns get the widths the PDF gives them.
type wordLetter struct {
	w *docx.Doc
	m *doc
}

func newWordLetter(opt Options) (*wordLetter, error) {
	page, err := opt.Page()
	if err != nil {
		return nil, err
	}
	m, err := newDoc(opt)
	if err != nil {
		return nil, err
	}
	m.pdf.AddPage()
	w, err := docx.New(page, BodyFont)
	if err != nil {
		return nil, err
	}
	w.PageNumbers()
	return &wordLetter{w: w, m: m}, nil
}

// DecreeDocx writes a Keputusan Bupati, with its lampiran when given, as .docx.
func DecreeDocx(dc Decree, opt Options) ([]byte, error) {
	l, err := newWordLetter(opt)
	if err != nil {
		return nil, err
	}
	official := strings.ToUpper(strings.TrimSpace(dc.Official))
	if official == "" {
		official = "BUPATI"
	}
	number := orBlank(dc.Number)
	if err := l.kop(dc.Letterhead); err != nil {
		return nil, err
	}
	var b []docx.Block
	b = append(b, centre("KEPUTUSAN "+official, true, 0), centre("NOMOR "+number, true, 0),
		centre("TENTANG", true, 6), &docx.Paragraph{Align: docx.Center, Before: 6, Indent: 10, Right: 10, KeepNext: true,
			Runs: []docx.Run{docx.B(strings.ToUpper(strings.TrimSpace(dc.Title)))}},
		centre(official+",", false, 12))

	labels := []string{"Menimbang", "Mengingat", "Menetapkan"}
	if len(dc.Memperhatikan) > 0 {
		labels = append(labels, "Memperhatikan")
	}
	for i := range dc.Diktum {
		labels = append(labels, DiktumLabel(i+1))
	}
	cols := hangCols{label: l.m.labelWidth(labels...), colon: 4, marker: 7}
	b = append(b, hangingList("Menimbang", letterMarkers(len(dc.Menimbang)), dc.Menimbang, cols, 7)...)
	b = append(b, hangingList("Mengingat", numberMarkers(len(dc.Mengingat)), dc.Mengingat, cols, 7)...)
	if len(dc.Memperhatikan) > 0 {
		b = append(b, hangingList("Memperhatikan", numberMarkers(len(dc.Memperhatikan)), dc.Memperhatikan, cols, 7)...)
	}
	b = append(b, centre("MEMUTUSKAN:", true, 7))
	plain := hangCols{label: cols.label, colon: cols.colon}
	b = append(b, hangingList("Menetapkan", nil, []string{dc.Menetapkan}, plain, 7)...)
	for i, text := range dc.Diktum {
		b = append(b, hangingList(DiktumLabel(i+1), nil, strings.Split(text, "\n"), plain, 4)...)
	}
	s := dc.Signatory
	if strings.TrimSpace(s.Title) == "" {
		s.Title = official
	}
	keepLast(b, 2)
	sig, err := l.signature([][2]string{{"Ditetapkan di", s.Place}, {"pada tanggal", s.Date}}, s, dc.Verification)
	if err != nil {
		return nil, err
	}
	b = append(b, sig)
	if dc.Lampiran != nil {
		b = append(b, l.lampiran(dc, official, number, s)...)
	}
	if err := l.w.Add(b...); err != nil {
		return nil, err
	}
	return l.w.Bytes()
}

// lampiran is the decree's attachment on a new page: the heading block at the upper
// right, the title and the pairing table, then the signature, which takes the last two
// rows along.
func (l *wordLetter) lampiran(dc Decree, official, number string, s Signatory) []docx.Block {
	l.m.font("", annexHeadSize)
	labelW := l.m.pdf.GetStringWidth("TANGGAL") + 2
	// The heading block: paragraphs indented to the block's left edge, the values at a
	// tab stop with a hanging indent so a long TENTANG wraps under itself.
	x := l.m.cw - annexHeadW
	b := []docx.Block{&docx.Paragraph{Indent: x, PageBreakBefore: true, KeepNext: true,
		Runs: []docx.Run{{Text: "LAMPIRAN KEPUTUSAN " + official, Size: annexHeadSize}}}}
	for _, r := range [][2]string{{"NOMOR", number}, {"TANGGAL", s.Date}, {"TENTANG", strings.ToUpper(strings.TrimSpace(dc.Title))}} {
		b = append(b, &docx.Paragraph{Indent: x + labelW + 3, Hanging: labelW + 3, KeepNext: true,
			Tabs: []docx.Tab{{Pos: x + labelW}, {Pos: x + labelW + 3}},
			Runs: []docx.Run{{Text: r[0] + "\t:\t" + r[1], Size: annexHeadSize}}})
	}
	if t := strings.TrimSpace(dc.Lampiran.Title); t != "" {
		p := centre(strings.ToUpper(t), true, 14)
		p.After = 7
		b = append(b, p)
	}
	l.m.font("", tableSize)
	noW := l.m.pdf.GetStringWidth(strconv.Itoa(len(dc.Lampiran.Rows))+".") + 2*cellPadX + 1
	cols := fitColumns(l.m.cw, []column{
		{"No", max(noW, 10), "C", true},
		{"Kecamatan", 35, "L", false},
		{"Desa/Kelurahan", 45, "L", false},
		{"Perangkat Daerah Pendamping", 75, "L", false},
	})
	rows := make([][]string, len(dc.Lampiran.Rows))
	for i, r := range dc.Lampiran.Rows {
		rows[i] = []string{strconv.Itoa(i+1) + ".", r.Kecamatan, r.Desa, r.Pendamping}
	}
	b = append(b, wordTable(cols, rows, tableSize))
	keepLast(b, 2)
	sig, _ := l.signature(nil, s, nil) // no QR, so no error
	sig.Rows[0].Cells[2].Paragraphs[0].Before = 18
	return append(b, sig)
}

// AssignmentDocx writes one Surat Tugas as .docx.
func AssignmentDocx(a Assignment, opt Options) ([]byte, error) {
	l, err := newWordLetter(opt)
	if err != nil {
		return nil, err
	}
	if err := l.kop(a.Letterhead); err != nil {
		return nil, err
	}
	b := []docx.Block{
		centreRun(docx.Run{Text: "SURAT TUGAS", Bold: true, Underline: true, Size: assignTitleSize}, 0),
		centreRun(docx.T("NOMOR : "+orBlank(a.Number)), 0),
	}
	cols := hangCols{label: l.m.labelWidth("Dasar", "Kepada", "Untuk"), colon: 4, marker: 7}
	b = append(b, hangingList("Dasar", numberMarkers(len(a.Dasar)), a.Dasar, cols, 10)...)
	b = append(b, centre("MEMBERI TUGAS", true, 7))
	b = append(b, &docx.Paragraph{Before: 7, After: 3, KeepNext: true, Tabs: []docx.Tab{{Pos: cols.label}},
		Runs: []docx.Run{docx.T("Kepada\t:")}})
	table, rows := l.m.memberTable(a.Kepada)
	b = append(b, wordTable(table, rows, memberTableSize))
	if len(a.Untuk) > 0 {
		b = append(b, hangingList("Untuk", numberMarkers(len(a.Untuk)), a.Untuk, cols, 7)...)
	}
	keepLast(b, 2)
	s := a.Signatory
	date := strings.Trim(strings.TrimSpace(s.Place)+", "+strings.TrimSpace(s.Date), ", ")
	sig, err := l.signature([][2]string{{date, ""}}, s, a.Verification)
	if err != nil {
		return nil, err
	}
	b = append(b, sig)
	if len(a.Tembusan) > 0 {
		b = append(b, &docx.Paragraph{Before: 7, KeepNext: true, Runs: []docx.Run{{Text: "Tembusan :", Size: tembusanSize}}})
		for i, t := range a.Tembusan {
			b = append(b, &docx.Paragraph{Indent: tembusanMarker, Hanging: tembusanMarker, Tabs: []docx.Tab{{Pos: tembusanMarker}},
				KeepNext: i < len(a.Tembusan)-1, Runs: []docx.Run{{Text: strconv.Itoa(i+1) + ".\t" + strings.TrimSpace(t), Size: tembusanSize}}})
		}
	}
	if err := l.w.Add(b...); err != nil {
		return nil, err
	}
	return l.w.Bytes()
}

// kop puts the letterhead in the first page's header: the regent's emblem centred above
// his title, or an office's emblem at the left of its centred lines over a double rule.
func (l *wordLetter) kop(h Letterhead) error {
	if h.Regent {
		var b []docx.Block
		if len(h.Logo) > 0 {
			b = append(b, docx.P(docx.Center, docx.Run{Image: &docx.Image{Data: h.Logo, Height: regentLogoH,
				Width: regentLogoH * docx.Ratio(h.Logo), Name: "Lambang daerah"}}))
		}
		for i, t := range h.Lines {
			size := govSize
			if i == 0 {
				size = officeSize
			}
			b = append(b, docx.P(docx.Center, docx.Run{Text: t, Bold: true, Size: l.m.fitSize(t, "B", size, l.m.cw)}))
		}
		for _, t := range h.Contact {
			b = append(b, docx.P(docx.Center, docx.Run{Text: t, Size: contactSize}))
		}
		return l.w.FirstPageHeader(b...)
	}
	lw, textW := 0.0, l.m.cw
	if len(h.Logo) > 0 {
		lw = min(logoH*docx.Ratio(h.Logo), logoMaxW) + 3
		textW -= lw
	}
	var text []*docx.Paragraph
	fitW := textW - 2*cellPadX - 2 // the cell's padding, and room for Word's own metrics
	for i, t := range h.Lines {
		size := officeSize
		if i == 0 && len(h.Lines) > 1 {
			size = govSize
		}
		text = append(text, docx.P(docx.Center, docx.Run{Text: t, Bold: true, Size: l.m.fitSize(t, "B", size, fitW)}))
	}
	for _, t := range h.Contact {
		text = append(text, docx.P(docx.Center, docx.Run{Text: t, Size: contactSize}))
	}
	row := docx.Row{}
	widths := []float64{textW}
	if lw > 0 {
		widths = []float64{lw, textW}
		row.Cells = append(row.Cells, docx.Cell{Middle: true, Paragraphs: []*docx.Paragraph{docx.P(docx.Left,
			docx.Run{Image: &docx.Image{Data: h.Logo, Height: logoH, Width: lw - 3, Name: "Lambang daerah"}})}})
	}
	row.Cells = append(row.Cells, docx.Cell{Middle: true, Paragraphs: text})
	rule := &docx.Paragraph{Rule: true, Runs: []docx.Run{{Text: "", Size: 4}}}
	return l.w.FirstPageHeader(&docx.Table{Widths: widths, Rows: []docx.Row{row}, Indent: -cellPadX}, rule)
}

// signature is the signature block in a borderless table: the QR code and its short
// code at the left margin, the block on the right half (lead lines, office title, room
// to sign, the name bold and underlined, rank and NIP, centred on the widest line). The
// row never splits over two pages.
func (l *wordLetter) signature(lead [][2]string, s Signatory, v *Verification) (*docx.Table, error) {
	sb := l.m.measureSignature(lead, s, v)
	// The right indent centres the lines on the block; Word's metrics differ a little
	// from the PDF's, so the block gets a few millimetres more.
	narrow := max(signWidth-sb.w-4, 0)
	var right []*docx.Paragraph
	for _, ld := range lead {
		if ld[1] == "" {
			right = append(right, &docx.Paragraph{Align: docx.Center, Right: narrow, KeepNext: true, Runs: []docx.Run{docx.T(ld[0])}})
			continue
		}
		right = append(right, &docx.Paragraph{Tabs: []docx.Tab{{Pos: sb.labelW}}, KeepNext: true, Runs: []docx.Run{docx.T(ld[0] + "\t" + ld[1])}})
	}
	for _, t := range lines(sb.title) {
		right = append(right, &docx.Paragraph{Align: docx.Center, Right: narrow, KeepNext: true, Runs: []docx.Run{docx.T(t)}})
	}
	right = append(right, &docx.Paragraph{Align: docx.Center, Right: narrow, Before: signGap * 72 / 25.4, KeepNext: true,
		Runs: []docx.Run{{Text: s.Name, Bold: true, Underline: true}}})
	for _, t := range sb.tail {
		right = append(right, &docx.Paragraph{Align: docx.Center, Right: narrow, Runs: []docx.Run{docx.T(t)}})
	}
	var left []*docx.Paragraph
	if v != nil {
		png, err := qrcode.Encode(v.Payload, qrcode.Medium, 512)
		if err != nil {
			return nil, err
		}
		for range lead {
			left = append(left, docx.P(docx.Left, docx.T("")))
		}
		left = append(left, docx.P(docx.Left, docx.Run{Image: &docx.Image{Data: png, Width: qrSize, Height: qrSize, Name: "Kode QR verifikasi " + v.Code}}))
		if v.Code != "" {
			left = append(left, docx.P(docx.Left, docx.Run{Text: v.Code, Size: qrCodeSize}))
		}
	}
	gap := l.m.cw - qrSize - signWidth
	return &docx.Table{Widths: []float64{qrSize + 2*cellPadX, gap - 2*cellPadX, signWidth}, Indent: -cellPadX,
		Rows: []docx.Row{{Cells: []docx.Cell{{Paragraphs: left}, {}, {Paragraphs: right}}}}}, nil
}

// hangingList is a labelled list ("Menimbang : a. ...") as hanging-indent paragraphs:
// label, colon and marker at tab stops, the text justified from the text column. The
// first item is set after a gap of before points.
func hangingList(label string, markers, items []string, c hangCols, before float64) []docx.Block {
	textX := c.label + c.colon + c.marker
	tabs := []docx.Tab{{Pos: c.label}, {Pos: c.label + c.colon}}
	if c.marker > 0 {
		tabs = append(tabs, docx.Tab{Pos: textX})
	}
	var out []docx.Block
	for i, it := range items {
		prefix := "\t"
		if i == 0 && label != "" {
			prefix = label + "\t"
		}
		if i == 0 {
			prefix += ":"
		}
		prefix += "\t"
		if c.marker > 0 {
			m := ""
			if i < len(markers) {
				m = markers[i]
			}
			prefix += m + "\t"
		}
		p := &docx.Paragraph{Align: docx.Justify, Indent: textX, Hanging: textX, Tabs: tabs, After: 1.5,
			Runs: []docx.Run{docx.T(prefix + strings.TrimSpace(it))}}
		if i == 0 {
			p.Before = before
		}
		out = append(out, p)
	}
	return out
}

// wordTable is a bordered table with a bold, shaded header row repeated on every page.
func wordTable(cols []column, rows [][]string, size float64) *docx.Table {
	t := &docx.Table{Borders: true, Size: size}
	align := map[string]docx.Align{"L": docx.Left, "C": docx.Center, "R": docx.Right}
	hdr := docx.Row{Header: true}
	for _, c := range cols {
		t.Widths = append(t.Widths, c.w)
		hdr.Cells = append(hdr.Cells, docx.Cell{Shade: "E6E6E6", Middle: true, Paragraphs: []*docx.Paragraph{
			{Align: docx.Center, KeepNext: true, Runs: []docx.Run{docx.B(c.title)}}}})
	}
	t.Rows = append(t.Rows, hdr)
	for _, r := range rows {
		row := docx.Row{}
		for i, text := range r {
			row.Cells = append(row.Cells, docx.Cell{Paragraphs: []*docx.Paragraph{docx.P(align[cols[i].align], docx.T(text))}})
		}
		t.Rows = append(t.Rows, row)
	}
	return t
}

// keepLast keeps the last n paragraphs or table rows of b with what follows (the
// signature), so the signature never stands alone on a page.
func keepLast(b []docx.Block, n int) {
	for i := len(b) - 1; i >= 0 && n > 0; i-- {
		switch v := b[i].(type) {
		case *docx.Paragraph:
			v.KeepNext, n = true, n-1
		case *docx.Table:
			for r := len(v.Rows) - 1; r >= 0 && n > 0; r-- {
				for _, c := range v.Rows[r].Cells {
					for _, p := range c.Paragraphs {
						p.KeepNext = true
					}
				}
				n--
			}
		}
	}
}

func centre(text string, bold bool, before float64) *docx.Paragraph {
	return centreRun(docx.Run{Text: text, Bold: bold}, before)
}

func centreRun(r docx.Run, before float64) *docx.Paragraph {
	return &docx.Paragraph{Align: docx.Center, Before: before, KeepNext: true, Runs: []docx.Run{r}}
}

func orBlank(number string) string {
	if n := strings.TrimSpace(number); n != "" {
		return n
	}
	return "........................"
}
