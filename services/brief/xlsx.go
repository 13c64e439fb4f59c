package brief

import (
	"context"
	"strings"

	"sidamping/services/reporting"
	"sidamping/services/xlsxutil"
)

// Sheet names of the brief's workbook.
const (
	SheetSummary  = "Ringkasan"
	SheetSources  = "Sumber Dana"
	SheetRanking  = "Peringkat OPD"
	SheetNotRep   = "Belum Melapor"
	SheetKec      = "Kecamatan"
	SheetVillages = "Desa"
	SheetOutcome  = "Sasaran dan Pergerakan"
)

func txt(h string, w float64) xlsxutil.Column {
	return xlsxutil.Column{Header: h, Type: xlsxutil.TypeText, MaxWidth: w}
}
func num(h string) xlsxutil.Column {
	return xlsxutil.Column{Header: h, Type: xlsxutil.TypeInt, MaxWidth: 12}
}
func rp(h string) xlsxutil.Column {
	return xlsxutil.Column{Header: h, Type: xlsxutil.TypeInt, NumFmt: xlsxutil.RupiahFormat, MinWidth: 16, MaxWidth: 20}
}
func share(h string) xlsxutil.Column {
	return xlsxutil.Column{Header: h, Type: xlsxutil.TypeDecimal, NumFmt: xlsxutil.PercentFormat, MinWidth: 9, MaxWidth: 12}
}

func (s *Service) writeXLSX(ctx context.Context, c content, path string) error {
	w, err := xlsxutil.NewWriter(ctx, path)
	if err != nil {
		return err
	}
	defer w.Discard()
	title := c.titles()
	opt := xlsxutil.SheetOptions{Print: &xlsxutil.PrintSetup{Landscape: true, Paper: xlsxutil.PaperA4, FitToWidth: true, RepeatHeader: true}}
	add := func(name, sub string, cols []xlsxutil.Column, rows [][]any) error {
		sh, err := w.AddSheetWith(name, append(append([]string{}, title...), sub), cols, opt)
		if err != nil {
			return err
		}
		for _, r := range rows {
			if err := sh.WriteRow(r...); err != nil {
				return err
			}
		}
		return nil
	}
	d, h := c.d, c.d.Headline
	summary := [][]any{
		{"Desa prioritas", int64(h.PriorityVillages), "desa"},
		{"Desa didampingi", int64(h.Paired), "desa"},
		{"Desa dengan tim pendamping", int64(h.WithTeam), "desa"},
		{"Desa dengan rencana aksi", int64(h.WithPlan), "desa"},
		{"Desa dengan realisasi bulan " + d.MonthName, int64(h.WithRealisation), "desa"},
		{"Surat terbit", int64(h.LettersIssued), "surat"},
		{"Kegiatan", int64(h.Activities), "kegiatan"},
		{"Kegiatan terlambat", int64(h.Late), "kegiatan"},
		{"Anggaran", h.Planned, "Rp"},
		{"Realisasi", h.Realised, "Rp"},
		{"Serapan anggaran", h.Absorption / 100, "%"},
		{"Progres fisik rata-rata desa", h.Progress / 100, "%"},
		{"Progres menurut jadwal", h.Expected / 100, "%"},
		{"Penerima manfaat (KK)", int64(h.Households), "KK"},
		{"Penerima manfaat (jiwa)", int64(h.People), "jiwa"},
		{"OPD sudah melapor bulan " + d.MonthName, int64(h.OPDReported), "OPD"},
		{"OPD belum melapor bulan " + d.MonthName, int64(h.OPDNotReported), "OPD"},
	}
	if v := d.Verification; v.Edition != "" {
		summary = append(summary, []any{"Anggota keluarga terverifikasi (" + v.Edition + ")", v.MembersVerified, "jiwa"},
			[]any{"Verifikasi data keluarga", v.Percent / 100, "%"})
	}
	// Numbers and shares in one column: shares carry their own format through a decimal column.
	sumRows := make([][]any, len(summary))
	for i, r := range summary {
		switch v := r[1].(type) {
		case float64:
			sumRows[i] = []any{i + 1, r[0], nil, v}
		default:
			sumRows[i] = []any{i + 1, r[0], v, nil}
		}
		sumRows[i] = append(sumRows[i], r[2])
	}
	if err := add(SheetSummary, "Angka Utama", []xlsxutil.Column{num("No"), txt("Uraian", 48), rp("Jumlah"), share("Persentase"), txt("Satuan", 10)}, sumRows); err != nil {
		return err
	}
	var src [][]any
	for _, x := range d.Sources {
		src = append(src, []any{x.Label, x.Planned, x.Realised, x.Absorption / 100})
	}
	if err := add(SheetSources, "Anggaran dan Realisasi per Sumber Dana", []xlsxutil.Column{txt("Sumber Dana", 24), rp("Anggaran (Rp)"), rp("Realisasi (Rp)"), share("Serapan")}, src); err != nil {
		return err
	}
	var rank [][]any
	for i, o := range d.OPD {
		rank = append(rank, []any{i + 1, o.Code, o.Name, villagesText(o.Villages), o.Planned, o.Realised, o.Absorption / 100, o.Progress / 100,
			o.Expected / 100, int64(o.Late), monthText(o.LastReportedMonth)})
	}
	if err := add(SheetRanking, "Peringkat Perangkat Daerah (yang tertinggal di atas)", []xlsxutil.Column{num("No"), txt("Kode", 14), txt("Perangkat Daerah", 45),
		txt("Desa Dampingan", 36), rp("Anggaran (Rp)"), rp("Realisasi (Rp)"), share("Serapan"), share("Progres Fisik"), share("Jadwal"),
		num("Terlambat"), txt("Lapor Terakhir", 16)}, rank); err != nil {
		return err
	}
	var nr [][]any
	for i, o := range c.st.NotReportedList() {
		nr = append(nr, reporting.NotReportedRow(i+1, o))
	}
	if err := add(SheetNotRep, "Perangkat Daerah yang Belum Melaporkan Realisasi Bulan "+d.MonthName, reporting.NotReportedColumns(), nr); err != nil {
		return err
	}
	var kec [][]any
	for _, k := range d.Kecamatan {
		kec = append(kec, []any{k.Code, k.Name, int64(k.Villages), int64(k.Desil12), int64(k.Activities), k.Planned, k.Realised, k.Absorption / 100})
	}
	if err := add(SheetKec, "Sebaran per Kecamatan", []xlsxutil.Column{txt("Kode", 10), txt("Kecamatan", 24), num("Desa Didampingi"), num("Keluarga Desil 1-2"),
		num("Kegiatan"), rp("Anggaran (Rp)"), rp("Realisasi (Rp)"), share("Serapan")}, kec); err != nil {
		return err
	}
	var vil [][]any
	for _, v := range d.Villages {
		vil = append(vil, []any{v.Code, v.Name, v.Kecamatan, v.OPD, int64(v.Desil12), int64(v.Activities), v.Planned, v.Realised, v.Progress / 100})
	}
	if err := add(SheetVillages, "Desa Prioritas dan Desa Dampingan", []xlsxutil.Column{txt("Kode", 14), txt("Desa/Kelurahan", 24), txt("Kecamatan", 20),
		txt("Perangkat Daerah Pendamping", 40), num("Keluarga Desil 1-2"), num("Kegiatan"), rp("Anggaran (Rp)"), rp("Realisasi (Rp)"), share("Progres Fisik")}, vil); err != nil {
		return err
	}
	var out [][]any
	if d.Outcome == nil || len(d.Outcome.Tables) == 0 {
		out = append(out, []any{outcomeNote})
	} else {
		for _, t := range d.Outcome.Tables {
			out = append(out, []any{t.Title})
			if len(t.Header) > 0 {
				out = append(out, []any{strings.Join(t.Header, " | ")})
			}
			for _, r := range t.Rows {
				out = append(out, []any{strings.Join(r, " | ")})
			}
			if t.Note != "" {
				out = append(out, []any{t.Note})
			}
			out = append(out, []any{""})
		}
	}
	if err := add(SheetOutcome, "Ketepatan Sasaran dan Pergerakan Desil", []xlsxutil.Column{txt("Keterangan", 120)}, out); err != nil {
		return err
	}
	return w.Save()
}
