package models

import "time"

// PotentialCategories are the categories of Form 1 (Inventarisasi potensi desa).
var PotentialCategories = []Option{
	{"pertanian", "Pertanian"},
	{"peternakan", "Peternakan"},
	{"perikanan", "Perikanan"},
	{"kerajinan", "Kerajinan/industri rumah tangga"},
	{"pariwisata", "Pariwisata"},
	{"umkm", "UMKM/perdagangan"},
	{"sda", "Sumber daya alam"},
	{"kelembagaan", "Kelembagaan"},
	{"sarpras", "Sarana-prasarana"},
}

// Characteristics are the items of Form 2 (and Form 4): counts of poor households.
var Characteristics = []Option{
	{"rtlh", "Rumah tidak layak huni"},
	{"tanpa_jamban", "Tanpa jamban"},
	{"tanpa_listrik", "Tanpa listrik sendiri"},
	{"tanpa_air", "Tanpa air bersih"},
	{"kk_tidak_bekerja", "Kepala keluarga tidak bekerja/buruh harian"},
	{"putus_sekolah", "Anak putus sekolah"},
	{"tanpa_jkn", "Tanpa jaminan kesehatan"},
	{"lansia_disabilitas", "Lansia/disabilitas"},
}

// Priorities of problems and needs (1 is the most urgent).
var Priorities = []Option{{"1", "Tinggi"}, {"2", "Sedang"}, {"3", "Rendah"}}

// Asesmen is the head of a pairing's initial assessment (one per pairing).
type Asesmen struct {
	ID             uint      `gorm:"primaryKey" json:"id"`
	PendampinganID uint      `gorm:"not null;uniqueIndex" json:"pendampinganId"`
	AssessedOn     string    `gorm:"size:10" json:"assessedOn"` // YYYY-MM-DD
	Assessor       string    `gorm:"size:200" json:"assessor"`
	Note           string    `gorm:"size:2000" json:"note"`
	CreatedAt      time.Time `json:"createdAt"`
	UpdatedAt      time.Time `json:"updatedAt"`
}

func (Asesmen) TableName() string { return "asesmen" }

// PotensiDesa is one potential of Form 1.
type PotensiDesa struct {
	ID             uint    `gorm:"primaryKey" json:"id"`
	PendampinganID uint    `gorm:"not null" json:"pendampinganId"`
	Category       string  `gorm:"size:20;not null" json:"category"`
	Name           string  `gorm:"size:200;not null" json:"name"`
	Description    string  `gorm:"size:1000" json:"description"`
	Quantity       float64 `gorm:"not null;default:0" json:"quantity"`
	Unit           string  `gorm:"size:50" json:"unit"`
	Developable    bool    `gorm:"not null;default:false" json:"developable"`
	SortOrder      int     `gorm:"not null;default:0" json:"sortOrder"`
}

func (PotensiDesa) TableName() string { return "potensi_desa" }

// PotensiPantau is Form 3: the progress of one potential in a semester.
type PotensiPantau struct {
	ID        uint    `gorm:"primaryKey" json:"id"`
	PotensiID uint    `gorm:"not null" json:"potensiId"`
	Semester  int     `gorm:"not null" json:"semester"`
	Quantity  float64 `gorm:"not null;default:0" json:"quantity"`
	Progress  string  `gorm:"size:1000" json:"progress"`
	Note      string  `gorm:"size:1000" json:"note"`
}

func (PotensiPantau) TableName() string { return "potensi_pantau" }

// Karakteristik holds the counts of poor households by characteristic: Form 2 (the
// baseline scan, Semester 0) or Form 4 (monitoring, Semester 1 or 2).
type Karakteristik struct {
	ID                uint      `gorm:"primaryKey" json:"id"`
	PendampinganID    uint      `gorm:"not null" json:"pendampinganId"`
	Semester          int       `gorm:"not null" json:"semester"`
	ScannedOn         string    `gorm:"size:10" json:"scannedOn"` // YYYY-MM-DD
	Source            string    `gorm:"size:200" json:"source"`
	TotalPoor         int       `gorm:"not null;default:0" json:"totalPoor"`
	Rtlh              int       `gorm:"column:rtlh;not null;default:0" json:"rtlh"`
	TanpaJamban       int       `gorm:"not null;default:0" json:"tanpaJamban"`
	TanpaListrik      int       `gorm:"not null;default:0" json:"tanpaListrik"`
	TanpaAir          int       `gorm:"not null;default:0" json:"tanpaAir"`
	KKTidakBekerja    int       `gorm:"column:kk_tidak_bekerja;not null;default:0" json:"kkTidakBekerja"`
	PutusSekolah      int       `gorm:"not null;default:0" json:"putusSekolah"`
	TanpaJKN          int       `gorm:"column:tanpa_jkn;not null;default:0" json:"tanpaJkn"`
	LansiaDisabilitas int       `gorm:"not null;default:0" json:"lansiaDisabilitas"`
	UpdatedAt         time.Time `json:"updatedAt"`
}

func (Karakteristik) TableName() string { return "karakteristik" }

// Counts returns the eight counts in the order of Characteristics.
func (k Karakteristik) Counts() []int {
	return []int{k.Rtlh, k.TanpaJamban, k.TanpaListrik, k.TanpaAir, k.KKTidakBekerja, k.PutusSekolah, k.TanpaJKN, k.LansiaDisabilitas}
}

// Masalah kinds.
const (
	KindMasalah   = "masalah"
	KindKebutuhan = "kebutuhan"
)

// Masalah is a problem (permasalahan) or a need (kebutuhan) found by the assessment.
type Masalah struct {
	ID             uint   `gorm:"primaryKey" json:"id"`
	PendampinganID uint   `gorm:"not null" json:"pendampinganId"`
	Kind           string `gorm:"size:10;not null" json:"kind"`
	Description    string `gorm:"size:1000;not null" json:"description"`
	Priority       int    `gorm:"not null;default:2" json:"priority"`
	SortOrder      int    `gorm:"not null;default:0" json:"sortOrder"`
}

func (Masalah) TableName() string { return "masalah" }
