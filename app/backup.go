package app

import (
	"context"
	"fmt"

	"sidamping/services/backup"
	"sidamping/services/fileout"
	"sidamping/services/jobs"
)

// BackupApp makes and restores backups (Pengaturan → Cadangan).
type BackupApp struct {
	rt   *Runtime
	s    *Services
	jobs *jobs.Registry
}

// BackupNow asks where to save and writes a backup; nil when cancelled.
func (a *BackupApp) BackupNow() (*backup.Info, error) {
	name := fmt.Sprintf("sidamping-cadangan-%s.db", a.s.Clock.Now().Format("2006-01-02-1504"))
	path, err := a.rt.SaveFile("Simpan cadangan", name, BackupFilter)
	if err != nil || path == "" {
		return nil, err
	}
	if err := fileout.Check(a.rt.Context(), path, fileout.Options{MakeDirs: true}); err != nil {
		return nil, err
	}
	info, err := runJob(a.rt, a.jobs, JobBackup, "backup", "Pencadangan basis data", func(ctx context.Context) (backup.Info, error) {
		return a.s.Backup.Backup(ctx, path)
	})
	if err != nil {
		return nil, err
	}
	return &info, nil
}

// ChooseRestoreFile asks for a backup file and validates it; nil when cancelled.
func (a *BackupApp) ChooseRestoreFile() (*backup.Info, error) {
	path, err := a.rt.OpenFile("Pilih berkas cadangan", BackupFilter)
	if err != nil || path == "" {
		return nil, err
	}
	info, err := a.s.Backup.Validate(a.rt.Context(), path)
	if err != nil {
		return nil, err
	}
	return &info, nil
}

// Restore replaces the database with the validated backup at path (after backing up the
// current one).
func (a *BackupApp) Restore(path string) (backup.Info, error) {
	return runJob(a.rt, a.jobs, JobRestore, "restore", "Pemulihan cadangan", func(ctx context.Context) (backup.Info, error) {
		return a.s.Backup.Restore(fileout.Protect(ctx, fileout.Backup, path), path)
	})
}

// ListAuto lists the automatic backups.
func (a *BackupApp) ListAuto() ([]backup.Info, error) { return a.s.Backup.ListAuto(a.rt.Context()) }
