package masterxlsx

import "sidamping/services/xlsxutil"

// The field keys are those of the master forms, so the messages of
// master.ValidateKecamatan/ValidateDesa/ValidateOPD land on the right column.

// desaFields are the columns of a village sheet.
var desaFields = []xlsxutil.Field{
	{Key: "kecamatanCode", Label: "Kode Kecamatan", Type: xlsxutil.TypeCode,
		Synonyms: []string{"kode_kecamatan", "kode kec", "kd kec", "kode distrik"}},
	{Key: "kecamatanName", Label: "Nama Kecamatan", Synonyms: []string{"kecamatan", "nama_kecamatan", "nm kec"}},
	{Key: "code", Label: "Kode Desa", Required: true, Type: xlsxutil.TypeCode,
		Synonyms: []string{"kode_desa", "kode wilayah", "kode_wilayah", "kode desa/kelurahan", "kode desa kelurahan",
			"kode kelurahan", "kode kemendagri", "kode_kemendagri", "kode desa kel", "kode wilayah desa"}},
	{Key: "name", Label: "Nama Desa", Required: true,
		Synonyms: []string{"nama_desa", "desa", "desa/kelurahan", "nama desa/kelurahan", "nama desa kelurahan",
			"desa kelurahan", "nama kelurahan", "kelurahan", "nama wilayah", "nama desa kel"}},
	{Key: "kind", Label: "Jenis", Synonyms: []string{"jenis desa", "desa/kelurahan (jenis)", "status desa kelurahan", "tipe"}},
	{Key: "population", Label: "Jumlah Penduduk", Type: xlsxutil.TypeInt,
		Synonyms: []string{"penduduk", "jumlah_penduduk", "jumlah jiwa", "jiwa"}},
	{Key: "households", Label: "Jumlah KK/RT", Type: xlsxutil.TypeInt,
		Synonyms: []string{"jumlah kk", "jumlah rt", "jumlah rumah tangga", "jumlah keluarga", "rumah tangga", "kk", "jumlah_kk", "jumlah_rt"}},
	{Key: "poorHouseholds", Label: "RT Miskin (desil 1-2)", Type: xlsxutil.TypeInt,
		Synonyms: []string{"rt miskin", "rumah tangga miskin", "jumlah rt miskin", "kk miskin", "jumlah kk miskin",
			"rt desil 1-2", "rt desil 1 2", "desil 1-2", "jumlah rumah tangga miskin", "rtm"}},
	{Key: "povertyPct", Label: "Persentase Kemiskinan", Type: xlsxutil.TypeDecimal,
		Synonyms: []string{"persentase kemiskinan (%)", "persentase miskin", "% kemiskinan", "% miskin", "tingkat kemiskinan",
			"angka kemiskinan", "persentase_kemiskinan", "kemiskinan"}},
	{Key: "idmStatus", Label: "Status IDM", Synonyms: []string{"idm", "status_idm", "status indeks desa membangun", "status desa"}},
}

// kecamatanFields are the columns of a sheet listing kecamatan only.
var kecamatanFields = []xlsxutil.Field{
	{Key: "code", Label: "Kode Kecamatan", Required: true, Type: xlsxutil.TypeCode,
		Synonyms: []string{"kode_kecamatan", "kode kec", "kd kec", "kode wilayah kecamatan", "kode distrik"}},
	{Key: "name", Label: "Nama Kecamatan", Required: true, Synonyms: []string{"kecamatan", "nama_kecamatan", "nm kec"}},
}

// opdFields are the columns of the OPD list.
var opdFields = []xlsxutil.Field{
	{Key: "code", Label: "Kode", Required: true, Type: xlsxutil.TypeCode,
		Synonyms: []string{"kode opd", "kode perangkat daerah", "kode_opd", "kode skpd", "kode unit"}},
	{Key: "name", Label: "Nama Perangkat Daerah", Required: true,
		Synonyms: []string{"nama opd", "nama_opd", "opd", "perangkat daerah", "nama skpd", "skpd", "nama instansi", "instansi", "nama"}},
	{Key: "abbreviation", Label: "Singkatan", Synonyms: []string{"nama singkat", "akronim"}},
	{Key: "kind", Label: "Jenis", Required: true, Synonyms: []string{"jenis opd", "jenis perangkat daerah", "kategori", "tipe"}},
	{Key: "headName", Label: "Nama Kepala", Synonyms: []string{"kepala", "nama kepala opd", "nama pimpinan", "pimpinan", "kepala opd"}},
	{Key: "headRank", Label: "Pangkat/Golongan", Synonyms: []string{"pangkat", "golongan", "pangkat golongan", "pangkat/gol", "pangkat kepala"}},
	{Key: "headNip", Label: "NIP", Type: xlsxutil.TypeDigits, Synonyms: []string{"nip kepala", "nip_kepala", "nip pimpinan"}},
	{Key: "address", Label: "Alamat", Synonyms: []string{"alamat kantor", "alamat opd"}},
	{Key: "phone", Label: "Telepon", Type: xlsxutil.TypeCode, Synonyms: []string{"no telepon", "nomor telepon", "no telp", "telp", "hp", "no hp"}},
	{Key: "email", Label: "Email", Synonyms: []string{"e-mail", "surel", "alamat email", "alamat e-mail"}},
}

// Labels of the export columns; each is recognised by the fields above.
const (
	hKecCode    = "Kode Kecamatan"
	hKecName    = "Nama Kecamatan"
	hDesaCode   = "Kode Desa"
	hDesaName   = "Nama Desa/Kelurahan"
	hKind       = "Jenis"
	hPopulation = "Jumlah Penduduk"
	hHouseholds = "Jumlah KK/RT"
	hPoor       = "RT Miskin (Desil 1-2)"
	hPct        = "Persentase Kemiskinan (%)"
	hIDM        = "Status IDM"
)
