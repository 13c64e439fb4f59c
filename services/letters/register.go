package letters

import (
	"context"
	"fmt"
	"strings"

	"sidamping/models"
	"sidamping/services/xlsxutil"
)

// registerTitle flattens a frozen signatory title ("a.n. BUPATI CONTOH\nSEKRETARIS DAERAH")
// to one line.
func registerTitle(t string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(t, "\n", " ")), " ")
}

// ExportRegister writes the register of outgoing letters (buku agenda surat keluar):
// it writes the year's register of outgoing letters (every issued or cancelled
// letter, in number order) to an .xlsx at path: No, Nomor, Tanggal (a date cell), Perihal,
// Tujuan, Penandatangan, Status. It returns how many letters it lists.
func (s *Service) ExportRegister(ctx context.Context, year int, path string) (int, error) {
	var rows []ArchiveRow
	err := s.db.WithContext(ctx).Table("surat s").Select("s.*, COALESCE(o.name,'') AS opd_name").
		Joins("LEFT JOIN opd o ON o.id = s.opd_id").Where("s.status <> ? AND s.year = ?", models.StatusDraf, year).
		Order("s.letter_date, s.seq, s.id").Scan(&rows).Error
	if err != nil {
		return 0, err
	}
	var profil models.Profil
	s.db.WithContext(ctx).Limit(1).Find(&profil)
	w, err := xlsxutil.NewWriter(ctx, path)
	if err != nil {
		return 0, err
	}
	defer w.Discard()
	title := []string{fmt.Sprintf("Buku Agenda Surat Keluar Tahun %d", year)}
	if t := profil.RegionTitle(); t != "" {
		title = append(title, t+" — Gerakan Satu Perangkat Daerah Satu Desa Dampingan")
	}
	sh, err := w.AddSheetWith("Surat Keluar", title, []xlsxutil.Column{
		{Header: "No", Type: xlsxutil.TypeInt},
		{Header: "Nomor Surat", Type: xlsxutil.TypeText},
		{Header: "Tanggal", Type: xlsxutil.TypeDate},
		{Header: "Perihal", Type: xlsxutil.TypeText, MaxWidth: 60},
		{Header: "Tujuan", Type: xlsxutil.TypeText, MaxWidth: 40},
		{Header: "Penandatangan", Type: xlsxutil.TypeText, MaxWidth: 45},
		{Header: "Status", Type: xlsxutil.TypeText, MaxWidth: 40},
	}, xlsxutil.SheetOptions{Print: &xlsxutil.PrintSetup{Landscape: true, FitToWidth: true, RepeatHeader: true}})
	if err != nil {
		return 0, err
	}
	for i, r := range rows {
		tujuan := r.OPDName
		if r.Type == models.SuratKeputusan {
			tujuan = "Perangkat daerah pendamping (lampiran keputusan)"
		}
		sig := r.SignatoryName
		if t := registerTitle(r.SignatoryTitle); t != "" {
			sig += " (" + t + ")"
		}
		status := "Terbit"
		if r.Status == models.StatusBatal {
			status = "Dibatalkan"
			if r.CancelReason != "" {
				status += ": " + r.CancelReason
			}
		}
		var date any
		if r.LetterDate != nil {
			date = *r.LetterDate
		}
		if err := sh.WriteRow(i+1, r.Number, date, r.Subject, tujuan, sig, status); err != nil {
			return 0, err
		}
	}
	return len(rows), w.Save()
}
