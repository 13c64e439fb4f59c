package app

import (
	"sidamping/models"
	"sidamping/services/master"
)

// MasterApp edits kecamatan, villages, agencies and programme years.
type MasterApp struct {
	rt *Runtime
	s  *Services
}

// ListKecamatan lists kecamatan matching search.
func (a *MasterApp) ListKecamatan(search string) ([]master.KecamatanRow, error) {
	return a.s.Master.ListKecamatan(a.rt.Context(), search)
}

// SaveKecamatan creates or updates a kecamatan.
func (a *MasterApp) SaveKecamatan(in master.KecamatanInput) (models.Kecamatan, error) {
	return a.s.Master.SaveKecamatan(a.rt.Context(), in)
}

// DeleteKecamatan deletes a kecamatan nothing refers to.
func (a *MasterApp) DeleteKecamatan(id uint) error {
	return a.s.Master.DeleteKecamatan(a.rt.Context(), id)
}

// ListDesa lists villages.
func (a *MasterApp) ListDesa(q master.DesaQuery) ([]master.DesaRow, error) {
	return a.s.Master.ListDesa(a.rt.Context(), q)
}

// SaveDesa creates or updates a village.
func (a *MasterApp) SaveDesa(in master.DesaInput) (master.DesaRow, error) {
	return a.s.Master.SaveDesa(a.rt.Context(), in)
}

// SetDesaYear sets a village's priority/continuation flags for a year.
func (a *MasterApp) SetDesaYear(desaID uint, year int, priority, continuation bool) error {
	return a.s.Master.SetDesaYear(a.rt.Context(), desaID, year, priority, continuation)
}

// DeleteDesa deletes a village nothing refers to.
func (a *MasterApp) DeleteDesa(id uint) error { return a.s.Master.DeleteDesa(a.rt.Context(), id) }

// ListOPD lists agencies.
func (a *MasterApp) ListOPD(search string) ([]models.OPD, error) {
	return a.s.Master.ListOPD(a.rt.Context(), search)
}

// SaveOPD creates or updates an agency.
func (a *MasterApp) SaveOPD(in models.OPD) (models.OPD, error) {
	return a.s.Master.SaveOPD(a.rt.Context(), in)
}

// DeleteOPD deletes an agency nothing refers to.
func (a *MasterApp) DeleteOPD(id uint) error { return a.s.Master.DeleteOPD(a.rt.Context(), id) }

// ListYears lists programme years.
func (a *MasterApp) ListYears() ([]master.YearRow, error) {
	return a.s.Master.ListYears(a.rt.Context())
}

// AddYear creates a programme year.
func (a *MasterApp) AddYear(year int, note string) (models.TahunProgram, error) {
	return a.s.Master.AddYear(a.rt.Context(), year, note)
}

// UpdateYearNote changes a year's note.
func (a *MasterApp) UpdateYearNote(year int, note string) error {
	return a.s.Master.UpdateYearNote(a.rt.Context(), year, note)
}

// SetActiveYear switches the active programme year.
func (a *MasterApp) SetActiveYear(year int) error {
	return a.s.Master.SetActiveYear(a.rt.Context(), year)
}

// DeleteYear deletes a programme year.
func (a *MasterApp) DeleteYear(year int) error { return a.s.Master.DeleteYear(a.rt.Context(), year) }

// Options are the fixed choice lists of the master-data forms.
type Options struct {
	OPDKinds    []string `json:"opdKinds"`
	IDMStatuses []string `json:"idmStatuses"`
}

// Options returns the choice lists.
func (a *MasterApp) Options() Options {
	return Options{OPDKinds: models.OPDKinds, IDMStatuses: models.IDMStatuses}
}
