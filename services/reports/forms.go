package reports

import (
	"fmt"

	"sidamping/models"
	"sidamping/services/xlsxutil"
)

// semesterDone is the last semester finished by the end of the quarter (0 for Q1).
func (q *quarterly) semesterDone() int { return q.quarter / 2 }

// potensi writes Form 1 (village potentials) with the latest Form 3 monitoring.
func (q *quarterly) potensi() (int, error) {
	sem := q.semesterDone()
	var rows []struct {
		KecamatanName, DesaName, Category, Name, Description, Unit string
		Quantity                                                   float64
		Developable                                                bool
		Monitored                                                  *float64
		Progress                                                   string
	}
	err := q.s.db.WithContext(q.ctx).Raw(`SELECT kc.name AS kecamatan_name, d.name AS desa_name, pd.category, pd.name,
		COALESCE(pd.description, '') AS description, COALESCE(pd.unit, '') AS unit, pd.quantity, pd.developable,
		pp.quantity AS monitored, COALESCE(pp.progress, '') AS progress
		FROM potensi_desa pd JOIN pendampingan p ON p.id = pd.pendampingan_id JOIN desa d ON d.id = p.desa_id
		JOIN kecamatan kc ON kc.id = d.kecamatan_id
		LEFT JOIN potensi_pantau pp ON pp.potensi_id = pd.id AND pp.semester = ?
		WHERE p.year = ? ORDER BY kc.code, d.code, pd.sort_order, pd.id`, sem, q.year).Scan(&rows).Error
	if err != nil {
		return 0, err
	}
	form3 := "Perkembangan (Form 3)"
	if sem > 0 {
		form3 = fmt.Sprintf("Jumlah Semester %s (Form 3)", []string{"", "I", "II"}[sem])
	}
	sh, err := q.sheet(SheetPotensi, "Form 1 — Inventarisasi Potensi Desa, dengan Pemantauan Form 3",
		[]xlsxutil.Column{integer("No"), text("Kecamatan", 18), text("Desa/Kelurahan", 22), text("Kategori", 28), text("Potensi", 36),
			text("Uraian", 45), decimal("Jumlah Awal"), text("Satuan", 10), text("Dapat Dikembangkan", 12), decimal(form3),
			text("Keterangan Perkembangan", 40)})
	if err != nil {
		return 0, err
	}
	for i, r := range rows {
		var mon any
		if r.Monitored != nil {
			mon = *r.Monitored
		}
		if err := sh.WriteRow(i+1, r.KecamatanName, r.DesaName, models.OptionLabel(models.PotentialCategories, r.Category), r.Name,
			r.Description, r.Quantity, r.Unit, yesNo(r.Developable), mon, r.Progress); err != nil {
			return 0, err
		}
	}
	return len(rows), nil
}

func yesNo(b bool) string {
	if b {
		return "Ya"
	}
	return "Tidak"
}

// karakteristik writes Form 2 (baseline) against the latest Form 4, one row per pairing
// and characteristic (the total of poor households first).
func (q *quarterly) karakteristik() (int, error) {
	sem := q.semesterDone()
	db := q.s.db.WithContext(q.ctx)
	pairs, err := loadPairings(db, q.year)
	if err != nil {
		return 0, err
	}
	var ks []models.Karakteristik
	if err := db.Raw(`SELECT k.* FROM karakteristik k JOIN pendampingan p ON p.id = k.pendampingan_id
		WHERE p.year = ? AND k.semester IN (0, ?)`, q.year, sem).Scan(&ks).Error; err != nil {
		return 0, err
	}
	base, mon := map[uint]models.Karakteristik{}, map[uint]models.Karakteristik{}
	for _, k := range ks {
		if k.Semester == 0 {
			base[k.PendampinganID] = k
		} else if sem > 0 {
			mon[k.PendampinganID] = k
		}
	}
	form4 := "Form 4 (belum ada)"
	if sem > 0 {
		form4 = fmt.Sprintf("Form 4 Semester %s (RT)", []string{"", "I", "II"}[sem])
	}
	sh, err := q.sheet(SheetKarakter, "Form 2 — Scanning Cepat Karakteristik Masyarakat Berkesejahteraan Rendah, dan Form 4 — Pemantauan",
		[]xlsxutil.Column{integer("No"), text("Kecamatan", 18), text("Desa/Kelurahan", 22), text("Karakteristik", 40),
			integer("Form 2 Awal (RT)"), integer(form4), integer("Perubahan (RT)"), percent("Perubahan"),
			date("Tanggal Scanning"), text("Sumber Data", 30)})
	if err != nil {
		return 0, err
	}
	n := 0
	var t2, t4, tc int64
	labels := append([]string{"Jumlah rumah tangga miskin"}, optionLabels(models.Characteristics)...)
	for _, p := range pairs {
		b, ok := base[p.ID]
		if !ok {
			continue
		}
		m, hasMon := mon[p.ID]
		bc := append([]int{b.TotalPoor}, b.Counts()...)
		mc := append([]int{m.TotalPoor}, m.Counts()...)
		for i, label := range labels {
			n++
			var v4, change, pct any
			if hasMon {
				v4, change, pct = mc[i], mc[i]-bc[i], ratio(float64(mc[i]-bc[i]), float64(bc[i]))
				t4 += int64(mc[i])
				tc += int64(mc[i] - bc[i])
			}
			t2 += int64(bc[i])
			if err := sh.WriteRow(n, p.KecamatanName, p.DesaName, label, bc[i], v4, change, pct, b.ScannedOn, b.Source); err != nil {
				return 0, err
			}
		}
	}
	_, err = sh.WriteTotals("Jumlah", 1, map[int]any{4: t2, 5: t4, 6: tc})
	return n, err
}

func optionLabels(opts []models.Option) []string {
	out := make([]string, len(opts))
	for i, o := range opts {
		out[i] = o.Label
	}
	return out
}

// mitra writes the partners: their contributions to activities and the pairings they
// accompany.
func (q *quarterly) mitra() (int, error) {
	var rows []struct {
		Name, Kind, KecamatanName, DesaName, Activity, Contribution string
		Amount                                                      int64
	}
	err := q.s.db.WithContext(q.ctx).Raw(`SELECT m.name, m.kind, kc.name AS kecamatan_name, d.name AS desa_name,
			k.name AS activity, COALESCE(km.contribution, '') AS contribution, km.amount
		FROM kegiatan_mitra km JOIN mitra m ON m.id = km.mitra_id JOIN kegiatan k ON k.id = km.kegiatan_id
		JOIN pendampingan p ON p.id = k.pendampingan_id JOIN desa d ON d.id = p.desa_id JOIN kecamatan kc ON kc.id = d.kecamatan_id
		WHERE p.year = @year
		UNION ALL
		SELECT m.name, m.kind, kc.name, d.name, '(pendamping desa)', COALESCE(pm.role, ''), 0
		FROM pendampingan_mitra pm JOIN mitra m ON m.id = pm.mitra_id JOIN pendampingan p ON p.id = pm.pendampingan_id
		JOIN desa d ON d.id = p.desa_id JOIN kecamatan kc ON kc.id = d.kecamatan_id
		WHERE p.year = @year
		ORDER BY 1, 3, 4, 5`, map[string]any{"year": q.year}).Scan(&rows).Error
	if err != nil {
		return 0, err
	}
	sh, err := q.sheet(SheetMitra, "Mitra dan Kontribusinya", []xlsxutil.Column{integer("No"), text("Mitra", 32), text("Jenis", 18),
		text("Kecamatan", 18), text("Desa/Kelurahan", 22), text("Kegiatan", 45), text("Bentuk Kontribusi", 40), rupiah("Nilai Kontribusi (Rp)")})
	if err != nil {
		return 0, err
	}
	var total int64
	for i, r := range rows {
		total += r.Amount
		if err := sh.WriteRow(i+1, r.Name, r.Kind, r.KecamatanName, r.DesaName, r.Activity, r.Contribution, r.Amount); err != nil {
			return 0, err
		}
	}
	_, err = sh.WriteTotals("Jumlah", 1, map[int]any{7: total})
	return len(rows), err
}
