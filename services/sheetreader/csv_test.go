package sheetreader

import (
	"context"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// csvRows reads every row of a CSV file, keyed by row number.
func csvRows(t *testing.T, path string) map[int][]string {
	t.Helper()
	wb, err := Open(path)
	must(t, err)
	defer wb.Close()
	sheets := wb.Sheets()
	if len(sheets) != 1 {
		t.Fatalf("CSV sheets = %+v", sheets)
	}
	out := map[int][]string{}
	must(t, wb.Rows(context.Background(), sheets[0].Name, func(r *Row) error {
		for _, typ := range r.Types {
			if typ != CellText && typ != CellEmpty {
				t.Errorf("row %d: CSV cell type %v", r.Num, typ)
			}
		}
		out[r.Num] = append([]string(nil), r.Cells...)
		return nil
	}))
	return out
}

func TestCSV(t *testing.T) {
	cases := []struct {
		name, data string
		want       map[int][]string
	}{
		{
			name: "koma.csv",
			data: "NIK,Nama,Alamat\n3320010101010001,Siti,\"Jl. Mawar, RT 01\"\n",
			want: map[int][]string{1: {"NIK", "Nama", "Alamat"}, 2: {"3320010101010001", "Siti", "Jl. Mawar, RT 01"}},
		},
		{
			name: "titik-koma.csv", // Excel with Indonesian regional settings
			data: "\uFEFFNIK;Nama;Desil\r\n3320010101010002;\"Budi \"\"Kecil\"\"\";1\r\n;;\r\n3320010101010003;\"Dua\r\nBaris\";2,5\r\n",
			want: map[int][]string{1: {"NIK", "Nama", "Desil"}, 2: {"3320010101010002", `Budi "Kecil"`, "1"}, 4: {"3320010101010003", "Dua\nBaris", "2,5"}},
		},
		{
			name: "tab.txt",
			data: "a\tb\tc\n\n1\t\t3\n,x,\t;y;",
			want: map[int][]string{1: {"a", "b", "c"}, 3: {"1", "", "3"}, 4: {",x,", ";y;"}},
		},
		{
			name: "kutip-liar.csv", // stray quotes are kept as text, spaces too
			data: "nama,catatan\nab\"c, \"d\" \n\"e\"f,g\n",
			want: map[int][]string{1: {"nama", "catatan"}, 2: {`ab"c`, ` "d" `}, 3: {"e\"f,g\n"}},
		},
		{
			name: "tanpa-akhir.csv",
			data: "x,y\n1,\"tidak ditutup",
			want: map[int][]string{1: {"x", "y"}, 2: {"1", "tidak ditutup"}},
		},
		{
			name: "ansi.csv", // Windows-1252, as Excel saves "CSV (Comma delimited)"
			data: "nama;kota\nJos\xe9 \x93Pepe\x94;M\xfcnchen\n",
			want: map[int][]string{1: {"nama", "kota"}, 2: {"José “Pepe”", "München"}},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := csvRows(t, writeFile(t, c.name, []byte(c.data)))
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("got  %#v\nwant %#v", got, c.want)
			}
		})
	}
}

func TestCSVSheetNameAndErrors(t *testing.T) {
	path := writeFile(t, "DTKS Blora 2024.csv", []byte("a,b\n"))
	wb, err := Open(path)
	must(t, err)
	if s := wb.Sheets(); len(s) != 1 || s[0].Name != "DTKS Blora 2024" || s[0].Type != "csv" {
		t.Errorf("sheets = %+v", s)
	}
	err = wb.Rows(context.Background(), "Lain", func(*Row) error { return nil })
	wantErr(t, err, ErrSheetNotFound, "DTKS Blora 2024.csv")

	_, err = Open(writeFile(t, "kosong.csv", nil))
	wantErr(t, err, ErrEmptyFile, "kosong.csv")

	_, err = Open(writeFile(t, "utf16.csv", []byte("\xFF\xFEa\x00,\x00")))
	wantErr(t, err, ErrMalformed, "utf16.csv", "UTF-16")

	big := writeFile(t, "besar.csv", []byte("a,b\nx,"+strings.Repeat("z", 3000)+"\n"))
	wb, err = Open(big)
	must(t, err)
	wb.MaxCellBytes = 1000
	err = wb.Rows(context.Background(), "besar", func(*Row) error { return nil })
	if e := wantErr(t, err, ErrCellTooLarge, "B2", "besar.csv"); e.Cell != "B2" {
		t.Errorf("cell = %q", e.Cell)
	}
}

// TestCSVThatIsXLSX opens an .xlsx saved under a .csv name as a workbook.
func TestCSVThatIsXLSX(t *testing.T) {
	path := writeFile(t, "salah-nama.csv", nil)
	f := excelize.NewFile()
	must(t, f.SetCellValue("Sheet1", "B2", "isi"))
	must(t, f.SaveAs(path+".xlsx"))
	f.Close()
	data, err := os.ReadFile(path + ".xlsx")
	must(t, err)
	path = writeFile(t, "salah-nama.csv", data)
	if got := grid(t, path, "Sheet1"); !reflect.DeepEqual(got, [][]string{nil, {"", "isi"}}) {
		t.Errorf("grid = %q", got)
	}
}
