package app

import (
	"errors"
	"path/filepath"

	"sidamping/models"
	"sidamping/services/filelock"
	"sidamping/services/jobs"
)

// SystemApp answers questions about the installation and runs cross-cutting actions.
type SystemApp struct {
	rt   *Runtime
	s    *Services
	jobs *jobs.Registry
	// bootErr is set when the database could not be opened or migrated; the UI then
	// shows only the error screen.
	bootErr error
	dbPath  string
}

// SystemInfo describes the installation.
type SystemInfo struct {
	Version       string `json:"version"`
	DBPath        string `json:"dbPath"`
	DataDir       string `json:"dataDir"`
	SchemaVersion int    `json:"schemaVersion"`
	Configured    bool   `json:"configured"`
	ActiveYear    int    `json:"activeYear"`
	Language      string `json:"language"`
	RegencyName   string `json:"regencyName"`
}

// Info returns what the header and the settings screen show.
func (a *SystemApp) Info() (SystemInfo, error) {
	if a.bootErr != nil {
		var ae *models.AppError
		if errors.As(a.bootErr, &ae) && ae.Code == filelock.CodeAlreadyRunning {
			return SystemInfo{}, ae // says itself what to do; the database was not touched
		}
		return SystemInfo{}, models.NewError(models.ErrInvalid, "boot.failed",
			"SiDamping tidak dapat membuka basis data "+a.dbPath+": "+a.bootErr.Error()).Wrap(a.bootErr)
	}
	ctx := a.rt.Context()
	v, err := models.SchemaVersion(ctx, a.s.DB)
	if err != nil {
		return SystemInfo{}, err
	}
	configured, err := a.s.Profile.Configured(ctx)
	if err != nil {
		return SystemInfo{}, err
	}
	year, err := a.s.Master.ActiveYear(ctx)
	if err != nil {
		return SystemInfo{}, err
	}
	info := SystemInfo{
		Version: Version, DBPath: a.s.DBPath, DataDir: filepath.Dir(a.s.DBPath),
		SchemaVersion: v, Configured: configured, ActiveYear: year,
		Language: a.s.Settings.Language(ctx),
	}
	if configured {
		p, err := a.s.Profile.Get(ctx)
		if err != nil {
			return SystemInfo{}, err
		}
		info.RegencyName = p.RegionTitle() // "Kabupaten Contoh" for the header
	}
	return info, nil
}

// SetLanguage stores the UI language ("id" or "en").
func (a *SystemApp) SetLanguage(lang string) error {
	return a.s.Settings.SetLanguage(a.rt.Context(), lang)
}

// CancelTask stops the running long job whose progress task is task; it tells whether
// one was running. JobsApp.Cancel stops one by its id.
func (a *SystemApp) CancelTask(task string) bool { return a.jobs.CancelTask(task) }

// OpenDataFolder opens the folder that holds the database.
func (a *SystemApp) OpenDataFolder() error { return a.rt.OpenPath(filepath.Dir(a.s.DBPath)) }
