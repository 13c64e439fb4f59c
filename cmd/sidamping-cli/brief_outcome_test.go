package main

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"sidamping/services/testutil"
)

// TestBriefCommandOutcome: the command's brief carries the movement table once the
// registry holds two editions (one family up from desil 1 to 3).
func TestBriefCommandOutcome(t *testing.T) {
	testutil.NeedTools(t, "pdftotext")
	dir := testutil.TempDir(t)
	db := filepath.Join(dir, "sidamping.db")
	cli(t, "--db", db, "demo").expect(t, 0)
	gdb := testutil.NewDBAt(t, db, false)
	for _, q := range []string{
		`INSERT INTO edisi(id, name, source, data_date, files) VALUES (901, 'DTKS Maret 2026', 'dtks', '2026-03-01', '[]'), (902, 'DTKS September 2026', 'dtks', '2026-09-01', '[]')`,
		`INSERT INTO keluarga(edisi_id, no_kk, desa_id, desil) SELECT 901, '3320010000000001', MIN(id), 1 FROM desa`,
		`INSERT INTO keluarga(edisi_id, no_kk, desa_id, desil) SELECT 902, '3320010000000001', MIN(id), 3 FROM desa`,
		`INSERT INTO individu(keluarga_id, edisi_id, nik, nik_flag, name, name_norm)
			SELECT id, edisi_id, '3320010101800001', 'valid', 'WARGA', 'WARGA' FROM keluarga WHERE edisi_id IN (901, 902)`,
	} {
		if err := gdb.Exec(q).Error; err != nil {
			t.Fatal(err)
		}
	}
	if d, err := gdb.DB(); err == nil {
		d.Close()
	}
	out := filepath.Join(dir, "bahan.pdf")
	cli(t, "--db", db, "brief", "--year", "2026", "--out", out).expect(t, 0)
	txt, err := exec.Command("pdftotext", out, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	flat := strings.Join(strings.Fields(string(txt)), " ")
	for _, want := range []string{"Pergerakan keluarga desil 1-2: DTKS Maret 2026 (A) ke DTKS September 2026 (B), kabupaten",
		"Kabupaten 1 1 0 0 0 0 100,0 %", "Ketepatan sasaran penerima manfaat tahun 2026"} {
		if !strings.Contains(flat, want) {
			t.Errorf("brief lacks %q", want)
		}
	}
}
