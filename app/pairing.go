package app

import (
	"fmt"

	"sidamping/models"
	"sidamping/services/pairing"
)

// PairingApp pairs priority villages with agencies (Pendampingan).
type PairingApp struct {
	rt *Runtime
	s  *Services
}

// Board returns the year's villages against agencies with counts.
func (a *PairingApp) Board(year int) (pairing.Board, error) {
	return a.s.Pairing.Board(a.rt.Context(), year)
}

// Assign pairs a priority village with its lead OPD.
func (a *PairingApp) Assign(in pairing.AssignInput) (models.Pendampingan, error) {
	return a.s.Pairing.Assign(a.rt.Context(), in)
}

// ChangeOPD gives a pairing another OPD.
func (a *PairingApp) ChangeOPD(id, opdID uint, secondReason, note string) (models.Pendampingan, error) {
	return a.s.Pairing.ChangeOPD(a.rt.Context(), id, opdID, secondReason, note)
}

// Unassign removes a pairing.
func (a *PairingApp) Unassign(id uint) error { return a.s.Pairing.Unassign(a.rt.Context(), id) }

// Get returns a pairing with team and partners.
func (a *PairingApp) Get(id uint) (pairing.Detail, error) { return a.s.Pairing.Get(a.rt.Context(), id) }

// SaveTeam replaces a pairing's team.
func (a *PairingApp) SaveTeam(id uint, team []models.AnggotaTim) (pairing.Detail, error) {
	if err := a.s.Pairing.SaveTeam(a.rt.Context(), id, team); err != nil {
		return pairing.Detail{}, err
	}
	return a.s.Pairing.Get(a.rt.Context(), id)
}

// SetPartners replaces a pairing's partners.
func (a *PairingApp) SetPartners(id uint, links []pairing.PartnerLink) (pairing.Detail, error) {
	if err := a.s.Pairing.SetPartners(a.rt.Context(), id, links); err != nil {
		return pairing.Detail{}, err
	}
	return a.s.Pairing.Get(a.rt.Context(), id)
}

// History lists a village's pairings across years.
func (a *PairingApp) History(desaID uint) ([]pairing.HistoryRow, error) {
	return a.s.Pairing.History(a.rt.Context(), desaID)
}

// CopyCandidates lists last year's pairings that can continue.
func (a *PairingApp) CopyCandidates(fromYear, toYear int) ([]pairing.CopyCandidate, error) {
	return a.s.Pairing.CopyCandidates(a.rt.Context(), fromYear, toYear)
}

// CopyFromYear carries the confirmed villages' pairings into the new year.
func (a *PairingApp) CopyFromYear(fromYear, toYear int, desaIDs []uint) (pairing.CopyResult, error) {
	return a.s.Pairing.CopyFromYear(a.rt.Context(), fromYear, toYear, desaIDs)
}

// ListMitra lists partners.
func (a *PairingApp) ListMitra(search string) ([]pairing.MitraRow, error) {
	return a.s.Pairing.ListMitra(a.rt.Context(), search)
}

// SaveMitra creates or updates a partner.
func (a *PairingApp) SaveMitra(in models.Mitra) (models.Mitra, error) {
	return a.s.Pairing.SaveMitra(a.rt.Context(), in)
}

// DeleteMitra deletes a partner no pairing uses.
func (a *PairingApp) DeleteMitra(id uint) error { return a.s.Pairing.DeleteMitra(a.rt.Context(), id) }

// MitraKinds lists the partner kinds.
func (a *PairingApp) MitraKinds() []string { return models.MitraKinds }

// Export asks where to save the year's pairings and writes the workbook; "" when cancelled.
func (a *PairingApp) Export(year int) (string, error) {
	path, err := a.rt.SaveFile("Simpan daftar pendampingan", fmt.Sprintf("pendampingan-%d.xlsx", year), ExcelFilter)
	if err != nil || path == "" {
		return "", err
	}
	p, err := a.s.Profile.Get(a.rt.Context())
	if err != nil {
		return "", err
	}
	_, err = a.s.Pairing.Export(a.rt.Context(), year, p.RegionTitle(), path)
	return path, err
}

// ImportTeam asks for a workbook of team members (Nama, NIP, Pangkat/Golongan, Jabatan,
// Kedudukan, Desa) and replaces the teams of the agency's villages it names; nil when
// the dialog was cancelled.
func (a *PairingApp) ImportTeam(year int, opdID uint) (*pairing.TeamImportResult, error) {
	path, err := a.rt.OpenFile("Pilih buku kerja tim pendamping", ExcelFilter)
	if err != nil || path == "" {
		return nil, err
	}
	res, err := a.s.Pairing.ImportTeam(a.rt.Context(), year, opdID, path)
	if err != nil {
		return nil, err
	}
	return &res, nil
}

// CopyTeam copies the team of pairing from to the agency's other village to (replace
// confirms overwriting a team it has) and returns the target in full.
func (a *PairingApp) CopyTeam(from, to uint, replace bool) (pairing.Detail, error) {
	if _, err := a.s.Pairing.CopyTeam(a.rt.Context(), from, to, replace); err != nil {
		return pairing.Detail{}, err
	}
	return a.s.Pairing.Get(a.rt.Context(), to)
}
