package households

import (
	"context"
	"fmt"
	"strings"

	"gorm.io/gorm"

	"sidamping/models"
	"sidamping/services/xlsxutil"
)

// villages resolves a row's village: by Kemendagri code, or by name within its
// kecamatan when the file has no code. It never guesses: a code or name that is not in
// the master list is reported, a code of another regency is an error.
type villages struct {
	regency string          // "33.20"
	byCode  map[string]uint // "33.20.01.2001" → desa id
	byName  map[string]uint // "KECAMATAN|DESA" normalised → desa id; 0 when ambiguous
	names   map[uint]string // desa id → "Desa, Kec. Kecamatan"
	cache   map[string]villageHit
}

// villageHit is the outcome of one lookup, cached by the raw cell text.
type villageHit struct {
	id   uint
	code string // the error code when id is 0
	msg  string
}

// loadVillages reads the regency code (from the profile) and the master village list.
func loadVillages(ctx context.Context, db *gorm.DB) (*villages, error) {
	var regency string
	if err := db.WithContext(ctx).Raw("SELECT regency_code FROM profil WHERE id = 1").Scan(&regency).Error; err != nil {
		return nil, err
	}
	if regency == "" {
		return nil, models.NewError(models.ErrInvalid, CodeProfileMissing,
			"Profil kabupaten (kode wilayah kabupaten) belum diisi; isi dulu di Pengaturan › Profil sebelum mengimpor data keluarga.")
	}
	type row struct {
		ID            uint
		Code, Name    string
		KecamatanName string
	}
	var rows []row
	if err := db.WithContext(ctx).Raw(`SELECT d.id, d.code, d.name, k.name AS kecamatan_name
		FROM desa d JOIN kecamatan k ON k.id = d.kecamatan_id`).Scan(&rows).Error; err != nil {
		return nil, err
	}
	v := &villages{regency: models.NormalizeRegionCode(regency), byCode: map[string]uint{}, byName: map[string]uint{},
		names: map[uint]string{}, cache: map[string]villageHit{}}
	for _, r := range rows {
		v.byCode[r.Code] = r.ID
		key := nameKey(r.KecamatanName, r.Name)
		if _, dup := v.byName[key]; dup {
			v.byName[key] = 0 // two villages of one name in one kecamatan: require the code
		} else {
			v.byName[key] = r.ID
		}
		v.names[r.ID] = fmt.Sprintf("%s, Kec. %s", r.Name, r.KecamatanName)
	}
	return v, nil
}

// nameKey folds a kecamatan and village name ("Kec. Jati", "DS. Doplang") for matching.
func nameKey(kec, desa string) string {
	trim := func(s string) string {
		s = xlsxutil.Normalize(s)
		for _, p := range []string{"kecamatan ", "desa ", "ds ", "kelurahan ", "kel "} {
			s = strings.TrimPrefix(s, p)
		}
		return strings.ReplaceAll(s, " ", "")
	}
	return trim(kec) + "|" + trim(desa)
}

// byCodeText resolves a village code cell ("3320012001", "33.20.01.2001").
func (v *villages) byCodeText(raw string) villageHit {
	if h, ok := v.cache[raw]; ok {
		return h
	}
	code := models.NormalizeRegionCode(strings.TrimSuffix(strings.TrimSpace(raw), ".0"))
	var h villageHit
	switch {
	case !models.ValidVillageCode(code):
		h = villageHit{code: CodeVillageUnknown, msg: fmt.Sprintf("Kode desa %s tidak berbentuk kode Kemendagri (10 angka, mis. %s.01.2001).", raw, v.regency)}
	case !strings.HasPrefix(code, v.regency+"."):
		h = villageHit{code: CodeVillageOutside, msg: fmt.Sprintf("Kode desa %s berada di luar kabupaten ini (kode kabupaten %s).", code, v.regency)}
	default:
		if id := v.byCode[code]; id > 0 {
			h = villageHit{id: id}
		} else {
			h = villageHit{code: CodeVillageUnknown, msg: fmt.Sprintf("Kode desa %s tidak ada di daftar desa/kelurahan; tambahkan dulu di Data Induk.", code)}
		}
	}
	if len(v.cache) < 100_000 {
		v.cache[raw] = h
	}
	return h
}

// byNames resolves a village by its name within a kecamatan.
func (v *villages) byNames(kec, desa string) villageHit {
	raw := kec + "\x00" + desa
	if h, ok := v.cache[raw]; ok {
		return h
	}
	var h villageHit
	id, ok := v.byName[nameKey(kec, desa)]
	switch {
	case strings.TrimSpace(desa) == "" || strings.TrimSpace(kec) == "":
		h = villageHit{code: CodeVillageMissing, msg: "Nama desa/kelurahan atau kecamatan kosong, dan tidak ada kode desa."}
	case !ok:
		h = villageHit{code: CodeVillageUnknown, msg: fmt.Sprintf("Desa %s di Kecamatan %s tidak ada di daftar desa/kelurahan.", desa, kec)}
	case id == 0:
		h = villageHit{code: CodeVillageUnknown, msg: fmt.Sprintf("Ada lebih dari satu desa bernama %s di Kecamatan %s; gunakan kolom kode desa.", desa, kec)}
	default:
		h = villageHit{id: id}
	}
	if len(v.cache) < 100_000 {
		v.cache[raw] = h
	}
	return h
}
