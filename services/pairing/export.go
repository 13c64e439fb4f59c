package pairing

import (
	"context"
	"fmt"

	"sidamping/services/xlsxutil"
)

// Export writes the year's pairings to an .xlsx at path: No, Kecamatan, Desa/Kelurahan,
// Kode, Perangkat Daerah Pendamping, Koordinator, Jumlah Tim, Mitra, Lanjutan.
func (s *Service) Export(ctx context.Context, year int, regency string, path string) (int, error) {
	b, err := s.Board(ctx, year)
	if err != nil {
		return 0, err
	}
	w, err := xlsxutil.NewWriter(ctx, path)
	if err != nil {
		return 0, err
	}
	defer w.Discard()
	title := []string{fmt.Sprintf("Pendampingan Desa/Kelurahan Prioritas Tahun %d", year)}
	if regency != "" {
		title = append(title, regency+" — Gerakan Satu Perangkat Daerah Satu Desa Dampingan")
	}
	sh, err := w.AddSheet("Pendampingan", title, []xlsxutil.Column{
		{Header: "No", Type: xlsxutil.TypeInt},
		{Header: "Kecamatan", Type: xlsxutil.TypeText},
		{Header: "Desa/Kelurahan", Type: xlsxutil.TypeText},
		{Header: "Kode", Type: xlsxutil.TypeCode},
		{Header: "Perangkat Daerah Pendamping", Type: xlsxutil.TypeText},
		{Header: "Koordinator", Type: xlsxutil.TypeText},
		{Header: "Jumlah Tim", Type: xlsxutil.TypeInt},
		{Header: "Mitra", Type: xlsxutil.TypeText},
		{Header: "Desa Lanjutan", Type: xlsxutil.TypeText},
	})
	if err != nil {
		return 0, err
	}
	n := 0
	for _, v := range b.Villages {
		n++
		cont := ""
		if v.Continuation {
			cont = "Ya"
		}
		opd := v.OPDName
		if v.PendampinganID == 0 {
			opd = "(belum ada pendamping)"
		}
		if err := sh.WriteRow(n, v.KecamatanName, v.Name, v.Code, opd, v.Coordinator, v.TeamSize, v.PartnerNames, cont); err != nil {
			return 0, err
		}
	}
	return n, w.Save()
}
