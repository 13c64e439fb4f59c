package households

import (
	"path/filepath"
	"testing"

	"github.com/xuri/excelize/v2"
	"gorm.io/gorm"

	"sidamping/models"
	"sidamping/services/testutil"
)

// importDTKS imports a generated DTKS book and returns the edition id.
func importDTKS(t *testing.T, svc *Service, dir, edition string, families, members int) uint {
	t.Helper()
	path := dtksBook(t, dir, edition+".xlsx", families, members)
	res, err := svc.Import(ctx, ImportInput{Files: []string{path}, Edition: edition})
	if err != nil {
		t.Fatal(err)
	}
	return res.EditionID
}

func memberID(t *testing.T, db *gorm.DB, nik string) uint {
	var id uint
	db.Raw("SELECT id FROM individu WHERE nik = ?", nik).Scan(&id)
	if id == 0 {
		t.Fatalf("no member %s", nik)
	}
	return id
}

func TestSearchAndReveal(t *testing.T) {
	svc, db, _ := newService(t)
	rows := [][]any{dtksHeader}
	for f := 1; f <= 30; f++ {
		for m := 1; m <= 3; m++ {
			r := dtksRow(len(rows), f, m, 1, 1+f%5)
			if f == 5 && m == 1 {
				r[4] = "Siti  Rahayu Ningsih"
			}
			rows = append(rows, r)
		}
	}
	path := writeBook(t, filepath.Join(testutil.TempDir(t), "dtks.xlsx"), sheetData{name: "DTKS", rows: rows})
	res, err := svc.Import(ctx, ImportInput{Files: []string{path}, Edition: "DTKS"})
	if err != nil {
		t.Fatal(err)
	}
	ed := res.EditionID
	if n := testutil.Count(t, db, "individu_kata"); n != 2 {
		t.Fatalf("%d name words", n)
	}
	cases := []struct {
		text, mode string
		n          int
	}{
		{nikOf(5, 1), "nik", 1},
		{kkOf(5), "nik", 3},
		{"3320 0000 0005", "digits", 3},
		{"warga 12", "name", 3},
		{"Warga 12 2", "name", 1},
		{"rahayu", "token", 1},
		{"ningsih", "token", 1},
		{"rahayu ning", "token", 1},
		{"siti rahayu", "name", 1},
		{"ningsih rahayu", "name", 0},
		{"tidak ada", "name", 0},
	}
	for _, c := range cases {
		got, err := svc.Search(ctx, SearchQuery{Text: c.text, EditionID: ed})
		if err != nil || got.Mode != c.mode || len(got.Rows) != c.n {
			t.Errorf("%q: %v mode %s rows %d", c.text, err, got.Mode, len(got.Rows))
		}
	}
	found, _ := svc.Search(ctx, SearchQuery{Text: nikOf(5, 1)})
	r := found.Rows[0]
	if r.NIK != "3320xxxxxxxx0001" || r.NoKK != models.MaskNIK(kkOf(5)) || r.Desa != "Desa 01-01" || r.Kecamatan != "Kec 01" || r.Name != "Siti Rahayu Ningsih" {
		t.Fatalf("row %+v", r)
	}
	rv, err := svc.Reveal(ctx, r.ID)
	if err != nil || rv.NIK != nikOf(5, 1) || rv.NoKK != kkOf(5) {
		t.Fatalf("reveal %+v %v", rv, err)
	}
	if _, err := svc.Reveal(ctx, 999999); !isCodeErr(err, CodeNotFound) {
		t.Fatal(err)
	}
}

func TestVerificationAndProgress(t *testing.T) {
	svc, db, _ := newService(t)
	ed := importDTKS(t, svc, testutil.TempDir(t), "DTKS", 10, 3)
	// A pairing team member to verify with.
	db.Exec("INSERT INTO opd(id, code, name, kind) VALUES (1, 'BAPPEDA', 'Bappeda', 'Badan')")
	db.Exec("INSERT INTO pendampingan(id, year, desa_id, opd_id) VALUES (1, 2026, 102, 1)")
	db.Exec("INSERT INTO anggota_tim(id, pendampingan_id, role, name) VALUES (7, 1, 'anggota', 'Dwi Astuti')")
	// Families 1, 6 are in village 102 (1 + f%5 = 2).
	a, b := memberID(t, db, nikOf(1, 2)), memberID(t, db, nikOf(6, 3))
	team := uint(7)
	n, err := svc.SetStatus(ctx, StatusUpdate{Level: LevelMember, IDs: []uint{a, b}, Status: "meninggal", VerifierID: &team, Note: "surat kematian"})
	if err != nil || n != 2 {
		t.Fatalf("%d %v", n, err)
	}
	var m models.Individu
	db.First(&m, a)
	if *m.Status != "meninggal" || m.StatusDate != "2026-10-01" || m.VerifierName != "Dwi Astuti" || *m.VerifierID != 7 || m.StatusNote != "surat kematian" {
		t.Fatalf("%+v", m.Verval)
	}
	if _, err := svc.SetStatus(ctx, StatusUpdate{Level: LevelMember, IDs: []uint{b}, Status: "pindah", Date: "2026-09-30"}); err != nil {
		t.Fatal(err)
	}
	if _, err := svc.SetStatus(ctx, StatusUpdate{Level: LevelMember, IDs: []uint{a}, Status: "hilang"}); !isCodeErr(err, CodeStatusUnknown) {
		t.Fatal(err)
	}
	var famID uint
	db.Raw("SELECT id FROM keluarga WHERE no_kk = ?", kkOf(1)).Scan(&famID)
	if _, err := svc.SetStatus(ctx, StatusUpdate{Level: LevelFamily, IDs: []uint{famID}, Status: "valid", VerifierName: "Petugas Desa"}); err != nil {
		t.Fatal(err)
	}
	p, err := svc.VillageProgress(ctx, ed, 102)
	if err != nil {
		t.Fatal(err)
	}
	if p.Families != 2 || p.FamiliesVerified != 1 || p.Members != 6 || p.MembersVerified != 2 || p.Desa != "Desa 01-02" || p.Percent < 33.3 || p.Percent > 33.4 {
		t.Fatalf("%+v", p)
	}
	counts := map[string]int64{}
	for _, c := range p.MemberStatus {
		counts[c.Status] = c.Count
	}
	if counts["meninggal"] != 1 || counts["pindah"] != 1 || counts[""] != 4 {
		t.Fatalf("%+v", p.MemberStatus)
	}
	all, err := svc.Overview(ctx, ed)
	if err != nil || len(all) != 5 {
		t.Fatalf("%v %d", err, len(all))
	}
	// Browse: village 102, filters.
	page, err := svc.ListFamilies(ctx, FamilyQuery{EditionID: ed, DesaID: 102})
	if err != nil || page.Total != 2 || len(page.Rows) != 2 || len(page.Rows[0].Members) != 3 || page.Rows[0].Members[0].NIK[4:12] != "xxxxxxxx" {
		t.Fatalf("%v %+v", err, page)
	}
	for status, want := range map[string]int64{"meninggal": 1, "valid": 1, StatusNone: 0, "pindah": 1} {
		page, _ = svc.ListFamilies(ctx, FamilyQuery{EditionID: ed, DesaID: 102, Status: status})
		if page.Total != want {
			t.Errorf("status %s: %d", status, page.Total)
		}
	}
	page, _ = svc.ListFamilies(ctx, FamilyQuery{EditionID: ed, DesaID: 103, Status: StatusNone, RT: "3", RW: "01"})
	if page.Total != 2 {
		t.Fatalf("rt/rw filter %d", page.Total)
	}
	// The status list: add, rename, refuse to delete one in use.
	if _, err := svc.SaveStatus(ctx, models.StatusVerval{Code: "cacat_data", Label: "Data cacat", SortOrder: 9}); err != nil {
		t.Fatal(err)
	}
	if err := svc.DeleteStatus(ctx, "cacat_data"); err != nil {
		t.Fatal(err)
	}
	if err := svc.DeleteStatus(ctx, "meninggal"); !isCodeErr(err, CodeStatusInUse) {
		t.Fatal(err)
	}
	if _, err := svc.SaveStatus(ctx, models.StatusVerval{Code: "Bad Code!", Label: ""}); !isCodeErr(err, CodeStatusInvalid) {
		t.Fatal(err)
	}
	// Clearing the verification.
	if _, err := svc.SetStatus(ctx, StatusUpdate{Level: LevelMember, IDs: []uint{a, b}}); err != nil {
		t.Fatal(err)
	}
	if testutil.Count(t, db, "individu", "status IS NOT NULL") != 0 {
		t.Fatal("statuses not cleared")
	}
}

func TestExportVillage(t *testing.T) {
	svc, db, _ := newService(t)
	dir := testutil.TempDir(t)
	ed := importDTKS(t, svc, dir, "DTKS", 10, 2)
	svc.SetStatus(ctx, StatusUpdate{Level: LevelMember, IDs: []uint{memberID(t, db, nikOf(1, 1))}, Status: "meninggal", VerifierName: "Dwi"})
	for _, unmask := range []bool{false, true} {
		path := filepath.Join(dir, "verval.xlsx")
		res, err := svc.ExportVillage(ctx, ExportInput{EditionID: ed, DesaID: 102, Path: path, Unmask: unmask})
		if err != nil || res.Members != 4 {
			t.Fatalf("%v %+v", err, res)
		}
		f, err := excelize.OpenFile(path)
		if err != nil {
			t.Fatal(err)
		}
		rows, _ := f.GetRows("Verval")
		// Two title lines, a blank row, the header, then the data (A5).
		first := rows[4]
		wantNIK, wantKK := nikOf(1, 1), kkOf(1)
		if !unmask {
			wantNIK, wantKK = models.MaskNIK(wantNIK), models.MaskNIK(wantKK)
		}
		if rows[3][2] != "NIK" || first[1] != wantKK || first[2] != wantNIK || first[12] != "Meninggal" || first[14] != "Dwi" {
			t.Fatalf("unmask=%v row %q", unmask, first)
		}
		for _, cell := range []string{"B5", "C5"} {
			typ, _ := f.GetCellType("Verval", cell)
			if typ != excelize.CellTypeSharedString && typ != excelize.CellTypeInlineString {
				t.Fatalf("%s type %v: NIK/No KK must be text", cell, typ)
			}
		}
		f.Close()
	}
}

func TestCompareEditions(t *testing.T) {
	svc, db, _ := newService(t)
	dir := testutil.TempDir(t)
	a := importDTKS(t, svc, dir, "DTKS April", 10, 2)
	// The next edition: family 1 left, family 11 entered, family 2 changed desil, and
	// family 3 lost a member.
	rows := [][]any{append(append([]any{}, dtksHeader...), "DESIL")}
	no := 0
	for f := 2; f <= 11; f++ {
		for m := 1; m <= 2; m++ {
			if f == 3 && m == 2 {
				continue
			}
			no++
			desil := 1
			if f == 2 {
				desil = 3
			}
			rows = append(rows, append(dtksRow(no, f, m, 1, 1+f%5), desil))
		}
	}
	path := writeBook(t, filepath.Join(dir, "oktober.xlsx"), sheetData{name: "DTKS", rows: rows})
	res, err := svc.Import(ctx, ImportInput{Files: []string{path}, Edition: "DTKS Oktober"})
	if err != nil {
		t.Fatal(err)
	}
	b := res.EditionID
	db.Exec("UPDATE keluarga SET desil = 1 WHERE edisi_id = ?", a)
	c, err := svc.Compare(ctx, a, b)
	if err != nil {
		t.Fatal(err)
	}
	if c.FamiliesIn != 1 || c.FamiliesOut != 1 || c.DesilChanged != 1 || c.DesilUp != 1 || c.MembersIn != 2 || c.MembersOut != 3 {
		t.Fatalf("%+v", c)
	}
	out := filepath.Join(dir, "banding.xlsx")
	if _, err := svc.ExportCompare(ctx, a, b, out, false); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenFile(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sheets := f.GetSheetList()
	if len(sheets) != 6 || sheets[0] != "Ringkasan" {
		t.Fatalf("sheets %v", sheets)
	}
	in, _ := f.GetRows("Keluarga Masuk")
	if len(in) != 2 || in[1][2] != models.MaskNIK(kkOf(11)) {
		t.Fatalf("keluarga masuk %q", in)
	}
	desil, _ := f.GetRows("Desil Berubah")
	if len(desil) != 2 || desil[1][6] != "1" || desil[1][7] != "3" {
		t.Fatalf("desil %q", desil)
	}
	// Deleting an edition takes its rows with it.
	if err := svc.DeleteEdition(ctx, a); err != nil {
		t.Fatal(err)
	}
	if testutil.Count(t, db, "keluarga", "edisi_id = ?", a) != 0 || testutil.Count(t, db, "individu") != 19 {
		t.Fatal("edition rows remain")
	}
}

func TestSuggestAndMarkPriority(t *testing.T) {
	svc, db, _ := newService(t)
	// Village 101 (families 5, 10, 15, 20): two in desil 1-2; village 102 (1, 6, ...): one.
	rows := [][]any{append(append([]any{}, dtksHeader...), "DESIL")}
	for f := 1; f <= 20; f++ {
		desil := 4
		if f == 5 || f == 10 || f == 1 {
			desil = 1
		}
		rows = append(rows, append(dtksRow(f, f, 1, 1, 1+f%5), desil))
	}
	path := writeBook(t, filepath.Join(testutil.TempDir(t), "dtks.xlsx"), sheetData{name: "DTKS", rows: rows})
	res, err := svc.Import(ctx, ImportInput{Files: []string{path}, Edition: "DTKS"})
	if err != nil {
		t.Fatal(err)
	}
	ed := res.EditionID
	ranked, err := svc.SuggestPriority(ctx, ed, 2026)
	if err != nil || len(ranked) != 5 {
		t.Fatalf("%v %+v", err, ranked)
	}
	if ranked[0].DesaID != 101 || ranked[0].Desil12 != 2 || ranked[0].Share != 50 || ranked[1].DesaID != 102 || ranked[0].Rank != 1 {
		t.Fatalf("%+v", ranked[:2])
	}
	db.Exec("INSERT INTO desa_tahun(desa_id, year, priority, continuation) VALUES (102, 2026, 0, 1)")
	if err := svc.MarkPriority(ctx, 2026, []uint{101, 102}); err != nil {
		t.Fatal(err)
	}
	if testutil.Count(t, db, "desa_tahun", "year = 2026 AND priority = 1") != 2 || testutil.Count(t, db, "desa_tahun", "desa_id = 102 AND continuation = 1") != 1 {
		t.Fatal("priority not marked or continuation lost")
	}
	ranked, _ = svc.SuggestPriority(ctx, ed, 2026)
	if !ranked[0].Priority {
		t.Fatal("priority flag not shown")
	}
	if err := svc.MarkPriority(ctx, 2030, []uint{101}); err == nil {
		t.Fatal("unknown year must fail")
	}
}
