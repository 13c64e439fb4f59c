package households

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"

	"sidamping/models"
	"sidamping/services/xlsxutil"
)

// Field keys of the columns the import understands. A column that matches none of them
// is kept, under its header, in the member's extra JSON (nothing is lost).
const (
	FNoKK          = "no_kk"
	FFamilyID      = "family_id" // id_keluarga_p3ke, ID keluarga
	FDesaCode      = "desa_code"
	FDesaName      = "desa_name"
	FKecamatanName = "kecamatan_name"
	FAddress       = "address"
	FRT            = "rt"
	FRW            = "rw"
	FDesil         = "desil"
	FNIK           = "nik"
	FMemberID      = "member_id" // ID DTKS, id_individu
	FName          = "name"
	FRelationship  = "relationship"
	FSex           = "sex"
	FBirthPlace    = "birth_place"
	FBirthDate     = "birth_date"
	FBirthPlaceDay = "birth_place_date" // "Tempat/Tanggal Lahir" in one column
	FMotherName    = "mother_name"
	FOccupation    = "occupation"
	FEducation     = "education"

	// FExtra keeps a column in the member's extra JSON; FIgnore drops it (row numbers,
	// province and regency names); FFamilyExtra keeps it in the family's extra JSON.
	FExtra       = ""
	FIgnore      = "-"
	FFamilyExtra = "+"
)

// fields are the columns of the household lists, with the spellings seen in DTKS, P3KE
// and DTSEN exports. Name and NIK are required to recognise a header row; a family key
// (No KK or family id) and a village (code, or name with kecamatan) are checked after.
var fields = []xlsxutil.Field{
	{Key: FNoKK, Label: "No KK", Synonyms: []string{"nokk", "no_kk", "nomor kk", "nomor kartu keluarga", "no kartu keluarga", "kk"}, Type: xlsxutil.TypeDigits},
	{Key: FFamilyID, Label: "ID Keluarga", Synonyms: []string{"id_keluarga_p3ke", "id keluarga p3ke", "id_keluarga", "idkeluarga", "id ruta", "id rumah tangga", "id_kel_dtsen", "id keluarga dtsen"}, Type: xlsxutil.TypeCode},
	{Key: FDesaCode, Label: "Kode Desa", Synonyms: []string{"kode_kemendagri", "kode kemendagri", "kode wilayah", "kode_wilayah", "kode desa/kelurahan", "kode kelurahan", "kode_desa", "kd desa", "kode desa kemendagri", "kode wilayah desa", "kode deskel", "kode_deskel", "kode desa kel", "kdwil"}, Type: xlsxutil.TypeCode},
	{Key: FDesaName, Label: "Desa/Kelurahan", Synonyms: []string{"desa", "kelurahan", "nama desa", "nama kelurahan", "desa kelurahan", "nama desa/kelurahan", "deskel", "nama_desa", "desa/kel", "kel/desa"}},
	{Key: FKecamatanName, Label: "Kecamatan", Synonyms: []string{"nama kecamatan", "nama_kecamatan", "kec"}},
	{Key: FAddress, Label: "Alamat", Synonyms: []string{"alamat lengkap", "alamat rumah", "alamat_ktp", "alamat ktp", "dusun/alamat", "jalan"}},
	{Key: FRT, Label: "RT", Synonyms: []string{"no rt", "nomor rt", "rt_ktp"}},
	{Key: FRW, Label: "RW", Synonyms: []string{"no rw", "nomor rw", "rw_ktp"}},
	{Key: FDesil, Label: "Desil", Synonyms: []string{"desil_kesejahteraan", "desil kesejahteraan", "desil nasional", "desil dtsen", "peringkat desil", "kelompok desil", "desil_nasional"}, Type: xlsxutil.TypeInt},
	{Key: FNIK, Label: "NIK", Required: true, Synonyms: []string{"nik_art", "nik art", "no nik", "nomor nik", "nomor induk kependudukan", "nik ktp", "nik_individu"}, Type: xlsxutil.TypeDigits},
	{Key: FMemberID, Label: "ID Individu", Synonyms: []string{"id_individu", "id dtks", "iddtks", "id_dtks", "id art", "id_art", "id anggota", "id_individu_dtsen", "id individu dtsen"}, Type: xlsxutil.TypeCode},
	{Key: FName, Label: "Nama", Required: true, Synonyms: []string{"nama lengkap", "nama art", "nama_art", "nama anggota", "nama anggota keluarga", "nama individu", "nama penerima", "nama_lengkap"}},
	{Key: FRelationship, Label: "Hubungan dengan Kepala Keluarga", Synonyms: []string{"hubungan dengan kepala keluarga", "hubungan_dengan_kepala_keluarga", "hub kk", "hub dengan kk", "hubungan keluarga", "status hubungan dalam keluarga", "shdk", "hubungan dengan krt", "hubungan kk", "hubungan"}},
	{Key: FSex, Label: "Jenis Kelamin", Synonyms: []string{"jenis_kelamin", "jk", "l/p", "kelamin", "sex", "gender"}},
	{Key: FBirthPlace, Label: "Tempat Lahir", Synonyms: []string{"tempat_lahir", "tmp lahir", "tmpt lahir"}},
	{Key: FBirthDate, Label: "Tanggal Lahir", Synonyms: []string{"tanggal_lahir", "tgl lahir", "tgl_lahir", "tanggal lahir art", "tgllahir"}},
	{Key: FBirthPlaceDay, Label: "Tempat/Tanggal Lahir", Synonyms: []string{"tempat tanggal lahir", "tempat/tgl lahir", "tempat tgl lahir", "ttl", "tempat, tanggal lahir"}},
	{Key: FMotherName, Label: "Nama Ibu Kandung", Synonyms: []string{"nama_ibu_kandung", "ibu kandung", "nama ibu"}},
	{Key: FOccupation, Label: "Pekerjaan", Synonyms: []string{"jenis pekerjaan", "pekerjaan utama", "pekerjaan_utama", "status pekerjaan", "lapangan usaha"}},
	{Key: FEducation, Label: "Pendidikan", Synonyms: []string{"pendidikan terakhir", "pendidikan_terakhir", "ijazah tertinggi", "partisipasi sekolah", "jenjang pendidikan", "pendidikan tertinggi"}},
	// Columns dropped: row numbers and the province/regency (every row is the regency's).
	{Key: "ignore_no", Label: "No", Synonyms: []string{"no urut", "nomor urut", "no.", "nomor", "urut"}},
	{Key: "ignore_prov", Label: "Provinsi", Synonyms: []string{"nama provinsi", "kode provinsi", "kode_provinsi", "prov", "propinsi"}},
	{Key: "ignore_kab", Label: "Kabupaten", Synonyms: []string{"kabupaten/kota", "nama kabupaten", "kode kabupaten", "kode_kabupaten", "kab/kota", "kota"}},
}

// familyExtraHeaders are family-level columns (housing, programme membership) kept in
// the family's extra JSON rather than each member's.
var familyExtraHeaders = []string{"atap", "jenis atap", "dinding", "jenis dinding", "lantai", "jenis lantai",
	"sumber air minum", "air minum", "fasilitas bab", "bab", "jamban", "fasilitas buang air besar",
	"sumber penerangan", "penerangan", "bahan bakar", "bahan bakar memasak", "status kepemilikan rumah",
	"kepemilikan rumah", "status rumah", "luas lantai", "pkh", "bpnt", "bst", "pbi", "pbi jk", "kip",
	"blt", "blt dd", "program sembako", "penerima pkh", "penerima bpnt", "status pkh", "status bpnt",
	"jumlah art", "jumlah anggota keluarga"}

var (
	matcher       = xlsxutil.NewMatcher(fields)
	familyExtraOK = func() map[string]bool {
		m := map[string]bool{}
		for _, h := range familyExtraHeaders {
			m[xlsxutil.Normalize(h)] = true
		}
		return m
	}()
	fieldByKey = func() map[string]xlsxutil.Field {
		m := map[string]xlsxutil.Field{}
		for _, f := range fields {
			m[f.Key] = f
		}
		return m
	}()
)

// FieldInfo describes one target of the mapping, for the preview's dropdowns.
type FieldInfo struct {
	Key      string `json:"key"`
	Label    string `json:"label"`
	Required bool   `json:"required"`
}

// Fields lists the mapping targets in display order, then "extra" and "ignore".
func Fields() []FieldInfo {
	var out []FieldInfo
	for _, f := range fields {
		if strings.HasPrefix(f.Key, "ignore_") {
			continue
		}
		out = append(out, FieldInfo{Key: f.Key, Label: f.Label, Required: f.Required})
	}
	return append(out,
		FieldInfo{Key: FFamilyExtra, Label: "Simpan sebagai data tambahan keluarga"},
		FieldInfo{Key: FExtra, Label: "Simpan sebagai data tambahan individu"},
		FieldInfo{Key: FIgnore, Label: "Abaikan"})
}

// MapHeaders proposes a field key for each header cell (FExtra for unknown headers,
// FIgnore for row numbers and province/regency columns, FFamilyExtra for housing and
// programme columns). A field claimed by two headers keeps the first; the second
// becomes extra.
func MapHeaders(headers []string) []string {
	out := make([]string, len(headers))
	taken := map[string]bool{}
	for i, h := range headers {
		h = strings.TrimSpace(h)
		if h == "" {
			out[i] = FIgnore
			continue
		}
		idx := matcher.Match(h)
		switch {
		case idx >= 0 && strings.HasPrefix(fields[idx].Key, "ignore_"):
			out[i] = FIgnore
		case idx >= 0 && !taken[fields[idx].Key]:
			out[i] = fields[idx].Key
			taken[fields[idx].Key] = true
		case familyExtraOK[xlsxutil.Normalize(h)]:
			out[i] = FFamilyExtra
		default:
			out[i] = FExtra
		}
	}
	return out
}

// DetectSource recognises the source from the header texts: P3KE by its own column
// names, DTSEN by any "dtsen" header, DTKS by "ID DTKS" or the DTKS demographic set.
func DetectSource(headers []string) string {
	var dtks, p3ke, dtsen int
	for _, h := range headers {
		n := xlsxutil.Normalize(h)
		switch {
		case strings.Contains(n, "p3ke"), n == "id individu", n == "padan dukcapil", n == "kode kemendagri", n == "desil kesejahteraan":
			p3ke++
		case strings.Contains(n, "dtsen"), n == "desil nasional":
			dtsen++
		case strings.Contains(n, "dtks"), n == "nama ibu kandung", n == "kode wilayah":
			dtks++
		}
	}
	switch {
	case p3ke > 0 && p3ke >= dtsen:
		return models.SourceP3KE
	case dtsen > 0:
		return models.SourceDTSEN
	case dtks > 0:
		return models.SourceDTKS
	}
	return models.SourceLainnya
}

// maxDesil is the highest desil a source uses (P3KE 1-4, the others 1-10).
func maxDesil(source string) int {
	if source == models.SourceP3KE {
		return 4
	}
	return 10
}

// Signature identifies a header row for remembering its mapping: the source and the
// normalised headers, hashed.
func Signature(source string, headers []string) string {
	h := sha256.New()
	h.Write([]byte(source))
	for _, x := range headers {
		h.Write([]byte{0x1f})
		h.Write([]byte(xlsxutil.Normalize(x)))
	}
	return hex.EncodeToString(h.Sum(nil))
}

// checkMapping tells what a mapping lacks: a name and NIK column, a family key, and a
// village (code, or name with kecamatan). It returns Indonesian messages.
func checkMapping(mapping []string) []string {
	has := map[string]bool{}
	for _, k := range mapping {
		has[k] = true
	}
	var miss []string
	if !has[FName] {
		miss = append(miss, "kolom Nama belum dipetakan")
	}
	if !has[FNIK] {
		miss = append(miss, "kolom NIK belum dipetakan")
	}
	if !has[FNoKK] && !has[FFamilyID] {
		miss = append(miss, "kolom No KK (atau ID Keluarga) belum dipetakan")
	}
	if !has[FDesaCode] && !(has[FDesaName] && has[FKecamatanName]) {
		miss = append(miss, "kolom Kode Desa (atau Desa/Kelurahan beserta Kecamatan) belum dipetakan")
	}
	return miss
}
