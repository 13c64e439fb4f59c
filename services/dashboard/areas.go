package dashboard

import (
	"context"

	"sidamping/services/households"
	"sidamping/services/master"
	"sidamping/services/progress"
)

// maxEditions is how many of the latest household editions the village chart compares.
const maxEditions = 4

// EditionRef is a household edition in the chart.
type EditionRef struct {
	ID       uint   `json:"id"`
	Name     string `json:"name"`
	DataDate string `json:"dataDate"`
}

// AreaRow is a kecamatan's line of the "where" table.
type AreaRow struct {
	ID         uint    `json:"id"`
	Code       string  `json:"code"`
	Name       string  `json:"name"`
	Villages   int     `json:"villages"`   // villages of the kecamatan paired this year
	Desil12    int     `json:"desil12"`    // desil 1-2 families in all its villages, latest edition
	Activities int     `json:"activities"` // interventions in its paired villages
	Planned    int64   `json:"planned"`
	Realised   int64   `json:"realised"`
	Absorption float64 `json:"absorption"`
}

// VillageRow is a priority or paired village's line.
type VillageRow struct {
	DesaID         uint    `json:"desaId"`
	Code           string  `json:"code"`
	Name           string  `json:"name"`
	KecamatanID    uint    `json:"kecamatanId"`
	Kecamatan      string  `json:"kecamatan"`
	Priority       bool    `json:"priority"`
	PendampinganID uint    `json:"pendampinganId"` // 0: not paired
	OPD            string  `json:"opd"`
	Desil12        int     `json:"desil12"`          // latest edition
	Desil12ByEd    []int   `json:"desil12ByEdition"` // aligned with Dashboard.Editions
	Families       int     `json:"families"`         // latest edition
	Activities     int     `json:"activities"`
	Planned        int64   `json:"planned"`
	Realised       int64   `json:"realised"`
	Progress       float64 `json:"progress"`
	Verified       float64 `json:"verified"` // members verified, percent
}

// VerifyRow is a kecamatan's verification progress.
type VerifyRow struct {
	Kecamatan        string  `json:"kecamatan"`
	Families         int64   `json:"families"`
	FamiliesVerified int64   `json:"familiesVerified"`
	Members          int64   `json:"members"`
	MembersVerified  int64   `json:"membersVerified"`
	Percent          float64 `json:"percent"`
}

// areas fills the kecamatan and village tables and the editions of the village chart.
func (s *Service) areas(ctx context.Context, d *Dashboard, byPair progress.Overview) error {
	db := s.db.WithContext(ctx)
	if err := db.Raw(`SELECT id, name, data_date FROM (SELECT id, name, COALESCE(data_date, '') AS data_date FROM edisi
		ORDER BY data_date DESC, id DESC LIMIT ?) ORDER BY data_date, id`, maxEditions).Scan(&d.Editions).Error; err != nil {
		return err
	}
	var rows []struct {
		DesaID, KecamatanID, PendampinganID uint
		Code, Name, Kecamatan, OPD          string
		Priority                            bool
	}
	if err := db.Raw(`SELECT d.id AS desa_id, d.code, d.name, d.kecamatan_id, kc.name AS kecamatan,
		COALESCE(dt.priority, 0) AS priority, COALESCE(p.id, 0) AS pendampingan_id, COALESCE(o.name, '') AS opd
		FROM desa d JOIN kecamatan kc ON kc.id = d.kecamatan_id
		LEFT JOIN desa_tahun dt ON dt.desa_id = d.id AND dt.year = @y
		LEFT JOIN pendampingan p ON p.desa_id = d.id AND p.year = @y LEFT JOIN opd o ON o.id = p.opd_id
		WHERE dt.priority OR p.id IS NOT NULL ORDER BY kc.code, d.code`, map[string]any{"y": d.Year}).Scan(&rows).Error; err != nil {
		return err
	}
	pair := map[uint]progress.Group{}
	for _, g := range byPair.Groups {
		pair[g.Key] = g
	}
	type edKey struct{ ed, desa uint }
	desil := map[edKey][2]int{}
	kecDesil := map[uint]int{}
	if len(d.Editions) > 0 {
		ids := make([]uint, len(d.Editions))
		for i, e := range d.Editions {
			ids[i] = e.ID
		}
		var eds []struct {
			EdisiID, DesaID, KecamatanID uint
			Families, Desil12            int
		}
		if err := db.Raw(`SELECT t.edisi_id, t.desa_id, d.kecamatan_id, t.families, t.desil12 FROM edisi_desa t
			JOIN desa d ON d.id = t.desa_id WHERE t.edisi_id IN ?`, ids).Scan(&eds).Error; err != nil {
			return err
		}
		latest := ids[len(ids)-1]
		for _, e := range eds {
			desil[edKey{e.EdisiID, e.DesaID}] = [2]int{e.Families, e.Desil12}
			if e.EdisiID == latest {
				kecDesil[e.KecamatanID] += e.Desil12
			}
		}
	}
	kec := map[uint]*AreaRow{}
	var kecs []struct {
		ID         uint
		Code, Name string
	}
	if err := db.Raw(`SELECT id, code, name FROM kecamatan ORDER BY code`).Scan(&kecs).Error; err != nil {
		return err
	}
	for _, k := range kecs {
		kec[k.ID] = &AreaRow{ID: k.ID, Code: k.Code, Name: k.Name, Desil12: kecDesil[k.ID]}
	}
	for _, r := range rows {
		v := VillageRow{DesaID: r.DesaID, Code: r.Code, Name: r.Name, KecamatanID: r.KecamatanID, Kecamatan: r.Kecamatan,
			Priority: r.Priority, PendampinganID: r.PendampinganID, OPD: r.OPD, Desil12ByEd: make([]int, len(d.Editions))}
		for i, e := range d.Editions {
			x := desil[edKey{e.ID, r.DesaID}]
			v.Desil12ByEd[i] = x[1]
			if i == len(d.Editions)-1 {
				v.Families, v.Desil12 = x[0], x[1]
			}
		}
		if r.PendampinganID != 0 {
			g := pair[r.PendampinganID]
			v.Activities, v.Planned, v.Realised, v.Progress = g.Activities, g.Budget, g.Spent, g.Progress
			if k := kec[r.KecamatanID]; k != nil {
				k.Villages++
				k.Activities += g.Activities
				k.Planned += g.Budget
				k.Realised += g.Spent
			}
		}
		d.Villages = append(d.Villages, v)
	}
	for _, k := range kecs {
		a := kec[k.ID]
		if a.Villages == 0 && a.Desil12 == 0 {
			continue
		}
		a.Absorption = progress.Absorption(a.Realised, a.Planned)
		d.Kecamatan = append(d.Kecamatan, *a)
	}
	return nil
}

// verification sums the latest edition's verification, per kecamatan and in all.
func (s *Service) verification(ctx context.Context, d *Dashboard) error {
	if len(d.Editions) == 0 {
		return nil
	}
	ed := d.Editions[len(d.Editions)-1]
	hs := households.New(s.db, s.clock, nil, master.New(s.db, s.clock))
	rows, err := hs.Overview(ctx, ed.ID)
	if err != nil {
		return err
	}
	v := &d.Verification
	v.EditionID, v.Edition = ed.ID, ed.Name
	byKec := map[string]*VerifyRow{}
	var order []string
	verified := map[uint]float64{}
	for _, r := range rows {
		v.Families += r.Families
		v.FamiliesVerified += r.FamiliesVerified
		v.Members += r.Members
		v.MembersVerified += r.MembersVerified
		verified[r.DesaID] = r.Percent
		k := byKec[r.Kecamatan]
		if k == nil {
			k = &VerifyRow{Kecamatan: r.Kecamatan}
			byKec[r.Kecamatan] = k
			order = append(order, r.Kecamatan)
		}
		k.Families += r.Families
		k.FamiliesVerified += r.FamiliesVerified
		k.Members += r.Members
		k.MembersVerified += r.MembersVerified
	}
	v.Percent = percent(v.MembersVerified, v.Members)
	for _, name := range order {
		k := byKec[name]
		k.Percent = percent(k.MembersVerified, k.Members)
		d.VerifyByKec = append(d.VerifyByKec, *k)
	}
	for i := range d.Villages {
		d.Villages[i].Verified = verified[d.Villages[i].DesaID]
	}
	return nil
}

func percent(a, b int64) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) * 100 / float64(b)
}
