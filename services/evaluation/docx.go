package evaluation

import (
	"context"
	"fmt"
	"strings"

	"sidamping/models"
	"sidamping/services/docx"
	"sidamping/services/fileout"
	"sidamping/services/letters/render"
)

// Docx writes the evaluation summary of a pairing and semester as a Word document to
// path, with the PDF's content, paper and margins (temporary file and rename).
func (s *Service) Docx(ctx context.Context, pid uint, semester int, path string) error {
	if err := fileout.Check(ctx, path); err != nil {
		return err
	}
	sum, err := s.Get(ctx, pid, semester)
	if err != nil {
		return err
	}
	h, err := s.head(ctx)
	if err != nil {
		return err
	}
	data, err := summaryDocx(sum, h, s.clock.Now().Format("2006-01-02"))
	if err != nil {
		return models.Internal(err)
	}
	return fileout.WriteFile(ctx, path, data)
}

const docxText = 10.5 // the PDF's body size

// summaryDocx sets the summary as the PDF does: the letterhead in the first page's
// header, the title, the particulars, six numbered sections (a heading stays with its
// table or text), the two-column signature block, page numbers from page two.
func summaryDocx(s Summary, h head, today string) ([]byte, error) {
	cw := pageW - marginL - marginR
	w, err := docx.New(docx.Page{Width: pageW, Height: pageH, Left: marginL, Right: marginR, Top: marginT, Bottom: marginB, Header: 10},
		docx.Font{Name: render.BodyFont.Name, Size: docxText})
	if err != nil {
		return nil, err
	}
	w.PageNumbers()
	if err := w.FirstPageHeader(kopDocx(h, cw)...); err != nil {
		return nil, err
	}
	var b []docx.Block
	for i, l := range title(s, h) {
		b = append(b, &docx.Paragraph{Align: docx.Center, KeepNext: true, Runs: []docx.Run{{Text: l, Bold: true, Size: []float64{13, 11}[min(i, 1)]}}})
	}
	for i, kv := range infoRows(s) {
		p := &docx.Paragraph{Indent: 65, Hanging: 65, Tabs: []docx.Tab{{Pos: 60}, {Pos: 65}}, Runs: []docx.Run{docx.T(kv[0] + "\t:\t" + kv[1])}}
		if i == 0 {
			p.Before = 12
		}
		b = append(b, p)
	}
	sec := sections(s)
	heading := func(n int) *docx.Paragraph {
		return &docx.Paragraph{Before: 10, After: 3, KeepNext: true, KeepLines: true, Indent: 7, Hanging: 7, Tabs: []docx.Tab{{Pos: 7}},
			Runs: []docx.Run{{Text: fmt.Sprintf("%d.\t%s", n, sec[n-1]), Bold: true, Size: 11}}}
	}
	table := func(fr []float64, head []string, rows [][]string, right map[int]bool) *docx.Table {
		t := &docx.Table{Borders: true, Size: 9.5}
		hr := docx.Row{Header: true}
		for i, c := range head {
			t.Widths = append(t.Widths, fr[i]*cw)
			hr.Cells = append(hr.Cells, docx.Cell{Shade: "DDEBF7", Paragraphs: []*docx.Paragraph{{Align: docx.Center, KeepNext: true, Runs: []docx.Run{docx.B(c)}}}})
		}
		t.Rows = append(t.Rows, hr)
		for _, r := range rows {
			row := docx.Row{}
			for i, c := range r {
				a := docx.Left
				if right[i] {
					a = docx.Right
				}
				row.Cells = append(row.Cells, docx.C(a, c))
			}
			t.Rows = append(t.Rows, row)
		}
		return t
	}
	b = append(b, heading(1), table([]float64{0.6, 0.4}, []string{"Uraian", "Nilai"}, progressRows(s.Progress), map[int]bool{1: true}))
	if len(s.Behind) > 0 {
		b = append(b, &docx.Paragraph{Before: 6, After: 2, KeepNext: true, Runs: []docx.Run{{Text: "Kegiatan terlambat:", Bold: true, Size: 10}}},
			table([]float64{0.08, 0.62, 0.15, 0.15}, []string{"No", "Kegiatan", "Progres", "Seharusnya"}, behindRows(s), map[int]bool{2: true, 3: true}))
	}
	b = append(b, heading(2), table([]float64{0.6, 0.4}, []string{"Aspek", "Nilai (1-5)"}, scoreRows(s), nil))
	k := s.Ketepatan
	b = append(b, heading(3), table([]float64{0.6, 0.2, 0.2}, []string{"Uraian", "Jumlah", "%"}, ketepatanRows(s), map[int]bool{1: true, 2: true}))
	b = append(b, &docx.Paragraph{Before: 6, After: 2, KeepNext: true, Runs: []docx.Run{{Text: "Tepat lokasi:", Bold: true, Size: 10}}})
	b = append(b, paragraphs(orDash(k.Lokasi), false)...)
	b = append(b, &docx.Paragraph{Before: 4, After: 2, KeepNext: true, Runs: []docx.Run{{Text: "Tepat sasaran:", Bold: true, Size: 10}}})
	b = append(b, paragraphs(orDash(k.Sasaran), false)...)
	b = append(b, heading(4), table([]float64{0.44, 0.14, 0.14, 0.14, 0.14}, []string{"Karakteristik", "Form 2", "Form 4", "Perubahan", "%"},
		changeRows(s), map[int]bool{1: true, 2: true, 3: true, 4: true}))
	e := s.Evaluation
	b = append(b, heading(5))
	b = append(b, paragraphs(orDash(e.Findings), false)...)
	// The last section goes with the signature, so the signature never stands alone.
	b = append(b, heading(6))
	b = append(b, paragraphs(orDash(e.Recommendations), true)...)
	b = append(b, signatureDocx(h, today, cw), &docx.Paragraph{Align: docx.Right, Before: 12, Runs: []docx.Run{{Text: printedOn(today), Size: 8.5}}})
	if err := w.Add(b...); err != nil {
		return nil, err
	}
	return w.Bytes()
}

// paragraphs sets free text justified, a paragraph a line; keep holds them with what
// follows.
func paragraphs(text string, keep bool) []docx.Block {
	var out []docx.Block
	for _, l := range strings.Split(strings.ReplaceAll(text, "\r", ""), "\n") {
		out = append(out, &docx.Paragraph{Align: docx.Justify, KeepNext: keep, Runs: []docx.Run{docx.T(l)}})
	}
	return out
}

// kopDocx is the secretariat's letterhead: the emblem at the left of the centred bold
// and contact lines, over a double rule.
func kopDocx(h head, cw float64) []docx.Block {
	bold, contact := kopLines(h)
	if len(bold) == 0 && len(contact) == 0 {
		return nil
	}
	var text []*docx.Paragraph
	for i, l := range bold {
		size := 15.0
		if i == 0 && len(bold) > 1 {
			size = 13
		}
		text = append(text, docx.P(docx.Center, docx.Run{Text: l, Bold: true, Size: size}))
	}
	for _, l := range contact {
		text = append(text, docx.P(docx.Center, docx.Run{Text: l, Size: 9.5}))
	}
	row := docx.Row{}
	widths := []float64{cw}
	if logo := h.profile.Logo; docx.IsImage(logo) {
		const logoH = 24.0
		lw := min(logoH*docx.Ratio(logo), 28)
		widths = []float64{lw + 3, cw - lw - 3}
		row.Cells = append(row.Cells, docx.Cell{Middle: true, Paragraphs: []*docx.Paragraph{docx.P(docx.Left,
			docx.Run{Image: &docx.Image{Data: logo, Width: lw, Height: logoH, Name: "Lambang daerah"}})}})
	}
	row.Cells = append(row.Cells, docx.Cell{Middle: true, Paragraphs: text})
	return []docx.Block{&docx.Table{Widths: widths, Rows: []docx.Row{row}, Indent: -1.5},
		&docx.Paragraph{Rule: true, Runs: []docx.Run{{Size: 4}}}}
}

// signatureDocx is the two-column signature block in a borderless table whose row never
// splits: office lines, room to sign, the name bold and underlined, rank and NIP.
func signatureDocx(h head, today string, cw float64) *docx.Table {
	left, right, chair, sec := signatories(h, today)
	col := func(office []string, sg models.Penandatangan) docx.Cell {
		var ps []*docx.Paragraph
		for i, l := range office {
			p := &docx.Paragraph{Align: docx.Center, KeepNext: true, Runs: []docx.Run{docx.T(l)}}
			if i == 0 {
				p.Before = 22
			}
			ps = append(ps, p)
		}
		name := strings.TrimSpace(sg.Name)
		if name == "" {
			name = "(.................................)"
		}
		ps = append(ps, &docx.Paragraph{Align: docx.Center, Before: 57, KeepNext: true, Runs: []docx.Run{{Text: name, Bold: true, Underline: true}}})
		for _, l := range []string{sg.Rank, nipLine(sg.NIP)} {
			if l != "" {
				ps = append(ps, docx.P(docx.Center, docx.T(l)))
			}
		}
		return docx.Cell{Paragraphs: ps}
	}
	return &docx.Table{Widths: []float64{cw / 2, cw / 2}, Indent: -1.5, Rows: []docx.Row{{Cells: []docx.Cell{col(left, chair), col(right, sec)}}}}
}
