package households

import (
	"context"
	"sort"
	"strings"

	"sidamping/services/common"
)

// PreviewInput asks for a preview of the files (and optionally a corrected mapping).
type PreviewInput struct {
	Files    []string       `json:"files"`
	Source   string         `json:"source"`
	Mappings []SheetMapping `json:"mappings"`
}

// SheetPreview is one sheet's header, proposed mapping and first rows.
type SheetPreview struct {
	File       string     `json:"file"`
	Sheet      string     `json:"sheet"`
	Source     string     `json:"source"`
	HeaderRow  int        `json:"headerRow"`
	Headers    []string   `json:"headers"`
	Columns    []string   `json:"columns"` // field key per header (see Fields)
	Remembered bool       `json:"remembered"`
	Missing    []string   `json:"missing"` // what the mapping lacks; the import refuses until fixed
	Samples    [][]string `json:"samples"`
}

// Preview is what the import would do, checked over every row without saving.
type Preview struct {
	Source            string           `json:"source"`
	Sheets            []SheetPreview   `json:"sheets"`
	Fields            []FieldInfo      `json:"fields"`
	Notes             []string         `json:"notes"`
	Warnings          []Warning        `json:"warnings"` // mapped columns from which nothing would be saved
	RowsRead          int64            `json:"rowsRead"`
	ValidRows         int64            `json:"validRows"`
	ErrorCount        int64            `json:"errorCount"`
	ErrorsByCode      map[string]int64 `json:"errorsByCode"`
	Errors            []RowError       `json:"errors"`       // the first 200
	FlaggedCount      int64            `json:"flaggedCount"` // rows kept with a temporary NIK
	Flagged           []RowError       `json:"flagged"`      // the first 200 of them
	UnmatchedVillages []VillageMiss    `json:"unmatchedVillages"`
}

// Preview finds each sheet's header, proposes (or recalls) the mapping, detects the
// source and, when the mapping is complete, validates every row without saving: the
// user sees the invalid rows and the villages missing from the master list before
// importing. Progress events use task ProgressTask.
func (s *Service) Preview(ctx context.Context, in PreviewInput) (Preview, error) {
	src := strings.ToLower(strings.TrimSpace(in.Source))
	if src == "" {
		src = "auto"
	}
	pv := Preview{Fields: Fields(), ErrorsByCode: map[string]int64{}, Errors: []RowError{}, Flagged: []RowError{}, Warnings: []Warning{}, UnmatchedVillages: []VillageMiss{}}
	vil, err := loadVillages(ctx, s.db)
	if err != nil {
		return pv, err
	}
	plans, notes, err := s.planFiles(ctx, in.Files, src, in.Mappings)
	if err != nil {
		return pv, err
	}
	pv.Notes, pv.Source = notes, editionSource(src, plans)
	complete := true
	for _, p := range plans {
		sp := SheetPreview{File: p.file, Sheet: p.sheet, Source: p.source, HeaderRow: p.headerRow, Headers: p.headers,
			Columns: p.mapping, Remembered: p.remembered, Missing: checkMapping(p.mapping), Samples: p.samples}
		complete = complete && len(sp.Missing) == 0
		pv.Sheets = append(pv.Sheets, sp)
	}
	if !complete {
		return pv, nil
	}
	prog := common.NewProgress(s.em, ProgressTask)
	rd := &reader{plans: plans, vil: vil, emit: func([]member) error { return nil }}
	rd.onRow = func(done int64, fraction float64) {
		total := done
		if fraction > 0.005 {
			total = max(done, int64(float64(done)/fraction))
		}
		prog.Report("periksa", done, total)
	}
	if err := rd.run(ctx); err != nil {
		return pv, err
	}
	prog.Finish("periksa", "")
	pv.RowsRead, pv.ValidRows, pv.ErrorCount = rd.rowsRead, rd.valid, rd.errorCount
	pv.Warnings = rd.columnWarnings()
	for _, w := range pv.Warnings {
		pv.Notes = append(pv.Notes, w.Text)
	}
	for i, e := range rd.errors {
		pv.ErrorsByCode[e.Code]++
		if i < 200 {
			pv.Errors = append(pv.Errors, e)
		}
	}
	pv.FlaggedCount, pv.Flagged = rd.flaggedCount, append(pv.Flagged, rd.flagged[:min(len(rd.flagged), 200)]...)
	for _, m := range rd.misses {
		pv.UnmatchedVillages = append(pv.UnmatchedVillages, *m)
	}
	sort.Slice(pv.UnmatchedVillages, func(i, j int) bool { return pv.UnmatchedVillages[i].Rows > pv.UnmatchedVillages[j].Rows })
	return pv, nil
}
