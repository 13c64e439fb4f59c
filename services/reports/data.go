package reports

import (
	"context"

	"gorm.io/gorm"

	"sidamping/models"
)

// pairingRow is one pairing of the year, in kecamatan and village order.
type pairingRow struct {
	ID            uint
	KecamatanName string
	DesaName      string
	DesaCode      string
	OPDName       string
}

func loadPairings(db *gorm.DB, year int) ([]pairingRow, error) {
	var rows []pairingRow
	err := db.Raw(`SELECT p.id, kc.name AS kecamatan_name, d.name AS desa_name, d.code AS desa_code, o.name AS opd_name
		FROM pendampingan p JOIN desa d ON d.id = p.desa_id JOIN kecamatan kc ON kc.id = d.kecamatan_id
		JOIN opd o ON o.id = p.opd_id WHERE p.year = ? ORDER BY kc.code, d.code`, year).Scan(&rows).Error
	return rows, err
}

// sourceAmounts maps pairing id -> funding source -> amount.
type sourceAmounts map[uint]map[string]int64

func (m sourceAmounts) add(id uint, src string, amt int64) {
	if m[id] == nil {
		m[id] = map[string]int64{}
	}
	m[id][src] += amt
}

// budgetBySource sums the planned budget per pairing and source.
func budgetBySource(db *gorm.DB, year int) (sourceAmounts, error) {
	var rows []struct {
		PendampinganID uint
		Source         string
		Amount         int64
	}
	err := db.Raw(`SELECT k.pendampingan_id, a.source, SUM(a.amount) AS amount FROM kegiatan_anggaran a
		JOIN kegiatan k ON k.id = a.kegiatan_id JOIN pendampingan p ON p.id = k.pendampingan_id
		WHERE p.year = ? GROUP BY k.pendampingan_id, a.source`, year).Scan(&rows).Error
	out := sourceAmounts{}
	for _, r := range rows {
		out.add(r.PendampinganID, r.Source, r.Amount)
	}
	return out, err
}

// spentBySource sums the money spent per pairing and source in months from..to.
func spentBySource(db *gorm.DB, year, from, to int) (sourceAmounts, error) {
	var rows []struct {
		PendampinganID uint
		Source         string
		Amount         int64
	}
	err := db.Raw(`SELECT k.pendampingan_id, d.source, SUM(d.amount) AS amount FROM realisasi_dana d
		JOIN realisasi r ON r.id = d.realisasi_id JOIN kegiatan k ON k.id = r.kegiatan_id
		JOIN pendampingan p ON p.id = k.pendampingan_id
		WHERE p.year = ? AND r.month BETWEEN ? AND ? GROUP BY k.pendampingan_id, d.source`, year, from, to).Scan(&rows).Error
	out := sourceAmounts{}
	for _, r := range rows {
		out.add(r.PendampinganID, r.Source, r.Amount)
	}
	return out, err
}

// usedSources lists, in the standard order, the sources that appear in any of maps.
func usedSources(maps ...sourceAmounts) []models.Option {
	used := map[string]bool{}
	for _, m := range maps {
		for _, bySrc := range m {
			for src, amt := range bySrc {
				if amt != 0 {
					used[src] = true
				}
			}
		}
	}
	var out []models.Option
	for _, o := range models.FundingSources {
		if used[o.Code] {
			out = append(out, o)
		}
	}
	return out
}

// planRow is one activity for the Rencana Aksi sheet.
type planRow struct {
	ID              uint
	KecamatanName   string
	DesaName        string
	OPDName         string
	Strategy        string
	Name            string
	TargetGroup     string
	TargetVolume    float64
	TargetUnit      string
	PlannedMonths   models.MonthMask
	OutputIndicator string
	Executor        string
	Partners        string
	Sources         string
	Budget          int64
}

func loadPlanRows(ctx context.Context, db *gorm.DB, year int, opdID uint) ([]planRow, error) {
	var rows []planRow
	q := `SELECT k.id, kc.name AS kecamatan_name, d.name AS desa_name, o.name AS opd_name, k.strategy, k.name,
		k.target_group, k.target_volume, k.target_unit, k.planned_months, k.output_indicator,
		COALESCE(eo.name, '') AS executor,
		COALESCE((SELECT group_concat(m.name, '; ') FROM kegiatan_mitra km JOIN mitra m ON m.id = km.mitra_id WHERE km.kegiatan_id = k.id), '') AS partners,
		COALESCE((SELECT group_concat(a.source, ',') FROM kegiatan_anggaran a WHERE a.kegiatan_id = k.id), '') AS sources,
		COALESCE((SELECT SUM(a.amount) FROM kegiatan_anggaran a WHERE a.kegiatan_id = k.id), 0) AS budget
		FROM kegiatan k JOIN pendampingan p ON p.id = k.pendampingan_id JOIN desa d ON d.id = p.desa_id
		JOIN kecamatan kc ON kc.id = d.kecamatan_id JOIN opd o ON o.id = p.opd_id
		LEFT JOIN opd eo ON eo.id = k.executor_opd_id
		WHERE p.year = ?`
	args := []any{year}
	if opdID != 0 {
		q += ` AND p.opd_id = ?`
		args = append(args, opdID)
	}
	err := db.WithContext(ctx).Raw(q+` ORDER BY kc.code, d.code, k.sort_order, k.id`, args...).Scan(&rows).Error
	return rows, err
}

// entryRow is one month's realisation for the Realisasi sheets.
type entryRow struct {
	ID             uint
	KegiatanID     uint
	PendampinganID uint
	Month          int
	Status         string
	Volume         float64
	Progress       float64
	Households     int
	People         int
	Kendala        string
	TindakLanjut   string
	Name           string
	TargetVolume   float64
	TargetUnit     string
	KecamatanName  string
	DesaName       string
	OPDName        string
	Spent          int64
	Budget         int64
}

func loadEntries(ctx context.Context, db *gorm.DB, year, from, to int) ([]entryRow, error) {
	var rows []entryRow
	err := db.WithContext(ctx).Raw(`SELECT r.id, r.kegiatan_id, k.pendampingan_id, r.month, r.status, r.volume, r.progress,
		r.beneficiary_households AS households, r.beneficiary_people AS people, COALESCE(r.kendala, '') AS kendala,
		COALESCE(r.tindak_lanjut, '') AS tindak_lanjut, k.name, k.target_volume, k.target_unit,
		kc.name AS kecamatan_name, d.name AS desa_name, o.name AS opd_name, COALESCE(dd.s, 0) AS spent,
		COALESCE((SELECT SUM(a.amount) FROM kegiatan_anggaran a WHERE a.kegiatan_id = k.id), 0) AS budget
		FROM realisasi r JOIN kegiatan k ON k.id = r.kegiatan_id JOIN pendampingan p ON p.id = k.pendampingan_id
		JOIN desa d ON d.id = p.desa_id JOIN kecamatan kc ON kc.id = d.kecamatan_id JOIN opd o ON o.id = p.opd_id
		LEFT JOIN (SELECT realisasi_id, SUM(amount) AS s FROM realisasi_dana GROUP BY realisasi_id) dd ON dd.realisasi_id = r.id
		WHERE p.year = ? AND r.month BETWEEN ? AND ?
		ORDER BY kc.code, d.code, k.sort_order, k.id, r.month`, year, from, to).Scan(&rows).Error
	return rows, err
}
