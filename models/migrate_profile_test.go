package models_test

import (
	"testing"

	"sidamping/models"
)

// TestMigrationSplitsRegionKind writes profiles the way version 6 stored them (the kind
// inside the name) and checks that migration 7 stores kind and name apart.
func TestMigrationSplitsRegionKind(t *testing.T) {
	db := newRawDB(t)
	if err := models.MigrateTo(mctx, db, 6); err != nil {
		t.Fatal(err)
	}
	old := map[int]string{1: "Kabupaten Contoh", 2: "Kota Semarang", 3: "Kab. Blora", 4: "KABUPATEN GROBOGAN", 5: "Jepara", 6: "Kotawaringin"}
	for id, name := range old {
		if err := db.Exec(`INSERT INTO profil(id, regency_name, province, regency_code) VALUES (?, ?, 'Jawa Tengah', '33.99')`, id, name).Error; err != nil {
			t.Fatal(err)
		}
	}
	if err := models.Migrate(mctx, db); err != nil {
		t.Fatal(err)
	}
	want := map[int][3]string{
		1: {"Kabupaten", "Contoh", "Kabupaten Contoh"}, 2: {"Kota", "Semarang", "Kota Semarang"},
		3: {"Kabupaten", "Blora", "Kabupaten Blora"}, 4: {"Kabupaten", "GROBOGAN", "Kabupaten GROBOGAN"},
		5: {"Kabupaten", "Jepara", "Kabupaten Jepara"}, 6: {"Kabupaten", "Kotawaringin", "Kabupaten Kotawaringin"},
	}
	for id, w := range want {
		var p models.Profil
		if err := db.First(&p, id).Error; err != nil {
			t.Fatal(err)
		}
		if p.RegionKind != w[0] || p.RegencyName != w[1] || p.RegionTitle() != w[2] {
			t.Errorf("profile %d (%q): kind %q name %q title %q, want %v", id, old[id], p.RegionKind, p.RegencyName, p.RegionTitle(), w)
		}
	}
}

func TestRegionTitles(t *testing.T) {
	cases := []struct {
		p                 models.Profil
		title, head, govt string
	}{
		{models.Profil{RegencyName: "Grobogan"}, "Kabupaten Grobogan", "Bupati Grobogan", "Pemerintah Kabupaten Grobogan"},
		{models.Profil{RegionKind: "Kota", RegencyName: "Semarang"}, "Kota Semarang", "Wali Kota Semarang", "Pemerintah Kota Semarang"},
		// A profile not yet repaired never doubles the kind.
		{models.Profil{RegionKind: "Kabupaten", RegencyName: "Kabupaten Grobogan"}, "Kabupaten Grobogan", "Bupati Grobogan", "Pemerintah Kabupaten Grobogan"},
	}
	for _, c := range cases {
		if c.p.RegionTitle() != c.title || c.p.HeadTitle() != c.head || c.p.Government() != c.govt {
			t.Errorf("%+v: %q %q %q", c.p, c.p.RegionTitle(), c.p.HeadTitle(), c.p.Government())
		}
	}
}
