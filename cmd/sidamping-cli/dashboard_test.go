package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"sidamping/services/testutil"
)

func sqlInt(t *testing.T, path, q string) int64 {
	t.Helper()
	gdb := testutil.NewDBAt(t, path, false)
	var n int64
	if err := gdb.Raw(q).Scan(&n).Error; err != nil {
		t.Fatal(err)
	}
	return n
}

func TestDashboardCommand(t *testing.T) {
	dir := testutil.TempDir(t)
	db := filepath.Join(dir, "sidamping.db")
	cli(t, "--db", db, "demo").expect(t, 0)
	cli(t, "--db", db, "dashboard").expect(t, 2)
	r := cli(t, "--db", db, "--json", "dashboard", "--year", "2026", "--month", "6").expect(t, 0)
	h := r.obj["headline"].(map[string]any)
	planned := sqlInt(t, db, `SELECT SUM(a.amount) FROM kegiatan_anggaran a JOIN kegiatan k ON k.id = a.kegiatan_id
		JOIN pendampingan p ON p.id = k.pendampingan_id WHERE p.year = 2026`)
	realised := sqlInt(t, db, `SELECT COALESCE(SUM(d.amount), 0) FROM realisasi_dana d JOIN realisasi r ON r.id = d.realisasi_id
		JOIN kegiatan k ON k.id = r.kegiatan_id JOIN pendampingan p ON p.id = k.pendampingan_id WHERE p.year = 2026 AND r.month <= 6`)
	paired := sqlInt(t, db, `SELECT COUNT(*) FROM pendampingan WHERE year = 2026`)
	if planned == 0 || int64(h["planned"].(float64)) != planned || int64(h["realised"].(float64)) != realised || int64(h["paired"].(float64)) != paired {
		t.Fatalf("headline %v; want planned %d realised %d paired %d", h, planned, realised, paired)
	}
	if r.obj["month"].(float64) != 6 {
		t.Errorf("month %v", r.obj["month"])
	}
	opd := r.obj["opd"].([]any)
	var sumPlanned, sumReal int64
	for _, x := range opd {
		o := x.(map[string]any)
		for _, k := range []string{"code", "planned", "realised", "absorption", "late", "last_reported_month"} {
			if _, ok := o[k]; !ok {
				t.Fatalf("opd entry without %s: %v", k, o)
			}
		}
		if m := o["last_reported_month"].(float64); m < 0 || m > 6 {
			t.Errorf("last reported month %v of %v", m, o["code"])
		}
		sumPlanned += int64(o["planned"].(float64))
		sumReal += int64(o["realised"].(float64))
	}
	if int64(len(opd)) != sqlInt(t, db, `SELECT COUNT(DISTINCT opd_id) FROM pendampingan WHERE year = 2026`) || sumPlanned != planned || sumReal != realised {
		t.Errorf("opd[]: %d entries, planned %d, realised %d", len(opd), sumPlanned, sumReal)
	}
	var srcPlanned int64
	for _, x := range r.obj["sources"].([]any) {
		srcPlanned += int64(x.(map[string]any)["planned"].(float64))
	}
	if n := len(r.obj["sources"].([]any)); n != 8 || srcPlanned != planned {
		t.Errorf("sources %d, planned %d", n, srcPlanned)
	}
	txt := cli(t, "--db", db, "dashboard", "--year", "2026", "--month", "6").expect(t, 0)
	if !strings.Contains(txt.stdout, "keadaan akhir Juni") || !strings.Contains(txt.stdout, fmt.Sprintf("didampingi %d", paired)) {
		t.Errorf("text %s", txt.stdout)
	}
}

func TestReportingCommand(t *testing.T) {
	dir := testutil.TempDir(t)
	db := filepath.Join(dir, "sidamping.db")
	cli(t, "--db", db, "demo").expect(t, 0)
	out := filepath.Join(dir, "belum.xlsx")
	r := cli(t, "--db", db, "--json", "reporting", "--year", "2026", "--month", "12", "--out", out).expect(t, 0)
	notRep := int(r.obj["not_reported"].(float64))
	if int(r.obj["reported"].(float64))+notRep != len(r.obj["opd"].([]any)) {
		t.Fatalf("%v", r.obj)
	}
	f, err := excelize.OpenFile(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, _ := f.GetRows("Belum Melapor")
	data := 0
	for _, row := range rows {
		if len(row) > 2 && row[0] != "No" && row[0] != "" && !strings.HasPrefix(row[0], "DAFTAR") && !strings.HasPrefix(row[0], "Gerakan") && !strings.HasPrefix(row[0], "Keadaan") {
			data++
		}
	}
	if data != notRep {
		t.Errorf("%d rows in the list, %d not reported", data, notRep)
	}
}

func TestImportBoundariesCommand(t *testing.T) {
	dir := testutil.TempDir(t)
	db := filepath.Join(dir, "sidamping.db")
	cli(t, "--db", db, "demo").expect(t, 0)
	gdb := testutil.NewDBAt(t, db, false)
	var code string
	if err := gdb.Raw(`SELECT d.code FROM desa d JOIN pendampingan p ON p.desa_id = d.id WHERE p.year = 2026 ORDER BY d.code LIMIT 1`).Scan(&code).Error; err != nil {
		t.Fatal(err)
	}
	poly := `{"type":"Polygon","coordinates":[[[110.6,-6.6],[110.7,-6.6],[110.7,-6.5],[110.6,-6.6]]]}`
	geo := filepath.Join(dir, "batas.geojson")
	body := `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"kode":"` + code + `"},"geometry":` + poly +
		`},{"type":"Feature","properties":{"nama":"Tidak Ada"},"geometry":` + poly + `}]}`
	if err := os.WriteFile(geo, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	r := cli(t, "--db", db, "import", "boundaries", geo).expect(t, 0)
	if !strings.Contains(r.stdout, "Batas 1 desa dari batas.geojson disimpan (2 fitur); 1 fitur tidak cocok") ||
		!strings.Contains(r.stdout, "fitur 2 (Tidak Ada): desa Tidak Ada tidak ada di daftar desa/kelurahan") {
		t.Errorf("%s", r.stdout)
	}
	if n := count(t, db, "batas_desa"); n != 1 {
		t.Errorf("batas_desa %d", n)
	}
	d := cli(t, "--db", db, "--json", "dashboard", "--year", "2026").expect(t, 0)
	if d.obj["year"].(float64) != 2026 {
		t.Errorf("%v", d.obj)
	}
}
