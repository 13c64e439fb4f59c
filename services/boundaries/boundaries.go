// Package boundaries imports the regency's village boundaries (a GeoJSON file of
// polygons, one feature per village) for the dashboard's map: each feature is matched to
// a village by its Kemendagri code or by its name (with the kecamatan's name when two
// villages share one), a preview lists the features that match none, and the import
// replaces the stored boundaries of the matched villages in one transaction.
package boundaries

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"

	"sidamping/models"
	"sidamping/services/common"
	"sidamping/services/xlsxutil"
)

// Error codes.
const (
	CodeRead    = "boundaries.read"
	CodeFormat  = "boundaries.format"
	CodeNoMatch = "boundaries.no_match"
)

// MaxFileSize is the largest boundary file read (a regency's villages are a few MB).
const MaxFileSize = 200 << 20

// Service imports and serves the boundaries.
type Service struct {
	db    *gorm.DB
	clock common.Clock
}

// New builds the service.
func New(db *gorm.DB, clock common.Clock) *Service {
	if clock == nil {
		clock = common.SystemClock{}
	}
	return &Service{db: db, clock: clock}
}

// Property keys a code or a name is read from (compared in lower case).
var (
	codeKeys = []string{"kode_kemendagri", "kode_desa", "kd_desa", "kodedesa", "kode", "kdepum", "kdcpum", "id_desa", "iddesa", "kode_wilayah", "kdebps", "code", "id"}
	nameKeys = []string{"desa", "nama_desa", "namadesa", "nama", "namobj", "wadmkd", "desa_kel", "desa_kelurahan", "kelurahan", "village", "name"}
	kecKeys  = []string{"kecamatan", "nama_kecamatan", "wadmkc", "kec", "district"}
)

// Feature is one feature of the file as the preview shows it.
type Feature struct {
	Index     int    `json:"index"` // 1-based, in file order
	Code      string `json:"code"`
	Name      string `json:"name"`
	Kecamatan string `json:"kecamatan"`
	DesaID    uint   `json:"desaId"` // 0: not matched
	Desa      string `json:"desa"`
	By        string `json:"by"`     // kode or nama
	Reason    string `json:"reason"` // why it did not match
}

// Preview is what an import would do.
type Preview struct {
	File      string    `json:"file"`
	Features  int       `json:"features"`
	Matched   []Feature `json:"matched"`
	Unmatched []Feature `json:"unmatched"`
	Villages  int       `json:"villages"`  // villages of the regency
	Missing   []string  `json:"missing"`   // priority villages of the year without a boundary after the import
	Duplicate int       `json:"duplicate"` // features matching a village already matched (the later wins)
}

type feature struct {
	Type       string          `json:"type"`
	Properties map[string]any  `json:"properties"`
	Geometry   json.RawMessage `json:"geometry"`
}

type parsed struct {
	name     string
	features []feature
	preview  Preview
}

func formatError(file, why string) error {
	e := models.NewError(models.ErrInvalid, CodeFormat, fmt.Sprintf("Berkas %s bukan GeoJSON batas desa yang dapat dibaca (%s). Gunakan FeatureCollection berisi poligon desa.", file, why))
	e.Params = map[string]any{"file": file}
	return e
}

// read parses the file and matches its features.
func (s *Service) read(ctx context.Context, path string, year int) (*parsed, error) {
	name := filepath.Base(path)
	st, err := os.Stat(path)
	if err != nil {
		return nil, models.NewError(models.ErrNotFound, CodeRead, fmt.Sprintf("Berkas %s tidak dapat dibuka: %v", name, err)).Wrap(err)
	}
	if st.Size() > MaxFileSize {
		return nil, formatError(name, fmt.Sprintf("lebih dari %d MB", MaxFileSize>>20))
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, models.NewError(models.ErrInvalid, CodeRead, fmt.Sprintf("Berkas %s tidak dapat dibaca: %v", name, err)).Wrap(err)
	}
	var fc struct {
		Type     string    `json:"type"`
		Features []feature `json:"features"`
	}
	if err := json.Unmarshal(b, &fc); err != nil {
		return nil, formatError(name, "bukan JSON: "+err.Error())
	}
	if fc.Type != "FeatureCollection" {
		return nil, formatError(name, fmt.Sprintf("type %q, bukan FeatureCollection", fc.Type))
	}
	m, err := loadVillages(ctx, s.db)
	if err != nil {
		return nil, models.Internal(err)
	}
	p := &parsed{name: name, features: fc.Features, preview: Preview{File: name, Features: len(fc.Features), Matched: []Feature{},
		Unmatched: []Feature{}, Missing: []string{}, Villages: len(m.byID)}}
	seen := map[uint]bool{}
	for i, f := range fc.Features {
		ft := Feature{Index: i + 1, Code: prop(f.Properties, codeKeys), Name: prop(f.Properties, nameKeys), Kecamatan: prop(f.Properties, kecKeys)}
		switch g := geometryType(f.Geometry); {
		case g != "Polygon" && g != "MultiPolygon":
			ft.Reason = fmt.Sprintf("geometri %s, bukan poligon", orDash(g))
		default:
			ft.DesaID, ft.By, ft.Reason = m.match(ft)
		}
		if ft.DesaID == 0 {
			p.preview.Unmatched = append(p.preview.Unmatched, ft)
			continue
		}
		ft.Desa = m.byID[ft.DesaID]
		if seen[ft.DesaID] {
			p.preview.Duplicate++
		}
		seen[ft.DesaID] = true
		p.preview.Matched = append(p.preview.Matched, ft)
	}
	var prio []struct {
		ID   uint
		Name string
	}
	if err := s.db.WithContext(ctx).Raw(`SELECT d.id, d.name FROM desa d JOIN desa_tahun t ON t.desa_id = d.id AND t.year = ? AND t.priority
		WHERE d.id NOT IN (SELECT desa_id FROM batas_desa) ORDER BY d.code`, year).Scan(&prio).Error; err != nil {
		return nil, models.Internal(err)
	}
	for _, v := range prio {
		if !seen[v.ID] {
			p.preview.Missing = append(p.preview.Missing, v.Name)
		}
	}
	return p, nil
}

func orDash(s string) string {
	if s == "" {
		return "kosong"
	}
	return s
}

func geometryType(raw json.RawMessage) string {
	var g struct {
		Type string `json:"type"`
	}
	if len(raw) == 0 || json.Unmarshal(raw, &g) != nil {
		return ""
	}
	return g.Type
}

// prop returns the first non-empty property among keys (case-insensitive).
func prop(props map[string]any, keys []string) string {
	lower := make(map[string]any, len(props))
	for k, v := range props {
		lower[strings.ToLower(strings.TrimSpace(k))] = v
	}
	for _, k := range keys {
		v, ok := lower[k]
		if !ok || v == nil {
			continue
		}
		var s string
		switch x := v.(type) {
		case string:
			s = x
		case float64:
			s = fmt.Sprintf("%.0f", x)
		default:
			s = fmt.Sprint(x)
		}
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}

// Preview reads a boundary file and tells which villages it would fill; year names the
// priority villages still without a boundary.
func (s *Service) Preview(ctx context.Context, path string, year int) (Preview, error) {
	p, err := s.read(ctx, path, year)
	if err != nil {
		return Preview{}, err
	}
	return p.preview, nil
}

// Result counts what Import stored.
type Result struct {
	File      string `json:"file"`
	Stored    int    `json:"stored"`
	Unmatched int    `json:"unmatched"`
}

// Import stores the boundaries of the matched villages (replacing theirs) in one
// transaction; features that match no village are left out. A file that matches no
// village at all is refused.
func (s *Service) Import(ctx context.Context, path string, year int) (Result, error) {
	p, err := s.read(ctx, path, year)
	if err != nil {
		return Result{}, err
	}
	if len(p.preview.Matched) == 0 {
		return Result{}, models.NewError(models.ErrInvalid, CodeNoMatch, fmt.Sprintf(
			"Tidak satu pun dari %d fitur di %s cocok dengan desa/kelurahan (menurut kode Kemendagri atau nama); tidak ada yang disimpan.", p.preview.Features, p.name))
	}
	now := s.clock.Now()
	rows := map[uint]models.BatasDesa{}
	for _, ft := range p.preview.Matched {
		f := p.features[ft.Index-1]
		rows[ft.DesaID] = models.BatasDesa{DesaID: ft.DesaID, Geometry: string(f.Geometry), FeatureName: ft.Name, ImportedAt: now}
	}
	ids := make([]uint, 0, len(rows))
	for id := range rows {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	err = s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		for _, id := range ids {
			r := rows[id]
			if err := tx.Clauses(clause.OnConflict{UpdateAll: true}).Create(&r).Error; err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return Result{}, models.Internal(err)
	}
	return Result{File: p.name, Stored: len(ids), Unmatched: len(p.preview.Unmatched)}, nil
}

// Map returns the stored boundaries as one GeoJSON FeatureCollection whose features
// carry desaId, code and name; an empty collection when none were imported.
func (s *Service) Map(ctx context.Context) (string, int, error) {
	var rows []struct {
		DesaID   uint
		Code     string
		Name     string
		Geometry string
	}
	if err := s.db.WithContext(ctx).Raw(`SELECT b.desa_id, d.code, d.name, b.geometry FROM batas_desa b JOIN desa d ON d.id = b.desa_id
		ORDER BY d.code`).Scan(&rows).Error; err != nil {
		return "", 0, models.Internal(err)
	}
	var b strings.Builder
	b.WriteString(`{"type":"FeatureCollection","features":[`)
	for i, r := range rows {
		if i > 0 {
			b.WriteByte(',')
		}
		props, _ := json.Marshal(map[string]any{"desaId": r.DesaID, "code": r.Code, "name": r.Name})
		fmt.Fprintf(&b, `{"type":"Feature","properties":%s,"geometry":%s}`, props, r.Geometry)
	}
	b.WriteString("]}")
	return b.String(), len(rows), nil
}

// villages indexes the regency's villages by code and by name.
type villages struct {
	byID    map[uint]string
	byCode  map[string]uint // digits only
	byKecNm map[string]uint // kecamatan|desa, 0 when ambiguous
	byName  map[string]uint // desa alone, 0 when ambiguous
}

func norm(s string) string {
	s = xlsxutil.Normalize(s)
	for _, p := range []string{"kecamatan ", "kec ", "desa ", "ds ", "kelurahan ", "kel "} {
		s = strings.TrimPrefix(s, p)
	}
	return strings.ReplaceAll(s, " ", "")
}

func digits(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r >= '0' && r <= '9' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func loadVillages(ctx context.Context, db *gorm.DB) (*villages, error) {
	var rows []struct {
		ID              uint
		Code, Name, Kec string
	}
	if err := db.WithContext(ctx).Raw(`SELECT d.id, d.code, d.name, k.name AS kec FROM desa d JOIN kecamatan k ON k.id = d.kecamatan_id`).Scan(&rows).Error; err != nil {
		return nil, err
	}
	v := &villages{byID: map[uint]string{}, byCode: map[string]uint{}, byKecNm: map[string]uint{}, byName: map[string]uint{}}
	put := func(m map[string]uint, k string, id uint) {
		if old, ok := m[k]; ok && old != id {
			m[k] = 0
			return
		}
		m[k] = id
	}
	for _, r := range rows {
		v.byID[r.ID] = r.Name
		v.byCode[digits(r.Code)] = r.ID
		put(v.byKecNm, norm(r.Kec)+"|"+norm(r.Name), r.ID)
		put(v.byName, norm(r.Name), r.ID)
	}
	return v, nil
}

// match finds a feature's village: by code, then by kecamatan and name, then by name.
func (v *villages) match(f Feature) (uint, string, string) {
	if c := digits(f.Code); len(c) == 10 {
		if id := v.byCode[c]; id > 0 {
			return id, "kode", ""
		}
	}
	if f.Name == "" {
		if f.Code != "" {
			return 0, "", fmt.Sprintf("kode %s tidak ada di daftar desa dan fitur tidak bernama", f.Code)
		}
		return 0, "", "tidak ada kode maupun nama desa di properti fitur"
	}
	if f.Kecamatan != "" {
		if id, ok := v.byKecNm[norm(f.Kecamatan)+"|"+norm(f.Name)]; ok && id > 0 {
			return id, "nama", ""
		}
	}
	id, ok := v.byName[norm(f.Name)]
	switch {
	case ok && id > 0:
		return id, "nama", ""
	case ok:
		return 0, "", fmt.Sprintf("ada lebih dari satu desa bernama %s; beri properti kecamatan atau kode", f.Name)
	}
	return 0, "", fmt.Sprintf("desa %s tidak ada di daftar desa/kelurahan", f.Name)
}
