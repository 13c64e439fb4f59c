// Package jobs runs SiDamping's long jobs (imports, exports, backups, comparisons) one at
// a time. A second job asked for while one runs is refused at once with the coded error
// "jobs.busy" naming the running job, instead of starting and failing later on a locked
// database. Each job has an id, a kind, a label, its last progress event, its own cancel
// and, once finished, its result or error, so a screen opened again can show the job it
// started (Current) and stop it (Cancel by id).
package jobs

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"sync"
	"time"

	"sidamping/models"
	"sidamping/services/common"
)

// EventName is the event sent (with an Info) when a job starts and when it ends.
const EventName = "job"

// CodeBusy is the error code of a job refused because another one runs.
const CodeBusy = "jobs.busy"

// States of a job.
const (
	StateRunning   = "running"
	StateDone      = "done"
	StateFailed    = "failed"
	StateCancelled = "cancelled"
)

// Error is how a failed job's error is kept (the same fields the UI gets from a call).
type Error struct {
	Code    string         `json:"code"`
	Message string         `json:"message"`
	Details []string       `json:"details,omitempty"`
	Params  map[string]any `json:"params,omitempty"`
}

// Info describes a running or finished job.
type Info struct {
	ID        string                `json:"id"`
	Kind      string                `json:"kind"`  // e.g. "households-import"
	Task      string                `json:"task"`  // the task of its progress events
	Label     string                `json:"label"` // e.g. "Impor data keluarga 'DTKS Oktober 2026'"
	State     string                `json:"state"`
	StartedAt time.Time             `json:"startedAt"`
	EndedAt   *time.Time            `json:"endedAt,omitempty"`
	Progress  *common.ProgressEvent `json:"progress,omitempty"`
	Result    any                   `json:"result,omitempty"`
	Error     *Error                `json:"error,omitempty"`
}

// Spec names a job to start.
type Spec struct {
	Kind  string
	Task  string // progress task the job's service reports under
	Label string
}

type job struct {
	info   Info
	cancel context.CancelFunc
}

// Registry holds the running job and the last finished one.
type Registry struct {
	mu      sync.Mutex
	em      common.Emitter
	clock   common.Clock
	seq     int
	running *job
	last    *job
}

// New builds a registry that sends its events to em.
func New(em common.Emitter, clock common.Clock) *Registry {
	if em == nil {
		em = common.NopEmitter{}
	}
	if clock == nil {
		clock = common.SystemClock{}
	}
	return &Registry{em: em, clock: clock}
}

// Handle is a started job; Finish ends it.
type Handle struct {
	r *Registry
	j *job
}

// ID is the job's id.
func (h *Handle) ID() string { return h.j.info.ID }

// Start registers a job and derives its cancellable context from parent. While another
// job runs it returns the error CodeBusy (kind ErrConflict) naming that job.
func (r *Registry) Start(parent context.Context, s Spec) (context.Context, *Handle, error) {
	r.mu.Lock()
	if cur := r.running; cur != nil {
		info := cur.info
		r.mu.Unlock()
		e := models.Conflict(CodeBusy, fmt.Sprintf("%s sedang berjalan; tunggu sampai selesai atau batalkan.", info.Label))
		e.Params = map[string]any{"job": info.ID, "kind": info.Kind, "label": info.Label}
		return nil, nil, e
	}
	ctx, cancel := context.WithCancel(parent)
	r.seq++
	j := &job{cancel: cancel, info: Info{ID: "job-" + strconv.Itoa(r.seq), Kind: s.Kind, Task: s.Task, Label: s.Label,
		State: StateRunning, StartedAt: r.clock.Now()}}
	r.running = j
	info := j.info
	r.mu.Unlock()
	r.em.Emit(EventName, info)
	return ctx, &Handle{r: r, j: j}, nil
}

// Finish ends the job with its result or error; it becomes the last job.
func (h *Handle) Finish(result any, err error) {
	r := h.r
	r.mu.Lock()
	j := h.j
	now := r.clock.Now()
	j.info.EndedAt = &now
	switch {
	case err == nil:
		j.info.State, j.info.Result = StateDone, result
	case errors.Is(err, models.ErrCancelled) || errors.Is(err, context.Canceled):
		j.info.State = StateCancelled
		j.info.Error = toError(err)
	default:
		j.info.State = StateFailed
		j.info.Error = toError(err)
		j.info.Result = result // a partial result (rows refused, a report written) may help
	}
	if r.running == j {
		r.running = nil
	}
	r.last = j
	info := j.info
	r.mu.Unlock()
	j.cancel()
	r.em.Emit(EventName, info)
}

func toError(err error) *Error {
	ae := models.AsAppError(err)
	return &Error{Code: ae.Code, Message: ae.Message, Details: ae.Details, Params: ae.Params}
}

// Run runs fn as a job: refused at once while another job runs, finished with fn's result.
func Run[T any](r *Registry, parent context.Context, s Spec, fn func(ctx context.Context) (T, error)) (T, error) {
	ctx, h, err := r.Start(parent, s)
	if err != nil {
		var zero T
		return zero, err
	}
	res, err := fn(ctx)
	h.Finish(res, err)
	return res, err
}

// Current returns the running job, else the last finished one; nil when there was none.
func (r *Registry) Current() *Info {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, j := range []*job{r.running, r.last} {
		if j != nil {
			info := j.info
			return &info
		}
	}
	return nil
}

// Cancel stops the running job with this id; it tells whether there was one.
func (r *Registry) Cancel(id string) bool {
	return r.cancelIf(func(i Info) bool { return i.ID == id })
}

// CancelTask stops the running job whose progress task is task (the older way to ask).
func (r *Registry) CancelTask(task string) bool {
	return r.cancelIf(func(i Info) bool { return i.Task == task })
}

func (r *Registry) cancelIf(match func(Info) bool) bool {
	r.mu.Lock()
	j := r.running
	ok := j != nil && match(j.info)
	r.mu.Unlock()
	if ok {
		j.cancel()
	}
	return ok
}

// Emitter wraps em for the services: a progress event of the running job's task is
// stamped with the job's id and kept as the job's progress, then passed on.
func (r *Registry) Emitter() common.Emitter { return emitter{r} }

type emitter struct{ r *Registry }

func (e emitter) Emit(name string, data any) {
	if ev, ok := data.(common.ProgressEvent); ok && name == common.ProgressEventName {
		e.r.mu.Lock()
		if j := e.r.running; j != nil && j.info.Task == ev.Task {
			ev.Job = j.info.ID
			j.info.Progress = &ev
		}
		e.r.mu.Unlock()
		data = ev
	}
	e.r.em.Emit(name, data)
}
