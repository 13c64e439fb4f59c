package orphans_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"sidamping/services/orphans"
	"sidamping/services/testutil"
)

// writeBook writes rows (the first is the header) to a new workbook; a value of type
// int is written as a number cell.
func writeBook(t *testing.T, rows [][]any) string {
	t.Helper()
	f := excelize.NewFile()
	for r, row := range rows {
		for c, v := range row {
			ref, _ := excelize.CoordinatesToCellName(c+1, r+1)
			if err := f.SetCellValue("Sheet1", ref, v); err != nil {
				t.Fatal(err)
			}
		}
	}
	path := filepath.Join(testutil.TempDir(t), "anak-yatim-desa.xlsx")
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestImportChildrenWithTolerantHeaders(t *testing.T) {
	e := setup(t)
	code := e.f.Desa[0].Code
	path := writeBook(t, [][]any{
		{"DATA ANAK YATIM DESA"},
		{"No.", "Kd. Desa", "NAMA LENGKAP", "NIK", "L/P", "Tgl Lahir", "Status", "Nama Wali", "Sekolah", "JKN/KIS", "Kebutuhan", "Kolom Lain"},
		{1, code, "Rina Safitri", "3320014101150002", "P", "17-08-2015", "Yatim", "Sumarni", "SD", "ya", "pendidikan, akta kelahiran", "x"},
		{2, code, "Joko", "", "Laki-laki", "2019-02-03", "Yatim Piatu", "Mbah Karto", "belum sekolah", "tidak", "", ""},
	})
	pv, err := e.s.PreviewImport(ctx, orphans.ImportInput{File: path, Kind: orphans.KindChildren})
	if err != nil {
		t.Fatal(err)
	}
	if pv.HeaderRow != 2 || pv.Rows != 2 || len(pv.Problems) != 0 || len(pv.Ignored) != 1 || pv.Ignored[0].Header != "Kolom Lain" {
		t.Fatalf("preview %+v", pv)
	}
	if testutil.Count(t, e.f.DB, "anak_yatim") != 0 {
		t.Fatal("the preview saved rows")
	}
	res, err := e.s.Import(ctx, orphans.ImportInput{File: path, Kind: orphans.KindChildren})
	if err != nil || !res.OK || res.Imported != 2 {
		t.Fatalf("import %+v %v", res, err)
	}
	if n := testutil.Count(t, e.f.DB, "anak_yatim", "name = ? AND nik = ? AND category = 'yatim' AND school = 'sd' AND jkn = 1 AND needs = 'pendidikan,dokumen' AND birth_date = '2015-08-17'",
		"Rina Safitri", "3320014101150002"); n != 1 {
		t.Fatal("Rina's row is not as imported")
	}
	if n := testutil.Count(t, e.f.DB, "anak_yatim", "name = 'Joko' AND nik IS NULL AND category = 'yatim_piatu' AND sex = 'L' AND school = 'belum_sekolah'"); n != 1 {
		t.Fatal("Joko's row is not as imported")
	}
}

func TestImportRefusesBadRowsWithCellsAndSavesNothing(t *testing.T) {
	e := setup(t)
	code := e.f.Desa[0].Code
	path := writeBook(t, [][]any{
		{"Kode Desa", "Nama Anak", "NIK", "Jenis Kelamin", "Tanggal Lahir", "Status Anak", "Status Sekolah"},
		{code, "Baik", "3320014101150002", "P", "2015-08-17", "Yatim", "SD"},
		{code, "NIK Angka", 3320014101150003, "P", "2015-08-17", "Yatim", "SD"},
		{code, "Masa Depan", "", "L", "2027-01-01", "Piatu", "SD"},
		{code, "Dewasa", "", "L", "2000-01-01", "Piatu", "SMA"},
		{"33.20.09.2999", "Desa Asing", "", "L", "2015-01-01", "Piatu", "SD"},
	})
	res, err := e.s.Import(ctx, orphans.ImportInput{File: path, Kind: orphans.KindChildren})
	wantCode(t, err, orphans.CodeImportInvalid, "")
	if res.OK || res.Imported != 0 {
		t.Fatalf("result %+v", res)
	}
	got := map[int]orphans.Problem{}
	for _, p := range res.Errors {
		got[p.Row] = p
	}
	want := []struct {
		row        int
		col, words string
	}{{3, "C", "sebagai angka"}, {4, "E", "masa depan"}, {5, "E", "registri ini untuk anak"}, {6, "A", "33.20.09.2999"}}
	if len(res.Errors) != len(want) {
		t.Fatalf("errors %+v", res.Errors)
	}
	for _, w := range want {
		p := got[w.row]
		if p.Column != w.col || !strings.Contains(p.Message, w.words) || !strings.Contains(p.Text, "baris") {
			t.Errorf("row %d: %+v", w.row, p)
		}
	}
	if n := testutil.Count(t, e.f.DB, "anak_yatim"); n != 0 {
		t.Fatalf("%d rows saved from a refused file", n)
	}
}

func TestImportFostersAndTheMappingCorrection(t *testing.T) {
	e := setup(t)
	path := writeBook(t, [][]any{
		{"Nama Donatur", "Unsur", "OPD", "Kecamatan", "No HP", "Nominal Per Bulan", "Biaya Sekolah", "Kesanggupan", "TMT", "Sampai"},
		{"Baznas Kabupaten", "Baznas", "", e.f.Kec[0].Name, "0291 123456", "500000", "ya", "10", "01-01-2026", "31-12-2026"},
		{"Pak Slamet", "ASN", e.f.OPD[0].Code, "", "0812 1111 2222", 250000, "tidak", "", "2026-02-01", ""},
	})
	// "Kesanggupan" means nothing to the matcher; the user maps it to Jumlah Anak.
	pv, err := e.s.PreviewImport(ctx, orphans.ImportInput{File: path, Kind: orphans.KindFosters})
	if err != nil {
		t.Fatal(err)
	}
	if len(pv.Ignored) != 1 || pv.Ignored[0].Header != "Kesanggupan" {
		t.Fatalf("ignored %+v", pv.Ignored)
	}
	res, err := e.s.Import(ctx, orphans.ImportInput{File: path, Kind: orphans.KindFosters, Mapping: map[string]string{"Kesanggupan": "capacity"}})
	if err != nil || res.Imported != 2 {
		t.Fatalf("import %+v %v", res, err)
	}
	if n := testutil.Count(t, e.f.DB, "orang_tua_asuh", "name = 'Baznas Kabupaten' AND kind = 'baznas' AND capacity = 10 AND money_per_month = 500000 AND school_costs = 1 AND kecamatan_id = ? AND period_end = '2026-12-31'", e.f.Kec[0].ID); n != 1 {
		t.Fatal("Baznas row not as imported")
	}
	if n := testutil.Count(t, e.f.DB, "orang_tua_asuh", "name = 'Pak Slamet' AND kind = 'asn' AND opd_id = ? AND capacity = 1", e.f.OPD[0].ID); n != 1 {
		t.Fatal("ASN row not as imported")
	}
}
