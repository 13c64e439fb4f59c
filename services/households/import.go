package households

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"sidamping/models"
	"sidamping/services/fileout"
)

// Import modes.
const (
	ModeReject = "reject" // the first invalid row fails the import
	ModeSkip   = "skip"   // invalid rows are skipped and listed in the error report
)

// ImportInput describes one import: the files of one edition and how to read them.
type ImportInput struct {
	Files    []string       `json:"files"`
	Source   string         `json:"source"` // auto (or ""), dtks, p3ke, dtsen, lainnya
	Edition  string         `json:"edition"`
	DataDate string         `json:"dataDate"` // YYYY-MM-DD, optional
	Mode     string         `json:"mode"`     // reject (default) or skip
	Mappings []SheetMapping `json:"mappings"` // confirmed in the preview; others are automatic
	// ReportPath, when set, receives the error report (.xlsx) of the skipped rows.
	ReportPath string `json:"reportPath"`
	// ExpectedRows (from the preview) makes the progress estimate exact.
	ExpectedRows int64  `json:"expectedRows"`
	Note         string `json:"note"`
}

// ImportResult tells what an import did (also returned with a rejected import's error).
type ImportResult struct {
	EditionID   uint       `json:"editionId"`
	Edition     string     `json:"edition"`
	Source      string     `json:"source"`
	RowsRead    int64      `json:"rowsRead"`
	Imported    int64      `json:"imported"`
	Families    int64      `json:"families"`
	Skipped     int64      `json:"skipped"`
	ErrorCount  int64      `json:"errorCount"`
	Errors      []RowError `json:"errors"` // the first maxResultErrors
	ErrorReport string     `json:"errorReport"`
	// Flagged lists the first maxResultErrors rows kept with a temporary NIK (not 16
	// digits), FlaggedCount counts them all; the error report lists them too.
	Flagged      []RowError `json:"flagged"`
	FlaggedCount int64      `json:"flaggedCount"`
	Notes        []string   `json:"notes"`
	Warnings     []Warning  `json:"warnings"` // mapped columns from which nothing was saved (also in Notes)
	Seconds      float64    `json:"seconds"`
}

// maxResultErrors caps the errors returned to the UI and the CLI (the report has more).
const maxResultErrors = 1000

// normalizeInput checks the edition name, source and mode.
func normalizeInput(in *ImportInput) error {
	in.Edition = models.CleanText(in.Edition)
	in.Source = strings.ToLower(strings.TrimSpace(in.Source))
	if in.Source == "" {
		in.Source = "auto"
	}
	if in.Mode == "" {
		in.Mode = ModeReject
	}
	fe := models.FieldErrors{}
	if in.Edition == "" {
		fe.Add("edition", "Nama edisi wajib diisi (mis. \"DTKS Oktober 2026\").")
	} else if len(in.Edition) > 100 {
		fe.Add("edition", "Nama edisi paling panjang 100 karakter.")
	}
	if in.Source != "auto" && !models.ValidSource(in.Source) {
		fe.Add("source", "Sumber data harus auto, dtks, p3ke, dtsen atau lainnya.")
	}
	if in.Mode != ModeReject && in.Mode != ModeSkip {
		fe.Add("mode", "Mode impor harus reject (tolak berkas) atau skip (lewati baris salah).")
	}
	if in.DataDate != "" {
		if _, err := time.Parse("2006-01-02", in.DataDate); err != nil {
			fe.Add("dataDate", "Tanggal data harus berformat TTTT-BB-HH.")
		}
	}
	return fe.Err(CodeEditionInvalid)
}

// checkPlans fails when a sheet's mapping lacks a required column.
func checkPlans(plans []*sheetPlan) error {
	for _, p := range plans {
		if miss := checkMapping(p.mapping); len(miss) > 0 {
			return models.NewError(models.ErrInvalid, CodeMappingIncomplete,
				fmt.Sprintf("Berkas %s, lembar %s (baris judul %d): %s.", p.file, p.sheet, p.headerRow, strings.Join(miss, "; ")))
		}
	}
	return nil
}

// editionSource is the source of the edition: the chosen one, else the one most sheets show.
func editionSource(in string, plans []*sheetPlan) string {
	if in != "auto" {
		return in
	}
	count := map[string]int{}
	best := models.SourceLainnya
	for _, p := range plans {
		count[p.source]++
		if count[p.source] > count[best] {
			best = p.source
		}
	}
	return best
}

// Import reads the files into a new edition. Everything (the edition, its families and
// members, their search rows, the remembered mappings) is one transaction: a rejected
// file, a failure or a cancelled ctx leaves the database as it was. Progress events
// ("progress", task ProgressTask) run on one bar through the stages (see importProgress).
func (s *Service) Import(ctx context.Context, in ImportInput) (res ImportResult, err error) {
	start := time.Now()
	defer func() { res.Seconds = time.Since(start).Seconds() }()
	if err := normalizeInput(&in); err != nil {
		return res, err
	}
	// The error report may not replace a file being imported (nor the database): refused
	// before anything is read or written.
	ctx = fileout.Protect(ctx, fileout.Input, in.Files...)
	if in.ReportPath != "" {
		if err := fileout.Check(ctx, in.ReportPath); err != nil {
			return res, err
		}
	}
	res.Edition = in.Edition
	var n int64
	if err := s.db.WithContext(ctx).Model(&models.Edisi{}).Where("lower(name) = ?", strings.ToLower(in.Edition)).Count(&n).Error; err != nil {
		return res, err
	}
	if n > 0 {
		return res, errEditionExists(in.Edition)
	}
	vil, err := loadVillages(ctx, s.db)
	if err != nil {
		return res, err
	}
	prog := newImportProgress(s.em)
	prog.check()
	plans, notes, err := s.planFiles(ctx, in.Files, in.Source, in.Mappings)
	if err != nil {
		return res, err
	}
	res.Notes = notes
	if err := checkPlans(plans); err != nil {
		return res, err
	}
	res.Source = editionSource(in.Source, plans)
	rd := &reader{plans: plans, vil: vil, reject: in.Mode == ModeReject}
	err = s.load(ctx, in, rd, prog, &res)
	fillResult(&res, rd)
	if err == nil {
		prog.finish(fmt.Sprintf("%d anggota dari %d keluarga diimpor.", res.Imported, res.Families))
	}
	if err == nil || isCodeErr(err, CodeNothingImported) {
		s.writeReport(ctx, in, &res, rd)
	}
	debugf("import done %v", time.Since(start))
	return res, err
}

// load runs the import's transaction on a connection of its own: the edition row, the
// pipelined read and insert, the edition's search rows and the commit.
func (s *Service) load(ctx context.Context, in ImportInput, rd *reader, prog *importProgress, res *ImportResult) error {
	sqlDB, err := s.db.DB()
	if err != nil {
		return err
	}
	conn, err := sqlDB.Conn(ctx)
	if err != nil {
		return fileError(err)
	}
	defer conn.Close()
	// A second thread for the sorts of the search stage, on this connection only.
	if _, err := conn.ExecContext(ctx, fmt.Sprintf("PRAGMA cache_size = -%d; PRAGMA threads = 2", importCacheKiB)); err != nil {
		return fileError(err)
	}
	// Afterwards the connection gives back the pages it cached (tens of MB after a big
	// import), so the app's memory does not keep the import's peak.
	defer conn.ExecContext(context.Background(), fmt.Sprintf("PRAGMA cache_size = -%d; PRAGMA threads = 0; PRAGMA shrink_memory", defaultCacheKiB))
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return fileError(err)
	}
	defer tx.Rollback() // a no-op after Commit

	files := make([]string, len(in.Files))
	for i, f := range in.Files {
		files[i] = filepath.Base(f)
	}
	fj, _ := json.Marshal(files)
	now := s.clock.Now()
	// Another import (another window or process) may have taken the name since the
	// check in Import: look again under the write lock.
	var taken int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM edisi WHERE lower(name) = lower(?)`, in.Edition).Scan(&taken); err != nil {
		return fileError(err)
	}
	if taken > 0 {
		return errEditionExists(in.Edition)
	}
	r, err := tx.ExecContext(ctx, `INSERT INTO edisi(name, source, data_date, files, note, created_at) VALUES (?,?,?,?,?,?)`,
		in.Edition, res.Source, nullStr(in.DataDate), string(fj), nullStr(in.Note), now)
	if err != nil {
		if strings.Contains(err.Error(), "UNIQUE constraint failed: edisi.name") {
			return errEditionExists(in.Edition)
		}
		return fileError(err)
	}
	editionID, _ := r.LastInsertId()
	ld, err := newLoader(ctx, tx, editionID)
	if err != nil {
		return fileError(err)
	}
	defer ld.close()
	if err := s.pipeline(ctx, in, rd, ld, prog); err != nil {
		return err
	}
	if ld.members == 0 {
		return models.NewError(models.ErrInvalid, CodeNothingImported,
			"Tidak ada baris yang sah untuk diimpor; tidak ada data yang disimpan.").WithDetails(firstTexts(rd.errors, 20))
	}
	prog.readDone(rd.rowsRead)
	if err := prog.search(ld.members, ld.searchSteps(), func(st searchStep) error {
		_, err := tx.ExecContext(ctx, st.query, st.args...)
		return err
	}); err != nil {
		if ctx.Err() != nil {
			return errCancelled(ctx)
		}
		return fileError(err)
	}
	if err := ld.saveTotals(); err != nil {
		return fileError(err)
	}
	if _, err := tx.ExecContext(ctx, `UPDATE edisi SET families = ?, members = ?, rows_read = ?, skipped = ? WHERE id = ?`,
		ld.families, ld.members, rd.rowsRead, rd.skipped, editionID); err != nil {
		return fileError(err)
	}
	if err := rememberMappings(ctx, tx, rd.plans, now); err != nil {
		return fileError(err)
	}
	if err := tx.Commit(); err != nil {
		return fileError(err)
	}
	res.EditionID, res.Imported, res.Families = uint(editionID), ld.members, ld.families
	return nil
}

// pipeline reads and validates in a goroutine of its own while this one inserts the
// batches, and turns what stopped it into the import's error.
func (s *Service) pipeline(ctx context.Context, in ImportInput, rd *reader, ld *loader, prog *importProgress) error {
	rctx, stopReader := context.WithCancel(ctx)
	defer stopReader()
	batches := make(chan []member, 4)
	rd.emit = func(b []member) error {
		select {
		case batches <- b:
			return nil
		case <-rctx.Done():
			return rctx.Err()
		}
	}
	rd.onRow = func(done int64, fraction float64) {
		if s.onRows != nil {
			s.onRows(done)
		}
		total := in.ExpectedRows
		if total < done && fraction > 0.005 {
			total = int64(float64(done) / fraction)
		}
		prog.read(done, max(total, done))
		holdForE2E(rctx, done, func() { prog.read(done, max(total, done)) })
	}
	readErr := make(chan error, 1)
	go func() {
		defer close(batches)
		readErr <- rd.run(rctx)
	}()
	var writeErr error
	for b := range batches {
		if writeErr != nil {
			continue // drain until the reader stops
		}
		if writeErr = ld.add(b); writeErr != nil {
			stopReader()
		}
	}
	rerr := <-readErr
	switch {
	case ctx.Err() != nil:
		return errCancelled(ctx)
	case errors.Is(rerr, errRejected):
		e := rd.errors[0]
		ae := models.NewError(models.ErrInvalid, CodeRejected,
			"Impor ditolak, tidak ada data yang disimpan. "+e.Text()).WithDetails([]string{e.Text()})
		ae.Params = map[string]any{"errors": []RowError{e}}
		return ae
	case rerr != nil:
		return rerr
	case writeErr != nil:
		return fileError(writeErr)
	}
	if err := ld.flushAll(); err != nil {
		return fileError(err)
	}
	debugf("load done: %d members", ld.members)
	return nil
}

// errCancelled is the import's answer to a cancel.
func errCancelled(ctx context.Context) error {
	return models.NewError(models.ErrCancelled, "cancelled", "Impor dibatalkan; tidak ada data yang disimpan.").Wrap(ctx.Err())
}

// errEditionExists is the refusal of an edition name already in use.
func errEditionExists(name string) error {
	return models.Conflict(CodeEditionExists, fmt.Sprintf("Edisi \"%s\" sudah ada; pilih nama lain atau hapus edisi itu dulu.", name))
}

// isCodeErr tells whether err is an AppError with code.
func isCodeErr(err error, code string) bool {
	var ae *models.AppError
	return errors.As(err, &ae) && ae.Code == code
}

// fillResult copies the reader's counts and first errors into the result.
func fillResult(res *ImportResult, rd *reader) {
	res.RowsRead, res.Skipped, res.ErrorCount = rd.rowsRead, rd.skipped, rd.errorCount
	res.Errors = rd.errors[:min(len(rd.errors), maxResultErrors)]
	if res.Errors == nil {
		res.Errors = []RowError{}
	}
	res.FlaggedCount = rd.flaggedCount
	res.Flagged = rd.flagged[:min(len(rd.flagged), maxResultErrors)]
	if res.Flagged == nil {
		res.Flagged = []RowError{}
	}
	if rd.flaggedCount > 0 {
		res.Notes = append(res.Notes, fmt.Sprintf("%d baris diimpor dengan NIK sementara (bukan 16 angka); lengkapi NIK-nya saat verifikasi.", rd.flaggedCount))
	}
	res.Warnings = rd.columnWarnings()
	for _, w := range res.Warnings {
		res.Notes = append(res.Notes, w.Text)
	}
}

// writeReport writes the error report when asked and there is something to report; a
// failure to write it becomes a note (the import itself stands).
func (s *Service) writeReport(ctx context.Context, in ImportInput, res *ImportResult, rd *reader) {
	if in.ReportPath == "" || len(rd.errors) == 0 && len(rd.flagged) == 0 {
		return
	}
	if err := WriteErrorReport(ctx, in.ReportPath, rd.errors, rd.flagged); err != nil {
		res.Notes = append(res.Notes, "Laporan galat tidak dapat ditulis: "+models.AsAppError(err).Message)
		return
	}
	res.ErrorReport = in.ReportPath
}

func firstTexts(errs []RowError, n int) []string {
	var out []string
	for i := 0; i < len(errs) && i < n; i++ {
		out = append(out, errs[i].Text())
	}
	return out
}

// rememberMappings stores each plan's mapping under its header signature.
func rememberMappings(ctx context.Context, tx execer, plans []*sheetPlan, now time.Time) error {
	for _, p := range plans {
		hj, _ := json.Marshal(p.headers)
		mj, _ := json.Marshal(p.mapping)
		_, err := tx.ExecContext(ctx, `INSERT INTO pemetaan_kolom(source, signature, headers, mapping, updated_at) VALUES (?,?,?,?,?)
			ON CONFLICT(signature) DO UPDATE SET mapping = excluded.mapping, updated_at = excluded.updated_at`,
			p.source, p.signature, string(hj), string(mj), now)
		if err != nil {
			return err
		}
	}
	return nil
}
