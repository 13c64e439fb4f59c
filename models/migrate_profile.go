package models

import "gorm.io/gorm"

func init() {
	RegisterMigration(Migration{7, "region kind apart from the regency name", migrate0007})
}

// migrate0007 adds profil.region_kind and takes "Kabupaten "/"Kab. "/"Kota " off the
// stored names, so "Kabupaten Kabupaten Grobogan" cannot be built from them any more.
func migrate0007(tx *gorm.DB) error {
	if err := execAll(tx, `ALTER TABLE profil ADD COLUMN region_kind TEXT NOT NULL DEFAULT 'Kabupaten'`); err != nil {
		return err
	}
	var rows []struct {
		ID          uint
		RegencyName string
	}
	if err := tx.Raw(`SELECT id, regency_name FROM profil`).Scan(&rows).Error; err != nil {
		return err
	}
	for _, r := range rows {
		kind, bare := SplitRegionName(r.RegencyName)
		if kind == "" {
			continue // a bare name: the default kind Kabupaten stands
		}
		if err := tx.Exec(`UPDATE profil SET region_kind = ?, regency_name = ? WHERE id = ?`, kind, bare, r.ID).Error; err != nil {
			return err
		}
	}
	return nil
}
