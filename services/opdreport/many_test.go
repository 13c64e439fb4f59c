package opdreport_test

import (
	"path/filepath"
	"strings"
	"testing"

	"sidamping/models"
	"sidamping/services/opdreport"
	"sidamping/services/plan/plantest"
	"sidamping/services/reporting"
	"sidamping/services/testutil"
)

func TestImportManyOneLinePerFile(t *testing.T) {
	e := setup(t)
	cells := good()
	cells["B9"] = opdreport.ActivityCode(e.acts[0].ID)
	good := e.fill(t, "dinsos-mei.xlsx", cells)
	april := filepath.Join(e.dir, "dinsos-april.xlsx")
	if _, err := e.s.Template(ctx, plantest.Year, e.f.OPD[0].Code, 4, april); err != nil {
		t.Fatal(err)
	}
	other := filepath.Join(e.dir, "dinkes-mei.xlsx")
	if _, err := e.s.Template(ctx, plantest.Year, e.f.OPD[1].Code, 5, other); err != nil {
		t.Fatal(err)
	}
	res := e.s.ImportMany(ctx, []string{good, april}, opdreport.ImportOptions{Year: plantest.Year, Month: 5})
	if len(res) != 2 {
		t.Fatalf("%d results", len(res))
	}
	if !res[0].OK || res[0].Result.Entries != 2 || res[0].Line != "dinsos-mei.xlsx: 2 entri disimpan (2 baru, 0 diubah)" {
		t.Errorf("first %+v", res[0])
	}
	if res[1].OK || res[1].Code != opdreport.CodeOtherMonth || !strings.HasPrefix(res[1].Line, "dinsos-april.xlsx: DITOLAK") ||
		!strings.Contains(res[1].Message, "bulan April, bukan bulan Mei") {
		t.Errorf("second %+v", res[1])
	}
	// Only the good file's two entries and one receipt were saved.
	if n := testutil.Count(t, e.f.DB, "realisasi"); n != 2 {
		t.Errorf("realisasi %d", n)
	}
	var rc []models.LaporanOPD
	e.f.DB.Find(&rc)
	if len(rc) != 1 || rc[0].OPDID != e.f.OPD[0].ID || rc[0].Month != 5 || rc[0].File != "dinsos-mei.xlsx" || rc[0].Entries != 2 || !rc[0].ReceivedAt.Equal(clock.T) {
		t.Errorf("receipts %+v", rc)
	}
	// A file of another OPD than the one chosen is refused by name.
	res = e.s.ImportMany(ctx, []string{other}, opdreport.ImportOptions{Year: plantest.Year, Month: 5, OPDCode: e.f.OPD[0].Code})
	if res[0].OK || res[0].Code != opdreport.CodeOtherOPD || !strings.Contains(res[0].Message, "dinkes-mei.xlsx") {
		t.Errorf("other OPD %+v", res[0])
	}
	// The tracker: OPD 1 reported May by template; OPD 2 never reported.
	st, err := reporting.New(e.f.DB, clock).Status(ctx, plantest.Year, 5)
	if err != nil {
		t.Fatal(err)
	}
	if st.Reported != 1 || st.NotReported != 1 || len(st.OPD) != 2 {
		t.Fatalf("status %+v", st)
	}
	nr, ok := st.OPD[0], st.OPD[1]
	if nr.Code != e.f.OPD[1].Code || nr.Reported || nr.LastMonth != 0 || nr.MissingSince != 1 || nr.Missing != 5 || nr.SinceText() != "belum pernah melapor" {
		t.Errorf("not reported %+v", nr)
	}
	if ok.Code != e.f.OPD[0].Code || !ok.Reported || ok.Via != reporting.ViaTemplate || ok.Months[4].File != "dinsos-mei.xlsx" || ok.Missing != 4 || ok.LastMonth != 5 {
		t.Errorf("reported %+v", ok)
	}
}
