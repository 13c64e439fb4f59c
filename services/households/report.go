package households

import (
	"context"

	"sidamping/services/xlsxutil"
)

// reportColumns are the columns of the error report.
var reportColumns = []xlsxutil.Column{
	{Header: "Berkas", MaxWidth: 30}, {Header: "Lembar", MaxWidth: 20}, {Header: "Baris", Type: xlsxutil.TypeInt},
	{Header: "Kolom", MaxWidth: 8}, {Header: "Judul Kolom", MaxWidth: 25}, {Header: "Nilai", MaxWidth: 30},
	{Header: "Kode", MaxWidth: 30}, {Header: "Keterangan", MaxWidth: 80},
}

// WriteErrorReport writes the rows an import skipped (or rejected) to an .xlsx: file,
// sheet, row, column, value, code and reason; the rows it kept with a temporary NIK
// (flagged) go to a second sheet "NIK Sementara". Values are written as text, so a NIK
// in the report stays as it was in the file.
func WriteErrorReport(ctx context.Context, path string, errs, flagged []RowError) error {
	w, err := xlsxutil.NewWriter(ctx, path)
	if err != nil {
		return err
	}
	defer w.Discard()
	sw, err := w.AddSheet("Galat Impor", []string{"Baris yang tidak diimpor", "Perbaiki sel yang disebut lalu impor ulang berkasnya."}, reportColumns)
	if err != nil {
		return err
	}
	for _, e := range errs {
		if err := sw.WriteRow(e.File, e.Sheet, e.Row, e.Column, e.Header, e.Value, e.Code, e.Message); err != nil {
			return err
		}
	}
	if len(flagged) > 0 {
		fw, err := w.AddSheet("NIK Sementara", []string{"Baris yang diimpor dengan NIK sementara", "NIK-nya bukan 16 angka; lengkapi saat verifikasi."}, reportColumns)
		if err != nil {
			return err
		}
		for _, e := range flagged {
			if err := fw.WriteRow(e.File, e.Sheet, e.Row, e.Column, e.Header, e.Value, e.Code, e.Message); err != nil {
				return err
			}
		}
	}
	return w.Save()
}
