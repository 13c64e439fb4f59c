package households

import (
	"path/filepath"
	"strings"
	"testing"

	"sidamping/services/testutil"
	"sidamping/services/xlsxutil"
)

// TestMergedHeaderAndEmptyMappedColumn: a two-row header with merged group titles
// ("IDENTITAS" over NIK/No KK/Nama, "TEMPAT/TANGGAL LAHIR" over Tempat/Tanggal) is read
// with the shared matcher; the "DESIL" column is mapped but empty in every row, which is
// a warning in the preview and in the result (and its notes), naming file, sheet, column
// and header. Birth places and dates land in their fields.
func TestMergedHeaderAndEmptyMappedColumn(t *testing.T) {
	svc, db, _ := newService(t)
	dir := testutil.TempDir(t)
	rows := [][]any{
		{"IDENTITAS", nil, nil, "TEMPAT/TANGGAL LAHIR", nil, "KODE WILAYAH", "DESIL"},
		{"NIK", "NO KK", "NAMA", "TEMPAT", "TANGGAL", nil, nil},
	}
	for f := 1; f <= 4; f++ {
		rows = append(rows, []any{nikOf(f, 1), kkOf(f), "WARGA " + string(rune('A'+f)), "BLORA", "12-01-1980", "3320012001", nil})
	}
	path := writeBook(t, filepath.Join(dir, "p3ke-gabung.xlsx"), sheetData{name: "Data", rows: rows,
		merges: [][2]string{{"A1", "C1"}, {"D1", "E1"}, {"F1", "F2"}, {"G1", "G2"}}})
	pv, err := svc.Preview(ctx, PreviewInput{Files: []string{path}})
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(pv.Sheets[0].Columns, ","); got != "nik,no_kk,name,birth_place,birth_date,desa_code,desil" || pv.Sheets[0].HeaderRow != 2 {
		t.Fatalf("mapping %s header row %d (headers %q)", got, pv.Sheets[0].HeaderRow, pv.Sheets[0].Headers)
	}
	if len(pv.Warnings) != 1 {
		t.Fatalf("warnings %+v", pv.Warnings)
	}
	w := pv.Warnings[0]
	if w.Code != xlsxutil.WarnColumnEmpty || w.File != "p3ke-gabung.xlsx" || w.Sheet != "Data" || w.Column != "G" || w.Header != "DESIL" ||
		!strings.HasPrefix(w.Text, "p3ke-gabung.xlsx, lembar Data, kolom G (DESIL): ") {
		t.Fatalf("warning %+v", w)
	}
	res, err := svc.Import(ctx, ImportInput{Files: []string{path}, Edition: "P3KE gabung"})
	if err != nil {
		t.Fatal(err)
	}
	if res.Imported != 4 || len(res.Warnings) != 1 || res.Warnings[0].Column != "G" {
		t.Fatalf("result %+v", res)
	}
	found := false
	for _, n := range res.Notes {
		found = found || strings.Contains(n, "kolom G (DESIL)")
	}
	if !found {
		t.Fatalf("notes %q do not name the empty column", res.Notes)
	}
	if n := testutil.Count(t, db, "individu", "birth_place = 'BLORA' AND birth_date = '1980-01-12'"); n != 4 {
		t.Fatalf("%d members with their birth place and date", n)
	}
}
