package households

import (
	"context"
	"database/sql"
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

// changeRef is one change found by the comparison, held compactly until its details
// (address, name, NIK) are read for the export.
type changeRef struct {
	kind     string
	desa     uint
	kk       string
	fam      uint   // the family, in the edition the row lives in
	nik      uint64 // the member's NIK, 0 for a family
	from, to int8   // desil; 0 unknown
}

// diff compares two editions read as snapshots: families by No KK, members by a NIK.
// With keep set it also returns the changes, by kind.
func (s *Service) diff(ctx context.Context, fromID, toID uint, keep bool) (Comparison, map[string][]changeRef, error) {
	var c Comparison
	a, b, err := s.snapshots(ctx, fromID, toID, CompareTask)
	if err != nil {
		return c, nil, err
	}
	c.From, c.To = a.ed, b.ed
	names, err := s.villageNames(ctx)
	if err != nil {
		return c, nil, err
	}
	byDesa := map[uint]*CompareVillage{}
	lists := map[string][]changeRef{}
	add := func(r changeRef) {
		v := byDesa[r.desa]
		if v == nil {
			n := names[r.desa]
			v = &CompareVillage{DesaID: r.desa, Desa: n[0], Kecamatan: n[1]}
			byDesa[r.desa] = v
		}
		switch r.kind {
		case ChangeFamilyIn:
			c.FamiliesIn++
			v.FamiliesIn++
		case ChangeFamilyOut:
			c.FamiliesOut++
			v.FamiliesOut++
		case ChangeDesil:
			c.DesilChanged++
			v.DesilChanged++
			if r.from > 0 && r.to > r.from {
				c.DesilUp++
			}
		case ChangeMemberIn:
			c.MembersIn++
			v.MembersIn++
		case ChangeMemberOut:
			c.MembersOut++
			v.MembersOut++
		}
		if keep {
			lists[r.kind] = append(lists[r.kind], r)
		}
	}
	for _, f := range b.fams {
		i, ok := a.byKK[f.kk]
		switch {
		case !ok || f.kk == "":
			add(changeRef{kind: ChangeFamilyIn, desa: f.desa, kk: f.kk, fam: f.id, to: f.desil})
		case a.fams[i].desil != f.desil:
			add(changeRef{kind: ChangeDesil, desa: f.desa, kk: f.kk, fam: f.id, from: a.fams[i].desil, to: f.desil})
		}
	}
	for _, f := range a.fams {
		if _, ok := b.byKK[f.kk]; !ok || f.kk == "" {
			add(changeRef{kind: ChangeFamilyOut, desa: f.desa, kk: f.kk, fam: f.id, from: f.desil})
		}
	}
	// Members with a valid NIK that the other edition does not carry at all.
	for _, pass := range []struct {
		kind     string
		own, oth *editionSnap
	}{{ChangeMemberIn, b, a}, {ChangeMemberOut, a, b}} {
		for _, m := range pass.own.mems {
			if !m.valid {
				continue
			}
			if _, found := pass.oth.findNIK(m.nik); found {
				continue
			}
			f := pass.own.fams[m.fam]
			r := changeRef{kind: pass.kind, desa: f.desa, kk: f.kk, fam: f.id, nik: m.nik}
			if pass.kind == ChangeMemberIn {
				r.to = f.desil
			} else {
				r.from = f.desil
			}
			add(r)
		}
	}
	if err := ctx.Err(); err != nil {
		return c, nil, errCompareCancelled(ctx)
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
	return c, lists, nil
}

// eachChange passes the changes of one kind, by village and No KK, to fn with their
// address, name and NIK read in batches.
func (s *Service) eachChange(ctx context.Context, refs []changeRef, names map[uint][2]string, fn func(ChangeRow) error) error {
	sort.SliceStable(refs, func(i, j int) bool {
		if refs[i].desa != refs[j].desa {
			return refs[i].desa < refs[j].desa
		}
		if refs[i].kk != refs[j].kk {
			return refs[i].kk < refs[j].kk
		}
		return refs[i].nik < refs[j].nik
	})
	db := s.db.WithContext(ctx)
	type who struct {
		fam uint
		nik string
	}
	addr := map[uint]string{}
	people := map[who]string{}
	// each runs a query of the batch and passes every row to scan.
	each := func(q string, ids []uint, scan func(*sql.Rows) error) error {
		rows, err := db.Raw(q, ids).Rows()
		if err != nil {
			return cancelledOr(ctx, err)
		}
		defer rows.Close()
		for rows.Next() {
			if err := scan(rows); err != nil {
				return err
			}
		}
		return cancelledOr(ctx, rows.Err())
	}
	for start := 0; start < len(refs); start += 1000 {
		batch := refs[start:min(start+1000, len(refs))]
		var famIDs, memFams []uint
		for _, r := range batch {
			famIDs = append(famIDs, r.fam)
			if r.nik != 0 {
				memFams = append(memFams, r.fam)
			}
		}
		clear(addr)
		clear(people)
		var id uint
		var a, nik string
		err := each(`SELECT id, COALESCE(address, '') FROM keluarga WHERE id IN ?`, uniq(famIDs), func(r *sql.Rows) error {
			err := r.Scan(&id, &a)
			addr[id] = a
			return err
		})
		if err == nil && len(memFams) > 0 {
			err = each(`SELECT keluarga_id, nik, name FROM individu WHERE keluarga_id IN ? AND nik_flag = 'valid'`, uniq(memFams), func(r *sql.Rows) error {
				err := r.Scan(&id, &nik, &a)
				people[who{id, nik}] = a
				return err
			})
		}
		if err != nil {
			return err
		}
		for _, r := range batch {
			n := names[r.desa]
			row := ChangeRow{Kind: r.kind, DesaID: r.desa, Desa: n[0], Kecamatan: n[1], NoKK: r.kk, Address: addr[r.fam],
				DesilFrom: desilPtr(r.from), DesilTo: desilPtr(r.to)}
			if r.nik != 0 {
				row.NIK = fmt.Sprintf("%016d", r.nik)
				row.Name = people[who{r.fam, row.NIK}]
			}
			if err := fn(row); err != nil {
				return err
			}
		}
	}
	return nil
}

func desilPtr(d int8) *int {
	if d == 0 {
		return nil
	}
	v := int(d)
	return &v
}

// villageNames maps desa id → (name, kecamatan).
func (s *Service) villageNames(ctx context.Context) (map[uint][2]string, error) {
	info, err := s.villageInfos(ctx)
	out := make(map[uint][2]string, len(info))
	for id, v := range info {
		out[id] = [2]string{v.Name, v.Kecamatan}
	}
	return out, err
}

// Compare counts who entered, who left and whose desil changed from edition from to
// edition to, in total and per village, reporting progress (task CompareTask);
// cancelling ctx stops it.
func (s *Service) Compare(ctx context.Context, fromID, toID uint) (Comparison, error) {
	c, _, err := s.diff(ctx, fromID, toID, false)
	return c, err
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
	c, lists, err := s.diff(ctx, fromID, toID, true)
	if err != nil {
		return c, err
	}
	names, err := s.villageNames(ctx)
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
		err = s.eachChange(ctx, lists[k.kind], names, func(r ChangeRow) error {
			if !unmask {
				r.NoKK, r.NIK = models.MaskNIK(r.NoKK), models.MaskNIK(r.NIK)
			}
			return sw.WriteRow(r.Kecamatan, r.Desa, r.NoKK, r.NIK, r.Name, r.Address, intOrNil(r.DesilFrom), intOrNil(r.DesilTo))
		})
		if err != nil {
			return c, err
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
