package xlsxutil

import (
	"testing"
)

var testFields = []Field{
	{Key: "code", Label: "Kode Desa", Required: true, Type: TypeCode, Synonyms: []string{"kode wilayah", "kode_desa"}},
	{Key: "name", Label: "Nama Desa", Required: true, Synonyms: []string{"desa/kelurahan"}},
	{Key: "poor", Label: "RT Miskin (desil 1-2)", Type: TypeInt},
	{Key: "nip", Label: "NIP", Type: TypeDigits},
}

func TestNormalize(t *testing.T) {
	cases := map[string]string{
		"Kode Desa":          "kode desa",
		"kode_desa":          "kode desa",
		"KODE  DESA":         "kode desa",
		"Kd. Desa":           "kode desa",
		" Kode-Desa* ":       "kode desa",
		"Jml. Penduduk":      "jumlah penduduk",
		"Desa/Kel.":          "desa kelurahan",
		"Persentase (%)":     "persentase",
		"No.\u00a0Telp":      "no telepon",
		"KODE_WILAYAH (BPS)": "kode wilayah bps",
	}
	for in, want := range cases {
		if got := Normalize(in); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestMatchHeaderSynonymsAndCase(t *testing.T) {
	m := NewMatcher(testFields)
	for _, h := range []string{"Kode Desa", "kode_desa", "KODE  DESA", "Kode Wilayah", "kode_wilayah", "Kd. Desa", "KodeDesa", "kode desa *"} {
		if i := m.Match(h); i != 0 {
			t.Errorf("Match(%q) = %d, want field 0 (code)", h, i)
		}
	}
	if i := m.Match("RT miskin"); i != 2 {
		t.Errorf("parenthesis-free header not matched: %d", i)
	}
	if i := m.Match("Keterangan"); i != -1 {
		t.Errorf("unknown header matched field %d", i)
	}
}

func TestFindHeaderSkipsTitleRows(t *testing.T) {
	rows := [][]string{
		{"DAFTAR DESA KABUPATEN CONTOH"},
		{"Tahun 2026"},
		{},
		{"No", "Kode Wilayah", "Desa/Kelurahan", "Keterangan", "kode_desa"},
		{"1", "33.20.01.2001", "Banyumanik"},
	}
	h, ok := NewMatcher(testFields).FindHeader(rows, 10)
	if !ok || h.Row != 4 {
		t.Fatalf("header row = %d ok=%v, want 4", h.Row, ok)
	}
	if h.Cols["code"] != 1 || h.Cols["name"] != 2 {
		t.Errorf("columns = %v", h.Cols)
	}
	if len(h.Missing) != 0 {
		t.Errorf("missing = %v", h.Missing)
	}
	if len(h.Duplicates) != 1 || h.Duplicates[0].Field != "code" || h.Duplicates[0].Columns[1].Letter != "E" {
		t.Errorf("duplicates = %+v", h.Duplicates)
	}
	var unknown []string
	for _, u := range h.Unknown() {
		unknown = append(unknown, u.Letter+":"+u.Text)
	}
	if len(unknown) != 2 || unknown[0] != "A:No" || unknown[1] != "D:Keterangan" {
		t.Errorf("unknown = %v", unknown)
	}
}

func TestFindHeaderReportsMissingRequired(t *testing.T) {
	rows := [][]string{{"Kode Desa", "NIP", "Jumlah"}}
	h, ok := NewMatcher(testFields).FindHeader(rows, 10)
	if !ok || len(h.Missing) != 1 || h.Missing[0].Label != "Nama Desa" {
		t.Fatalf("ok=%v missing=%v", ok, h.Missing)
	}
	if _, ok := NewMatcher(testFields).FindHeader([][]string{{"a", "b"}, {"Nama", "Alamat"}}, 10); ok {
		t.Error("a row without known headers was taken as the header")
	}
}

func TestFindHeaderRowsQualifiesAndStopsAtData(t *testing.T) {
	m := NewMatcher(append(testFields, Field{Key: "pop", Label: "Jumlah Penduduk", Type: TypeInt}, Field{Key: "kk", Label: "Jumlah KK", Type: TypeInt}))
	rows := [][]string{
		{"Kode Desa", "Nama Desa", "Jumlah", spanMark + "Jumlah"},
		{"Kode Desa", "Nama Desa", "Penduduk", "KK"},
		{"33.20.01.2001", "Bugel", "4210", "1310"},
	}
	h, ok := m.FindHeaderRows(rows, 10, false)
	if !ok || h.Top != 1 || h.Row != 2 || h.Cols["pop"] != 2 || h.Cols["kk"] != 3 {
		t.Fatalf("header %+v", h)
	}
	if got := h.Texts; got[2] != "Jumlah Penduduk" || got[3] != "Jumlah KK" || got[0] != "Kode Desa" {
		t.Fatalf("texts %q", got)
	}
	// A one-row header: the data row under it is never taken for a sub-header.
	h, ok = m.FindHeaderRows([][]string{{"Kode Desa", "Nama Desa", "Jumlah Penduduk"}, {"3320012001", "KK", ""}}, 10, true)
	if !ok || h.Row != 1 || h.Top != 1 {
		t.Fatalf("one-row header %+v", h)
	}
}
