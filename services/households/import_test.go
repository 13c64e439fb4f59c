package households

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"sidamping/models"
	"sidamping/services/common"
	"sidamping/services/testutil"
)

func TestImportDTKS(t *testing.T) {
	svc, db, rec := newService(t)
	dir := testutil.TempDir(t)
	path := dtksBook(t, dir, "dtks.xlsx", 20, 3)
	res, err := svc.Import(ctx, ImportInput{Files: []string{path}, Edition: "DTKS Oktober 2026", DataDate: "2026-10-01"})
	if err != nil {
		t.Fatalf("%v %+v", err, res)
	}
	if res.Imported != 60 || res.Families != 20 || res.Source != "dtks" || res.RowsRead != 60 || res.Skipped != 0 {
		t.Fatalf("result %+v", res)
	}
	if n := testutil.Count(t, db, "individu"); n != 60 {
		t.Fatalf("individu %d", n)
	}
	if n := testutil.Count(t, db, "keluarga", "no_kk = ? AND rt = '003' AND rw = '001' AND desa_id = ?", kkOf(7), 100+1+7%5); n != 1 {
		t.Fatalf("family 7: %d", n)
	}
	var m struct{ Name, BirthDate, Sex, Extra, NikFlag, SourceID, MotherName, Relationship string }
	db.Raw("SELECT * FROM individu WHERE nik = ?", nikOf(7, 2)).Scan(&m)
	want := struct{ Name, BirthDate, Sex, Extra, NikFlag, SourceID, MotherName, Relationship string }{
		"WARGA 7 2", "1980-01-12", "L", "", "valid", "DTKS00000020", "IBU 7", "ISTRI"}
	if m != want {
		t.Fatalf("member %+v", m)
	}
	if n := testutil.Count(t, db, "keluarga", "extra = ?", `{"STATUS PKH":"YA"}`); n != 20 {
		t.Fatalf("family extra on %d families", n)
	}
	var ed models.Edisi
	db.First(&ed)
	if ed.Name != "DTKS Oktober 2026" || ed.Families != 20 || ed.Members != 60 || ed.Files != `["dtks.xlsx"]` || ed.DataDate != "2026-10-01" {
		t.Fatalf("edition %+v", ed)
	}
	if len(rec.Named("progress")) == 0 {
		t.Fatal("no progress events")
	}
	// The indexes are all there (none is dropped any more), and every member is findable
	// by name in its edition's part of individu_nama.
	if n := testutil.Count(t, db, "sqlite_master", "type = 'index' AND tbl_name IN ('keluarga','individu') AND sql IS NOT NULL"); n != 8 {
		t.Fatalf("%d indexes after import", n)
	}
	if n := testutil.Count(t, db, "individu_nama", "edisi_id = ?", ed.ID); n != 60 {
		t.Fatalf("%d names in individu_nama", n)
	}
	// The same name again is refused.
	if _, err := svc.Import(ctx, ImportInput{Files: []string{path}, Edition: "dtks oktober 2026"}); !isCodeErr(err, CodeEditionExists) {
		t.Fatalf("duplicate edition: %v", err)
	}
}

// TestImportSeveralFilesAndSheets makes one edition of two files, one with two sheets,
// and a P3KE-style CSV matched by village name within the kecamatan.
func TestImportSeveralFilesAndSheets(t *testing.T) {
	svc, db, _ := newService(t)
	dir := testutil.TempDir(t)
	a := dtksBook(t, dir, "a.xlsx", 3, 2)
	rows1 := [][]any{dtksHeader, dtksRow(1, 10, 1, 2, 1), dtksRow(2, 10, 2, 2, 1)}
	rows2 := [][]any{{"Keterangan"}, {"dibuat oleh operator"}}
	rows3 := [][]any{dtksHeader, dtksRow(3, 11, 1, 3, 5)}
	b := writeBook(t, filepath.Join(dir, "b.xlsx"), sheetData{name: "Lembar1", rows: rows1}, sheetData{name: "Catatan", rows: rows2}, sheetData{name: "Lembar2", rows: rows3})
	res, err := svc.Import(ctx, ImportInput{Files: []string{a, b}, Edition: "DTKS gabungan"})
	if err != nil {
		t.Fatal(err)
	}
	if res.Imported != 9 || res.Families != 5 || len(res.Notes) != 1 || !strings.Contains(res.Notes[0], "Catatan") {
		t.Fatalf("%+v", res)
	}
	if n := testutil.Count(t, db, "keluarga", "desa_id = 305"); n != 1 {
		t.Fatalf("village 33.20.03.2005: %d", n)
	}

	csv := filepath.Join(dir, "p3ke.csv")
	os.WriteFile(csv, []byte("id_keluarga_p3ke;kecamatan;desa;desil_kesejahteraan;id_individu;nama;nik;no_kk;tanggal_lahir;jenis_atap\n"+
		"P3KE-1;Kec 01;Desa 01-02;1;I-1;SITI RAHAYU;3320019901010001;3320019901010000;12 Januari 1980;GENTENG\n"+
		"P3KE-1;KEC. 01;desa 01-02;1;I-2;BUDI SANTOSO;3320019901010002;3320019901010000;1980-02-03;GENTENG\n"+
		"P3KE-2;Kec 02;Desa 02-03;2;I-3;SRI LESTARI;;3320019901020000;03/04/1990;SENG\n"), 0o644)
	res, err = svc.Import(ctx, ImportInput{Files: []string{csv}, Edition: "P3KE 2026"})
	if err != nil {
		t.Fatal(err)
	}
	if res.Source != models.SourceP3KE || res.Imported != 3 || res.Families != 2 {
		t.Fatalf("%+v", res)
	}
	var f struct {
		DesaID   uint
		Desil    int
		SourceID string
		Extra    string
	}
	db.Raw("SELECT desa_id, desil, source_id, extra FROM keluarga WHERE no_kk = '3320019901010000'").Scan(&f)
	if f.DesaID != 102 || f.Desil != 1 || f.SourceID != "P3KE-1" || f.Extra != `{"jenis_atap":"GENTENG"}` {
		t.Fatalf("family %+v", f)
	}
	if n := testutil.Count(t, db, "individu", "nik IS NULL AND nik_flag = 'kosong' AND name = 'SRI LESTARI' AND birth_date = '1990-04-03'"); n != 1 {
		t.Fatal("member without NIK must be kept and flagged")
	}
}

// badBook writes a DTKS workbook whose row 3 (the second data row) is changed by edit.
func badBook(t *testing.T, dir, name string, edit func(row []any)) string {
	rows := [][]any{dtksHeader}
	for i := 1; i <= 4; i++ {
		rows = append(rows, dtksRow(i, i, 1, 1, 1))
	}
	edit(rows[2])
	return writeBook(t, filepath.Join(dir, name), sheetData{name: "DTKS", rows: rows})
}

func TestImportRejectAndSkip(t *testing.T) {
	dir := testutil.TempDir(t)
	cases := []struct {
		name string
		edit func(row []any)
		code string
		cell string
	}{
		{"nik-angka", func(r []any) { r[2] = 3320000000020000 }, CodeNIKNumeric, "C3"},
		{"nik-ilmiah", func(r []any) { r[2] = "3.32E+15" }, CodeNIKScientific, "C3"},
		{"kk-angka", func(r []any) { r[3] = 3320000000019002 }, CodeKKNumeric, "D3"},
		{"nik-ganda", func(r []any) { r[2] = nikOf(1, 1) }, CodeNIKDuplicate, "C3"},
		{"desa-luar", func(r []any) { r[12] = "3321012001" }, CodeVillageOutside, "M3"},
		{"desa-tak-dikenal", func(r []any) { r[12] = "3320099999" }, CodeVillageUnknown, "M3"},
		{"tanggal", func(r []any) { r[7] = "31-02-1980" }, CodeDateInvalid, "H3"},
		{"nama-kosong", func(r []any) { r[4] = nil }, CodeNameMissing, "E3"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			svc, db, _ := newService(t)
			path := badBook(t, dir, c.name+".xlsx", c.edit)
			res, err := svc.Import(ctx, ImportInput{Files: []string{path}, Edition: "E", Mode: ModeReject})
			if !isCodeErr(err, CodeRejected) || len(res.Errors) != 1 || res.Errors[0].Code != c.code {
				t.Fatalf("reject: %v %+v", err, res.Errors)
			}
			e := res.Errors[0]
			if e.Column+itoa(e.Row) != c.cell || e.File != c.name+".xlsx" || e.Sheet != "DTKS" || !strings.Contains(err.Error(), "sel "+c.cell) {
				t.Fatalf("place: %+v / %v", e, err)
			}
			// The UI gets the located error itself, not only its text.
			var ae *models.AppError
			if !errors.As(err, &ae) || len(ae.Params["errors"].([]RowError)) != 1 || ae.Params["errors"].([]RowError)[0] != e {
				t.Fatalf("params: %+v", ae)
			}
			if testutil.Count(t, db, "edisi") != 0 || testutil.Count(t, db, "individu") != 0 || testutil.Count(t, db, "keluarga") != 0 {
				t.Fatal("a rejected import must save nothing")
			}
			report := filepath.Join(dir, c.name+"-galat.xlsx")
			res, err = svc.Import(ctx, ImportInput{Files: []string{path}, Edition: "E", Mode: ModeSkip, ReportPath: report})
			if err != nil || res.Imported != 3 || res.Skipped != 1 || res.RowsRead != 4 || res.ErrorReport != report {
				t.Fatalf("skip: %v %+v", err, res)
			}
			if testutil.Count(t, db, "individu") != 3 {
				t.Fatal("skip mode imports the valid rows")
			}
			f, err := excelize.OpenFile(report)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			rows, _ := f.GetRows("Galat Impor")
			last := rows[len(rows)-1]
			if len(rows) != 5 || last[0] != c.name+".xlsx" || last[1] != "DTKS" || last[2] != "3" || last[3] != c.cell[:1] || last[6] != c.code {
				t.Fatalf("report rows %q", rows)
			}
		})
	}
}

func TestImportBadFiles(t *testing.T) {
	svc, db, _ := newService(t)
	dir := testutil.TempDir(t)
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	encrypted := filepath.Join(dir, "sandi.xlsx")
	f := excelize.NewFile()
	f.SetCellValue("Sheet1", "A1", "NIK")
	if err := f.SaveAs(encrypted, excelize.Options{Password: "rahasia"}); err != nil {
		t.Fatal(err)
	}
	noHeader := writeBook(t, filepath.Join(dir, "tanpa-judul.xlsx"), sheetData{name: "Data", rows: [][]any{{"Laporan"}, {"a", "b", "c"}, {1, 2, 3}}})
	emptyBook := writeBook(t, filepath.Join(dir, "kosong-isi.xlsx"), sheetData{name: "Data"})
	big := write("besar.csv", []byte("NIK;Nama;No KK;Kode Desa\n3320010101800001;"+strings.Repeat("A", 2<<20)+";3320010101800000;3320012001\n"))
	badMap := writeBook(t, filepath.Join(dir, "tanpa-kk.xlsx"), sheetData{name: "Data", rows: [][]any{{"NIK", "Nama", "Alamat"}, {"3320010101800001", "SITI", "X"}}})
	cases := []struct {
		path, code, want string
	}{
		{write("bukan.xlsx", []byte("ini bukan excel")), "sheetreader.not_xlsx", "bukan berkas Excel"},
		{write("kosong.xlsx", nil), "sheetreader.empty_file", "kosong"},
		{write("kosong.csv", nil), "sheetreader.empty_file", "kosong"},
		{encrypted, "sheetreader.encrypted", "kata sandi"},
		{noHeader, CodeHeaderNotFound, "lembar Data: baris judul tidak dikenali"},
		{emptyBook, CodeHeaderNotFound, "tidak berisi data"},
		{big, "sheetreader.cell_too_large", "B2"},
		{badMap, CodeMappingIncomplete, "No KK"},
	}
	for _, c := range cases {
		for _, mode := range []string{ModeReject, ModeSkip} {
			_, err := svc.Import(ctx, ImportInput{Files: []string{c.path}, Edition: "X", Mode: mode})
			if !isCodeErr(err, c.code) || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), filepath.Base(c.path)) {
				t.Errorf("%s (%s): %v", filepath.Base(c.path), mode, err)
			}
		}
	}
	if testutil.Count(t, db, "edisi") != 0 || testutil.Count(t, db, "individu") != 0 {
		t.Fatal("nothing may be saved")
	}
}

func TestImportCancelledLeavesNothing(t *testing.T) {
	svc, db, _ := newService(t)
	dir := testutil.TempDir(t)
	first := dtksBook(t, dir, "awal.xlsx", 10, 2)
	if _, err := svc.Import(ctx, ImportInput{Files: []string{first}, Edition: "Awal"}); err != nil {
		t.Fatal(err)
	}
	db.Exec("UPDATE individu SET status = 'meninggal' WHERE id = 1")
	big := dtksBook(t, dir, "besar.xlsx", 4000, 3)
	cctx, cancel := context.WithCancel(ctx)
	defer cancel()
	svc.onRows = func(n int64) {
		if n >= 3000 {
			cancel()
		}
	}
	res, err := svc.Import(cctx, ImportInput{Files: []string{big}, Edition: "Besar"})
	if !errors.Is(err, models.ErrCancelled) {
		t.Fatalf("want cancelled, got %v (%+v)", err, res)
	}
	if res.RowsRead >= 12000 || res.RowsRead < 3000 {
		t.Fatalf("cancel should stop mid-way, read %d", res.RowsRead)
	}
	if n := testutil.Count(t, db, "edisi"); n != 1 {
		t.Fatalf("editions %d", n)
	}
	if testutil.Count(t, db, "individu") != 20 || testutil.Count(t, db, "keluarga") != 10 || testutil.Count(t, db, "individu", "status = 'meninggal'") != 1 {
		t.Fatal("the earlier edition must be intact")
	}
	if n := testutil.Count(t, db, "sqlite_master", "type = 'index' AND tbl_name IN ('keluarga','individu') AND sql IS NOT NULL"); n != 8 {
		t.Fatalf("indexes after rollback: %d", n)
	}
	problems, err := models.IntegrityCheck(ctx, db)
	if err != nil || len(problems) > 0 {
		t.Fatalf("integrity %v %v", err, problems)
	}
	// The connection's page cache is back to the default.
	var cache int
	db.Raw("PRAGMA cache_size").Scan(&cache)
	if cache != -defaultCacheKiB {
		t.Fatalf("cache_size %d", cache)
	}
}

func TestPreviewAndRememberedMapping(t *testing.T) {
	svc, db, _ := newService(t)
	dir := testutil.TempDir(t)
	rows := [][]any{{"NIK", "No KK", "Nama Lengkap", "Kode Desa", "Catatan Petugas", "Kolom Aneh"}}
	rows = append(rows,
		[]any{"3320010101800001", "3320010101800000", "SITI", "3320012001", "ok", "x"},
		[]any{"3320010101800002", "3320010101800000", "BUDI", "3321012001", "", "y"},
		[]any{"3320010101800003", "3320010101800009", "SRI", "3320019999", "", "z"})
	path := writeBook(t, filepath.Join(dir, "lain.xlsx"), sheetData{name: "Data", rows: rows})
	pv, err := svc.Preview(ctx, PreviewInput{Files: []string{path}})
	if err != nil {
		t.Fatal(err)
	}
	if pv.Source != models.SourceLainnya || len(pv.Sheets) != 1 || pv.RowsRead != 3 || pv.ValidRows != 1 || pv.ErrorCount != 2 {
		t.Fatalf("%+v", pv)
	}
	sh := pv.Sheets[0]
	if sh.Remembered || len(sh.Samples) != 3 || sh.Columns[4] != FExtra || sh.HeaderRow != 1 {
		t.Fatalf("%+v", sh)
	}
	if len(pv.UnmatchedVillages) != 2 || pv.ErrorsByCode[CodeVillageOutside] != 1 {
		t.Fatalf("unmatched %+v", pv.UnmatchedVillages)
	}
	// The user ignores "Kolom Aneh"; the import remembers it for the same headers.
	cols := append([]string(nil), sh.Columns...)
	cols[5] = FIgnore
	res, err := svc.Import(ctx, ImportInput{Files: []string{path}, Edition: "Lain", Mode: ModeSkip,
		Mappings: []SheetMapping{{File: "lain.xlsx", Sheet: "Data", Columns: cols}}})
	if err != nil || res.Imported != 1 {
		t.Fatalf("%v %+v", err, res)
	}
	var extra string
	db.Raw("SELECT extra FROM individu").Scan(&extra)
	if extra != `{"Catatan Petugas":"ok"}` {
		t.Fatalf("extra %s", extra)
	}
	pv, _ = svc.Preview(ctx, PreviewInput{Files: []string{path}})
	if !pv.Sheets[0].Remembered || pv.Sheets[0].Columns[5] != FIgnore {
		t.Fatalf("mapping not remembered: %+v", pv.Sheets[0])
	}
	// Preview with an incomplete mapping only lists what is missing.
	pv, err = svc.Preview(ctx, PreviewInput{Files: []string{path}, Mappings: []SheetMapping{{File: "lain.xlsx", Sheet: "Data", Columns: []string{FNIK}}}})
	if err != nil || len(pv.Sheets[0].Missing) != 3 || pv.RowsRead != 0 {
		t.Fatalf("%v %+v", err, pv.Sheets[0])
	}
}

func TestImportNeedsProfile(t *testing.T) {
	db := testutil.NewDB(t)
	svc := New(db, common.FixedClock{T: time.Now()}, nil, nil)
	_, err := svc.Import(ctx, ImportInput{Files: []string{"x.xlsx"}, Edition: "E"})
	if !isCodeErr(err, CodeProfileMissing) {
		t.Fatal(err)
	}
	if _, err := svc.Import(ctx, ImportInput{Edition: "", Mode: "semua"}); !isCodeErr(err, CodeEditionInvalid) {
		t.Fatal(err)
	}
}

// TestImportMergedHeaderAndDates reads a two-row header with merged group cells and a
// numbering row, and birth dates typed every way people type them.
func TestImportMergedHeaderAndDates(t *testing.T) {
	svc, db, _ := newService(t)
	rows := [][]any{
		{"NO", "IDENTITAS", nil, nil, "TEMPAT/TANGGAL LAHIR", nil, "KODE WILAYAH"},
		{nil, "NIK", "NO KK", "NAMA", "TEMPAT", "TANGGAL", nil},
		{"(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"},
	}
	births := []any{time.Date(1980, 1, 12, 0, 0, 0, 0, time.UTC), "12 Januari 1980", 29232, "1980/01/12", "12-01-1980", "12.01.1980"}
	for i, b := range births {
		rows = append(rows, []any{i + 1, nikOf(1, i+1), kkOf(1), fmt.Sprintf("WARGA %d", i), "BLORA", b, "3320012001"})
	}
	path := writeBook(t, filepath.Join(testutil.TempDir(t), "gabung.xlsx"), sheetData{name: "Data", rows: rows,
		merges: [][2]string{{"A1", "A2"}, {"B1", "D1"}, {"E1", "F1"}, {"G1", "G2"}}})
	res, err := svc.Import(ctx, ImportInput{Files: []string{path}, Edition: "Gabung"})
	if err != nil {
		t.Fatalf("%v %+v", err, res)
	}
	if res.Imported != int64(len(births)) {
		t.Fatalf("%+v", res)
	}
	if n := testutil.Count(t, db, "individu", "birth_date = '1980-01-12' AND birth_place = 'BLORA'"); n != int64(len(births)) {
		t.Fatalf("%d members with the birth date read right", n)
	}
}
