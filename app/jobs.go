package app

import (
	"context"

	"sidamping/services/jobs"
)

// Kinds of long job, as Info.Kind tells the window.
const (
	JobHouseholdsPreview = "households-preview"
	JobHouseholdsImport  = "households-import"
	JobHouseholdsExport  = "households-export"
	JobHouseholdsCompare = "households-compare"
	JobHouseholdsMove    = "households-movement"
	JobMasterPreview     = "master-preview"
	JobMasterImport      = "master-import"
	JobMasterExport      = "master-export"
	JobQuarterly         = "export-quarterly"
	JobMonthly           = "export-monthly"
	JobTemplateOPD       = "template-opd"
	JobOPDPreview        = "opd-report-preview"
	JobOPDImport         = "opd-report-import"
	JobBackup            = "backup"
	JobRestore           = "restore"
)

// JobsApp lets the window find the long job that runs (or ran last), to show its
// progress and result again when a screen is opened anew, and stop it by its id. Jobs
// start and end with a "job" event carrying their jobs.Info.
type JobsApp struct {
	jobs *jobs.Registry
}

// Current is the running job, else the last finished one; null when there was none.
func (a *JobsApp) Current() *jobs.Info { return a.jobs.Current() }

// Cancel stops the running job with this id; it tells whether there was one.
func (a *JobsApp) Cancel(id string) bool { return a.jobs.Cancel(id) }

// runJob runs fn as one long job of the window: refused at once with "jobs.busy" while
// another runs.
func runJob[T any](rt *Runtime, reg *jobs.Registry, kind, task, label string, fn func(ctx context.Context) (T, error)) (T, error) {
	return jobs.Run(reg, rt.Context(), jobs.Spec{Kind: kind, Task: task, Label: label}, fn)
}
