package households

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
	"gorm.io/gorm"

	"sidamping/services/common"
	"sidamping/services/testutil"
)

// fixture is a regency "33.20" with nKec kecamatan of nDesa villages each:
// kecamatan 33.20.KK "Kec KK", village 33.20.KK.20VV "Desa KK-VV".
func fixture(t testing.TB, db *gorm.DB, nKec, nDesa int) {
	t.Helper()
	exec := func(q string, args ...any) {
		if err := db.Exec(q, args...).Error; err != nil {
			t.Fatal(err)
		}
	}
	exec(`INSERT INTO profil(id, regency_name, province, regency_code) VALUES (1, 'Kabupaten Contoh', 'Jawa Tengah', '33.20')`)
	exec(`INSERT INTO tahun_program(year, active) VALUES (2026, 1)`)
	for k := 1; k <= nKec; k++ {
		exec(`INSERT INTO kecamatan(id, code, name) VALUES (?, ?, ?)`, k, fmt.Sprintf("33.20.%02d", k), fmt.Sprintf("Kec %02d", k))
		for v := 1; v <= nDesa; v++ {
			exec(`INSERT INTO desa(id, code, name, kind, kecamatan_id) VALUES (?, ?, ?, 'desa', ?)`,
				k*100+v, fmt.Sprintf("33.20.%02d.20%02d", k, v), fmt.Sprintf("Desa %02d-%02d", k, v), k)
		}
	}
}

// newService gives a fresh database with the fixture and a service recording events.
func newService(t testing.TB) (*Service, *gorm.DB, *common.Recorder) {
	t.Helper()
	db := testutil.NewDB(t)
	fixture(t, db, 3, 5)
	rec := &common.Recorder{}
	return New(db, common.FixedClock{T: time.Date(2026, 10, 1, 9, 0, 0, 0, time.UTC)}, rec, nil), db, rec
}

// writeBook writes a workbook of sheets (name → rows); string cells are text, numbers
// numbers, time.Time a date cell.
func writeBook(t testing.TB, path string, sheets ...sheetData) string {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	dateStyle, _ := f.NewStyle(&excelize.Style{NumFmt: 14})
	for i, sh := range sheets {
		if i == 0 {
			f.SetSheetName("Sheet1", sh.name)
		} else {
			f.NewSheet(sh.name)
		}
		for r, row := range sh.rows {
			for c, v := range row {
				cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
				if v == nil {
					continue
				}
				if err := f.SetCellValue(sh.name, cell, v); err != nil {
					t.Fatal(err)
				}
				if _, ok := v.(time.Time); ok {
					f.SetCellStyle(sh.name, cell, cell, dateStyle)
				}
			}
		}
		for _, m := range sh.merges {
			if err := f.MergeCell(sh.name, m[0], m[1]); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	return path
}

type sheetData struct {
	name   string
	rows   [][]any
	merges [][2]string
}

// dtksHeader is a real-looking DTKS header (SIKS-NG export).
var dtksHeader = []any{"NO", "ID DTKS", "NIK", "NO KK", "NAMA", "NAMA IBU KANDUNG", "TEMPAT LAHIR", "TANGGAL LAHIR",
	"JENIS KELAMIN", "ALAMAT", "RT", "RW", "KODE WILAYAH", "HUBUNGAN DENGAN KEPALA KELUARGA", "PEKERJAAN", "STATUS PKH"}

// dtksRow builds one DTKS row: family f (1-based), member m, village kec/desa.
func dtksRow(no, f, m, kec, desa int) []any {
	return []any{no, fmt.Sprintf("DTKS%08d", no), nikOf(f, m), kkOf(f), fmt.Sprintf("WARGA %d %d", f, m), "IBU " + strconv.Itoa(f),
		"BLORA", "12-01-1980", []string{"LAKI-LAKI", "PEREMPUAN"}[m%2], "DUSUN KRAJAN", "003", "001",
		fmt.Sprintf("3320%02d20%02d", kec, desa), []string{"KEPALA KELUARGA", "ISTRI", "ANAK"}[min(m-1, 2)], "PETANI", "YA"}
}

func nikOf(f, m int) string { return fmt.Sprintf("3320%08d%04d", f, m) }
func kkOf(f int) string {
	return fmt.Sprintf("3320%08d0000", f)[:12] + fmt.Sprintf("%04d", 9000+f%1000)
}

// dtksBook writes a DTKS workbook of families × members across villages of kecamatan 1.
func dtksBook(t testing.TB, dir, name string, families, members int) string {
	rows := [][]any{dtksHeader}
	no := 0
	for f := 1; f <= families; f++ {
		for m := 1; m <= members; m++ {
			no++
			rows = append(rows, dtksRow(no, f, m, 1, 1+f%5))
		}
	}
	return writeBook(t, filepath.Join(dir, name), sheetData{name: "DTKS", rows: rows})
}

// ---- the benchmark workbook ----

var (
	benchGiven  = []string{"SITI", "AHMAD", "SRI", "MUHAMMAD", "DWI", "EKO", "TRI", "NUR", "BUDI", "WAHYU", "SUGENG", "PARTINI", "SUPARMI", "SLAMET", "RINA", "AGUS"}
	benchFamily = []string{"RAHAYU", "SANTOSO", "WIDODO", "LESTARI", "HIDAYAT", "PURNOMO", "ASTUTI", "SETIAWAN", "SUSANTI", "PRASETYO", "WULANDARI", "NUGROHO"}
	benchPlaces = []string{"BLORA", "PURWOREJO", "JEPARA", "REMBANG", "GROBOGAN", "KUDUS"}
	benchJobs   = []string{"PETANI", "BURUH HARIAN LEPAS", "NELAYAN", "PEDAGANG", "TIDAK BEKERJA", "MENGURUS RUMAH TANGGA", "PELAJAR/MAHASISWA", "WIRASWASTA"}
	benchHeader = []string{"ID DTKS", "NIK", "No KK", "Nama", "Nama Ibu Kandung", "Tempat Lahir", "Tanggal Lahir", "Jenis Kelamin",
		"Alamat", "RT", "RW", "Kode Wilayah", "Desil", "Pekerjaan", "Status PKH"}
)

// benchKec and benchDesa size the benchmark regency: 16 kecamatan × 30 villages.
const benchKec, benchDesa = 16, 30

// benchRecord is row i of the generated DTKS list: families of 1-6 members in a row.
type benchGen struct {
	r            *rand.Rand
	fam, left    int
	kec, desa    int
	desil        int
	rt, rw, addr string
	member       int
}

func (g *benchGen) next(i int) (text [15]string, birth float64, desil int) {
	if g.left == 0 {
		g.fam++
		g.left = 1 + g.r.IntN(6)
		g.member = 0
		g.kec, g.desa = 1+g.r.IntN(benchKec), 1+g.r.IntN(benchDesa)
		g.desil = 1 + g.r.IntN(4)
		g.rt, g.rw = fmt.Sprintf("%03d", 1+g.r.IntN(20)), fmt.Sprintf("%03d", 1+g.r.IntN(12))
		g.addr = fmt.Sprintf("DUSUN KRAJAN %d", 1+g.r.IntN(9))
	}
	g.left--
	g.member++
	text[0] = fmt.Sprintf("DTKS%010d", i+1)
	text[1] = strconv.FormatInt(3320000000000000+int64(i)*7919%1_000_000_000_000, 10)
	text[2] = strconv.FormatInt(3320100000000000+int64(g.fam), 10)
	text[3] = benchGiven[g.r.IntN(len(benchGiven))] + " " + benchFamily[g.r.IntN(len(benchFamily))]
	text[4] = benchGiven[g.r.IntN(len(benchGiven))] + " " + benchFamily[g.r.IntN(len(benchFamily))]
	text[5] = benchPlaces[g.r.IntN(len(benchPlaces))]
	text[7] = []string{"LAKI-LAKI", "PEREMPUAN"}[g.r.IntN(2)]
	text[8] = g.addr
	text[9], text[10] = g.rt, g.rw
	text[11] = fmt.Sprintf("33.20.%02d.20%02d", g.kec, g.desa)
	text[13] = benchJobs[g.r.IntN(len(benchJobs))]
	text[14] = []string{"YA", "TIDAK"}[g.r.IntN(2)]
	return text, float64(15000 + g.r.IntN(30000)), g.desil
}

// benchWorkbook returns a cached DTKS workbook of n rows in os.TempDir(), written once
// with excelize's StreamWriter (text as inline strings, birth dates as date cells).
func benchWorkbook(tb testing.TB, n int) string {
	tb.Helper()
	path := filepath.Join(os.TempDir(), fmt.Sprintf("sidamping-households-bench-v1-%d.xlsx", n))
	if _, err := os.Stat(path); err == nil {
		return path
	}
	tmp := strings.TrimSuffix(path, ".xlsx") + ".tmp.xlsx"
	f := excelize.NewFile()
	defer f.Close()
	f.SetSheetName("Sheet1", "DTKS")
	dateStyle, _ := f.NewStyle(&excelize.Style{NumFmt: 14})
	sw, err := f.NewStreamWriter("DTKS")
	if err != nil {
		tb.Fatal(err)
	}
	head := make([]any, len(benchHeader))
	for i, h := range benchHeader {
		head[i] = h
	}
	if err := sw.SetRow("A1", head); err != nil {
		tb.Fatal(err)
	}
	g := &benchGen{r: rand.New(rand.NewPCG(1, 2))}
	row := make([]any, 15)
	for i := range n {
		text, birth, desil := g.next(i)
		for c, v := range text {
			row[c] = v
		}
		row[6] = excelize.Cell{StyleID: dateStyle, Value: birth}
		row[12] = desil
		cell, _ := excelize.CoordinatesToCellName(1, i+2)
		if err := sw.SetRow(cell, row); err != nil {
			tb.Fatal(err)
		}
	}
	if err := sw.Flush(); err != nil {
		tb.Fatal(err)
	}
	if err := f.SaveAs(tmp); err != nil {
		tb.Fatal(err)
	}
	if err := os.Rename(tmp, path); err != nil {
		tb.Fatal(err)
	}
	return path
}

// ctx is a background context for tests.
var ctx = context.Background()
