package households

import (
	"fmt"
	"strings"

	"sidamping/services/sheetreader"
	"sidamping/services/xlsxutil"
)

// Warning is a mapped column from which nothing would be saved: all its cells are empty,
// or every filled one was rejected. The import goes on; the preview and the result say so.
type Warning struct {
	File    string `json:"file"`
	Sheet   string `json:"sheet"`
	Row     int    `json:"row"` // the header row
	Column  string `json:"column"`
	Header  string `json:"header"`
	Code    string `json:"code"` // xlsx.column_empty or xlsx.column_unreadable
	Message string `json:"message"`
	Text    string `json:"text"` // the message with its place
}

// coverage tracks, for one sheet, which mapped columns have held a readable value. Only
// the columns still without one are looked at, so after the first rows it costs nothing.
type coverage struct {
	rows     int64
	pending  []int // mapped columns without a readable value yet
	letters  []string
	filled   map[int]bool
	readable map[int]bool
}

func newCoverage(p *sheetPlan) *coverage {
	cv := &coverage{filled: map[int]bool{}, readable: map[int]bool{}, letters: make([]string, len(p.mapping))}
	for i, k := range p.mapping {
		cv.letters[i] = sheetreader.ColumnName(i)
		if k == FExtra || k == FIgnore || k == FFamilyExtra || strings.HasPrefix(k, "ignore_") || p.headers[i] == "" {
			continue
		}
		cv.pending = append(cv.pending, i)
	}
	return cv
}

// see records a non-blank row; rerr is its error, if any (it names the rejected column).
func (cv *coverage) see(r *sheetreader.Row, rerr *RowError) {
	cv.rows++
	if len(cv.pending) == 0 {
		return
	}
	keep := cv.pending[:0]
	for _, i := range cv.pending {
		if r.Value(i) == "" {
			keep = append(keep, i)
			continue
		}
		cv.filled[i] = true
		if rerr != nil && rerr.Column == cv.letters[i] {
			keep = append(keep, i)
			continue
		}
		cv.readable[i] = true
	}
	cv.pending = keep
}

// warnings lists the columns that never held a readable value.
func (cv *coverage) warnings(p *sheetPlan) []Warning {
	if cv.rows == 0 {
		return nil
	}
	var out []Warning
	for _, i := range cv.pending {
		label := p.mapping[i]
		if f, ok := fieldByKey[label]; ok {
			label = f.Label
		}
		w := Warning{File: p.file, Sheet: p.sheet, Row: p.headerRow, Column: cv.letters[i], Header: p.headers[i], Code: xlsxutil.WarnColumnEmpty}
		if cv.filled[i] {
			w.Code = xlsxutil.WarnColumnUnreadable
			w.Message = fmt.Sprintf("Kolom ini dibaca sebagai %s, tetapi tidak satu pun isinya dapat dibaca, jadi tidak ada nilai %s yang tersimpan.", label, label)
		} else {
			w.Message = fmt.Sprintf("Kolom ini dibaca sebagai %s, tetapi kosong di semua %d baris data, jadi tidak ada nilai %s yang tersimpan; periksa pemetaan kolom atau isi berkasnya.", label, cv.rows, label)
		}
		w.Text = fmt.Sprintf("%s, lembar %s, kolom %s (%s): %s", w.File, w.Sheet, w.Column, w.Header, w.Message)
		out = append(out, w)
	}
	return out
}

// columnWarnings lists the warnings of every sheet read.
func (rd *reader) columnWarnings() []Warning {
	out := []Warning{}
	for i, cv := range rd.cover {
		if cv != nil {
			out = append(out, cv.warnings(rd.plans[i])...)
		}
	}
	return out
}
