package reports

import (
	"fmt"

	"sidamping/models"
	"sidamping/services/xlsxutil"
)

// penerima writes the beneficiaries picked from the household registry for the year's
// activities up to the quarter's end, by name and address, with NIK and No KK masked
// (the workbook goes to the province).
func (q *quarterly) penerima() (int, error) {
	type row struct {
		Kecamatan, Desa, Kegiatan, OPD string
		Month                          int
		NIK, NoKK, Name, Address       string
		RT, RW                         string
		Desil                          *int
	}
	var rows []row
	err := q.s.db.WithContext(q.ctx).Raw(`SELECT kc.name AS kecamatan, d.name AS desa, g.name AS kegiatan, o.name AS opd, pm.month,
			COALESCE(i.nik,'') AS nik, COALESCE(k.no_kk,'') AS no_kk, i.name, COALESCE(k.address,'') AS address,
			COALESCE(k.rt,'') AS rt, COALESCE(k.rw,'') AS rw, k.desil
		FROM penerima_manfaat pm
		JOIN kegiatan g ON g.id = pm.kegiatan_id
		JOIN pendampingan p ON p.id = g.pendampingan_id
		JOIN opd o ON o.id = p.opd_id
		JOIN individu i ON i.id = pm.individu_id
		JOIN keluarga k ON k.id = i.keluarga_id
		JOIN desa d ON d.id = k.desa_id
		JOIN kecamatan kc ON kc.id = d.kecamatan_id
		WHERE p.year = ? AND pm.month <= ?
		ORDER BY kc.code, d.code, g.id, k.no_kk, i.id`, q.year, q.to).Scan(&rows).Error
	if err != nil {
		return 0, err
	}
	sh, err := q.sheet(SheetPenerima, fmt.Sprintf("Penerima manfaat kegiatan sampai dengan triwulan %d (NIK dan No KK disamarkan)", q.quarter),
		[]xlsxutil.Column{
			{Header: "No", Type: xlsxutil.TypeInt},
			{Header: "Kecamatan", Type: xlsxutil.TypeText},
			{Header: "Desa/Kelurahan", Type: xlsxutil.TypeText},
			{Header: "Kegiatan", Type: xlsxutil.TypeText, MaxWidth: 40},
			{Header: "Perangkat Daerah", Type: xlsxutil.TypeText, MaxWidth: 35},
			{Header: "Bulan", Type: xlsxutil.TypeText},
			{Header: "NIK", Type: xlsxutil.TypeDigits},
			{Header: "No KK", Type: xlsxutil.TypeDigits},
			{Header: "Nama", Type: xlsxutil.TypeText},
			{Header: "Alamat", Type: xlsxutil.TypeText},
			{Header: "RT", Type: xlsxutil.TypeCode},
			{Header: "RW", Type: xlsxutil.TypeCode},
			{Header: "Desil", Type: xlsxutil.TypeInt},
		})
	if err != nil {
		return 0, err
	}
	for i, r := range rows {
		var desil any
		if r.Desil != nil {
			desil = *r.Desil
		}
		if err := sh.WriteRow(i+1, r.Kecamatan, r.Desa, r.Kegiatan, r.OPD, monthName(r.Month), models.MaskNIK(r.NIK), models.MaskNIK(r.NoKK),
			r.Name, r.Address, r.RT, r.RW, desil); err != nil {
			return 0, err
		}
	}
	return len(rows), nil
}
