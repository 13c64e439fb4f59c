package app

import (
	"encoding/base64"
	"os"
	"path/filepath"

	"sidamping/services/demo"
	"sidamping/services/profile"
)

// ProfileApp edits the regency profile and runs the first-run setup.
type ProfileApp struct {
	rt *Runtime
	s  *Services
}

// Get returns the profile.
func (a *ProfileApp) Get() (profile.Profile, error) { return a.s.Profile.Get(a.rt.Context()) }

// Save stores the profile; on first run it also creates the current programme year.
func (a *ProfileApp) Save(p profile.Profile) (profile.Profile, error) {
	ctx := a.rt.Context()
	saved, err := a.s.Profile.Save(ctx, p)
	if err != nil {
		return saved, err
	}
	if y, err := a.s.Master.ActiveYear(ctx); err == nil && y == 0 {
		if _, err := a.s.Master.AddYear(ctx, a.s.Clock.Now().Year(), ""); err != nil {
			return saved, err
		}
	}
	return saved, nil
}

// LogoDataURL returns the logo as a data: URL for an <img>, or "" when none.
func (a *ProfileApp) LogoDataURL() (string, error) {
	data, mime, err := a.s.Profile.Logo(a.rt.Context())
	if err != nil || len(data) == 0 {
		return "", err
	}
	return "data:" + mime + ";base64," + base64.StdEncoding.EncodeToString(data), nil
}

// ChooseLogo lets the user pick a PNG/JPG and stores it; false when cancelled.
func (a *ProfileApp) ChooseLogo() (bool, error) {
	path, err := a.rt.OpenFile("Pilih logo daerah", ImageFilter)
	if err != nil || path == "" {
		return false, err
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return false, err
	}
	return true, a.s.Profile.SetLogo(a.rt.Context(), filepath.Base(path), data)
}

// RemoveLogo clears the logo.
func (a *ProfileApp) RemoveLogo() error { return a.s.Profile.RemoveLogo(a.rt.Context()) }

// LoadDemo fills an empty database with "Kabupaten Contoh".
func (a *ProfileApp) LoadDemo() (demo.Summary, error) {
	return demo.Load(a.rt.Context(), a.s.DB, demo.DefaultSeed, a.s.Clock)
}
