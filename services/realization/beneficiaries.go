package realization

import "gorm.io/gorm"

// SyncBeneficiaryCounts sets each monthly entry of an activity to the people and families
// picked from the household registry up to that month (cumulative). With onlyIfPicked it
// does so only when any were picked: an activity whose beneficiaries come from the
// registry has its counts follow the picks, not what was typed.
func SyncBeneficiaryCounts(tx *gorm.DB, kegiatanID uint, onlyIfPicked bool) error {
	cond := ""
	if onlyIfPicked {
		cond = " AND EXISTS (SELECT 1 FROM penerima_manfaat p WHERE p.kegiatan_id = realisasi.kegiatan_id)"
	}
	return tx.Exec(`UPDATE realisasi SET
		beneficiary_people = (SELECT COUNT(*) FROM penerima_manfaat p
			WHERE p.kegiatan_id = realisasi.kegiatan_id AND p.month <= realisasi.month),
		beneficiary_households = (SELECT COUNT(DISTINCT i.keluarga_id) FROM penerima_manfaat p JOIN individu i ON i.id = p.individu_id
			WHERE p.kegiatan_id = realisasi.kegiatan_id AND p.month <= realisasi.month)
		WHERE kegiatan_id = ?`+cond, kegiatanID).Error
}
