package households

import (
	"testing"
)

// TestTargeting checks the beneficiaries of the movement fixture plus two more, each in
// the edition valid at the time of the aid (A until September 2026, B from October).
func TestTargeting(t *testing.T) {
	svc, db, _ := newService(t)
	a, _ := movementFixture(t, db)
	var m31, m121, m42 uint
	db.Raw("SELECT i.id FROM individu i JOIN keluarga k ON k.id = i.keluarga_id WHERE k.edisi_id = ? AND i.nik = ?", a, testNIK(31)).Scan(&m31)
	db.Raw("SELECT i.id FROM individu i JOIN keluarga k ON k.id = i.keluarga_id WHERE k.edisi_id = ? AND i.nik = ?", a, testNIK(121)).Scan(&m121)
	db.Raw("SELECT i.id FROM individu i JOIN keluarga k ON k.id = i.keluarga_id WHERE k.edisi_id = ? AND i.nik = ?", a, testNIK(42)).Scan(&m42)
	for _, q := range []string{
		"INSERT INTO kegiatan(id, pendampingan_id, strategy, name, target_group) VALUES (2, 1, 'pendapatan', 'Pelatihan menjahit', 'individu')",
		"INSERT INTO penerima_manfaat(kegiatan_id, individu_id, month) VALUES (2, " + itoa(int(m31)) + ", 11), (2, " + itoa(int(m121)) + ", 2)",
		"UPDATE individu SET status = 'meninggal' WHERE id = " + itoa(int(m42)),
	} {
		if err := db.Exec(q).Error; err != nil {
			t.Fatal(err)
		}
	}
	tg, err := svc.Targeting(ctx, TargetingFilter{Year: 2026})
	if err != nil {
		t.Fatal(err)
	}
	want := func(what string, got TargetingFigures, n, fams, notFound, target, loc, valid int64, pt, pl, pv float64) {
		t.Helper()
		w := TargetingFigures{Beneficiaries: n, Families: fams, NotFound: notFound, OnTarget: target, OnLocation: loc, Valid: valid,
			OnTargetPct: pt, OnLocationPct: pl, ValidPct: pv}
		if got != w {
			t.Errorf("%s: got %+v, want %+v", what, got, w)
		}
	}
	if len(tg.Activities) != 2 {
		t.Fatalf("activities %+v", tg.Activities)
	}
	// Bedah rumah: No KK 1 and 4 (A, desa 101), 7 (picked in B, read in A: desa 102, not
	// accompanied), 2 (December: read in B, desil 2, desa 101); member 42 died.
	want("bedah rumah", tg.Activities[0].TargetingFigures, 4, 4, 0, 4, 3, 3, 100, 75, 75)
	// Pelatihan: member 31 (November: B, where No KK 3 is gone) and 121 (desil 4, desa 103).
	want("pelatihan", tg.Activities[1].TargetingFigures, 2, 2, 1, 0, 1, 2, 0, 50, 100)
	want("tahun", tg.Total, 6, 6, 1, 4, 4, 5, 66.7, 66.7, 83.3)
	if len(tg.Editions) != 2 || tg.Activities[0].Desa != "Desa 01-01" || tg.Activities[0].OPD != "Bappeda" {
		t.Errorf("editions %v, activity %+v", tg.Editions, tg.Activities[0])
	}
	sem1, err := svc.Targeting(ctx, TargetingFilter{Year: 2026, PendampinganID: 1, UntilMonth: 6})
	if err != nil {
		t.Fatal(err)
	}
	want("semester 1", sem1.Total, 4, 4, 0, 3, 2, 3, 75, 50, 75)
	none, _ := svc.Targeting(ctx, TargetingFilter{Year: 2025})
	want("2025", none.Total, 0, 0, 0, 0, 0, 0, 0, 0, 0)
}
