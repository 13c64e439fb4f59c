package demo

// The fixed vocabulary of the demo regency. Everything random is drawn from these lists
// in their order, so the same seed always gives the same data.

// kecamatanNames are the 20 districts; the first holds the regency capital.
var kecamatanNames = []string{
	"Contoh", "Sukorejo", "Karangrejo", "Ngadirejo", "Wonosari", "Kedungjati", "Tegalrejo",
	"Banyuurip", "Sidomulyo", "Margoyoso", "Kaliwungu", "Pringapus", "Gunungwungkal",
	"Sumberlawang", "Jatisrono", "Tanjungsari", "Ngawen", "Kradenan", "Purwosari", "Gemolong",
}

// kelurahanNames are the urban villages of the capital district (codes 1001…).
var kelurahanNames = []string{"Kauman", "Kranggan", "Kepatihan", "Pungkuran", "Kadipaten", "Pecinan"}

// Village names are a prefix and a suffix ("Karang" + "rejo").
var (
	villagePrefixes = []string{
		"Karang", "Sumber", "Tegal", "Wono", "Kedung", "Ngadi", "Sido", "Margo", "Banyu", "Sri",
		"Purwo", "Mulyo", "Tanjung", "Kali", "Jati", "Gunung", "Pandan", "Bumi", "Candi", "Watu",
		"Sela", "Tambak", "Sambi", "Kembang", "Pucang", "Giri", "Tlogo", "Rejo", "Sugih", "Dadap",
	}
	villageSuffixes = []string{
		"rejo", "sari", "mulyo", "harjo", "agung", "jaya", "asri", "makmur", "utomo", "kerto",
		"arum", "winangun", "kulon", "wetan", "lor", "kidul", "manis", "rahayu", "kencono", "wangi",
	}
)

// People's names: Javanese given names and family-style second names.
var (
	maleFirst = []string{
		"Agus", "Bambang", "Budi", "Joko", "Slamet", "Sugeng", "Heru", "Eko", "Wahyu", "Teguh",
		"Hadi", "Bayu", "Arif", "Dwi", "Yusuf", "Rudi", "Hari", "Sigit", "Hendro", "Priyo",
		"Didik", "Ahmad", "Muhammad", "Imam", "Tri", "Adi", "Gunawan", "Yoyok", "Suparno", "Anton",
	}
	maleLast = []string{
		"Santoso", "Wibowo", "Susanto", "Prasetyo", "Nugroho", "Wijaya", "Purnomo", "Setiawan",
		"Hartono", "Kurniawan", "Haryanto", "Suryadi", "Utomo", "Widodo", "Sugiarto", "Saputro",
		"Hidayat", "Mulyono", "Sumarno", "Sukamto", "Riyadi", "Raharjo", "Darmawan", "Purwanto",
	}
	femaleFirst = []string{
		"Sri", "Endang", "Retno", "Siti", "Dewi", "Rina", "Wulan", "Nining", "Tutik", "Yuni",
		"Indah", "Ani", "Kartika", "Diah", "Ratna", "Puji", "Anik", "Nurul", "Erna", "Heni",
	}
	femaleLast = []string{
		"Rahayu", "Lestari", "Wulandari", "Handayani", "Susilowati", "Kusumawati", "Astuti",
		"Sulistyowati", "Pratiwi", "Rahmawati", "Setyaningsih", "Purwaningsih", "Hastuti", "Mulyani",
	}
	generalDegrees = []string{"S.H., M.H.", "S.E., M.M.", "S.Sos., M.Si.", "S.IP., M.Si.", "S.STP., M.Si.", "S.T., M.T.", "S.Pd., M.Pd.", "M.Si.", "M.M.", "S.E., M.Ec.Dev."}
	masterDegrees  = []string{"M.Si.", "M.M.", "M.Pd.", "M.A.P."}
	streets        = []string{"Jl. Diponegoro", "Jl. Sudirman", "Jl. Ahmad Yani", "Jl. Gatot Subroto", "Jl. Pahlawan", "Jl. Veteran", "Jl. Kartini", "Jl. Dr. Sutomo", "Jl. Pattimura", "Jl. Slamet Riyadi", "Jl. Gajah Mada", "Jl. Pemuda"}
)

// Echelon ranks (pangkat/golongan) of the heads.
const (
	rankIVe  = "Pembina Utama (IV/e)"
	rankIVd  = "Pembina Utama Madya (IV/d)"
	rankIVc  = "Pembina Utama Muda (IV/c)"
	rankIVb  = "Pembina Tingkat I (IV/b)"
	rankIVa  = "Pembina (IV/a)"
	rankIIId = "Penata Tingkat I (III/d)"
)

// opdSpec is one agency of the demo regency. prefix/degree give its head a fitting title
// ("dr." for health); empty means a random general degree.
type opdSpec struct {
	code, name, abbr, kind string
	ranks                  []string
	prefix, degree         string
	setda                  bool
}

var (
	headRanks  = []string{rankIVc, rankIVb}
	kabagRanks = []string{rankIVa, rankIVb}
	camatRanks = []string{rankIVa, rankIIId}
)

// opdSpecs are the 44 companions: agencies, Setda sections, two districts and two
// universities.
var opdSpecs = []opdSpec{
	{code: "1.01.01", name: "Dinas Pendidikan dan Kebudayaan", abbr: "Disdikbud", kind: "Dinas", ranks: headRanks, prefix: "Dr.", degree: "M.Pd."},
	{code: "1.02.01", name: "Dinas Kesehatan", abbr: "Dinkes", kind: "Dinas", ranks: headRanks, prefix: "dr.", degree: "M.Kes."},
	{code: "1.02.02", name: "Rumah Sakit Umum Daerah Kabupaten Contoh", abbr: "RSUD", kind: "Lainnya", ranks: []string{rankIVb}, prefix: "dr.", degree: "Sp.PD."},
	{code: "1.03.01", name: "Dinas Pekerjaan Umum dan Penataan Ruang", abbr: "DPUPR", kind: "Dinas", ranks: headRanks, prefix: "Ir.", degree: "M.T."},
	{code: "1.04.01", name: "Dinas Perumahan Rakyat dan Kawasan Permukiman", abbr: "Disperkim", kind: "Dinas", ranks: headRanks, degree: "S.T., M.T."},
	{code: "1.05.01", name: "Satuan Polisi Pamong Praja", abbr: "Satpol PP", kind: "Lainnya", ranks: []string{rankIVb}},
	{code: "1.05.02", name: "Badan Penanggulangan Bencana Daerah", abbr: "BPBD", kind: "Badan", ranks: headRanks},
	{code: "1.06.01", name: "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak", abbr: "Dinsos P3A", kind: "Dinas", ranks: headRanks},
	{code: "2.07.01", name: "Dinas Tenaga Kerja", abbr: "Disnaker", kind: "Dinas", ranks: headRanks},
	{code: "2.08.01", name: "Dinas Pengendalian Penduduk dan Keluarga Berencana", abbr: "Dinas PPKB", kind: "Dinas", ranks: headRanks},
	{code: "2.09.01", name: "Dinas Pertanian dan Pangan", abbr: "Dispertan", kind: "Dinas", ranks: headRanks, prefix: "Ir.", degree: "M.P."},
	{code: "2.11.01", name: "Dinas Lingkungan Hidup", abbr: "DLH", kind: "Dinas", ranks: headRanks},
	{code: "2.12.01", name: "Dinas Kependudukan dan Pencatatan Sipil", abbr: "Disdukcapil", kind: "Dinas", ranks: headRanks},
	{code: "2.13.01", name: "Dinas Pemberdayaan Masyarakat dan Desa", abbr: "Dispermades", kind: "Dinas", ranks: headRanks},
	{code: "2.15.01", name: "Dinas Perhubungan", abbr: "Dishub", kind: "Dinas", ranks: headRanks},
	{code: "2.16.01", name: "Dinas Komunikasi dan Informatika", abbr: "Diskominfo", kind: "Dinas", ranks: headRanks, degree: "S.Kom., M.Kom."},
	{code: "2.17.01", name: "Dinas Koperasi, Usaha Kecil dan Menengah", abbr: "Dinkop UKM", kind: "Dinas", ranks: headRanks},
	{code: "2.18.01", name: "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", abbr: "DPMPTSP", kind: "Dinas", ranks: headRanks},
	{code: "2.19.01", name: "Dinas Kepemudaan, Olahraga dan Pariwisata", abbr: "Disporapar", kind: "Dinas", ranks: headRanks},
	{code: "2.23.01", name: "Dinas Perpustakaan dan Kearsipan", abbr: "Dinarpus", kind: "Dinas", ranks: headRanks},
	{code: "3.25.01", name: "Dinas Perikanan", abbr: "Dinperikan", kind: "Dinas", ranks: headRanks, degree: "S.Pi., M.Si."},
	{code: "3.27.01", name: "Dinas Peternakan dan Kesehatan Hewan", abbr: "Disnakkeswan", kind: "Dinas", ranks: headRanks, prefix: "drh.", degree: "M.Si."},
	{code: "3.30.01", name: "Dinas Perdagangan dan Perindustrian", abbr: "Disdagperin", kind: "Dinas", ranks: headRanks},
	{code: "4.01.01.01", name: "Bagian Tata Pemerintahan Sekretariat Daerah", abbr: "Bagian Tapem", kind: "Bagian Setda", ranks: kabagRanks, setda: true},
	{code: "4.01.01.02", name: "Bagian Kesejahteraan Rakyat Sekretariat Daerah", abbr: "Bagian Kesra", kind: "Bagian Setda", ranks: kabagRanks, setda: true},
	{code: "4.01.01.03", name: "Bagian Hukum Sekretariat Daerah", abbr: "Bagian Hukum", kind: "Bagian Setda", ranks: kabagRanks, degree: "S.H., M.H.", setda: true},
	{code: "4.01.01.04", name: "Bagian Perekonomian dan Sumber Daya Alam Sekretariat Daerah", abbr: "Bagian Perekonomian", kind: "Bagian Setda", ranks: kabagRanks, setda: true},
	{code: "4.01.01.05", name: "Bagian Administrasi Pembangunan Sekretariat Daerah", abbr: "Bagian Adbang", kind: "Bagian Setda", ranks: kabagRanks, setda: true},
	{code: "4.01.01.06", name: "Bagian Pengadaan Barang dan Jasa Sekretariat Daerah", abbr: "Bagian PBJ", kind: "Bagian Setda", ranks: kabagRanks, setda: true},
	{code: "4.01.01.07", name: "Bagian Organisasi Sekretariat Daerah", abbr: "Bagian Organisasi", kind: "Bagian Setda", ranks: kabagRanks, setda: true},
	{code: "4.01.01.08", name: "Bagian Umum Sekretariat Daerah", abbr: "Bagian Umum", kind: "Bagian Setda", ranks: kabagRanks, setda: true},
	{code: "4.01.01.09", name: "Bagian Protokol dan Komunikasi Pimpinan Sekretariat Daerah", abbr: "Bagian Prokompim", kind: "Bagian Setda", ranks: kabagRanks, setda: true},
	{code: "4.02.01", name: "Sekretariat Dewan Perwakilan Rakyat Daerah", abbr: "Setwan", kind: "Lainnya", ranks: []string{rankIVc}},
	{code: "5.01.01", name: "Badan Perencanaan Pembangunan Daerah", abbr: "Bappeda", kind: "Badan", ranks: []string{rankIVc}, prefix: "Dr.", degree: "S.E., M.Si."},
	{code: "5.02.01", name: "Badan Pengelolaan Keuangan dan Aset Daerah", abbr: "BPKAD", kind: "Badan", ranks: headRanks, degree: "S.E., M.Ak."},
	{code: "5.02.02", name: "Badan Pendapatan Daerah", abbr: "Bapenda", kind: "Badan", ranks: headRanks},
	{code: "5.03.01", name: "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", abbr: "BKPSDM", kind: "Badan", ranks: headRanks},
	{code: "5.05.01", name: "Badan Riset dan Inovasi Daerah", abbr: "Brida", kind: "Badan", ranks: headRanks},
	{code: "6.01.01", name: "Inspektorat Daerah", abbr: "Inspektorat", kind: "Lainnya", ranks: []string{rankIVc}, degree: "S.E., M.Ak."},
	{code: "8.01.01", name: "Badan Kesatuan Bangsa dan Politik", abbr: "Kesbangpol", kind: "Badan", ranks: headRanks},
	{code: "7.01.01", name: "Kecamatan Contoh", abbr: "Kec. Contoh", kind: "Kecamatan", ranks: camatRanks, degree: "S.STP., M.Si."},
	{code: "7.01.02", name: "Kecamatan Sukorejo", abbr: "Kec. Sukorejo", kind: "Kecamatan", ranks: camatRanks, degree: "S.STP., M.Si."},
	{code: "PT.01", name: "Universitas Contoh", abbr: "UNCO", kind: "Perguruan Tinggi", ranks: []string{rankIVd}, prefix: "Prof. Dr.", degree: "M.Si."},
	{code: "PT.02", name: "Politeknik Negeri Contoh", abbr: "Polinco", kind: "Perguruan Tinggi", ranks: []string{rankIVc}, prefix: "Dr.", degree: "S.T., M.T."},
}
