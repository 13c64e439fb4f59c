package models

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"gorm.io/gorm/schema"
)

// AllModels lists every GORM struct whose table the migrations create; later areas add theirs.
var allModels = []any{&Kecamatan{}, &Desa{}, &DesaTahun{}, &OPD{}, &TahunProgram{}, &AppMeta{},
	&Profil{}, &Penandatangan{}, &SchemaMigration{},
	&Mitra{}, &Pendampingan{}, &AnggotaTim{}, &PendampinganMitra{},
	&PolaNomor{}, &NomorSurat{}, &Surat{}, &TemplateSurat{},
	&Asesmen{}, &PotensiDesa{}, &PotensiPantau{}, &Karakteristik{}, &Masalah{}, &Kegiatan{}, &KegiatanAnggaran{}, &KegiatanMitra{}, &KegiatanKebutuhan{}, &Realisasi{}, &RealisasiDana{}, &Bukti{}, &Evaluasi{},
	&Edisi{}, &Keluarga{}, &Individu{}, &StatusVerval{}, &PemetaanKolom{}, &PenerimaManfaat{}, &EdisiDesa{},
	&AnakYatim{}, &AsesmenAnak{}, &OrangTuaAsuh{}, &Pengasuhan{}, &Penyaluran{}, &LogEksporAnak{}}

// TestModelsMatchMigratedSchema catches a struct field whose column the SQL migrations do
// not create (e.g. GORM naming HeadNIP "head_n_ip").
func TestModelsMatchMigratedSchema(t *testing.T) {
	dir, err := os.MkdirTemp("", "sidamping-schema-")
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(dir)
	db, err := Open(filepath.Join(dir, "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer Close(db)
	if err := Migrate(context.Background(), db); err != nil {
		t.Fatal(err)
	}
	for _, m := range allModels {
		s, err := schema.Parse(m, &sync.Map{}, db.NamingStrategy)
		if err != nil {
			t.Fatal(err)
		}
		type col struct{ Name string }
		var cols []col
		if err := db.Raw("SELECT name FROM pragma_table_info(?)", s.Table).Scan(&cols).Error; err != nil {
			t.Fatal(err)
		}
		have := map[string]bool{}
		for _, c := range cols {
			have[c.Name] = true
		}
		if len(have) == 0 {
			t.Errorf("table %s for %s does not exist", s.Table, s.Name)
			continue
		}
		for _, f := range s.Fields {
			if f.DBName != "" && !have[f.DBName] {
				t.Errorf("%s.%s: column %s.%s does not exist", s.Name, f.Name, s.Table, f.DBName)
			}
		}
	}
}
