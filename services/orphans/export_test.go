package orphans_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"sidamping/models"
	"sidamping/services/orphans"
	"sidamping/services/testutil"
)

func TestNamedExportIsSecretMaskedAndLogged(t *testing.T) {
	e := setup(t)
	e.s.User = "operator1"
	e.child(t, 0, "Rina Safitri", func(in *orphans.ChildInput) { in.NIK = "3320014101150002" })
	e.child(t, 1, "Joko", nil)
	dir := testutil.TempDir(t)
	// Counts only: no names, nothing logged.
	plain := filepath.Join(dir, "rekap.xlsx")
	res, err := e.s.Export(ctx, orphans.ExportInput{Path: plain})
	if err != nil || res.Children != 2 || res.Villages != 2 {
		t.Fatalf("export %+v %v", res, err)
	}
	f, _ := excelize.OpenFile(plain)
	if sheets := f.GetSheetList(); len(sheets) != 1 {
		t.Fatalf("sheets %v", sheets)
	}
	rows, _ := f.GetRows(f.GetSheetList()[0])
	f.Close()
	for _, r := range rows {
		if strings.Contains(strings.Join(r, "|"), "Rina") {
			t.Fatal("the counts export names a child")
		}
	}
	if n := testutil.Count(t, e.f.DB, "log_ekspor_anak"); n != 0 {
		t.Fatalf("%d log rows for a counts export", n)
	}
	// Named, one kecamatan: RAHASIA on top and in the page header, NIK masked, logged.
	named := filepath.Join(dir, "daftar.xlsx")
	if _, err := e.s.Export(ctx, orphans.ExportInput{Path: named, Named: true, DesaID: e.f.Desa[0].ID}); err != nil {
		t.Fatal(err)
	}
	f, _ = excelize.OpenFile(named)
	defer f.Close()
	rows, _ = f.GetRows("Daftar Anak")
	if !strings.HasPrefix(rows[0][0], orphans.Secret) {
		t.Fatalf("first line %q", rows[0][0])
	}
	all := ""
	for _, r := range rows {
		all += strings.Join(r, "|") + "\n"
	}
	if !strings.Contains(all, "Rina Safitri") || !strings.Contains(all, "3320xxxxxxxx0002") || strings.Contains(all, "3320014101150002") || strings.Contains(all, "Joko") {
		t.Fatalf("named sheet:\n%s", all)
	}
	hf, err := f.GetHeaderFooter("Daftar Anak")
	if err != nil || !strings.Contains(hf.OddHeader, orphans.Secret) {
		t.Fatalf("page header %+v %v", hf, err)
	}
	log, _ := e.s.ExportLog(ctx)
	if len(log) != 1 || log[0].UserName != "operator1" || log[0].Rows != 1 || log[0].Path != named || !strings.Contains(log[0].Scope, e.f.Desa[0].Name) {
		t.Fatalf("log %+v", log)
	}
}

func TestChildIsLinkedToTheHouseholdRegistry(t *testing.T) {
	e := setup(t)
	for _, st := range []struct {
		sql  string
		args []any
	}{
		{"INSERT INTO edisi(id, name, source) VALUES (1, 'DTKS Mei', 'dtks'), (2, 'DTSEN Juni', 'dtsen')", nil},
		{"INSERT INTO keluarga(id, edisi_id, no_kk, desa_id, desil) VALUES (1, 1, '3320011203040001', ?, 3), (2, 2, '3320011203040001', ?, 1)", []any{e.f.Desa[0].ID, e.f.Desa[0].ID}},
		{"INSERT INTO individu(id, keluarga_id, nik, nik_flag, name, name_norm) VALUES (1, 2, '3320014101150002', 'valid', 'RINA', 'RINA')", nil},
	} {
		if err := e.f.DB.Exec(st.sql, st.args...).Error; err != nil {
			t.Fatal(err)
		}
	}
	byNIK := e.child(t, 0, "Rina", func(in *orphans.ChildInput) { in.NIK = "3320014101150002" })
	if h := byNIK.Household; h == nil || h.By != "nik" || h.Edition != "DTSEN Juni" || *h.Desil != 1 || h.NoKK != "3320xxxxxxxx0001" {
		t.Fatalf("by NIK %+v", h)
	}
	byKK := e.child(t, 0, "Adik", func(in *orphans.ChildInput) { in.NoKK = "3320011203040001" })
	if h := byKK.Household; h == nil || h.By != "no_kk" || *h.Desil != 1 {
		t.Fatalf("by No KK %+v", h)
	}
	none := e.child(t, 0, "Lain", nil)
	if none.Household != nil {
		t.Fatalf("no NIK, no link: %+v", none.Household)
	}
	_ = models.MaskNIK
}
