package models

import "time"

// Categories of an orphan (see DOMAIN.md, "Orphans"): father died (yatim), mother died
// (piatu), both (yatim piatu).
const (
	OrphanYatim      = "yatim"
	OrphanPiatu      = "piatu"
	OrphanYatimPiatu = "yatim_piatu"
)

// OrphanCategories lists the categories with their Indonesian labels.
var OrphanCategories = []Option{{OrphanYatim, "Yatim"}, {OrphanPiatu, "Piatu"}, {OrphanYatimPiatu, "Yatim Piatu"}}

// OrphanCategory derives the category from which parent(s) died; "" when neither.
func OrphanCategory(fatherDied, motherDied bool) string {
	switch {
	case fatherDied && motherDied:
		return OrphanYatimPiatu
	case fatherDied:
		return OrphanYatim
	case motherDied:
		return OrphanPiatu
	}
	return ""
}

// School statuses of a child.
var SchoolStatuses = []Option{
	{"belum_sekolah", "Belum sekolah"}, {"sd", "SD/MI"}, {"smp", "SMP/MTs"}, {"sma", "SMA/SMK/MA"},
	{"putus_sekolah", "Putus sekolah"}, {"tidak_sekolah", "Tidak sekolah"},
}

// ChildNeeds are the needs a child's assessment can name.
var ChildNeeds = []Option{
	{"pendidikan", "Pendidikan"}, {"kesehatan", "Kesehatan"}, {"gizi", "Gizi"}, {"rumah", "Rumah"},
	{"dokumen", "Dokumen (akta kelahiran, KK, KIA)"},
}

// Kinds of foster parent: persons and institutions.
var FosterKinds = []Option{
	{"asn", "ASN perangkat daerah"}, {"warga", "Warga"}, {"pengusaha", "Pengusaha"},
	{"baznas", "Baznas/UPZ"}, {"csr", "Perusahaan (CSR)"}, {"pesantren", "Pesantren"},
	{"masjid", "Masjid"}, {"universitas", "Perguruan tinggi"},
}

// FosterIsPerson tells whether a foster kind is a person (else an institution).
func FosterIsPerson(kind string) bool { return kind == "asn" || kind == "warga" || kind == "pengusaha" }

// AnakYatim is one child in the orphans registry. NIK and No KK are 16-digit text.
type AnakYatim struct {
	ID               uint      `gorm:"primaryKey" json:"id"`
	DesaID           uint      `gorm:"not null" json:"desaId"`
	Name             string    `gorm:"size:100;not null" json:"name"`
	NIK              *string   `gorm:"column:nik;size:16" json:"-"`
	Sex              string    `gorm:"size:1;not null" json:"sex"`
	BirthDate        string    `gorm:"size:10;not null" json:"birthDate"`
	FatherDied       bool      `gorm:"not null;default:false" json:"fatherDied"`
	FatherDeathDate  string    `gorm:"size:10" json:"fatherDeathDate"`
	MotherDied       bool      `gorm:"not null;default:false" json:"motherDied"`
	MotherDeathDate  string    `gorm:"size:10" json:"motherDeathDate"`
	Category         string    `gorm:"size:12;not null" json:"category"`
	GuardianName     string    `gorm:"size:100" json:"guardianName"`
	GuardianRelation string    `gorm:"size:50" json:"guardianRelation"`
	GuardianPhone    string    `gorm:"size:30" json:"guardianPhone"`
	NoKK             *string   `gorm:"column:no_kk;size:16" json:"-"`
	Address          string    `gorm:"size:300" json:"address"`
	School           string    `gorm:"size:20;not null" json:"school"`
	JKN              bool      `gorm:"column:jkn;not null;default:false" json:"jkn"`
	Disability       string    `gorm:"size:200" json:"disability"`
	Needs            string    `gorm:"size:200" json:"needs"` // comma-separated ChildNeeds codes
	Note             string    `gorm:"size:1000" json:"note"`
	CreatedAt        time.Time `json:"createdAt"`
	UpdatedAt        time.Time `json:"updatedAt"`
}

func (AnakYatim) TableName() string { return "anak_yatim" }

// AsesmenAnak is one needs assessment of a child; the newest counts.
type AsesmenAnak struct {
	ID         uint      `gorm:"primaryKey" json:"id"`
	AnakID     uint      `gorm:"not null" json:"anakId"`
	AssessedOn string    `gorm:"size:10;not null" json:"assessedOn"`
	Assessor   string    `gorm:"size:100" json:"assessor"`
	Needs      string    `gorm:"size:200" json:"needs"`
	Note       string    `gorm:"size:1000" json:"note"`
	CreatedAt  time.Time `json:"createdAt"`
}

func (AsesmenAnak) TableName() string { return "asesmen_anak" }

// OrangTuaAsuh is a foster parent: a person (ASN, resident, entrepreneur) or an
// institution, with what it commits for a period. Capacity is how many children it
// can support at the same time.
type OrangTuaAsuh struct {
	ID            uint      `gorm:"primaryKey" json:"id"`
	Kind          string    `gorm:"size:20;not null" json:"kind"`
	Name          string    `gorm:"size:200;not null" json:"name"`
	OPDID         *uint     `gorm:"column:opd_id" json:"opdId"`
	KecamatanID   *uint     `json:"kecamatanId"`
	ContactPerson string    `gorm:"size:100" json:"contactPerson"`
	Phone         string    `gorm:"size:30" json:"phone"`
	Address       string    `gorm:"size:300" json:"address"`
	MoneyPerMonth int64     `gorm:"not null;default:0" json:"moneyPerMonth"`
	SchoolCosts   bool      `gorm:"not null;default:false" json:"schoolCosts"`
	InKind        string    `gorm:"size:300" json:"inKind"`
	Mentoring     bool      `gorm:"not null;default:false" json:"mentoring"`
	Capacity      int       `gorm:"not null;default:1" json:"capacity"`
	PeriodStart   string    `gorm:"size:10;not null" json:"periodStart"`
	PeriodEnd     string    `gorm:"size:10" json:"periodEnd"`
	Note          string    `gorm:"size:1000" json:"note"`
	CreatedAt     time.Time `json:"createdAt"`
	UpdatedAt     time.Time `json:"updatedAt"`
}

func (OrangTuaAsuh) TableName() string { return "orang_tua_asuh" }

// Pengasuhan matches a child with a foster parent from Start to End (open when empty).
// An ended match stays as the child's history.
type Pengasuhan struct {
	ID          uint      `gorm:"primaryKey" json:"id"`
	AnakID      uint      `gorm:"not null" json:"anakId"`
	OTAID       uint      `gorm:"column:ota_id;not null" json:"otaId"`
	StartDate   string    `gorm:"size:10;not null" json:"startDate"`
	EndDate     string    `gorm:"size:10" json:"endDate"`
	Support     string    `gorm:"size:300" json:"support"`
	AmountMonth int64     `gorm:"not null;default:0" json:"amountMonth"`
	EndReason   string    `gorm:"size:300" json:"endReason"`
	CreatedAt   time.Time `json:"createdAt"`
}

func (Pengasuhan) TableName() string { return "pengasuhan" }

// Penyaluran is one delivery of a match: a month, money or goods, and an optional
// evidence photo (path relative to the data folder).
type Penyaluran struct {
	ID           uint      `gorm:"primaryKey" json:"id"`
	PengasuhanID uint      `gorm:"not null" json:"pengasuhanId"`
	Month        string    `gorm:"size:7;not null" json:"month"` // YYYY-MM
	DeliveredOn  string    `gorm:"size:10" json:"deliveredOn"`
	Amount       int64     `gorm:"not null;default:0" json:"amount"`
	InKind       string    `gorm:"size:300" json:"inKind"`
	Note         string    `gorm:"size:500" json:"note"`
	PhotoName    string    `gorm:"size:255" json:"photoName"`
	PhotoPath    string    `gorm:"size:500" json:"photoPath"`
	ThumbPath    string    `gorm:"size:500" json:"thumbPath"`
	CreatedAt    time.Time `json:"createdAt"`
}

func (Penyaluran) TableName() string { return "penyaluran" }

// LogEksporAnak records every export that named children: who, when, what.
type LogEksporAnak struct {
	ID       uint      `gorm:"primaryKey" json:"id"`
	At       time.Time `gorm:"not null" json:"at"`
	UserName string    `gorm:"size:100;not null" json:"userName"`
	What     string    `gorm:"size:300;not null" json:"what"`
	Scope    string    `gorm:"size:200" json:"scope"`
	Rows     int       `gorm:"not null;default:0" json:"rows"`
	Path     string    `gorm:"size:500" json:"path"`
	Channel  string    `gorm:"size:20;not null" json:"channel"` // aplikasi or cli
}

func (LogEksporAnak) TableName() string { return "log_ekspor_anak" }
