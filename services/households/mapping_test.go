package households

import (
	"reflect"
	"testing"

	"sidamping/models"
	"sidamping/services/sheetreader"
)

// Real-looking headers of each source, as the exports spell them.
var (
	headersDTKS = []string{"NO", "ID DTKS", "NIK", "NO KK", "NAMA", "NAMA IBU KANDUNG", "TEMPAT LAHIR", "TANGGAL LAHIR",
		"JENIS KELAMIN", "ALAMAT", "RT", "RW", "KODE WILAYAH", "PROVINSI", "KABUPATEN", "KECAMATAN", "DESA/KELURAHAN", "STATUS PKH"}
	headersP3KE = []string{"id_keluarga_p3ke", "kode_kemendagri", "provinsi", "kabupaten", "kecamatan", "desa", "alamat",
		"desil_kesejahteraan", "id_individu", "nama", "nik", "padan_dukcapil", "jenis_kelamin", "hubungan_dengan_kepala_keluarga",
		"tanggal_lahir", "pekerjaan", "pendidikan", "jenis_atap", "jenis_dinding", "jenis_lantai", "sumber_air_minum",
		"fasilitas_bab", "sumber_penerangan", "bahan_bakar_memasak", "penerima_pkh", "penerima_bpnt", "no_kk"}
	headersDTSEN = []string{"No.", "ID Keluarga DTSEN", "No. KK", "NIK", "Nama Lengkap", "Hub. dengan KK", "Jenis Kelamin",
		"Tempat, Tanggal Lahir", "Alamat", "RT", "RW", "Kode Desa", "Desil Nasional", "Pekerjaan Utama", "Ijazah Tertinggi"}
)

func TestMapHeadersDTKS(t *testing.T) {
	got := MapHeaders(headersDTKS)
	want := []string{FIgnore, FMemberID, FNIK, FNoKK, FName, FMotherName, FBirthPlace, FBirthDate, FSex, FAddress, FRT, FRW,
		FDesaCode, FIgnore, FIgnore, FKecamatanName, FDesaName, FFamilyExtra}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("DTKS mapping\n got %q\nwant %q", got, want)
	}
	if s := DetectSource(headersDTKS); s != models.SourceDTKS {
		t.Fatalf("source %s", s)
	}
	if miss := checkMapping(got); len(miss) != 0 {
		t.Fatalf("missing %v", miss)
	}
}

func TestMapHeadersP3KE(t *testing.T) {
	got := MapHeaders(headersP3KE)
	want := map[int]string{0: FFamilyID, 1: FDesaCode, 2: FIgnore, 3: FIgnore, 4: FKecamatanName, 5: FDesaName, 6: FAddress,
		7: FDesil, 8: FMemberID, 9: FName, 10: FNIK, 11: FExtra, 12: FSex, 13: FRelationship, 14: FBirthDate, 15: FOccupation,
		16: FEducation, 17: FFamilyExtra, 18: FFamilyExtra, 19: FFamilyExtra, 20: FFamilyExtra, 21: FFamilyExtra, 22: FFamilyExtra,
		23: FFamilyExtra, 24: FFamilyExtra, 25: FFamilyExtra, 26: FNoKK}
	for i, w := range want {
		if got[i] != w {
			t.Errorf("column %d %q: got %q, want %q", i, headersP3KE[i], got[i], w)
		}
	}
	if s := DetectSource(headersP3KE); s != models.SourceP3KE {
		t.Fatalf("source %s", s)
	}
	if maxDesil(models.SourceP3KE) != 4 {
		t.Fatal("P3KE desil runs 1-4")
	}
}

func TestMapHeadersDTSEN(t *testing.T) {
	got := MapHeaders(headersDTSEN)
	want := []string{FIgnore, FFamilyID, FNoKK, FNIK, FName, FRelationship, FSex, FBirthPlaceDay, FAddress, FRT, FRW, FDesaCode,
		FDesil, FOccupation, FEducation}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("DTSEN mapping\n got %q\nwant %q", got, want)
	}
	if s := DetectSource(headersDTSEN); s != models.SourceDTSEN {
		t.Fatalf("source %s", s)
	}
}

func TestMapHeadersDuplicateAndUnknown(t *testing.T) {
	got := MapHeaders([]string{"NIK", "nik", "Catatan Petugas", ""})
	if !reflect.DeepEqual(got, []string{FNIK, FExtra, FExtra, FIgnore}) {
		t.Fatalf("got %q", got)
	}
	if s := DetectSource([]string{"NIK", "Nama"}); s != models.SourceLainnya {
		t.Fatalf("source %s", s)
	}
	if miss := checkMapping(MapHeaders([]string{"NIK", "Nama", "Desa", "Alamat"})); len(miss) != 2 {
		t.Fatalf("want no-KK and village missing, got %v", miss)
	}
	if Signature("dtks", []string{"NIK", "No KK"}) != Signature("dtks", []string{" nik ", "NO_KK"}) {
		t.Fatal("signature must ignore case, spaces and underscores")
	}
	if Signature("dtks", []string{"NIK"}) == Signature("p3ke", []string{"NIK"}) {
		t.Fatal("signature must include the source")
	}
}

func TestFindHeaderTwoRowsAndMerged(t *testing.T) {
	// A title, a group row with merged cells, the sub-header, then a numbering row.
	rows := [][]string{
		{"DATA DTKS DESA CONTOH"},
		{"NO", "IDENTITAS", "", "", "TEMPAT/TANGGAL LAHIR", "", "ALAMAT", "KODE WILAYAH"},
		{"", "NIK", "NO KK", "NAMA", "TEMPAT", "TANGGAL", "", ""},
		{"(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)"},
		{"1", "3320010101800001", "3320010101800000", "SITI", "BLORA", "12-01-1980", "KRAJAN", "3320012001"},
	}
	h, row, skip, ok := findHeader(rows)
	if !ok || row != 3 || skip != 4 {
		t.Fatalf("header row %d skip %d ok %v", row, skip, ok)
	}
	got := MapHeaders(h)
	want := []string{FIgnore, FNIK, FNoKK, FName, FBirthPlace, FBirthDate, FAddress, FDesaCode}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("headers %q mapped %q", h, got)
	}
	if _, _, _, ok := findHeader([][]string{{"Laporan"}, {"a", "b", "c"}}); ok {
		t.Fatal("no header expected")
	}
}

func TestCheckID(t *testing.T) {
	cases := []struct {
		raw  string
		typ  sheetreader.CellType
		kk   bool
		code string
		flag string
		val  string
	}{
		{"3320010101800001", sheetreader.CellSharedString, false, "", models.NIKValid, "3320010101800001"},
		{"'3320010101800001", sheetreader.CellInlineString, false, "", models.NIKValid, "3320010101800001"},
		{"3320 0101 0180 0001", sheetreader.CellText, false, "", models.NIKValid, "3320010101800001"},
		{"3320010101800000", sheetreader.CellNumber, false, CodeNIKNumeric, "", ""},
		{"3.32001010180000E+15", sheetreader.CellNumber, false, CodeNIKScientific, "", ""},
		{"3,32001E+15", sheetreader.CellText, false, CodeNIKScientific, "", ""},
		{"", sheetreader.CellEmpty, false, "", models.NIKKosong, ""},
		{"-", sheetreader.CellText, false, "", models.NIKKosong, ""},
		{"3320XXXX01800001", sheetreader.CellText, false, "", models.NIKSementara, "3320XXXX01800001"},
		{"#N/A", sheetreader.CellError, false, CodeNIKInvalid, "", ""},
		{"3320010101800001", sheetreader.CellNumber, true, CodeKKNumeric, "", ""},
		{"3.32E+15", sheetreader.CellText, true, CodeKKScientific, "", ""},
		{"33200101", sheetreader.CellText, true, CodeKKInvalid, "", ""},
	}
	for _, c := range cases {
		r := checkID(c.raw, c.typ, c.kk)
		if r.code != c.code || r.flag != c.flag || r.value != c.val {
			t.Errorf("checkID(%q, %v, kk=%v) = %+v", c.raw, c.typ, c.kk, r)
		}
		if r.code != "" && r.msg == "" {
			t.Errorf("%q: no message", c.raw)
		}
	}
}

func TestParseDates(t *testing.T) {
	ok := map[string]string{
		"12-01-1980": "1980-01-12", "12/01/1980": "1980-01-12", "1980-01-12": "1980-01-12", "12.01.1980": "1980-01-12",
		"12 Januari 1980": "1980-01-12", "12 JAN 1980": "1980-01-12", "1-2-1975": "1975-02-01", "12-Agustus-1999": "1999-08-12",
		"1980-01-12 00:00:00": "1980-01-12", "19800112": "1980-01-12", "05/06/07": "2007-06-05",
	}
	for in, want := range ok {
		if got, good := parseDateText(in); !good || got != want {
			t.Errorf("%q: got %q %v, want %q", in, got, good, want)
		}
	}
	for _, bad := range []string{"31-02-1980", "12 Foo 1980", "kemarin", "1980", "12-13-1980", "00-01-1980"} {
		if got, good := parseDateText(bad); good {
			t.Errorf("%q parsed as %q", bad, got)
		}
	}
	if p, d := splitBirth("BLORA, 12-01-1980"); p != "BLORA" || d != "12-01-1980" {
		t.Errorf("split %q %q", p, d)
	}
	if p, d := splitBirth("KUDUS 12 Januari 1980"); p != "KUDUS" || d != "12 Januari 1980" {
		t.Errorf("split %q %q", p, d)
	}
}

func TestSmallValues(t *testing.T) {
	if normSex("Laki-Laki") != "L" || normSex("PEREMPUAN") != "P" || normSex("x") != "" {
		t.Fatal("sex")
	}
	if normRTRW("3") != "003" || normRTRW("03") != "003" || normRTRW("3.0") != "003" || normRTRW("RT 3") != "RT 3" {
		t.Fatal("rt/rw")
	}
	if d, ok := parseDesil("2", 4); !ok || d != 2 {
		t.Fatal("desil")
	}
	if _, ok := parseDesil("7", 4); ok {
		t.Fatal("P3KE desil 7 must fail")
	}
	if models.MaskNIK("3320010101800001") != "3320xxxxxxxx0001" {
		t.Fatal(models.MaskNIK("3320010101800001"))
	}
	if models.NormalizeName("  Siti   Ma'ruf, S.Pd ") != "SITI MARUF S PD" {
		t.Fatal(models.NormalizeName("  Siti   Ma'ruf, S.Pd "))
	}
}
