// Package plantest builds the regency the plan, realisation and report tests share:
// kecamatan, priority villages, one OPD per village, pairings made through the pairing
// service with a team, two partners, and (optionally) the demo plans of a full year.
package plantest

import (
	"context"
	"fmt"
	"testing"

	"gorm.io/gorm"

	"sidamping/models"
	"sidamping/services/master"
	"sidamping/services/pairing"
	"sidamping/services/plan"
	"sidamping/services/testutil"
)

// Year is the programme year of the fixture.
const Year = 2026

// Options size the fixture.
type Options struct {
	Pairings   int  // villages paired in Year (and OPD); default 4
	PrevYear   bool // also pair the first village in Year-1 (a continuation village)
	Activities int  // demo activities per pairing; 0 leaves the plans empty
	Through    int  // demo realisation through this month
	Dense      bool // an entry for every activity and month (the benchmarks)
	Seed       int64
}

// Fixture is the built regency.
type Fixture struct {
	DB       *gorm.DB
	Pairings []models.Pendampingan // of Year, in village order
	Prev     models.Pendampingan   // the Year-1 pairing when PrevYear
	OPD      []models.OPD
	Desa     []master.DesaRow
	Mitra    []models.Mitra
	Kec      []models.Kecamatan
}

// Build makes a fresh database holding the fixture.
func Build(tb testing.TB, o Options) *Fixture {
	tb.Helper()
	return BuildIn(tb, testutil.NewDB(tb), o)
}

// BuildIn fills db with the fixture.
func BuildIn(tb testing.TB, db *gorm.DB, o Options) *Fixture {
	tb.Helper()
	ctx := context.Background()
	if o.Pairings == 0 {
		o.Pairings = 4
	}
	f := &Fixture{DB: db}
	m := master.New(db, nil)
	ps := pairing.New(db, nil)
	must := func(err error) {
		tb.Helper()
		if err != nil {
			tb.Fatal(err)
		}
	}
	for _, y := range []int{Year - 1, Year} {
		_, err := m.AddYear(ctx, y, "")
		must(err)
	}
	nKec := (o.Pairings + 7) / 8
	for i := 0; i < nKec; i++ {
		k, err := m.SaveKecamatan(ctx, master.KecamatanInput{Code: fmt.Sprintf("33.20.%02d", i+1), Name: kecNames[i%len(kecNames)]})
		must(err)
		f.Kec = append(f.Kec, k)
	}
	for i := 0; i < o.Pairings; i++ {
		k := f.Kec[i/8]
		d, err := m.SaveDesa(ctx, master.DesaInput{Code: fmt.Sprintf("%s.2%03d", k.Code, i%8+1),
			Name: fmt.Sprintf("%s %d", desaNames[i%len(desaNames)], i+1), KecamatanID: k.ID, Year: Year, Priority: true})
		must(err)
		f.Desa = append(f.Desa, d)
		opd, err := m.SaveOPD(ctx, models.OPD{Code: fmt.Sprintf("1.%02d.%02d", i/10+1, i%10+1),
			Name: fmt.Sprintf("%s %d", opdNames[i%len(opdNames)], i+1), Abbreviation: fmt.Sprintf("OPD%d", i+1), Kind: "Dinas"})
		must(err)
		f.OPD = append(f.OPD, opd)
	}
	for _, name := range []string{"PT Bank Jateng (CSR)", "Universitas Muria Kudus"} {
		kind := "CSR/Swasta"
		if name[0] == 'U' {
			kind = "Perguruan Tinggi"
		}
		mt, err := ps.SaveMitra(ctx, models.Mitra{Name: name, Kind: kind})
		must(err)
		f.Mitra = append(f.Mitra, mt)
	}
	if o.PrevYear {
		must(m.SetDesaYear(ctx, f.Desa[0].ID, Year-1, true, false))
		p, err := ps.Assign(ctx, pairing.AssignInput{Year: Year - 1, DesaID: f.Desa[0].ID, OPDID: f.OPD[0].ID})
		must(err)
		f.Prev = p
	}
	for i := range f.Desa {
		p, err := ps.Assign(ctx, pairing.AssignInput{Year: Year, DesaID: f.Desa[i].ID, OPDID: f.OPD[i].ID})
		must(err)
		must(ps.SaveTeam(ctx, p.ID, []models.AnggotaTim{{Role: models.RoleKoordinator, Name: "Koordinator " + f.OPD[i].Abbreviation}}))
		f.Pairings = append(f.Pairings, p)
	}
	if o.Activities > 0 {
		must(db.Transaction(func(tx *gorm.DB) error {
			_, err := plan.GenerateDemo(ctx, tx, o.Seed, Year, plan.DemoOptions{Activities: o.Activities, Through: o.Through, Dense: o.Dense})
			return err
		}))
	}
	return f
}

var kecNames = []string{"Kedung", "Pecangaan", "Welahan", "Mayong", "Nalumsari", "Batealit", "Tahunan", "Mlonggo"}
var desaNames = []string{"Kalianyar", "Sowan Lor", "Bugel", "Tedunan", "Karangrejo", "Panggung", "Surodadi", "Jondang"}
var opdNames = []string{"Dinas Sosial", "Dinas Kesehatan", "Diskominfo", "Dinas Perikanan", "DPUPR", "Bappeda", "Dinas Pertanian", "Dinas Koperasi dan UKM"}
