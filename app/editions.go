package app

import (
	"context"
	"fmt"

	"sidamping/services/dbcheck"
	"sidamping/services/households"
)

// Kinds of the edition and check jobs.
const (
	JobHouseholdsDeleteEdition  = "households-edition-delete"
	JobHouseholdsArchiveEdition = "households-edition-archive"
	JobHouseholdsRestoreEdition = "households-edition-restore"
	JobDatabaseCheck            = "database-check"
)

// ArchiveEdition moves an edition's families and members into a compressed file beside
// the database (arsip-edisi/), out of the registry; refused while beneficiaries or other
// records refer to them (households.edition_in_use, with what refers in params).
func (a *HouseholdsApp) ArchiveEdition(id uint) (households.EditionResult, error) {
	return runJob(a.rt, a.jobs, JobHouseholdsArchiveEdition, "edition-archive", "Pengarsipan edisi data keluarga", func(ctx context.Context) (households.EditionResult, error) {
		return a.s.Households.ArchiveEdition(ctx, id)
	})
}

// RestoreEdition brings an archived edition back into the registry.
func (a *HouseholdsApp) RestoreEdition(id uint) (households.EditionResult, error) {
	return runJob(a.rt, a.jobs, JobHouseholdsRestoreEdition, "edition-restore", "Pemulihan edisi data keluarga", func(ctx context.Context) (households.EditionResult, error) {
		return a.s.Households.RestoreEdition(ctx, id)
	})
}

// CheckDatabase runs the full check of the database (every table, index and reference)
// as a long job: progress events of task "check-db", cancellable. full=false runs the
// quick check of the start-up instead (under a second whatever the registry holds).
func (a *HouseholdsApp) CheckDatabase(full bool) (dbcheck.Report, error) {
	mode := dbcheck.Quick
	if full {
		mode = dbcheck.Full
	}
	label := fmt.Sprintf("Pemeriksaan basis data (%s)", dbcheck.Label(mode))
	return runJob(a.rt, a.jobs, JobDatabaseCheck, dbcheck.ProgressTask, label, func(ctx context.Context) (dbcheck.Report, error) {
		return dbcheck.Run(ctx, a.s.DB, mode, a.s.Jobs.Emitter())
	})
}
