package pairing

import (
	"path/filepath"
	"testing"

	"github.com/xuri/excelize/v2"

	"sidamping/models"
	"sidamping/services/testutil"
)

func TestExportPairings(t *testing.T) {
	f := newFixture(t)
	p, err := f.s.Assign(ctx, AssignInput{Year: 2026, DesaID: f.desa[1].ID, OPDID: f.opd[2].ID})
	if err != nil {
		t.Fatal(err)
	}
	if err := f.s.SaveTeam(ctx, p.ID, []models.AnggotaTim{{Role: models.RoleKoordinator, Name: "Rina Wati"}, {Name: "Budi"}}); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(testutil.TempDir(t), "pendampingan.xlsx")
	n, err := f.s.Export(ctx, 2026, "Kabupaten Jepara", path)
	if err != nil || n != 3 {
		t.Fatalf("export %d %v", n, err)
	}
	x, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	rows, err := x.GetRows("Pendampingan")
	if err != nil {
		t.Fatal(err)
	}
	// Title, subtitle, blank, header, then 3 villages.
	header := rows[3]
	want := []string{"No", "Kecamatan", "Desa/Kelurahan", "Kode", "Perangkat Daerah Pendamping", "Koordinator", "Jumlah Tim", "Mitra", "Desa Lanjutan"}
	for i, h := range want {
		if header[i] != h {
			t.Fatalf("header %v", header)
		}
	}
	if len(rows) != 7 {
		t.Fatalf("rows %d", len(rows))
	}
	sowan := rows[5]
	if sowan[2] != "Sowan Lor" || sowan[3] != "33.20.01.2002" || sowan[4] != "Diskominfo" || sowan[5] != "Rina Wati" || sowan[6] != "2" {
		t.Fatalf("row %v", sowan)
	}
	if rows[4][4] != "(belum ada pendamping)" {
		t.Fatalf("unpaired row %v", rows[4])
	}
	typ, _ := x.GetCellType("Pendampingan", "D6")
	if typ != excelize.CellTypeSharedString && typ != excelize.CellTypeInlineString {
		t.Fatalf("code cell type %v, want text", typ)
	}
}
