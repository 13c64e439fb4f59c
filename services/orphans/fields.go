package orphans

import (
	"strconv"
	"strings"

	"sidamping/services/households"
	"sidamping/services/sheetreader"
	"sidamping/services/xlsxutil"
)

// Import kinds.
const (
	KindChildren = "orphans"
	KindFosters  = "fosters"
)

// childFields are the columns of a village's list of children, with the spellings
// villages use.
var childFields = []xlsxutil.Field{
	{Key: "desa_code", Label: "Kode Desa", Synonyms: []string{"kode wilayah", "kode kemendagri", "kode desa/kelurahan", "kode_desa", "kd desa"}, Type: xlsxutil.TypeCode},
	{Key: "desa_name", Label: "Desa/Kelurahan", Synonyms: []string{"desa", "kelurahan", "nama desa", "desa kelurahan", "desa/kel"}},
	{Key: "kecamatan_name", Label: "Kecamatan", Synonyms: []string{"nama kecamatan"}},
	{Key: "name", Label: "Nama Anak", Required: true, Synonyms: []string{"nama", "nama lengkap", "nama lengkap anak", "nama anak yatim"}},
	{Key: "nik", Label: "NIK", Synonyms: []string{"nik anak", "no nik", "nomor induk kependudukan"}, Type: xlsxutil.TypeDigits},
	{Key: "sex", Label: "Jenis Kelamin", Synonyms: []string{"jk", "l/p", "kelamin"}},
	{Key: "birth_date", Label: "Tanggal Lahir", Required: true, Synonyms: []string{"tgl lahir", "tanggal_lahir", "tgllahir"}},
	{Key: "status", Label: "Status Anak", Synonyms: []string{"status", "kategori", "status yatim", "yatim/piatu", "status yatim piatu", "keterangan yatim"}},
	{Key: "father_died", Label: "Ayah Meninggal", Synonyms: []string{"ayah meninggal dunia", "ayah wafat"}},
	{Key: "father_death_date", Label: "Tanggal Ayah Meninggal", Synonyms: []string{"tgl ayah meninggal", "tanggal wafat ayah", "ayah meninggal tanggal"}},
	{Key: "mother_died", Label: "Ibu Meninggal", Synonyms: []string{"ibu meninggal dunia", "ibu wafat"}},
	{Key: "mother_death_date", Label: "Tanggal Ibu Meninggal", Synonyms: []string{"tgl ibu meninggal", "tanggal wafat ibu", "ibu meninggal tanggal"}},
	{Key: "guardian_name", Label: "Nama Wali", Synonyms: []string{"wali", "nama pengasuh", "nama orang tua/wali"}},
	{Key: "guardian_relation", Label: "Hubungan Wali", Synonyms: []string{"hubungan dengan wali", "hubungan", "status wali"}},
	{Key: "guardian_phone", Label: "Kontak Wali", Synonyms: []string{"no hp wali", "telepon wali", "hp wali", "no telepon", "kontak", "no hp"}},
	{Key: "no_kk", Label: "No KK", Synonyms: []string{"nomor kk", "no kartu keluarga", "nomor kartu keluarga", "kk"}, Type: xlsxutil.TypeDigits},
	{Key: "address", Label: "Alamat", Synonyms: []string{"alamat lengkap", "dusun/rt/rw"}},
	{Key: "school", Label: "Status Sekolah", Synonyms: []string{"sekolah", "pendidikan", "jenjang", "jenjang sekolah", "kelas/sekolah"}},
	{Key: "jkn", Label: "JKN/KIS", Synonyms: []string{"jkn", "kis", "bpjs", "punya jkn", "jaminan kesehatan"}},
	{Key: "disability", Label: "Disabilitas", Synonyms: []string{"penyandang disabilitas", "difabel", "jenis disabilitas"}},
	{Key: "needs", Label: "Kebutuhan", Synonyms: []string{"kebutuhan anak", "jenis kebutuhan", "kebutuhan bantuan"}},
	{Key: "assessed_on", Label: "Tanggal Asesmen", Synonyms: []string{"tgl asesmen", "tanggal pendataan", "tgl pendataan", "tanggal verifikasi"}},
	{Key: "note", Label: "Keterangan", Synonyms: []string{"catatan", "ket"}},
	{Key: "ignore_no", Label: "No", Synonyms: []string{"no urut", "nomor urut", "no."}},
}

// fosterFields are the columns of a list of foster parents.
var fosterFields = []xlsxutil.Field{
	{Key: "name", Label: "Nama Orang Tua Asuh", Required: true, Synonyms: []string{"nama", "nama lengkap", "nama lembaga", "nama ota", "nama donatur"}},
	{Key: "kind", Label: "Jenis", Required: true, Synonyms: []string{"jenis orang tua asuh", "kategori", "jenis ota", "unsur"}},
	{Key: "opd", Label: "Perangkat Daerah", Synonyms: []string{"opd", "instansi", "asal opd", "kode opd", "unit kerja"}},
	{Key: "kecamatan_name", Label: "Kecamatan", Synonyms: []string{"nama kecamatan", "domisili kecamatan"}},
	{Key: "contact_person", Label: "Narahubung", Synonyms: []string{"contact person", "nama kontak", "penanggung jawab"}},
	{Key: "phone", Label: "Telepon", Synonyms: []string{"no hp", "no telepon", "kontak", "hp", "nomor hp", "whatsapp", "wa"}},
	{Key: "address", Label: "Alamat", Synonyms: []string{"alamat lengkap"}},
	{Key: "money", Label: "Uang per Bulan", Synonyms: []string{"uang per bulan (rp)", "bantuan uang per bulan", "nominal per bulan", "komitmen uang", "uang/bulan"}, Type: xlsxutil.TypeInt},
	{Key: "school_costs", Label: "Biaya Sekolah", Synonyms: []string{"bantuan biaya sekolah", "biaya pendidikan"}},
	{Key: "in_kind", Label: "Bantuan Natura", Synonyms: []string{"natura", "barang", "bantuan barang", "in kind"}},
	{Key: "mentoring", Label: "Pendampingan", Synonyms: []string{"mentoring", "bimbingan"}},
	{Key: "capacity", Label: "Jumlah Anak", Synonyms: []string{"jumlah anak diasuh", "kapasitas", "sanggup mengasuh", "jumlah anak asuh"}, Type: xlsxutil.TypeInt},
	{Key: "period_start", Label: "Mulai", Required: true, Synonyms: []string{"tanggal mulai", "mulai komitmen", "periode mulai", "tmt"}},
	{Key: "period_end", Label: "Selesai", Synonyms: []string{"tanggal selesai", "akhir komitmen", "periode selesai", "sampai"}},
	{Key: "note", Label: "Keterangan", Synonyms: []string{"catatan", "ket"}},
	{Key: "ignore_no", Label: "No", Synonyms: []string{"no urut", "nomor urut", "no."}},
}

// fieldsOf returns the field list of an import kind, with the user's corrections:
// override maps a header as written to a field key ("" or "-" to ignore it).
func fieldsOf(kind string, override map[string]string) []xlsxutil.Field {
	base := childFields
	if kind == KindFosters {
		base = fosterFields
	}
	if len(override) == 0 {
		return base
	}
	taken := map[string]string{} // normalised header -> field key
	for h, k := range override {
		taken[xlsxutil.Normalize(h)] = k
	}
	out := make([]xlsxutil.Field, len(base))
	for i, f := range base {
		f.Synonyms = append([]string(nil), f.Synonyms...)
		var keep []string
		for h, k := range override {
			if k == f.Key {
				keep = append(keep, h)
			}
		}
		for _, s := range f.Synonyms {
			if k, ok := taken[xlsxutil.Normalize(s)]; !ok || k == f.Key {
				keep = append(keep, s)
			}
		}
		f.Synonyms = keep
		if k, ok := taken[xlsxutil.Normalize(f.Label)]; ok && k != f.Key {
			f.Label += " (bawaan)" // the user gave this header to another field
		}
		out[i] = f
	}
	return out
}

// cellDate reads a date cell: an Excel serial number or text.
func cellDate(v string) (string, bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return "", true
	}
	if f, err := strconv.ParseFloat(v, 64); err == nil && f >= 1 && f < 80000 {
		if t, ok := sheetreader.ExcelSerialToTime(v); ok {
			return t.Format(dateLayout), true
		}
	}
	return households.ParseDateText(v)
}

// yesNo reads "ya", "v", "1", "sudah", "meninggal" as true; ok is false for other text.
func yesNo(v string) (bool, bool) {
	switch strings.ToLower(strings.TrimSpace(v)) {
	case "", "tidak", "t", "n", "no", "0", "-", "belum", "tdk", "masih hidup", "hidup":
		return false, true
	case "ya", "y", "yes", "1", "v", "√", "✓", "x", "ada", "sudah", "meninggal", "wafat", "punya":
		return true, true
	}
	return false, false
}

// schoolCode reads a school status as villages write it.
func schoolCode(v string) string {
	n := strings.ToLower(xlsxutil.Normalize(v))
	switch {
	case n == "":
		return ""
	case strings.Contains(n, "putus") || strings.Contains(n, "drop"):
		return "putus_sekolah"
	case strings.Contains(n, "belum"), n == "paud", n == "tk", strings.HasPrefix(n, "tk "), n == "ra":
		return "belum_sekolah"
	case strings.Contains(n, "tidak"):
		return "tidak_sekolah"
	case strings.HasPrefix(n, "sd"), strings.HasPrefix(n, "mi"):
		return "sd"
	case strings.HasPrefix(n, "smp"), strings.HasPrefix(n, "mts"), strings.HasPrefix(n, "sltp"):
		return "smp"
	case strings.HasPrefix(n, "sma"), strings.HasPrefix(n, "smk"), strings.HasPrefix(n, "ma"), strings.HasPrefix(n, "slta"):
		return "sma"
	}
	return "?"
}

// categoryDied reads "Yatim", "Piatu", "Yatim Piatu" into which parents died.
func categoryDied(v string) (father, mother, ok bool) {
	n := strings.ToLower(xlsxutil.Normalize(v))
	switch strings.ReplaceAll(n, " ", "") {
	case "yatimpiatu":
		return true, true, true
	case "yatim":
		return true, false, true
	case "piatu":
		return false, true, true
	}
	return false, false, false
}

// needCodes reads "pendidikan, akta kelahiran" into need codes; unknown words are
// returned apart.
func needCodes(v string) (codes []string, unknown []string) {
	for _, part := range strings.FieldsFunc(v, func(r rune) bool { return r == ',' || r == ';' || r == '/' }) {
		p := strings.ToLower(strings.TrimSpace(part))
		switch {
		case p == "":
		case strings.Contains(p, "didik") || strings.Contains(p, "sekolah") || strings.Contains(p, "beasiswa"):
			codes = append(codes, "pendidikan")
		case strings.Contains(p, "sehat") || strings.Contains(p, "obat") || strings.Contains(p, "jkn"):
			codes = append(codes, "kesehatan")
		case strings.Contains(p, "gizi") || strings.Contains(p, "makan") || strings.Contains(p, "pangan"):
			codes = append(codes, "gizi")
		case strings.Contains(p, "rumah") || strings.Contains(p, "rtlh") || strings.Contains(p, "tempat tinggal"):
			codes = append(codes, "rumah")
		case strings.Contains(p, "dokumen") || strings.Contains(p, "akta") || strings.Contains(p, "akte") || strings.Contains(p, "kia") || p == "kk":
			codes = append(codes, "dokumen")
		default:
			unknown = append(unknown, strings.TrimSpace(part))
		}
	}
	return codes, unknown
}

// fosterKind reads a kind of foster parent as written.
func fosterKind(v string) string {
	n := strings.ToLower(xlsxutil.Normalize(v))
	switch {
	case n == "":
		return ""
	case strings.Contains(n, "asn") || strings.Contains(n, "pns") || strings.Contains(n, "pegawai") || strings.Contains(n, "pppk"):
		return "asn"
	case strings.Contains(n, "baznas") || strings.Contains(n, "upz") || strings.Contains(n, "laz") || strings.Contains(n, "zakat"):
		return "baznas"
	case strings.Contains(n, "csr") || strings.Contains(n, "perusahaan") || strings.HasPrefix(n, "pt ") || strings.Contains(n, "bumn") || strings.Contains(n, "bumd") || strings.Contains(n, "bank"):
		return "csr"
	case strings.Contains(n, "pesantren") || strings.Contains(n, "ponpes"):
		return "pesantren"
	case strings.Contains(n, "masjid") || strings.Contains(n, "mushola") || strings.Contains(n, "musholla") || strings.Contains(n, "takmir"):
		return "masjid"
	case strings.Contains(n, "universitas") || strings.Contains(n, "perguruan") || strings.Contains(n, "kampus") || strings.Contains(n, "institut") || strings.Contains(n, "politeknik"):
		return "universitas"
	case strings.Contains(n, "pengusaha") || strings.Contains(n, "wirausaha") || strings.Contains(n, "umkm") || strings.Contains(n, "swasta"):
		return "pengusaha"
	case strings.Contains(n, "warga") || strings.Contains(n, "masyarakat") || strings.Contains(n, "perorangan") || strings.Contains(n, "pribadi"):
		return "warga"
	}
	return "?"
}
