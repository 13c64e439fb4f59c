package boundaries_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"sidamping/models"
	"sidamping/services/boundaries"
	"sidamping/services/plan/plantest"
	"sidamping/services/testutil"
)

var ctx = context.Background()

const square = `{"type":"Polygon","coordinates":[[[110.6,-6.6],[110.7,-6.6],[110.7,-6.5],[110.6,-6.5],[110.6,-6.6]]]}`

func write(t *testing.T, name, body string) string {
	t.Helper()
	p := filepath.Join(testutil.TempDir(t), name)
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestBoundaryImport(t *testing.T) {
	fx := plantest.Build(t, plantest.Options{Pairings: 3})
	s := boundaries.New(fx.DB, nil)
	file := write(t, "batas.geojson", `{"type":"FeatureCollection","features":[
		{"type":"Feature","properties":{"KODE_DESA":"`+fx.Desa[0].Code+`","NAMOBJ":"Apa Saja"},"geometry":`+square+`},
		{"type":"Feature","properties":{"WADMKD":"Desa `+fx.Desa[1].Name+`"},"geometry":`+square+`},
		{"type":"Feature","properties":{"nama":"Antah Berantah"},"geometry":`+square+`},
		{"type":"Feature","properties":{"nama":"`+fx.Desa[2].Name+`"},"geometry":{"type":"Point","coordinates":[110.6,-6.6]}}]}`)
	p, err := s.Preview(ctx, file, plantest.Year)
	if err != nil {
		t.Fatal(err)
	}
	if p.Features != 4 || len(p.Matched) != 2 || len(p.Unmatched) != 2 {
		t.Fatalf("preview %+v", p)
	}
	if m := p.Matched[0]; m.DesaID != fx.Desa[0].ID || m.By != "kode" || p.Matched[1].DesaID != fx.Desa[1].ID || p.Matched[1].By != "nama" {
		t.Errorf("matched %+v", p.Matched)
	}
	if u := p.Unmatched[0]; u.Index != 3 || u.Reason != "desa Antah Berantah tidak ada di daftar desa/kelurahan" {
		t.Errorf("unmatched %+v", u)
	}
	if u := p.Unmatched[1]; u.Index != 4 || u.Reason != "geometri Point, bukan poligon" {
		t.Errorf("unmatched %+v", u)
	}
	if len(p.Missing) != 1 || p.Missing[0] != fx.Desa[2].Name {
		t.Errorf("missing %v", p.Missing)
	}
	if testutil.Count(t, fx.DB, "batas_desa") != 0 {
		t.Fatal("preview stored rows")
	}
	res, err := s.Import(ctx, file, plantest.Year)
	if err != nil || res.Stored != 2 || res.Unmatched != 2 {
		t.Fatalf("import %+v %v", res, err)
	}
	geo, n, err := s.Map(ctx)
	if err != nil || n != 2 {
		t.Fatalf("map %d %v", n, err)
	}
	var fc struct {
		Features []struct {
			Properties struct {
				DesaID uint   `json:"desaId"`
				Name   string `json:"name"`
			} `json:"properties"`
			Geometry struct{ Type string } `json:"geometry"`
		} `json:"features"`
	}
	if err := json.Unmarshal([]byte(geo), &fc); err != nil || len(fc.Features) != 2 || fc.Features[0].Properties.DesaID != fx.Desa[0].ID ||
		fc.Features[0].Geometry.Type != "Polygon" {
		t.Fatalf("map %s %v", geo, err)
	}
	// Importing again replaces, never duplicates; a file matching nothing is refused.
	if _, err := s.Import(ctx, file, plantest.Year); err != nil || testutil.Count(t, fx.DB, "batas_desa") != 2 {
		t.Fatalf("reimport %v", err)
	}
	none := write(t, "lain.geojson", `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"nama":"X"},"geometry":`+square+`}]}`)
	if _, err := s.Import(ctx, none, plantest.Year); models.AsAppError(err).Code != boundaries.CodeNoMatch {
		t.Errorf("no match: %v", err)
	}
	bad := write(t, "rusak.geojson", `{"type":"Feature"}`)
	if _, err := s.Preview(ctx, bad, plantest.Year); models.AsAppError(err).Code != boundaries.CodeFormat {
		t.Errorf("not a collection: %v", err)
	}
}
