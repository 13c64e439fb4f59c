package masterxlsx

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Every bad file gives a clear message naming the file (and sheet, row and column where
// there is one), the preview shows the same, and the database is left as it was.

func TestBadFilesAreRefusedWithAClearMessage(t *testing.T) {
	e := newEnv(t)
	e.seed(t)
	before := e.counts(t)
	good := writeBook(t, e.dir, "baik.xlsx", sheet{"Desa", wilayahRows(1, "Kedung")})
	data, _ := os.ReadFile(good)
	raw := map[string][]byte{
		"desa-csv.xlsx": []byte("Kode Desa,Nama Desa\n33.20.01.2001,Bugel\n"),
		"kosong.xlsx":   {},
		"rusak.xlsx":    data[:len(data)-200],
		"lama.xlsx":     append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 1024)...),
	}
	for name, b := range raw {
		if err := os.WriteFile(filepath.Join(e.dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	writeBook(t, e.dir, "tanpa-judul.xlsx", sheet{"Data", [][]any{{"Nomor", "Wilayah", "Catatan"}, {1, "Bugel", "x"}}})
	cases := []struct{ file, code, text string }{
		{"desa-csv.xlsx", "xlsx.text_file", "Berkas desa-csv.xlsx berisi teks (mungkin CSV"},
		{"kosong.xlsx", "xlsx.empty", "Berkas kosong.xlsx kosong (0 byte)"},
		{"rusak.xlsx", "xlsx.corrupt", "Berkas rusak.xlsx rusak"},
		{"lama.xlsx", "xlsx.legacy_xls", "Berkas lama.xlsx adalah buku kerja Excel lama (.xls)"},
		{"tanpa-judul.xlsx", "xlsx.no_header", "Berkas tanpa-judul.xlsx: lembar Data baris 1-10 tidak memuat judul kolom yang dikenali: wajib Kode Desa, Nama Desa."},
	}
	for _, c := range cases {
		path := filepath.Join(e.dir, c.file)
		_, perr := e.svc.Preview(e.ctx, KindWilayah, path)
		_, err := e.svc.Import(e.ctx, KindWilayah, path)
		for _, got := range []error{perr, err} {
			if appCode(got) != c.code || !strings.Contains(got.Error(), c.text) {
				t.Errorf("%s: got %v (code %q), want %s %q", c.file, got, appCode(got), c.code, c.text)
			}
		}
		if n := e.counts(t); n != before {
			t.Errorf("%s: rows %v, want %v", c.file, n, before)
		}
	}
}

// rowProblem is a bad row and the problem it must give.
type rowProblem struct {
	name    string
	kind    string
	rows    [][]any
	message string // part of the message
	sheet   string
	row     int
	column  string // column letter
	header  string
}

func TestBadRowsAreListedBySheetRowAndColumn(t *testing.T) {
	wilayahHeader := []any{"Kode Kecamatan", "Nama Kecamatan", "Kode Desa", "Nama Desa", "Jenis", "Jumlah Penduduk", "Jumlah KK/RT", "RT Miskin (desil 1-2)", "Persentase Kemiskinan", "Status IDM"}
	opdHeader := []any{"Kode", "Nama Perangkat Daerah", "Singkatan", "Jenis", "Nama Kepala", "Pangkat/Golongan", "NIP", "Alamat", "Telepon", "Email"}
	cases := []rowProblem{
		{name: "duplicate village code", kind: KindWilayah, rows: [][]any{wilayahHeader,
			{"33.20.01", "Kedung", "33.20.01.2005", "Sowan Lor", nil, 100},
			{"33.20.01", "Kedung", "3320012005", "Sowan Kidul", nil, 200}},
			message: "Kode desa 33.20.01.2005 ganda: dipakai di baris 2 dan baris 3.", row: 3, column: "C", header: "Kode Desa"},
		{name: "kecamatan missing", kind: KindWilayah, rows: [][]any{wilayahHeader,
			{"33.20.99", nil, "33.20.99.2001", "Entah", nil, 100}},
			message: "Kecamatan 33.20.99 tidak ada di basis data maupun di berkas ini", row: 2, column: "A", header: "Kode Kecamatan"},
		{name: "village not under its kecamatan", kind: KindWilayah, rows: [][]any{wilayahHeader,
			{"33.20.02", "Pecangaan", "33.20.01.2009", "Salah", nil, 100}},
			message: "Kode desa 33.20.01.2009 tidak berada di bawah kecamatan 33.20.02", row: 2, column: "C", header: "Kode Desa"},
		{name: "bad code format", kind: KindWilayah, rows: [][]any{wilayahHeader,
			{"33.20.01", "Kedung", "33.20.1.21", "Format", nil, 100}},
			message: "tidak sesuai format Kemendagri", row: 2, column: "C", header: "Kode Desa"},
		{name: "missing name", kind: KindWilayah, rows: [][]any{wilayahHeader,
			{"33.20.01", "Kedung", "33.20.01.2010", nil, nil, 100}},
			message: "Nama desa/kelurahan wajib diisi.", row: 2, column: "D", header: "Nama Desa"},
		{name: "negative population", kind: KindWilayah, rows: [][]any{wilayahHeader,
			{"33.20.01", "Kedung", "33.20.01.2011", "Minus", nil, -5}},
			message: "Jumlah penduduk tidak boleh negatif.", row: 2, column: "F", header: "Jumlah Penduduk"},
		{name: "not a number", kind: KindWilayah, rows: [][]any{wilayahHeader,
			{"33.20.01", "Kedung", "33.20.01.2012", "Teks", nil, "banyak"}},
			message: `Jumlah Penduduk "banyak" bukan bilangan bulat`, row: 2, column: "F", header: "Jumlah Penduduk"},
		{name: "unknown IDM status", kind: KindWilayah, rows: [][]any{wilayahHeader,
			{"33.20.01", "Kedung", "33.20.01.2013", "Idm", nil, 1, 1, 0, 0, "Hebat"}},
			message: `Status IDM "Hebat" tidak dikenal`, row: 2, column: "J", header: "Status IDM"},
		{name: "unknown village kind", kind: KindWilayah, rows: [][]any{wilayahHeader,
			{"33.20.01", "Kedung", "33.20.01.2014", "Jenisnya", "Kota", 1}},
			message: `Jenis "kota" tidak dikenal; pilih desa atau kelurahan.`, row: 2, column: "E", header: "Jenis"},
		{name: "kecamatan name differs", kind: KindWilayah, rows: [][]any{wilayahHeader,
			{"33.20.05", "Keling", "33.20.05.2001", "Satu", nil, 1},
			{"33.20.05", "Kelling", "33.20.05.2002", "Dua", nil, 1}},
			message: `Nama kecamatan 33.20.05 berbeda dengan di baris 2 ("Keling")`, row: 3, column: "B", header: "Nama Kecamatan"},
		{name: "NIP not 18 digits", kind: KindOPD, rows: [][]any{opdHeader,
			{"1.03.01", "Dinas Pekerjaan Umum", "DPUPR", "Dinas", "Ir. Budi", "Pembina (IV/a)", "19700101200003100", nil, nil, nil}},
			message: `NIP "19700101200003100" harus 18 digit angka.`, row: 2, column: "G", header: "NIP"},
		{name: "NIP as number", kind: KindOPD, rows: [][]any{opdHeader,
			{"1.03.01", "Dinas Pekerjaan Umum", "DPUPR", "Dinas", "Ir. Budi", "Pembina (IV/a)", int64(197001012000031001), nil, nil, nil}},
			message: "NIP 197001012000031001 tersimpan sebagai angka, bukan teks", row: 2, column: "G", header: "NIP"},
		{name: "NIP in scientific notation", kind: KindOPD, rows: [][]any{opdHeader,
			{"1.03.01", "Dinas Pekerjaan Umum", "DPUPR", "Dinas", "Ir. Budi", "Pembina (IV/a)", "1.97E+17", nil, nil, nil}},
			message: "NIP 1.97E+17 ditulis dalam notasi ilmiah", row: 2, column: "G", header: "NIP"},
		{name: "unknown OPD kind", kind: KindOPD, rows: [][]any{opdHeader,
			{"1.03.01", "Dinas Pekerjaan Umum", "DPUPR", "Kantor", nil, nil, nil, nil, nil, nil}},
			message: `Jenis "Kantor" tidak dikenal`, row: 2, column: "D", header: "Jenis"},
		{name: "duplicate OPD code", kind: KindOPD, rows: [][]any{opdHeader,
			{"1.03.01", "Dinas Pekerjaan Umum", "DPUPR", "Dinas"},
			{"1.03.01", "Dinas PU", "DPU", "Dinas"}},
			message: "Kode perangkat daerah 1.03.01 ganda: dipakai di baris 2 dan baris 3.", row: 3, column: "A", header: "Kode"},
		{name: "missing required column", kind: KindOPD, rows: [][]any{{"Kode", "Nama Perangkat Daerah"}, {"1.03.01", "Dinas PU"}},
			message: "Kolom wajib Jenis tidak ditemukan pada baris judul.", row: 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e := newEnv(t)
			e.seed(t)
			before := e.counts(t)
			path := writeBook(t, e.dir, "salah.xlsx", sheet{"Lembar1", c.rows})
			pv, err := e.svc.Preview(e.ctx, c.kind, path)
			if err != nil {
				t.Fatal(err)
			}
			p := findProblem(t, pv.Problems, c.message)
			if p.File != "salah.xlsx" || p.Sheet != "Lembar1" || p.Row != c.row || p.Column != c.column || p.Header != c.header {
				t.Errorf("problem located at %s/%s row %d col %q (%q), want row %d col %q (%q)", p.File, p.Sheet, p.Row, p.Column, p.Header, c.row, c.column, c.header)
			}
			if !strings.HasPrefix(p.Text, "salah.xlsx, lembar Lembar1, baris ") {
				t.Errorf("text = %q", p.Text)
			}
			galat := false
			for _, r := range pv.Rows {
				galat = galat || (r.Row == c.row && r.Action == ActionError)
			}
			if c.row > 1 && !galat {
				t.Errorf("row %d not marked galat: %+v", c.row, pv.Rows)
			}
			_, err = e.svc.Import(e.ctx, c.kind, path)
			ps := problemsOf(t, err)
			findProblem(t, ps, c.message)
			if n := e.counts(t); n != before {
				t.Errorf("rows %v, want %v", n, before)
			}
		})
	}
}

func TestOneBadRowSavesNothing(t *testing.T) {
	e := newEnv(t)
	rows := wilayahRows(4210, "Kedung")
	rows = append(rows, []any{4, "33.20.03", "Kalinyamatan", "33.20.03.2005", "Buruk", nil, -1})
	path := writeBook(t, e.dir, "satu-salah.xlsx", sheet{"Desa", rows})
	_, err := e.svc.Import(e.ctx, KindWilayah, path)
	ps := problemsOf(t, err)
	if len(ps) != 1 || ps[0].Cell != "G7" {
		t.Errorf("problems = %+v", ps)
	}
	if n := e.counts(t); n != [3]int64{0, 0, 0} {
		t.Errorf("rows saved despite a bad row: %v", n)
	}
	if _, err := e.svc.Import(e.ctx, "penduduk", path); appCode(err) != "import.unknown_kind" {
		t.Errorf("unknown kind: %v", err)
	}
}
