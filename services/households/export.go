package households

import (
	"context"
	"fmt"

	"sidamping/models"
	"sidamping/services/xlsxutil"
)

// ExportInput asks for a village's verification result.
type ExportInput struct {
	EditionID uint   `json:"editionId"`
	DesaID    uint   `json:"desaId"`
	Path      string `json:"path"`
	Unmask    bool   `json:"unmask"` // write NIK and No KK in full (personal data: only on request)
}

// ExportResult tells what was written.
type ExportResult struct {
	Path    string `json:"path"`
	Members int    `json:"members"`
}

var exportColumns = []xlsxutil.Column{
	{Header: "No", Type: xlsxutil.TypeInt}, {Header: "No KK", Type: xlsxutil.TypeDigits}, {Header: "NIK", Type: xlsxutil.TypeDigits},
	{Header: "Nama", MaxWidth: 30}, {Header: "Hubungan dengan Kepala Keluarga", MaxWidth: 20}, {Header: "Jenis Kelamin"},
	{Header: "Tanggal Lahir", Type: xlsxutil.TypeDate}, {Header: "Alamat", MaxWidth: 35}, {Header: "RT"}, {Header: "RW"}, {Header: "Desil", Type: xlsxutil.TypeInt},
	{Header: "Status Keluarga", MaxWidth: 20}, {Header: "Status Individu", MaxWidth: 20}, {Header: "Tanggal Verifikasi", Type: xlsxutil.TypeDate},
	{Header: "Pemverifikasi", MaxWidth: 25}, {Header: "Catatan", MaxWidth: 40},
}

// ExportVillage writes a village's families and members with their verification status
// to an .xlsx for Dinsos. NIK and No KK are text cells, masked unless Unmask.
func (s *Service) ExportVillage(ctx context.Context, in ExportInput) (ExportResult, error) {
	ed, err := s.edition(ctx, in.EditionID)
	if err != nil {
		return ExportResult{}, err
	}
	var village struct{ Name, Kecamatan, Code string }
	if err := s.db.WithContext(ctx).Raw(`SELECT d.name, k.name AS kecamatan, d.code FROM desa d JOIN kecamatan k ON k.id = d.kecamatan_id
		WHERE d.id = ?`, in.DesaID).Scan(&village).Error; err != nil {
		return ExportResult{}, err
	}
	if village.Name == "" {
		return ExportResult{}, models.NotFound(CodeNotFound, "Desa/kelurahan tidak ditemukan.")
	}
	labels := map[string]string{}
	if st, err := s.Statuses(ctx); err == nil {
		for _, x := range st {
			labels[x.Code] = x.Label
		}
	}
	w, err := xlsxutil.NewWriter(ctx, in.Path)
	if err != nil {
		return ExportResult{}, err
	}
	defer w.Discard()
	masked := "NIK dan No KK disamarkan."
	if in.Unmask {
		masked = "NIK dan No KK ditulis lengkap: data pribadi (UU 27/2022), jaga kerahasiaannya."
	}
	sw, err := w.AddSheet("Verval", []string{
		fmt.Sprintf("Hasil Verifikasi dan Validasi Data Keluarga Desa %s, Kecamatan %s (%s)", village.Name, village.Kecamatan, village.Code),
		fmt.Sprintf("Edisi data: %s. %s", ed.Name, masked)}, exportColumns)
	if err != nil {
		return ExportResult{}, err
	}
	rows, err := s.db.WithContext(ctx).Raw(`SELECT COALESCE(k.no_kk,''), COALESCE(i.nik,''), i.name, COALESCE(i.relationship,''), COALESCE(i.sex,''),
		COALESCE(i.birth_date,''), COALESCE(k.address,''), COALESCE(k.rt,''), COALESCE(k.rw,''), k.desil, COALESCE(k.status,''), COALESCE(i.status,''),
		COALESCE(i.status_date, k.status_date, ''), COALESCE(i.verifier_name, k.verifier_name, ''), COALESCE(i.status_note, k.status_note, '')
		FROM keluarga k JOIN individu i ON i.keluarga_id = k.id WHERE k.edisi_id = ? AND k.desa_id = ?
		ORDER BY k.rt, k.rw, k.no_kk, k.id, i.id`, in.EditionID, in.DesaID).Rows()
	if err != nil {
		return ExportResult{}, err
	}
	defer rows.Close()
	n := 0
	for rows.Next() {
		var kk, nik, name, rel, sex, birth, addr, rt, rw, fst, mst, date, who, note string
		var desil *int
		if err := rows.Scan(&kk, &nik, &name, &rel, &sex, &birth, &addr, &rt, &rw, &desil, &fst, &mst, &date, &who, &note); err != nil {
			return ExportResult{}, err
		}
		if !in.Unmask {
			kk, nik = models.MaskNIK(kk), models.MaskNIK(nik)
		}
		n++
		var d any
		if desil != nil {
			d = *desil
		}
		if err := sw.WriteRow(n, kk, nik, name, rel, sex, birth, addr, rt, rw, d, label(labels, fst), label(labels, mst), date, who, note); err != nil {
			return ExportResult{}, err
		}
	}
	if err := rows.Err(); err != nil {
		return ExportResult{}, err
	}
	if err := w.Save(); err != nil {
		return ExportResult{}, err
	}
	return ExportResult{Path: in.Path, Members: n}, nil
}

// label gives a status's label ("" stays "").
func label(labels map[string]string, code string) string {
	if code == "" {
		return ""
	}
	if l, ok := labels[code]; ok {
		return l
	}
	return code
}
