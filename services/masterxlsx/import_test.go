package masterxlsx

import (
	"context"
	"testing"

	"sidamping/models"
	"sidamping/services/common"
)

// wilayahRows is a village sheet with a title, tolerant headers (synonyms, case,
// spaces, underscores) and codes in both forms (a 10-digit number cell among them).
func wilayahRows(pop2001 any, kecName1 string) [][]any {
	return [][]any{
		{"DATA DESA KABUPATEN CONTOH 2026"},
		{},
		{"No", "kode_kecamatan", "KECAMATAN", "Kode  Wilayah", "Desa/Kelurahan", "jenis", "Jml. Penduduk", "Jumlah KK", "RT miskin", "Persentase Kemiskinan (%)", "status_idm", "Keterangan"},
		{1, "33.20.01", kecName1, "33.20.01.2001", "Bugel", nil, pop2001, "1.310", 312, 23.82, "berkembang", "catatan"},
		{2, "332001", kecName1, 3320011002, "Kedungwaru", "Kelurahan", 6120, 1802, 150, nil, "MAJU", nil},
		{3, "33.20.03", "Kalinyamatan", "3320032004", " Margoyoso ", "", 5000, 1000, 100, "", "", nil},
	}
}

func TestImportWilayahCreatesRowsWithExactValues(t *testing.T) {
	e := newEnv(t)
	path := writeBook(t, e.dir, "wilayah.xlsx", sheet{"Desa", wilayahRows(4210, "Kedung")})

	pv, err := e.svc.Preview(e.ctx, KindWilayah, path)
	if err != nil {
		t.Fatal(err)
	}
	if len(pv.Problems) != 0 {
		t.Fatalf("problems: %+v", pv.Problems)
	}
	if pv.New != 5 || pv.Updated != 0 || pv.Same != 0 || pv.Sheet != "Desa" || pv.Sheets[0].HeaderRow != 3 {
		t.Errorf("preview counts new=%d upd=%d same=%d sheet=%q header=%d", pv.New, pv.Updated, pv.Same, pv.Sheet, pv.Sheets[0].HeaderRow)
	}
	if got := pv.Sheets[0].Ignored; len(got) != 2 || got[0] != "A (No)" || got[1] != "L (Keterangan)" {
		t.Errorf("ignored = %v", got)
	}
	if n := e.counts(t); n != [3]int64{0, 0, 0} {
		t.Fatalf("preview saved rows: %v", n)
	}
	evs := e.rec.Named(common.ProgressEventName)
	if len(evs) == 0 || evs[len(evs)-1].Data.(common.ProgressEvent).Task != "import-wilayah" {
		t.Errorf("progress events = %+v", evs)
	}

	res, err := e.svc.Import(e.ctx, KindWilayah, path)
	if err != nil {
		t.Fatal(err)
	}
	if res.New != 5 || len(res.Counts) != 2 || res.Counts[0] != (EntityCount{Entity: "kecamatan", New: 2}) || res.Counts[1] != (EntityCount{Entity: "desa", New: 3}) {
		t.Errorf("result = %+v", res)
	}
	if n := e.counts(t); n != [3]int64{2, 3, 0} {
		t.Fatalf("rows = %v", n)
	}
	d := e.desa(t, "33.20.01.2001")
	if d.Name != "Bugel" || d.Kind != models.KindDesa || d.Kecamatan.Code != "33.20.01" || d.Kecamatan.Name != "Kedung" ||
		d.Population != 4210 || d.Households != 1310 || d.PoorHouseholds != 312 || d.PovertyPct != 23.82 || d.IDMStatus != "Berkembang" {
		t.Errorf("Bugel = %+v", d)
	}
	d = e.desa(t, "33.20.01.1002")
	if d.Name != "Kedungwaru" || d.Kind != models.KindKelurahan || d.PovertyPct != 8.32 || d.IDMStatus != "Maju" || d.Kecamatan.Code != "33.20.01" {
		t.Errorf("Kedungwaru = %+v", d)
	}
	d = e.desa(t, "33.20.03.2004")
	if d.Name != "Margoyoso" || d.Kind != models.KindDesa || d.Kecamatan.Name != "Kalinyamatan" || d.PovertyPct != 10 || d.IDMStatus != "" {
		t.Errorf("Margoyoso = %+v", d)
	}
}

func TestReimportUpdatesByCodeWithoutDuplicates(t *testing.T) {
	e := newEnv(t)
	path := writeBook(t, e.dir, "wilayah.xlsx", sheet{"Desa", wilayahRows(4210, "Kedung")})
	if _, err := e.svc.Import(e.ctx, KindWilayah, path); err != nil {
		t.Fatal(err)
	}
	first := e.desa(t, "33.20.01.2001")

	res, err := e.svc.Import(e.ctx, KindWilayah, path)
	if err != nil {
		t.Fatal(err)
	}
	if res.New != 0 || res.Updated != 0 || res.Same != 5 {
		t.Errorf("same file again: %+v", res)
	}
	if got := e.desa(t, "33.20.01.2001"); !got.UpdatedAt.Equal(first.UpdatedAt) {
		t.Error("a 'sama' row was written")
	}

	path = writeBook(t, e.dir, "wilayah-2.xlsx", sheet{"Desa", wilayahRows("4.300", "Kedung Baru")})
	pv, err := e.svc.Preview(e.ctx, KindWilayah, path)
	if err != nil {
		t.Fatal(err)
	}
	actions := map[string]string{}
	for _, r := range pv.Rows {
		actions[r.Entity+" "+r.Values["code"]] = r.Action
	}
	want := map[string]string{"kecamatan 33.20.01": ActionUpdate, "kecamatan 33.20.03": ActionSame,
		"desa 33.20.01.2001": ActionUpdate, "desa 33.20.01.1002": ActionSame, "desa 33.20.03.2004": ActionSame}
	for k, v := range want {
		if actions[k] != v {
			t.Errorf("%s: action %q, want %q (all: %v)", k, actions[k], v, actions)
		}
	}
	if _, err := e.svc.Import(e.ctx, KindWilayah, path); err != nil {
		t.Fatal(err)
	}
	if n := e.counts(t); n != [3]int64{2, 3, 0} {
		t.Fatalf("rows after re-import = %v", n)
	}
	d := e.desa(t, "33.20.01.2001")
	if d.Population != 4300 || d.Kecamatan.Name != "Kedung Baru" || d.ID != first.ID {
		t.Errorf("updated Bugel = %+v", d)
	}
}

func TestImportKecamatanSheetAndVillagesWithoutKecamatanColumns(t *testing.T) {
	e := newEnv(t)
	path := writeBook(t, e.dir, "dua-lembar.xlsx",
		sheet{"Desa", [][]any{
			{"Kode Desa", "Nama Desa", "Jumlah Penduduk"},
			{"33.20.05.2001", "Damarwulan", 3000},
			{"33.20.06.2001", "Tegalsambi", 2500},
		}},
		sheet{"Kecamatan", [][]any{
			{"KODE KECAMATAN", "nama_kecamatan"},
			{"33.20.05", "Keling"},
			{"33.20.06", "Tahunan"},
		}})
	res, err := e.svc.Import(e.ctx, KindWilayah, path)
	if err != nil {
		t.Fatal(err)
	}
	if res.New != 4 {
		t.Errorf("result = %+v", res)
	}
	if d := e.desa(t, "33.20.06.2001"); d.Kecamatan.Name != "Tahunan" || d.Population != 2500 {
		t.Errorf("Tegalsambi = %+v", d)
	}
}

func TestImportOPDAndReimport(t *testing.T) {
	e := newEnv(t)
	rows := [][]any{
		{"Kode OPD", "Nama OPD", "Singkatan", "JENIS", "Nama Kepala", "Pangkat / Gol.", "NIP Kepala", "Alamat", "No. Telp", "E-mail"},
		{"1.02.01", "Dinas Kesehatan", "Dinkes", "dinas", "dr. Sri Wahyuni", "Pembina Utama Muda (IV/c)", "19700101 200003 2 001", "Jl. Kartini 1", "0291-591234", "dinkes@contoh.go.id"},
		{"4.01.03", "Bagian Kesejahteraan Rakyat Setda", "Bag. Kesra", "Bagian Setda", nil, nil, nil, nil, nil, nil},
	}
	path := writeBook(t, e.dir, "opd.xlsx", sheet{"OPD", rows})
	res, err := e.svc.Import(e.ctx, KindOPD, path)
	if err != nil {
		t.Fatal(err)
	}
	if res.New != 2 {
		t.Errorf("result = %+v", res)
	}
	var o models.OPD
	e.db.Where("code = ?", "1.02.01").First(&o)
	if o.Name != "Dinas Kesehatan" || o.Kind != "Dinas" || o.HeadNIP != "197001012000032001" || o.HeadRank != "Pembina Utama Muda (IV/c)" || o.Phone != "0291-591234" || o.Email != "dinkes@contoh.go.id" {
		t.Errorf("OPD = %+v", o)
	}
	rows[2][4] = "Drs. Bambang"
	path = writeBook(t, e.dir, "opd-2.xlsx", sheet{"OPD", rows})
	res, err = e.svc.Import(e.ctx, KindOPD, path)
	if err != nil {
		t.Fatal(err)
	}
	if res.New != 0 || res.Updated != 1 || res.Same != 1 || e.counts(t)[2] != 2 {
		t.Errorf("re-import = %+v, rows %v", res, e.counts(t))
	}
	var o2 models.OPD
	e.db.Where("code = ?", "4.01.03").First(&o2)
	if o2.HeadName != "Drs. Bambang" {
		t.Errorf("head = %q", o2.HeadName)
	}
}

// cancelOn cancels a context when a progress event of stage arrives.
type cancelOn struct {
	common.Recorder
	stage  string
	cancel context.CancelFunc
}

func (c *cancelOn) Emit(name string, data any) {
	c.Recorder.Emit(name, data)
	if ev, ok := data.(common.ProgressEvent); ok && ev.Stage == c.stage {
		c.cancel()
	}
}

func TestCancelledImportLeavesNothing(t *testing.T) {
	e := newEnv(t)
	e.seed(t)
	before := e.counts(t)
	path := writeBook(t, e.dir, "wilayah.xlsx", sheet{"Desa", wilayahRows(9999, "Kedung Diubah")})
	for _, stage := range []string{"periksa", "simpan"} {
		ctx, cancel := context.WithCancel(context.Background())
		em := &cancelOn{stage: stage, cancel: cancel}
		svc := New(e.db, nil, em)
		_, err := svc.Import(ctx, KindWilayah, path)
		if appCode(err) != "cancelled" {
			t.Fatalf("%s: err = %v", stage, err)
		}
		if n := e.counts(t); n != before {
			t.Errorf("%s: rows %v, want %v", stage, n, before)
		}
		if d := e.desa(t, "33.20.01.2001"); d.Population != 4210 || d.Kecamatan.Name != "Kedung" {
			t.Errorf("%s: Bugel changed: %+v", stage, d)
		}
		cancel()
	}
}
