package masterxlsx

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"sidamping/models"
	"sidamping/services/common"
	"sidamping/services/master"
	"sidamping/services/xlsxutil"
)

// Lists Export writes.
const (
	ListKecamatan = "kecamatan"
	ListDesa      = "desa"
	ListOPD       = "opd"
)

// Sheet names of the exports.
const (
	SheetKecamatan = "Kecamatan"
	SheetDesa      = "Desa dan Kelurahan"
	SheetOPD       = "Perangkat Daerah"
)

// Export writes the list ("kecamatan", "desa" or "opd") to path as a styled workbook
// whose header the importer recognises, so the file can be edited and imported again.
func (s *Service) Export(ctx context.Context, list, path string) error {
	var fill func(context.Context, *xlsxutil.Writer, *common.Progress) error
	switch list {
	case ListKecamatan:
		fill = s.exportKecamatan
	case ListDesa:
		fill = s.exportDesa
	case ListOPD:
		fill = s.exportOPD
	default:
		return models.Invalid("export.unknown_list", "list", fmt.Sprintf("Daftar %q tidak dikenal; pilih kecamatan, desa atau opd.", list))
	}
	prog := common.NewProgress(s.em, "export-"+list)
	w, err := xlsxutil.NewWriter(ctx, path)
	if err != nil {
		return err
	}
	defer w.Discard()
	if err := fill(ctx, w, prog); err != nil {
		return exportError(ctx, err)
	}
	if err := w.Save(); err != nil {
		return exportError(ctx, err)
	}
	prog.Finish("simpan", "Tersimpan di "+path)
	return nil
}

func exportError(ctx context.Context, err error) error {
	if ctx.Err() != nil {
		return cancelled(ctx)
	}
	var ae *models.AppError
	if errors.As(err, &ae) {
		return err
	}
	return models.Internal(err)
}

// title gives the title lines of an export.
func (s *Service) title(what string, extra ...string) []string {
	lines := []string{what}
	lines = append(lines, extra...)
	return append(lines, "Diekspor dari SiDamping pada "+common.Tanggal(s.clock.Now()))
}

func (s *Service) exportKecamatan(ctx context.Context, w *xlsxutil.Writer, prog *common.Progress) error {
	rows, err := master.New(s.db, s.clock).ListKecamatan(ctx, "")
	if err != nil {
		return err
	}
	sw, err := w.AddSheet(SheetKecamatan, s.title("DAFTAR KECAMATAN"), []xlsxutil.Column{
		{Header: hKecCode, Type: xlsxutil.TypeCode}, {Header: hKecName}, {Header: "Jumlah Desa/Kelurahan", Type: xlsxutil.TypeInt},
	})
	if err != nil {
		return err
	}
	for i, k := range rows {
		if err := sw.WriteRow(k.Code, k.Name, k.VillageCount); err != nil {
			return err
		}
		prog.Report("tulis", int64(i+1), int64(len(rows)))
	}
	return nil
}

func (s *Service) exportDesa(ctx context.Context, w *xlsxutil.Writer, prog *common.Progress) error {
	ms := master.New(s.db, s.clock)
	year, err := ms.ActiveYear(ctx)
	if err != nil {
		return err
	}
	rows, err := ms.ListDesa(ctx, master.DesaQuery{Year: year})
	if err != nil {
		return err
	}
	cols := []xlsxutil.Column{
		{Header: hKecCode, Type: xlsxutil.TypeCode}, {Header: hKecName}, {Header: hDesaCode, Type: xlsxutil.TypeCode},
		{Header: hDesaName}, {Header: hKind}, {Header: hPopulation, Type: xlsxutil.TypeInt},
		{Header: hHouseholds, Type: xlsxutil.TypeInt}, {Header: hPoor, Type: xlsxutil.TypeInt},
		{Header: hPct, Type: xlsxutil.TypeDecimal}, {Header: hIDM},
	}
	var sub []string
	if year != 0 {
		y := strconv.Itoa(year)
		cols = append(cols, xlsxutil.Column{Header: "Prioritas " + y}, xlsxutil.Column{Header: "Lanjutan " + y})
		sub = append(sub, "Tahun program aktif: "+y)
	}
	sw, err := w.AddSheet(SheetDesa, s.title("DAFTAR DESA DAN KELURAHAN", sub...), cols)
	if err != nil {
		return err
	}
	for i, d := range rows {
		vals := []any{d.KecamatanCode, d.KecamatanName, d.Code, d.Name, titleCase(d.Kind), d.Population,
			d.Households, d.PoorHouseholds, d.PovertyPct, d.IDMStatus}
		if year != 0 {
			vals = append(vals, yes(d.Priority), yes(d.Continuation))
		}
		if err := sw.WriteRow(vals...); err != nil {
			return err
		}
		prog.Report("tulis", int64(i+1), int64(len(rows)))
	}
	return nil
}

func (s *Service) exportOPD(ctx context.Context, w *xlsxutil.Writer, prog *common.Progress) error {
	rows, err := master.New(s.db, s.clock).ListOPD(ctx, "")
	if err != nil {
		return err
	}
	sw, err := w.AddSheet(SheetOPD, s.title("DAFTAR PERANGKAT DAERAH"), []xlsxutil.Column{
		{Header: "Kode", Type: xlsxutil.TypeCode}, {Header: "Nama Perangkat Daerah"}, {Header: "Singkatan"},
		{Header: "Jenis"}, {Header: "Nama Kepala"}, {Header: "Pangkat/Golongan"},
		{Header: "NIP", Type: xlsxutil.TypeDigits}, {Header: "Alamat"}, {Header: "Telepon", Type: xlsxutil.TypeCode},
		{Header: "Email"},
	})
	if err != nil {
		return err
	}
	for i, o := range rows {
		if err := sw.WriteRow(o.Code, o.Name, o.Abbreviation, o.Kind, o.HeadName, o.HeadRank, o.HeadNIP,
			o.Address, o.Phone, o.Email); err != nil {
			return err
		}
		prog.Report("tulis", int64(i+1), int64(len(rows)))
	}
	return nil
}

func yes(b bool) string {
	if b {
		return "Ya"
	}
	return ""
}

// titleCase turns "kelurahan" into "Kelurahan".
func titleCase(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
