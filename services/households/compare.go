package households

import (
	"context"
	"fmt"
	"sort"

	"sidamping/models"
	"sidamping/services/xlsxutil"
)

// Kinds of change between two editions.
const (
	ChangeFamilyIn  = "keluarga_masuk"
	ChangeFamilyOut = "keluarga_keluar"
	ChangeDesil     = "desil_berubah"
	ChangeMemberIn  = "individu_masuk"
	ChangeMemberOut = "individu_keluar"
)

// changeKinds lists the kinds in report order with their sheet titles.
var changeKinds = []struct{ kind, title string }{
	{ChangeFamilyIn, "Keluarga Masuk"}, {ChangeFamilyOut, "Keluarga Keluar"}, {ChangeDesil, "Desil Berubah"},
	{ChangeMemberIn, "Individu Masuk"}, {ChangeMemberOut, "Individu Keluar"},
}

// ChangeRow is one family or member that entered, left or changed desil. Families are
// matched by No KK, members by a valid NIK.
type ChangeRow struct {
	Kind      string `json:"kind"`
	DesaID    uint   `json:"desaId"`
	Desa      string `json:"desa"`
	Kecamatan string `json:"kecamatan"`
	NoKK      string `json:"noKk"`
	NIK       string `json:"nik"`
	Name      string `json:"name"`
	Address   string `json:"address"`
	DesilFrom *int   `json:"desilFrom"`
	DesilTo   *int   `json:"desilTo"`
}

// CompareVillage counts the changes in one village.
type CompareVillage struct {
	DesaID       uint   `json:"desaId"`
	Desa         string `json:"desa"`
	Kecamatan    string `json:"kecamatan"`
	FamiliesIn   int64  `json:"familiesIn"`
	FamiliesOut  int64  `json:"familiesOut"`
	DesilChanged int64  `json:"desilChanged"`
	MembersIn    int64  `json:"membersIn"`
	MembersOut   int64  `json:"membersOut"`
}

// Comparison sums up the changes from one edition to another.
type Comparison struct {
	From         models.Edisi     `json:"from"`
	To           models.Edisi     `json:"to"`
	FamiliesIn   int64            `json:"familiesIn"`
	FamiliesOut  int64            `json:"familiesOut"`
	DesilChanged int64            `json:"desilChanged"`
	DesilUp      int64            `json:"desilUp"` // moved to a higher (better-off) desil
	MembersIn    int64            `json:"membersIn"`
	MembersOut   int64            `json:"membersOut"`
	Villages     []CompareVillage `json:"villages"`
}

// changeQueries select ChangeRow columns for each kind; ? are (a, b) edition ids.
var changeQueries = map[string]string{
	ChangeFamilyIn: `SELECT k.desa_id, COALESCE(k.no_kk,''), '', '', COALESCE(k.address,''), NULL, k.desil FROM keluarga k
		WHERE k.edisi_id = ? AND NOT EXISTS (SELECT 1 FROM keluarga a WHERE a.no_kk = k.no_kk AND a.edisi_id = ?)`,
	ChangeFamilyOut: `SELECT k.desa_id, COALESCE(k.no_kk,''), '', '', COALESCE(k.address,''), k.desil, NULL FROM keluarga k
		WHERE k.edisi_id = ? AND NOT EXISTS (SELECT 1 FROM keluarga b WHERE b.no_kk = k.no_kk AND b.edisi_id = ?)`,
	ChangeDesil: `SELECT k.desa_id, k.no_kk, '', '', COALESCE(k.address,''), a.desil, k.desil FROM keluarga k
		JOIN keluarga a ON a.no_kk = k.no_kk AND a.edisi_id = ? WHERE k.edisi_id = ? AND a.desil IS NOT k.desil`,
	ChangeMemberIn: `SELECT k.desa_id, COALESCE(k.no_kk,''), i.nik, i.name, COALESCE(k.address,''), NULL, k.desil
		FROM keluarga k JOIN individu i ON i.keluarga_id = k.id WHERE k.edisi_id = ? AND i.nik_flag = 'valid'
		AND NOT EXISTS (SELECT 1 FROM individu j WHERE j.edisi_id = ? AND j.nik = i.nik)`,
	ChangeMemberOut: `SELECT k.desa_id, COALESCE(k.no_kk,''), i.nik, i.name, COALESCE(k.address,''), k.desil, NULL
		FROM keluarga k JOIN individu i ON i.keluarga_id = k.id WHERE k.edisi_id = ? AND i.nik_flag = 'valid'
		AND NOT EXISTS (SELECT 1 FROM individu j WHERE j.edisi_id = ? AND j.nik = i.nik)`,
}

// eachChange streams the changes of one kind from edition from to edition to.
func (s *Service) eachChange(ctx context.Context, kind string, from, to uint, names map[uint][2]string, fn func(ChangeRow) error) error {
	a, b := to, from // "in" rows live in the newer edition
	switch kind {
	case ChangeFamilyOut, ChangeMemberOut:
		a, b = from, to
	case ChangeDesil:
		a, b = from, to
	}
	rows, err := s.db.WithContext(ctx).Raw(changeQueries[kind]+" ORDER BY k.desa_id, k.no_kk", a, b).Rows()
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		r := ChangeRow{Kind: kind}
		if err := rows.Scan(&r.DesaID, &r.NoKK, &r.NIK, &r.Name, &r.Address, &r.DesilFrom, &r.DesilTo); err != nil {
			return err
		}
		n := names[r.DesaID]
		r.Desa, r.Kecamatan = n[0], n[1]
		if err := fn(r); err != nil {
			return err
		}
	}
	return rows.Err()
}

// villageNames maps desa id → (name, kecamatan).
func (s *Service) villageNames(ctx context.Context) (map[uint][2]string, error) {
	var rows []struct {
		ID              uint
		Name, Kecamatan string
	}
	err := s.db.WithContext(ctx).Raw(`SELECT d.id, d.name, k.name AS kecamatan FROM desa d JOIN kecamatan k ON k.id = d.kecamatan_id`).Scan(&rows).Error
	out := map[uint][2]string{}
	for _, r := range rows {
		out[r.ID] = [2]string{r.Name, r.Kecamatan}
	}
	return out, err
}

// Compare counts who entered, who left and whose desil changed from edition from to
// edition to, in total and per village. With onRow set, every change is passed to it
// (the export writes them).
func (s *Service) Compare(ctx context.Context, fromID, toID uint) (Comparison, error) {
	return s.compare(ctx, fromID, toID, nil)
}

func (s *Service) compare(ctx context.Context, fromID, toID uint, onRow func(ChangeRow) error) (Comparison, error) {
	var c Comparison
	var err error
	if c.From, err = s.edition(ctx, fromID); err != nil {
		return c, err
	}
	if c.To, err = s.edition(ctx, toID); err != nil {
		return c, err
	}
	names, err := s.villageNames(ctx)
	if err != nil {
		return c, err
	}
	byDesa := map[uint]*CompareVillage{}
	for _, k := range changeKinds {
		err := s.eachChange(ctx, k.kind, fromID, toID, names, func(r ChangeRow) error {
			v := byDesa[r.DesaID]
			if v == nil {
				v = &CompareVillage{DesaID: r.DesaID, Desa: r.Desa, Kecamatan: r.Kecamatan}
				byDesa[r.DesaID] = v
			}
			switch r.Kind {
			case ChangeFamilyIn:
				c.FamiliesIn++
				v.FamiliesIn++
			case ChangeFamilyOut:
				c.FamiliesOut++
				v.FamiliesOut++
			case ChangeDesil:
				c.DesilChanged++
				v.DesilChanged++
				if r.DesilFrom != nil && r.DesilTo != nil && *r.DesilTo > *r.DesilFrom {
					c.DesilUp++
				}
			case ChangeMemberIn:
				c.MembersIn++
				v.MembersIn++
			case ChangeMemberOut:
				c.MembersOut++
				v.MembersOut++
			}
			if onRow != nil {
				return onRow(r)
			}
			return nil
		})
		if err != nil {
			return c, err
		}
	}
	c.Villages = []CompareVillage{}
	for _, v := range byDesa {
		c.Villages = append(c.Villages, *v)
	}
	sort.Slice(c.Villages, func(i, j int) bool {
		if c.Villages[i].Kecamatan != c.Villages[j].Kecamatan {
			return c.Villages[i].Kecamatan < c.Villages[j].Kecamatan
		}
		return c.Villages[i].Desa < c.Villages[j].Desa
	})
	return c, nil
}

// ExportCompare writes the comparison to an .xlsx: a summary per village, then one sheet
// per kind of change listing the families and members (NIK and No KK masked unless
// unmask).
func (s *Service) ExportCompare(ctx context.Context, fromID, toID uint, path string, unmask bool) (Comparison, error) {
	w, err := xlsxutil.NewWriter(ctx, path)
	if err != nil {
		return Comparison{}, err
	}
	defer w.Discard()
	// The change lists are collected per kind (the summary sheet comes first but needs
	// the counts), then written.
	lists := map[string][]ChangeRow{}
	c, err := s.compare(ctx, fromID, toID, func(r ChangeRow) error {
		if !unmask {
			r.NoKK, r.NIK = models.MaskNIK(r.NoKK), models.MaskNIK(r.NIK)
		}
		lists[r.Kind] = append(lists[r.Kind], r)
		return nil
	})
	if err != nil {
		return c, err
	}
	title := []string{fmt.Sprintf("Perbandingan edisi %s → %s", c.From.Name, c.To.Name),
		fmt.Sprintf("Keluarga masuk %d, keluar %d, desil berubah %d; individu masuk %d, keluar %d.", c.FamiliesIn, c.FamiliesOut, c.DesilChanged, c.MembersIn, c.MembersOut)}
	sw, err := w.AddSheet("Ringkasan", title, []xlsxutil.Column{{Header: "Kecamatan"}, {Header: "Desa/Kelurahan"},
		{Header: "Keluarga Masuk", Type: xlsxutil.TypeInt}, {Header: "Keluarga Keluar", Type: xlsxutil.TypeInt},
		{Header: "Desil Berubah", Type: xlsxutil.TypeInt}, {Header: "Individu Masuk", Type: xlsxutil.TypeInt}, {Header: "Individu Keluar", Type: xlsxutil.TypeInt}})
	if err != nil {
		return c, err
	}
	for _, v := range c.Villages {
		if err := sw.WriteRow(v.Kecamatan, v.Desa, v.FamiliesIn, v.FamiliesOut, v.DesilChanged, v.MembersIn, v.MembersOut); err != nil {
			return c, err
		}
	}
	cols := []xlsxutil.Column{{Header: "Kecamatan"}, {Header: "Desa/Kelurahan"}, {Header: "No KK", Type: xlsxutil.TypeDigits},
		{Header: "NIK", Type: xlsxutil.TypeDigits}, {Header: "Nama", MaxWidth: 30}, {Header: "Alamat", MaxWidth: 35},
		{Header: "Desil " + c.From.Name, Type: xlsxutil.TypeInt}, {Header: "Desil " + c.To.Name, Type: xlsxutil.TypeInt}}
	for _, k := range changeKinds {
		sw, err := w.AddSheet(k.title, nil, cols)
		if err != nil {
			return c, err
		}
		for _, r := range lists[k.kind] {
			if err := sw.WriteRow(r.Kecamatan, r.Desa, r.NoKK, r.NIK, r.Name, r.Address, intOrNil(r.DesilFrom), intOrNil(r.DesilTo)); err != nil {
				return c, err
			}
		}
	}
	return c, w.Save()
}

func intOrNil(p *int) any {
	if p == nil {
		return nil
	}
	return *p
}
