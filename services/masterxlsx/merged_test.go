package masterxlsx

import (
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"sidamping/services/xlsxutil"
)

// merge merges ranges ("C1:E1") of sheet "Desa" in the workbook at path, as a user does
// with Excel's Merge & Center, and returns path.
func merge(t *testing.T, path string, ranges ...string) string {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, r := range ranges {
		a, b, _ := strings.Cut(r, ":")
		if err := f.MergeCell("Desa", a, b); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestTwoRowMergedHeaderSavesTheCounts: "Jumlah" merged over "Penduduk | KK | KK Miskin"
// and "Kecamatan" over "Kode | Nama"; the lower row names the column, the merged cell
// qualifies it, and every count lands in its field.
func TestTwoRowMergedHeaderSavesTheCounts(t *testing.T) {
	e := newEnv(t)
	rows := [][]any{
		{"Kode Desa", "Nama Desa", "Jumlah", nil, nil, "Kecamatan", nil, "Persentase Kemiskinan (%)"},
		{nil, nil, "Penduduk", "KK", "KK Miskin", "Kode", "Nama", nil},
		{"33.20.05.2001", "Damarwulan", 3000, 900, 210, "33.20.05", "Keling", 23.33},
		{"33.20.05.2002", "Tempur", 2500, 700, 140, "33.20.05", "Keling", 20},
	}
	path := merge(t, writeBook(t, e.dir, "desa-bergabung.xlsx", sheet{"Desa", rows}), "A1:A2", "B1:B2", "C1:E1", "F1:G1", "H1:H2")
	pv, err := e.svc.Preview(e.ctx, KindWilayah, path)
	if err != nil {
		t.Fatal(err)
	}
	if len(pv.Problems) != 0 || len(pv.Warnings) != 0 {
		t.Fatalf("problems %+v warnings %+v", pv.Problems, pv.Warnings)
	}
	if pv.Sheets[0].HeaderRow != 2 {
		t.Errorf("header row = %d, want 2 (data start on row 3)", pv.Sheets[0].HeaderRow)
	}
	cols := map[string]string{}
	for _, c := range pv.Columns {
		cols[c.Field] = c.Column + " " + c.Header
	}
	want := map[string]string{"code": "A Kode Desa", "name": "B Nama Desa", "population": "C Jumlah Penduduk",
		"households": "D Jumlah KK", "poorHouseholds": "E Jumlah KK Miskin", "kecamatanCode": "F Kode Kecamatan",
		"kecamatanName": "G Nama Kecamatan", "povertyPct": "H Persentase Kemiskinan (%)"}
	for k, v := range want {
		if cols[k] != v {
			t.Errorf("field %s read from %q, want %q (all %v)", k, cols[k], v, cols)
		}
	}
	res, err := e.svc.Import(e.ctx, KindWilayah, path)
	if err != nil {
		t.Fatal(err)
	}
	if res.New != 3 || len(res.Warnings) != 0 {
		t.Errorf("result = %+v", res)
	}
	d := e.desa(t, "33.20.05.2001")
	if d.Population != 3000 || d.Households != 900 || d.PoorHouseholds != 210 || d.Kecamatan.Name != "Keling" {
		t.Errorf("Damarwulan = pop %d kk %d miskin %d kec %q", d.Population, d.Households, d.PoorHouseholds, d.Kecamatan.Name)
	}
	if d := e.desa(t, "33.20.05.2002"); d.Population != 2500 || d.Households != 700 || d.PoorHouseholds != 140 || d.PovertyPct != 20 {
		t.Errorf("Tempur = pop %d kk %d miskin %d pct %v", d.Population, d.Households, d.PoorHouseholds, d.PovertyPct)
	}
}

// TestEmptyMappedColumnIsAWarning: "Jumlah Penduduk" merged over C:D with the numbers
// typed in D only; column C is mapped and empty. The preview warns, naming the file, the
// sheet, the column and its header, and the import's result repeats it.
func TestEmptyMappedColumnIsAWarning(t *testing.T) {
	e := newEnv(t)
	rows := [][]any{
		{"Kode Kecamatan", "Nama Kecamatan", "Kode Desa", "Nama Desa", "Jumlah Penduduk", nil, "Jumlah KK"},
		{"33.20.05", "Keling", "33.20.05.2001", "Damarwulan", nil, 3000, "banyak"},
		{"33.20.05", "Keling", "33.20.05.2002", "Tempur", nil, 2500, "sedikit"},
	}
	path := merge(t, writeBook(t, e.dir, "desa-geser.xlsx", sheet{"Desa", rows}), "E1:F1")
	pv, err := e.svc.Preview(e.ctx, KindWilayah, path)
	if err != nil {
		t.Fatal(err)
	}
	warn := map[string]Problem{}
	for _, w := range pv.Warnings {
		warn[w.Code] = w
	}
	w, ok := warn[xlsxutil.WarnColumnEmpty]
	if !ok || w.File != "desa-geser.xlsx" || w.Sheet != "Desa" || w.Column != "E" || w.Header != "Jumlah Penduduk" {
		t.Fatalf("empty-column warning = %+v (all %+v)", w, pv.Warnings)
	}
	if want := "desa-geser.xlsx, lembar Desa, baris 1, kolom E (Jumlah Penduduk): "; len(w.Text) < len(want) || w.Text[:len(want)] != want {
		t.Errorf("text = %q", w.Text)
	}
	if u, ok := warn[xlsxutil.WarnColumnUnreadable]; !ok || u.Column != "G" || u.Header != "Jumlah KK" || u.Value != "banyak" {
		t.Errorf("unreadable-column warning = %+v", u)
	}
	// The unreadable cells are also problems, so this file cannot be imported as it is;
	// without that column the import saves, and still says column E held nothing.
	rows[0][6] = nil
	rows[1][6], rows[2][6] = nil, nil
	path = merge(t, writeBook(t, e.dir, "desa-geser-2.xlsx", sheet{"Desa", rows}), "E1:F1")
	res, err := e.svc.Import(e.ctx, KindWilayah, path)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Warnings) != 1 || res.Warnings[0].Code != xlsxutil.WarnColumnEmpty || res.Warnings[0].Column != "E" {
		t.Errorf("result warnings = %+v", res.Warnings)
	}
}
