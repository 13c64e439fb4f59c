package xlsxutil

import (
	"archive/zip"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"sidamping/models"
	"sidamping/services/testutil"
)

// writeBook writes one sheet named sheet with rows of values (strings, numbers, nil).
func writeBook(t testing.TB, path, sheet string, rows [][]any) {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		t.Fatal(err)
	}
	for r, row := range rows {
		for c, v := range row {
			if v == nil {
				continue
			}
			ref, _ := excelize.CoordinatesToCellName(c+1, r+1)
			if err := f.SetCellValue(sheet, ref, v); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
}

func appCode(err error) string {
	var ae *models.AppError
	if errors.As(err, &ae) {
		return ae.Code
	}
	return ""
}

func TestOpenRejectsWrongFiles(t *testing.T) {
	dir := testutil.TempDir(t)
	good := filepath.Join(dir, "good.xlsx")
	writeBook(t, good, "Data", [][]any{{"Kode Desa", "Nama Desa"}, {"33.20.01.2001", "Banyumanik"}})
	data, err := os.ReadFile(good)
	if err != nil {
		t.Fatal(err)
	}
	ole := append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 600)...)
	encrypted := append(append([]byte{}, ole...), encryptionInfo...)
	docx := filepath.Join(dir, "dokumen.xlsx")
	zf, _ := os.Create(docx)
	zw := zip.NewWriter(zf)
	w, _ := zw.Create("word/document.xml")
	_, _ = w.Write([]byte("<document/>"))
	_ = zw.Close()
	_ = zf.Close()

	cases := []struct {
		name, code, want string
		content          []byte
	}{
		{"kosong.xlsx", "xlsx.empty", "Berkas kosong.xlsx kosong", []byte{}},
		{"data.xlsx", "xlsx.text_file", "Berkas data.xlsx berisi teks (mungkin CSV", []byte("kode_desa;nama_desa\n33.20.01.2001;Banyumanik\n")},
		{"rusak.xlsx", "xlsx.corrupt", "Berkas rusak.xlsx rusak", data[:len(data)/2]},
		{"lama.xlsx", "xlsx.legacy_xls", "Berkas lama.xlsx adalah buku kerja Excel lama (.xls)", ole},
		{"sandi.xlsx", "xlsx.encrypted", "Berkas sandi.xlsx dilindungi kata sandi", encrypted},
		{"laporan.xlsx", "files.is_pdf", "Berkas laporan.xlsx adalah dokumen PDF, bukan buku kerja Excel", []byte("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n")},
		{"surat.xlsx", "files.is_word", "Berkas surat.xlsx adalah dokumen Word (.doc)", append(append([]byte{}, ole...), utf16le("WordDocument")...)},
		{"gambar.xlsx", "xlsx.not_xlsx", "Berkas gambar.xlsx bukan buku kerja Excel", []byte{0x89, 'P', 'N', 'G', 0, 0, 0, 0x0D}},
	}
	for _, c := range cases {
		p := filepath.Join(dir, c.name)
		if err := os.WriteFile(p, c.content, 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := Open(p)
		if appCode(err) != c.code || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: got %v (code %q), want code %s and %q", c.name, err, appCode(err), c.code, c.want)
		}
	}
	if _, err := Open(docx); appCode(err) != "files.is_word" || !strings.Contains(err.Error(), "Berkas dokumen.xlsx adalah dokumen Word, bukan buku kerja Excel") {
		t.Errorf("a Word document renamed to .xlsx: %v", err)
	}
	if _, err := Open(filepath.Join(dir, "tidak-ada.xlsx")); appCode(err) != "xlsx.not_found" {
		t.Errorf("missing file: %v", err)
	}
	wb, err := Open(good)
	if err != nil {
		t.Fatal(err)
	}
	defer wb.Close()
	if got := wb.Sheets(); len(got) != 1 || got[0] != "Data" {
		t.Errorf("sheets = %v", got)
	}
}

func TestReadTableRejectsCodesTurnedIntoNumbers(t *testing.T) {
	dir := testutil.TempDir(t)
	p := filepath.Join(dir, "nip.xlsx")
	writeBook(t, p, "Data", [][]any{
		{"Daftar"},
		{"Kode Desa", "Nama Desa", "RT Miskin", "NIP"},
		{3320012001, "Angka Utuh", 12, "197001012000031001"},
		{"33.20.01.2002", "NIP Angka", "1.234", int64(197001012000031001)},
		{"3.32001E+09", "Notasi Ilmiah", nil, "1.97E+17"},
		{nil, nil, nil, nil},
		{33.2, "Kode Desimal", 3, nil},
	})
	wb, err := Open(p)
	if err != nil {
		t.Fatal(err)
	}
	defer wb.Close()
	sh, err := wb.ReadSheet(context.Background(), "Data", nil)
	if err != nil {
		t.Fatal(err)
	}
	tb, ok := sh.Table(NewMatcher(testFields))
	if !ok || tb.Header.Row != 2 {
		t.Fatalf("header not found: %v", ok)
	}
	if len(tb.Records) != 4 {
		t.Fatalf("records = %d, want 4 (blank row skipped)", len(tb.Records))
	}
	if r := tb.Records[0]; r.Get("code") != "3320012001" || r.Get("nip") != "197001012000031001" || len(r.Bad) != 0 {
		t.Errorf("a whole-number code cell and a text NIP must pass: %+v", r)
	}
	if tb.Records[1].Get("poor") != "1.234" {
		t.Errorf("poor = %q", tb.Records[1].Get("poor"))
	}
	got := map[string]string{}
	for _, pr := range tb.Problems {
		got[pr.Cell()] = pr.String()
	}
	if len(got) != 4 || !strings.Contains(got["A7"], "Kode Desa 33.2 tersimpan sebagai angka") {
		t.Errorf("problems = %v", got)
	}
	if m := got["D4"]; !strings.Contains(m, "nip.xlsx, lembar Data, baris 4, kolom D (NIP): NIP") || !strings.Contains(m, "tersimpan sebagai angka") {
		t.Errorf("D4: %q", m)
	}
	if m := got["A5"]; !strings.Contains(m, "notasi ilmiah") {
		t.Errorf("A5: %q", m)
	}
	if m := got["D5"]; !strings.Contains(m, "1.97E+17") {
		t.Errorf("D5: %q", m)
	}
	if !tb.Records[1].Bad["nip"] || !tb.Records[2].Bad["code"] {
		t.Error("rejected cells are not flagged on their records")
	}
}

func TestReadSheetPercentAndNoHeader(t *testing.T) {
	dir := testutil.TempDir(t)
	p := filepath.Join(dir, "persen.xlsx")
	f := excelize.NewFile()
	_ = f.SetSheetRow("Sheet1", "A1", &[]any{"Kode Desa", "Nama Desa", "Persen"})
	_ = f.SetSheetRow("Sheet1", "A2", &[]any{"33.20.01.2001", "A", 0.1178})
	pct, _ := f.NewStyle(&excelize.Style{NumFmt: 10}) // 0.00%
	_ = f.SetCellStyle("Sheet1", "C2", "C2", pct)
	if err := f.SaveAs(p); err != nil {
		t.Fatal(err)
	}
	_ = f.Close()
	fields := append(append([]Field{}, testFields...), Field{Key: "pct", Label: "Persen", Type: TypeDecimal})
	wb, err := Open(p)
	if err != nil {
		t.Fatal(err)
	}
	defer wb.Close()
	sh, _ := wb.ReadSheet(context.Background(), "Sheet1", nil)
	tb, _ := sh.Table(NewMatcher(fields))
	if v := tb.Records[0].Get("pct"); v != "11.78" {
		t.Errorf("percent cell read as %q, want 11.78", v)
	}
	e := NoHeaderError("x.xlsx", "Lembar1", HeaderScanRows, NewMatcher(testFields).RequiredLabels())
	if e.Message != "Berkas x.xlsx: lembar Lembar1 baris 1-10 tidak memuat judul kolom yang dikenali: wajib Kode Desa, Nama Desa." {
		t.Errorf("message = %q", e.Message)
	}
}

func TestParseNumbers(t *testing.T) {
	ints := map[string]int64{"": 0, "1250": 1250, "1.250": 1250, "1,250": 1250, "1 250": 1250, "1250.0000000001": 1250, "-3": -3}
	for in, want := range ints {
		if got, err := ParseInt("Jumlah", in); err != nil || got != want {
			t.Errorf("ParseInt(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	if _, err := ParseInt("Jumlah", "dua"); err == nil || err.Error() != `Jumlah "dua" bukan bilangan bulat.` {
		t.Errorf("ParseInt(dua) error = %v", err)
	}
	decs := map[string]float64{"12.5": 12.5, "12,5": 12.5, "1.234,5": 1234.5, "1,234.5": 1234.5, "12,5 %": 12.5, "": 0}
	for in, want := range decs {
		if got, err := ParseDecimal("Persen", in); err != nil || got != want {
			t.Errorf("ParseDecimal(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
}
