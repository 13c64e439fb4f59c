package xlsxutil

import (
	"fmt"

	"github.com/xuri/excelize/v2"
)

// Codes of the warnings about a mapped column.
const (
	WarnColumnEmpty      = "xlsx.column_empty"
	WarnColumnUnreadable = "xlsx.column_unreadable"
)

// mergeRowsLimit is the size above which merged ranges are not looked up (excelize parses
// the whole sheet for them); headers are then read as if no cell were merged.
const mergeRowsLimit = 20000

// merge is a merged range of cells (0-based, inclusive).
type merge struct{ top, left, bottom, right int }

// readMerges lists the merged ranges that start in the rows a header may occupy.
func readMerges(f *excelize.File, sheet string) []merge {
	mcs, err := f.GetMergeCells(sheet)
	if err != nil {
		return nil
	}
	var out []merge
	for _, mc := range mcs {
		c1, r1, err1 := excelize.CellNameToCoordinates(mc.GetStartAxis())
		c2, r2, err2 := excelize.CellNameToCoordinates(mc.GetEndAxis())
		if err1 != nil || err2 != nil || r1 > HeaderScanRows+MaxHeaderDepth {
			continue
		}
		out = append(out, merge{top: r1 - 1, left: c1 - 1, bottom: r2 - 1, right: c2 - 1})
	}
	return out
}

// spanMark starts a header cell filled from a merged cell to its left: it qualifies the
// cells below it (a group title) but names no column itself, so a title merged over two
// columns does not read as two columns of the same name.
const spanMark = "\x00"

// headerRows returns the rows a header is looked for in, every merged range filled with
// the value of its top-left cell (Excel keeps the value only there): as is down its
// first column, marked with spanMark in the columns to the right.
func (s *Sheet) headerRows() [][]string {
	n := min(len(s.Rows), HeaderScanRows+MaxHeaderDepth)
	rows := make([][]string, n)
	for i := range rows {
		rows[i] = append([]string(nil), s.Rows[i]...)
	}
	for _, m := range s.merges {
		if m.top >= n {
			continue
		}
		v := cellText(rows[m.top], m.left)
		if v == "" {
			continue
		}
		for r := m.top; r <= m.bottom && r < n; r++ {
			for len(rows[r]) <= m.right {
				rows[r] = append(rows[r], "")
			}
			rows[r][m.left] = v
			for c := m.left + 1; c <= m.right; c++ {
				rows[r][c] = spanMark + v
			}
		}
	}
	return rows
}

// columnWarnings lists the mapped columns whose cells are all empty, or all unreadable
// (rejected, or not a number where a number is expected): the import would save nothing
// from them, so the preview must say so.
func (t *Table) columnWarnings() []Problem {
	if len(t.Records) == 0 {
		return nil
	}
	var out []Problem
	for _, f := range t.Fields {
		hc, ok := t.Header.Cell(f.Key)
		if !ok {
			continue
		}
		filled, readable, sample := 0, 0, ""
		for _, rec := range t.Records {
			v := rec.Values[f.Key]
			if v == "" {
				continue
			}
			filled++
			if sample == "" {
				sample = v
			}
			if !rec.Bad[f.Key] && parses(f, v) {
				readable++
			}
		}
		p := Problem{File: t.File, Sheet: t.Sheet, Row: t.Header.Row, Column: hc.Letter, Header: hc.Text}
		switch {
		case filled == 0:
			p.Code = WarnColumnEmpty
			p.Message = fmt.Sprintf("Kolom ini dibaca sebagai %s, tetapi kosong di semua %d baris data, jadi tidak ada nilai %s yang tersimpan; periksa apakah isinya ada di kolom lain (misalnya di bawah judul yang digabung).",
				f.Label, len(t.Records), f.Label)
		case readable == 0:
			p.Code, p.Value = WarnColumnUnreadable, sample
			p.Message = fmt.Sprintf("Kolom ini dibaca sebagai %s, tetapi tidak satu pun dari %d isinya dapat dibaca (contoh %q), jadi tidak ada nilai %s yang tersimpan.",
				f.Label, filled, sample, f.Label)
		default:
			continue
		}
		out = append(out, p)
	}
	return out
}

// parses tells whether v can be read as the field's type.
func parses(f Field, v string) bool {
	switch f.Type {
	case TypeInt:
		_, err := ParseInt(f.Label, v)
		return err == nil
	case TypeDecimal:
		_, err := ParseDecimal(f.Label, v)
		return err == nil
	}
	return true
}
