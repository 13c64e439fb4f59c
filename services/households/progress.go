package households

import (
	"sync"
	"time"

	"sidamping/services/common"
)

// Stages of an import, as the progress events name them (the window translates them).
const (
	StageCheck  = "periksa" // memeriksa berkas (headers, mapping)
	StageRead   = "baca"    // membaca berkas dan menyimpan (pipelined)
	StageSearch = "cari"    // menyiapkan pencarian (names and words of the new edition)
	StageDone   = "selesai"
)

var stageText = map[string]string{
	StageCheck: "Memeriksa berkas", StageRead: "Membaca berkas dan menyimpan",
	StageSearch: "Menyiapkan pencarian", StageDone: "Selesai",
}

// searchShare is the expected time of the search stage per member relative to the time
// per row of reading and saving (measured in BenchmarkImport1M: 0.10-0.16 for .xlsx,
// ~0.2 for .csv whose reading is cheaper); the estimate adapts once the names are done.
const searchShare = 0.15

// importProgress reports a whole import on one bar from 0 to 100 %: reading and saving
// take the first part, preparing the search the rest, so the last stage continues the
// bar instead of restarting it. Each event says what its stage counts (Unit: "baris"
// while reading, "anggota" while preparing the search) with that stage's own rate, and
// EtaSec is the time left for the whole import: the rows left at the measured rate plus
// the search stage's expected time.
type importProgress struct {
	em    common.Emitter
	mu    sync.Mutex
	last  time.Time
	start time.Time // of the current stage
	share float64   // expected search time / reading time
	// set when reading ends
	readDur time.Duration
	base    float64 // percent reached by reading
}

func newImportProgress(em common.Emitter) *importProgress {
	return &importProgress{em: em, start: time.Now(), share: searchShare}
}

func (p *importProgress) emit(ev common.ProgressEvent, force bool) {
	p.mu.Lock()
	now := time.Now()
	if !force && now.Sub(p.last) < 100*time.Millisecond {
		p.mu.Unlock()
		return
	}
	p.last = now
	p.mu.Unlock()
	ev.Task = ProgressTask
	if ev.Message == "" {
		ev.Message = stageText[ev.Stage]
	}
	p.em.Emit(common.ProgressEventName, ev)
}

// check reports the first stage (no count).
func (p *importProgress) check() {
	p.emit(common.ProgressEvent{Stage: StageCheck}, true)
	p.start = time.Now()
}

// read reports done of about total rows read and saved.
func (p *importProgress) read(done, total int64) {
	if total <= 0 {
		return
	}
	el := time.Since(p.start).Seconds()
	ev := common.ProgressEvent{Stage: StageRead, Done: done, Total: total, Unit: "baris"}
	frac := float64(done) / float64(total)
	ev.Percent = 100 * frac / (1 + p.share)
	if el > 0 && done > 0 {
		ev.Rate = float64(done) / el
		readTotal := float64(total) / ev.Rate
		ev.EtaSec = float64(total-done)/ev.Rate + p.share*readTotal
	}
	p.emit(ev, done == total)
}

// readDone ends reading: the search stage starts where the bar is.
func (p *importProgress) readDone(rows int64) {
	p.readDur = time.Since(p.start)
	p.base = 100 / (1 + p.share)
	p.start = time.Now()
}

// search runs the search stage's steps, reporting members made findable: each step's
// expected time is its share of the stage (by rows written), and a step that ran
// longer or shorter than expected corrects the estimate of the ones after it. The bar
// never passes a step's end before the step has ended.
func (p *importProgress) search(members int64, steps []searchStep, run func(searchStep) error) error {
	var rows int64
	for _, st := range steps {
		rows += st.rows
	}
	expected := time.Duration(p.share * float64(p.readDur)) // the whole stage
	if rows == 0 || members == 0 {
		for _, st := range steps {
			if err := run(st); err != nil {
				return err
			}
		}
		return nil
	}
	perRow := float64(expected) / float64(rows) // ns per search row, corrected as steps end
	var doneRows int64
	stageStart := time.Now()
	report := func(stepRows int64, stepStart time.Time, force bool) {
		part := float64(doneRows)
		if stepRows > 0 {
			want := perRow * float64(stepRows)
			f := float64(time.Since(stepStart)) / max(want, 1)
			part += float64(stepRows) * min(f, 0.97)
		}
		frac := part / float64(rows)
		left := perRow * (float64(rows) - part)
		ev := common.ProgressEvent{Stage: StageSearch, Done: int64(frac * float64(members)), Total: members, Unit: "anggota",
			Percent: p.base + (100-p.base)*frac, EtaSec: left / 1e9}
		if el := time.Since(stageStart).Seconds(); el > 0 {
			ev.Rate = float64(ev.Done) / el
		}
		p.emit(ev, force)
	}
	report(0, time.Now(), true)
	for _, st := range steps {
		stepStart := time.Now()
		stop := make(chan struct{})
		var wg sync.WaitGroup
		if st.rows > 0 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				t := time.NewTicker(200 * time.Millisecond)
				defer t.Stop()
				for {
					select {
					case <-stop:
						return
					case <-t.C:
						report(st.rows, stepStart, false)
					}
				}
			}()
		}
		err := run(st)
		close(stop)
		wg.Wait()
		if err != nil {
			return err
		}
		if st.rows > 0 {
			// What this step took per row predicts the next ones.
			perRow = float64(time.Since(stepStart)) / float64(st.rows)
			doneRows += st.rows
			report(0, time.Now(), true)
		}
	}
	return nil
}

// finish reports the end of the import.
func (p *importProgress) finish(message string) {
	p.emit(common.ProgressEvent{Stage: StageDone, Done: 1, Total: 1, Percent: 100, Message: message}, true)
}
