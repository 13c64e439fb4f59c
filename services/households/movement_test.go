package households

import (
	"context"
	"fmt"
	"testing"

	"gorm.io/gorm"

	"sidamping/models"
)

// testFamily is a family written straight into an edition by testEdition.
type testFamily struct {
	kk    int   // No KK number (0: none)
	desa  uint  // village id
	desil int   // 0: no desil
	niks  []int // members' NIK numbers
}

func testKK(n int) string  { return fmt.Sprintf("33200100000000%02d", n) }
func testNIK(n int) string { return fmt.Sprintf("33200200000%05d", n) }

// testEdition writes an edition with its families and members and returns its id and
// the member id of each NIK number.
func testEdition(t testing.TB, db *gorm.DB, name, date string, fams []testFamily) (uint, map[int]uint) {
	t.Helper()
	e := models.Edisi{Name: name, Source: models.SourceDTKS, DataDate: date}
	if err := db.Create(&e).Error; err != nil {
		t.Fatal(err)
	}
	members := map[int]uint{}
	for _, f := range fams {
		k := models.Keluarga{EdisiID: e.ID, DesaID: f.desa}
		if f.kk != 0 {
			k.NoKK = testKK(f.kk)
		}
		if f.desil != 0 {
			d := f.desil
			k.Desil = &d
		}
		if err := db.Create(&k).Error; err != nil {
			t.Fatal(err)
		}
		for _, n := range f.niks {
			nik := testNIK(n)
			m := models.Individu{KeluargaID: k.ID, NIK: &nik, NIKFlag: models.NIKValid, Name: fmt.Sprintf("WARGA %d", n), NameNorm: fmt.Sprintf("WARGA %d", n)}
			if err := db.Create(&m).Error; err != nil {
				t.Fatal(err)
			}
			members[n] = m.ID
		}
		e.Families++
		e.Members += len(f.niks)
	}
	db.Model(&e).Updates(map[string]any{"families": e.Families, "members": e.Members})
	return e.ID, members
}

// movementFixture builds two editions a year apart whose movement is known (see the
// comments), village 101 accompanied in 2026 and 102 not, and three picks of
// beneficiaries (one after edition B's date, which does not count).
func movementFixture(t testing.TB, db *gorm.DB) (a, b uint) {
	t.Helper()
	a, ma := testEdition(t, db, "DTKS Oktober 2025", "2025-10-01", []testFamily{
		{1, 101, 1, []int{11, 12}}, // → desil 3: up (beneficiary)
		{2, 101, 2, []int{21}},     // → desil 2: still low (aid after B's date: non-beneficiary)
		{3, 101, 1, []int{31}},     // → gone
		{4, 101, 1, []int{41, 42}}, // → new No KK 14 with member 41, desil 4: up by NIK (beneficiary)
		{5, 101, 3, []int{51}},     // → desil 1: new low
		{6, 101, 2, []int{61}},     // → no desil
		{7, 102, 1, []int{71}},     // → desil 2: still low (beneficiary, picked in B)
		{8, 102, 2, []int{81}},     // → desil 5: up
		{11, 102, 1, []int{111}},   // → new No KK 21, desil 1: still low by NIK
		{12, 103, 4, []int{121}},   // not poor, stays: nothing
	})
	b, mb := testEdition(t, db, "DTKS Oktober 2026", "2026-10-01", []testFamily{
		{1, 101, 3, []int{11, 12}},
		{2, 101, 2, []int{21}},
		{14, 101, 4, []int{41}},
		{5, 101, 1, []int{51}},
		{6, 101, 0, []int{61}},
		{7, 102, 2, []int{71}},
		{8, 102, 5, []int{81}},
		{9, 102, 1, []int{91}},  // new family in desil 1: new low
		{10, 102, 4, []int{92}}, // new family, not poor: nothing
		{21, 102, 1, []int{111}},
		{12, 103, 4, []int{121}},
	})
	for _, q := range []string{
		"INSERT INTO opd(id, code, name, kind) VALUES (1, 'BAPPEDA', 'Bappeda', 'badan')",
		"INSERT INTO pendampingan(id, year, desa_id, opd_id) VALUES (1, 2026, 101, 1)",
		"INSERT INTO kegiatan(id, pendampingan_id, strategy, name, target_group) VALUES (1, 1, 'beban', 'Bedah rumah', 'rumah_tangga')",
	} {
		if err := db.Exec(q).Error; err != nil {
			t.Fatal(err)
		}
	}
	for _, p := range []struct {
		member uint
		month  int
	}{{ma[11], 3}, {ma[42], 4}, {mb[71], 5}, {ma[21], 12}} {
		if err := db.Exec("INSERT INTO penerima_manfaat(kegiatan_id, individu_id, month) VALUES (1, ?, ?)", p.member, p.month).Error; err != nil {
			t.Fatal(err)
		}
	}
	return a, b
}

func TestMovementEveryFigure(t *testing.T) {
	svc, db, rec := newService(t)
	a, b := movementFixture(t, db)
	mv, err := svc.Movement(ctx, a, b, MovementOptions{ByBeneficiaries: true})
	if err != nil {
		t.Fatal(err)
	}
	fig := func(lowA, up, still, gone, noDesil, newLow int64, rate float64) MovementFigures {
		return MovementFigures{LowA: lowA, Up: up, StillLow: still, Gone: gone, NoDesil: noDesil, NewLow: newLow, UpRate: rate}
	}
	check := func(what string, got, want MovementFigures) {
		t.Helper()
		if got != want {
			t.Errorf("%s: got %+v, want %+v", what, got, want)
		}
	}
	if mv.MatchedByKK != 7 || mv.MatchedByNIK != 2 {
		t.Errorf("matched by No KK %d (want 7), by NIK %d (want 2)", mv.MatchedByKK, mv.MatchedByNIK)
	}
	if mv.YearsFrom != 2025 || mv.YearsTo != 2026 || mv.AidUntil != "2026-10" || mv.Note == "" {
		t.Errorf("years %d-%d, aid until %q, note %q", mv.YearsFrom, mv.YearsTo, mv.AidUntil, mv.Note)
	}
	if len(mv.Villages) != 3 {
		t.Fatalf("villages %+v", mv.Villages)
	}
	v1, v2, v3 := mv.Villages[0], mv.Villages[1], mv.Villages[2]
	if v1.Code != "33.20.01.2001" || !v1.Accompanied || v2.Code != "33.20.01.2002" || v2.Accompanied || v3.Code != "33.20.01.2003" {
		t.Fatalf("village order/codes: %s %v, %s %v, %s", v1.Code, v1.Accompanied, v2.Code, v2.Accompanied, v3.Code)
	}
	check("desa 101", v1.MovementFigures, fig(5, 2, 1, 1, 1, 1, 40))
	check("desa 101 penerima", v1.ByBeneficiaries.Beneficiary, fig(2, 2, 0, 0, 0, 0, 100))
	check("desa 101 bukan penerima", v1.ByBeneficiaries.NonBeneficiary, fig(3, 0, 1, 1, 1, 1, 0))
	check("desa 102", v2.MovementFigures, fig(3, 1, 2, 0, 0, 1, 33.3))
	check("desa 102 penerima", v2.ByBeneficiaries.Beneficiary, fig(1, 0, 1, 0, 0, 0, 0))
	check("desa 102 bukan penerima", v2.ByBeneficiaries.NonBeneficiary, fig(2, 1, 1, 0, 0, 1, 50))
	check("desa 103", v3.MovementFigures, fig(0, 0, 0, 0, 0, 0, 0))
	check("kabupaten", mv.Total.MovementFigures, fig(8, 3, 3, 1, 1, 2, 37.5))
	check("penerima", mv.ByBeneficiaries.Beneficiary, fig(3, 2, 1, 0, 0, 0, 66.7))
	check("bukan penerima", mv.ByBeneficiaries.NonBeneficiary, fig(5, 1, 2, 1, 1, 2, 20))
	check("desa dampingan", mv.Accompanied.MovementFigures, fig(5, 2, 1, 1, 1, 1, 40))
	check("desa bukan dampingan", mv.NonAccompanied.MovementFigures, fig(3, 1, 2, 0, 0, 1, 33.3))
	if mv.Total.Villages != 3 || mv.Accompanied.Villages != 1 || mv.NonAccompanied.Villages != 2 {
		t.Errorf("village counts %d/%d/%d", mv.Total.Villages, mv.Accompanied.Villages, mv.NonAccompanied.Villages)
	}
	if len(rec.Named("progress")) == 0 {
		t.Error("no progress event")
	}

	// Without the split the villages carry none; the other way round is not the same.
	mv, _ = svc.Movement(ctx, a, b, MovementOptions{})
	if mv.Villages[0].ByBeneficiaries != nil {
		t.Error("split given when not asked")
	}
	back, err := svc.Movement(ctx, b, a, MovementOptions{})
	if err != nil {
		t.Fatal(err)
	}
	// B → A: desil 1-2 in B are No KK 2 (still), 5 (up), 7 (still), 9 (gone) and 21
	// (still, by NIK); new in 1-2 are A's No KK 1, 3, 4, 6 and 8.
	check("B → A", back.Total.MovementFigures, fig(5, 1, 3, 1, 0, 5, 20))
	if _, err := svc.Movement(ctx, a, a, MovementOptions{}); models.AsAppError(err).Code != CodeSameEdition {
		t.Errorf("same edition: %v", err)
	}
}

func TestMovementCancelled(t *testing.T) {
	svc, db, _ := newService(t)
	a, b := movementFixture(t, db)
	c, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := svc.Movement(c, a, b, MovementOptions{}); models.AsAppError(err).Code != "cancelled" {
		t.Fatalf("cancelled movement: %v", err)
	}
}

// Editions of families without members (a family-only P3KE sheet), and an empty
// edition, are compared too: the empty member range is not an error.
func TestMovementFamiliesWithoutMembers(t *testing.T) {
	svc, db, _ := newService(t)
	movementFixture(t, db) // villages 101 and 102
	a, _ := testEdition(t, db, "Hanya KK A", "2025-01-01", []testFamily{{kk: 90, desa: 101, desil: 1}, {kk: 91, desa: 101, desil: 2}})
	b, _ := testEdition(t, db, "Hanya KK B", "2026-01-01", []testFamily{{kk: 90, desa: 101, desil: 4}})
	empty, _ := testEdition(t, db, "Kosong", "2026-06-01", nil)
	mv, err := svc.Movement(ctx, a, b, MovementOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if got := mv.Total; got.LowA != 2 || got.Up != 1 || got.Gone != 1 || got.StillLow != 0 {
		t.Errorf("families only: %+v", got)
	}
	mv, err = svc.Movement(ctx, a, empty, MovementOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if got := mv.Total; got.LowA != 2 || got.Gone != 2 {
		t.Errorf("into an empty edition: %+v", got)
	}
}
