// Package common holds the small pieces every service shares: the clock, the event
// emitter that long work reports progress through, and a throttled progress reporter.
package common

import (
	"sync"
	"time"
)

// Clock gives the current time; tests pass a fixed one.
type Clock interface{ Now() time.Time }

// SystemClock is the real clock.
type SystemClock struct{}

func (SystemClock) Now() time.Time { return time.Now() }

// FixedClock always answers the same instant.
type FixedClock struct{ T time.Time }

func (c FixedClock) Now() time.Time { return c.T }

// Emitter sends an event to the UI. The app layer implements it with the Wails runtime;
// tests use a Recorder.
type Emitter interface {
	Emit(event string, data any)
}

// NopEmitter drops every event.
type NopEmitter struct{}

func (NopEmitter) Emit(string, any) {}

// Recorder keeps every event, for tests.
type Recorder struct {
	mu     sync.Mutex
	Events []RecordedEvent
}

// RecordedEvent is one emitted event.
type RecordedEvent struct {
	Name string
	Data any
}

func (r *Recorder) Emit(event string, data any) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.Events = append(r.Events, RecordedEvent{event, data})
}

// Named returns the events with the given name.
func (r *Recorder) Named(name string) []RecordedEvent {
	r.mu.Lock()
	defer r.mu.Unlock()
	var out []RecordedEvent
	for _, e := range r.Events {
		if e.Name == name {
			out = append(out, e)
		}
	}
	return out
}

// ProgressEvent is the payload of every progress event.
type ProgressEvent struct {
	Task    string  `json:"task"`
	Stage   string  `json:"stage"`
	Done    int64   `json:"done"`
	Total   int64   `json:"total"`
	Percent float64 `json:"percent"`
	Rate    float64 `json:"rate"`
	EtaSec  float64 `json:"etaSec"`
	Message string  `json:"message"`
	Job     string  `json:"job,omitempty"` // id of the job it belongs to (services/jobs)
	// Unit names what Done and Total count ("baris", "anggota"); empty: rows or steps.
	Unit string `json:"unit,omitempty"`
}

// ProgressEventName is the event the UI listens to for every long task.
const ProgressEventName = "progress"

// Progress reports the advance of one long task at most every interval.
type Progress struct {
	em       Emitter
	task     string
	interval time.Duration
	start    time.Time
	last     time.Time
	mu       sync.Mutex
}

// NewProgress starts a reporter for task (e.g. "backup", "import-desa").
func NewProgress(em Emitter, task string) *Progress {
	if em == nil {
		em = NopEmitter{}
	}
	now := time.Now()
	return &Progress{em: em, task: task, interval: 100 * time.Millisecond, start: now}
}

// Report emits done/total for stage unless the last event was less than the interval ago.
func (p *Progress) Report(stage string, done, total int64) {
	p.mu.Lock()
	now := time.Now()
	if now.Sub(p.last) < p.interval && done != total {
		p.mu.Unlock()
		return
	}
	p.last = now
	p.mu.Unlock()
	p.emit(stage, done, total, "")
}

// Finish emits the final event of a stage.
func (p *Progress) Finish(stage, message string) { p.emit(stage, 1, 1, message) }

func (p *Progress) emit(stage string, done, total int64, msg string) {
	ev := ProgressEvent{Task: p.task, Stage: stage, Done: done, Total: total, Message: msg}
	if total > 0 {
		ev.Percent = float64(done) * 100 / float64(total)
	}
	if el := time.Since(p.start).Seconds(); el > 0 {
		ev.Rate = float64(done) / el
		if ev.Rate > 0 && total > done {
			ev.EtaSec = float64(total-done) / ev.Rate
		}
	}
	p.em.Emit(ProgressEventName, ev)
}
