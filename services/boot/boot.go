// Package boot opens the database the way the app and the CLI both need it: pragmas
// verified, a backup before any migration of an existing schema, migrations applied, the
// quick check of the database (dbcheck.Quick: the registry's large tables are left to the
// full check on demand, so the start stays well under a second whatever their size) and
// the first-start-of-the-day backup.
package boot

import (
	"context"
	"fmt"
	"log"

	"gorm.io/gorm"

	"sidamping/models"
	"sidamping/services/backup"
	"sidamping/services/common"
	"sidamping/services/dbcheck"
	"sidamping/services/filelock"
)

// Report says what happened while opening.
type Report struct {
	FromVersion     int          `json:"fromVersion"`
	ToVersion       int          `json:"toVersion"`
	MigrationBackup *backup.Info `json:"migrationBackup,omitempty"`
	DailyBackup     *backup.Info `json:"dailyBackup,omitempty"`
	// Check is the start-up's quick check; its problems are logged and shown, they do
	// not stop the start (the full check, Edisi → Periksa basis data, says more).
	Check *dbcheck.Report `json:"check,omitempty"`
}

// Options tune Open.
type Options struct {
	Clock       common.Clock
	Emitter     common.Emitter
	DailyBackup bool // the app makes one; the CLI does not
	// StartupCheck runs the quick check after the migrations (the app does; the CLI
	// has its own `check`).
	StartupCheck bool
}

// StartupCheck is the check of every start: always the quick one, never a scan of the
// registry's tables, whose full check runs on demand as a job with progress.
func StartupCheck(ctx context.Context, db *gorm.DB) (dbcheck.Report, error) {
	return dbcheck.Run(ctx, db, dbcheck.Quick, nil)
}

// OpenExclusive takes the instance lock of the database at path (filelock.Instance)
// before anything else, so a second start finds the running one before it opens or
// migrates the database, then opens it like Open. The lock is held until Release (or
// the end of the process).
func OpenExclusive(ctx context.Context, path string, opt Options) (*gorm.DB, *filelock.Lock, Report, error) {
	lock, err := filelock.Instance(path)
	if err != nil {
		return nil, nil, Report{}, err
	}
	db, rep, err := Open(ctx, path, opt)
	if err != nil {
		_ = lock.Release()
		return nil, nil, rep, err
	}
	return db, lock, rep, nil
}

// Open opens and migrates the database at path. On error the database is closed.
func Open(ctx context.Context, path string, opt Options) (*gorm.DB, Report, error) {
	var rep Report
	if opt.Clock == nil {
		opt.Clock = common.SystemClock{}
	}
	// Temporary files of a backup, restore or export that was killed hold copies of
	// personal data: they go before anything else.
	if removed := backup.New(nil, path, opt.Clock, nil).CleanTemps(); len(removed) > 0 {
		log.Printf("berkas sementara yang tertinggal dihapus: %v", removed)
	}
	db, err := models.Open(path)
	if err != nil {
		return nil, rep, err
	}
	fail := func(err error) (*gorm.DB, Report, error) {
		_ = models.Close(db)
		return nil, rep, err
	}
	if rep.FromVersion, err = models.SchemaVersion(ctx, db); err != nil {
		return fail(err)
	}
	pending, err := models.PendingMigrations(ctx, db)
	if err != nil {
		return fail(err)
	}
	bk := backup.New(db, path, opt.Clock, opt.Emitter)
	if pending > 0 && rep.FromVersion > 0 {
		info, err := bk.AutoBackup(ctx, fmt.Sprintf("pra-migrasi-v%d", rep.FromVersion))
		if err != nil {
			return fail(fmt.Errorf("cadangan sebelum migrasi gagal, migrasi dibatalkan: %w", err))
		}
		rep.MigrationBackup = &info
	}
	if err := models.Migrate(ctx, db); err != nil {
		return fail(err)
	}
	rep.ToVersion = models.LatestVersion()
	if opt.StartupCheck {
		// A check that cannot run does not keep the office out of its data: it is logged.
		chk, err := StartupCheck(ctx, db)
		switch {
		case err != nil:
			log.Printf("pemeriksaan cepat basis data gagal: %v", err)
		case len(chk.Problems) > 0:
			log.Printf("pemeriksaan cepat basis data menemukan %d masalah: %v", len(chk.Problems), chk.Problems)
		}
		if err == nil {
			rep.Check = &chk
		}
	}
	if opt.DailyBackup {
		info, err := bk.DailyIfDue(ctx)
		if err != nil {
			log.Printf("cadangan harian gagal: %v", err)
		}
		rep.DailyBackup = info
	}
	return db, rep, nil
}
