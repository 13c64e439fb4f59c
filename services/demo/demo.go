// Package demo fills an empty database with "Kabupaten Contoh": a deterministic regency
// with kecamatan, villages, agencies, programme years and priority villages.
package demo

import (
	"context"
	"fmt"
	"time"

	"gorm.io/gorm"

	"sidamping/models"
	"sidamping/services/common"
	"sidamping/services/plan"
)

// DefaultSeed gives the standard demo regency.
const DefaultSeed = 2026

// RegencyCode is the Kemendagri code of the demo regency; no real regency of Jawa
// Tengah uses 33.99.
const RegencyCode = "33.99"

// MinActiveYear is the earliest active programme year of the demo.
const MinActiveYear = 2026

// PriorityCount is how many priority villages the active year gets (as in Blora: 48).
const PriorityCount = 48

// Summary counts what was loaded.
type Summary struct {
	Kecamatan int `json:"kecamatan"`
	Desa      int `json:"desa"`
	OPD       int `json:"opd"`
	Priority  int `json:"priority"`
	Year      int `json:"year"`
}

// Load fills an empty database with the demo regency; it refuses a database that has data.
// Everything is written in one transaction. The same seed gives the same rows; the clock
// only sets the time stamps and the active year (the clock's year, at least 2026, with
// the year before it as the previous programme year).
func Load(ctx context.Context, db *gorm.DB, seed int64, clock common.Clock) (Summary, error) {
	if clock == nil {
		clock = common.SystemClock{}
	}
	now := clock.Now()
	year := max(now.Year(), MinActiveYear)
	d := build(seed, year, now)
	sum := Summary{Kecamatan: len(d.kecamatan), Desa: len(d.desa), OPD: len(d.opd), Year: year}
	err := db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if err := refuseNonEmpty(tx); err != nil {
			return err
		}
		n, err := d.insert(tx)
		sum.Priority = n
		if err != nil {
			return err
		}
		// A year of work so every screen shows something: assessments and plans for both
		// years, realisation up to this month for the active one.
		if _, err := plan.GenerateDemo(ctx, tx, seed, year-1, plan.DemoOptions{Through: 12}); err != nil {
			return err
		}
		if _, err := plan.GenerateDemo(ctx, tx, seed, year, plan.DemoOptions{Through: plan.MonthsElapsed(year, now)}); err != nil {
			return err
		}
		// The orphans registry of the accompanied villages (issue 11).
		return insertOrphans(tx, newGen(seed+11), year, now)
	})
	if err != nil {
		return Summary{}, err
	}
	return sum, nil
}

// refuseNonEmpty stops the load when master data or a profile exists.
func refuseNonEmpty(tx *gorm.DB) error {
	for _, t := range []struct{ table, what string }{
		{"kecamatan", "kecamatan"}, {"desa", "desa/kelurahan"}, {"opd", "perangkat daerah"}, {"profil", "profil daerah"},
	} {
		var n int64
		if err := tx.Table(t.table).Count(&n).Error; err != nil {
			return err
		}
		if n > 0 {
			return models.Conflict("demo.not_empty", fmt.Sprintf(
				"Data contoh hanya dapat dimuat ke basis data yang masih kosong; basis data ini sudah berisi %d data %s.", n, t.what))
		}
	}
	return nil
}

// insert writes the demo data; it returns the number of priority villages of the active year.
func (d *dataset) insert(tx *gorm.DB) (int, error) {
	if err := tx.Create(&d.profil).Error; err != nil {
		return 0, err
	}
	if err := tx.Create(&d.signatories).Error; err != nil {
		return 0, err
	}
	if err := tx.CreateInBatches(&d.kecamatan, 100).Error; err != nil {
		return 0, err
	}
	for i := range d.desa {
		d.desa[i].KecamatanID = d.kecamatan[d.desaKec[i]].ID
	}
	if err := tx.CreateInBatches(&d.desa, 100).Error; err != nil {
		return 0, err
	}
	if err := tx.CreateInBatches(&d.opd, 100).Error; err != nil {
		return 0, err
	}
	for _, y := range d.years {
		var existing []models.TahunProgram
		if err := tx.Where("year = ?", y.Year).Limit(1).Find(&existing).Error; err != nil {
			return 0, err
		}
		if len(existing) == 0 {
			if err := tx.Create(&y).Error; err != nil {
				return 0, err
			}
		}
	}
	if err := tx.Model(&models.TahunProgram{}).Where("1 = 1").
		Update("active", gorm.Expr("year = ?", d.activeYear)).Error; err != nil {
		return 0, err
	}
	var flags []models.DesaTahun
	count := 0
	for _, f := range d.flags {
		flags = append(flags, models.DesaTahun{DesaID: d.desa[f.desa].ID, Year: f.year, Priority: true, Continuation: f.continuation})
		if f.year == d.activeYear {
			count++
		}
	}
	if err := tx.CreateInBatches(&flags, 100).Error; err != nil {
		return 0, err
	}
	if err := d.insertPairings(tx, d.g); err != nil {
		return 0, err
	}
	return count, nil
}

// dataset is the demo regency before it is written.
type dataset struct {
	profil      models.Profil
	signatories []models.Penandatangan
	kecamatan   []models.Kecamatan
	desa        []models.Desa
	desaKec     []int // index into kecamatan of each village
	opd         []models.OPD
	years       []models.TahunProgram
	activeYear  int
	flags       []flag
	prevPairing map[int]int // village index -> OPD index of the previous year's pairing
	g           *gen        // the stream for pairings, drawn after the master data
}

// flag marks village desa (index) as priority in year.
type flag struct {
	desa         int
	year         int
	continuation bool
}

// build generates the whole demo regency from seed.
func build(seed int64, year int, now time.Time) *dataset {
	g := newGen(seed)
	d := &dataset{activeYear: year}
	d.buildRegions(g, now)
	d.buildOPD(g, now)
	d.buildProfile(g, now)
	d.years = []models.TahunProgram{
		{Year: year - 1, Note: "Tahun program sebelumnya"},
		{Year: year, Active: true, Note: "Tahun program berjalan"},
	}
	d.choosePriorities(g)
	d.g = newGen(seed + 1)
	return d
}
