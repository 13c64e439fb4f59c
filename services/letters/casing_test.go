package letters

import (
	"strings"
	"testing"

	"sidamping/models"
)

func TestCaserWritesNamesAsATypist(t *testing.T) {
	c := newCaser([]string{"Dinkes", "Dinsos P3A", "DPUPR"})
	for in, want := range map[string]string{
		"DESA NGOMBAK":     "Desa Ngombak",
		"DINAS KESEHATAN":  "Dinas Kesehatan",
		"RSUD DR. SOETOMO": "RSUD Dr. Soetomo",
		"BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH (BPKAD)": "Badan Pengelolaan Keuangan dan Aset Daerah (BPKAD)",
		"DINAS KOPERASI, USAHA KECIL DAN MENENGAH":           "Dinas Koperasi, Usaha Kecil dan Menengah",
		"DINKES":                            "Dinkes",
		"DINSOS P3A":                        "Dinsos P3A",
		"DPUPR":                             "DPUPR",
		"KECAMATAN TAWANGHARJO II":          "Kecamatan Tawangharjo II",
		"SIDOREJO-WETAN":                    "Sidorejo-Wetan",
		"Desa NgomBak":                      "Desa NgomBak", // the user's own spelling is kept
		"BAGIAN KESEJAHTERAAN RAKYAT SETDA": "Bagian Kesejahteraan Rakyat Setda",
		"DI BAWAH":                          "Di Bawah", // a small word first is capitalised
		"DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK (DP3A)":     "Dinas Pemberdayaan Perempuan dan Perlindungan Anak (DP3A)",
		"UPTD PUSKESMAS TOROH I":                                        "UPTD Puskesmas Toroh I",
		"BADAN PERENCANAAN PEMBANGUNAN DAERAH / BAPPEDA":                "Badan Perencanaan Pembangunan Daerah / Bappeda",
		"DINAS PEKERJAAN UMUM DAN PENATAAN RUANG (DPUPR) KAB. GROBOGAN": "Dinas Pekerjaan Umum dan Penataan Ruang (DPUPR) Kab. Grobogan",
	} {
		if got := c.name(in); got != want {
			t.Errorf("name(%q) = %q, want %q", in, got, want)
		}
	}
	if got := villageLabel(c.name("DESA NGOMBAK"), ""); got != "Desa Ngombak" {
		t.Errorf("village label %q doubles Desa", got)
	}
}

// Names imported in capitals reach the letters in a typist's case; a name corrected
// once in the master data is what every new letter then uses.
func TestLettersCaseNamesImportedInCapitals(t *testing.T) {
	f := newFixture(t, 1)
	if err := f.db.Exec("UPDATE desa SET name = 'NGOMBAK' WHERE id = ?", f.desa[0].ID).Error; err != nil {
		t.Fatal(err)
	}
	if err := f.db.Exec("UPDATE opd SET name = 'RSUD DR. SOEDJATI SOEMODIARDJO', abbreviation = 'RSUD' WHERE id = ?", f.opds[0].ID).Error; err != nil {
		t.Fatal(err)
	}
	d, err := f.s.Issue(ctx, Request{Type: models.SuratKeputusan, Year: 2026})
	if err != nil {
		t.Fatal(err)
	}
	text := pdfText(t, d.PDFPath)
	if !strings.Contains(text, "Ngombak") || strings.Contains(text, "NGOMBAK") || !strings.Contains(text, "RSUD Dr. Soedjati Soemodiardjo") {
		t.Errorf("decree lampiran keeps the capitals:\n%s", text[strings.Index(text, "LAMPIRAN"):])
	}
	a, err := f.s.Issue(ctx, Request{Type: models.SuratTugas, Year: 2026, OPDID: f.opds[0].ID})
	if err != nil {
		t.Fatal(err)
	}
	if text := pdfText(t, a.PDFPath); !strings.Contains(text, "Desa Ngombak") || strings.Contains(text, "NGOMBAK") {
		t.Errorf("assignment keeps the capitals")
	}
	// The user corrects the name once; the next letter follows.
	if err := f.db.Exec("UPDATE desa SET name = 'Ngombak Kidul' WHERE id = ?", f.desa[0].ID).Error; err != nil {
		t.Fatal(err)
	}
	d2, err := f.s.Issue(ctx, Request{Type: models.SuratKeputusan, Year: 2026})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(pdfText(t, d2.PDFPath), "Ngombak Kidul") {
		t.Error("the corrected name is not used")
	}
}
