package models

import (
	"math/bits"
	"time"
)

// Option is one entry of a fixed list: a stable code stored in the database and the
// Indonesian label the forms, workbooks and letters show.
type Option struct {
	Code  string `json:"code"`
	Label string `json:"label"`
}

// OptionLabel returns the label of code in opts, or code itself when unknown.
func OptionLabel(opts []Option, code string) string {
	for _, o := range opts {
		if o.Code == code {
			return o.Label
		}
	}
	return code
}

// ValidOption tells whether code is one of opts.
func ValidOption(opts []Option, code string) bool {
	for _, o := range opts {
		if o.Code == code {
			return true
		}
	}
	return false
}

// Strategies are the four strategies of the province's poverty-reduction policy; every
// activity of an action plan follows one of them.
var Strategies = []Option{
	{"beban", "Mengurangi beban pengeluaran masyarakat miskin"},
	{"pendapatan", "Meningkatkan kemampuan dan pendapatan masyarakat miskin"},
	{"umkm", "Mengembangkan dan menjamin keberlanjutan usaha mikro dan kecil"},
	{"sinergi", "Mensinergikan kebijakan dan program penanggulangan kemiskinan"},
}

// TargetGroups are who an activity is for.
var TargetGroups = []Option{
	{"rumah_tangga", "Rumah tangga desil 1-2"},
	{"individu", "Individu"},
	{"kelompok", "Kelompok/UMKM"},
	{"sarana", "Sarana desa"},
}

// FundingSources are where an activity's money comes from; an activity may have several.
var FundingSources = []Option{
	{"apbn", "APBN"},
	{"apbd_prov", "APBD Provinsi"},
	{"apbd_kab", "APBD Kabupaten"},
	{"dana_desa", "Dana Desa"},
	{"csr", "CSR/TJSLP"},
	{"baznas", "Baznas/UPZ"},
	{"swadaya", "Swadaya masyarakat"},
	{"lainnya", "Lainnya (non-APBD)"},
}

// MonthMask is a set of months of the programme year: bit 0 is January, bit 11 December.
type MonthMask uint16

// AllMonths is January to December.
const AllMonths MonthMask = 1<<12 - 1

// MaskOf builds a mask from month numbers (1-12); others are ignored.
func MaskOf(months ...int) MonthMask {
	var m MonthMask
	for _, x := range months {
		if x >= 1 && x <= 12 {
			m |= 1 << (x - 1)
		}
	}
	return m
}

// Has tells whether month (1-12) is in the set.
func (m MonthMask) Has(month int) bool { return month >= 1 && month <= 12 && m&(1<<(month-1)) != 0 }

// Months lists the months in the set, in order.
func (m MonthMask) Months() []int {
	out := []int{}
	for x := 1; x <= 12; x++ {
		if m.Has(x) {
			out = append(out, x)
		}
	}
	return out
}

// Count is the number of months in the set.
func (m MonthMask) Count() int { return bits.OnesCount16(uint16(m & AllMonths)) }

// CountUpTo is the number of months in the set up to and including month.
func (m MonthMask) CountUpTo(month int) int {
	if month <= 0 {
		return 0
	}
	if month > 12 {
		month = 12
	}
	return bits.OnesCount16(uint16(m & (1<<month - 1)))
}

// Last is the last month in the set (0 when empty).
func (m MonthMask) Last() int { return bits.Len16(uint16(m & AllMonths)) }

// Kegiatan is one activity of a pairing's action plan (Rencana Aksi).
type Kegiatan struct {
	ID              uint      `gorm:"primaryKey" json:"id"`
	PendampinganID  uint      `gorm:"not null" json:"pendampinganId"`
	Strategy        string    `gorm:"size:20;not null" json:"strategy"`
	Name            string    `gorm:"size:300;not null" json:"name"`
	Description     string    `gorm:"size:2000" json:"description"`
	TargetGroup     string    `gorm:"size:20;not null" json:"targetGroup"`
	TargetVolume    float64   `gorm:"not null;default:0" json:"targetVolume"`
	TargetUnit      string    `gorm:"size:50" json:"targetUnit"`
	ExecutorOPDID   *uint     `gorm:"column:executor_opd_id" json:"executorOpdId"`
	PlannedMonths   MonthMask `gorm:"not null;default:0" json:"plannedMonths"`
	OutputIndicator string    `gorm:"size:500" json:"outputIndicator"`
	SortOrder       int       `gorm:"not null;default:0" json:"sortOrder"`
	CopiedFromID    *uint     `gorm:"column:copied_from_id" json:"copiedFromId"`
	CreatedAt       time.Time `json:"createdAt"`
	UpdatedAt       time.Time `json:"updatedAt"`
}

func (Kegiatan) TableName() string { return "kegiatan" }

// KegiatanAnggaran is the planned budget of an activity from one funding source.
type KegiatanAnggaran struct {
	ID         uint   `gorm:"primaryKey" json:"id"`
	KegiatanID uint   `gorm:"not null" json:"kegiatanId"`
	Source     string `gorm:"size:20;not null" json:"source"`
	Amount     int64  `gorm:"not null;default:0" json:"amount"`
}

func (KegiatanAnggaran) TableName() string { return "kegiatan_anggaran" }

// KegiatanMitra is a partner (mitra) taking part in an activity, with its contribution.
type KegiatanMitra struct {
	ID           uint   `gorm:"primaryKey" json:"id"`
	KegiatanID   uint   `gorm:"not null" json:"kegiatanId"`
	MitraID      uint   `gorm:"not null" json:"mitraId"`
	Contribution string `gorm:"size:500" json:"contribution"`
	Amount       int64  `gorm:"not null;default:0" json:"amount"`
}

func (KegiatanMitra) TableName() string { return "kegiatan_mitra" }

// KegiatanKebutuhan links an activity to a need (kebutuhan) of the assessment it answers.
type KegiatanKebutuhan struct {
	KegiatanID uint `gorm:"primaryKey;autoIncrement:false" json:"kegiatanId"`
	MasalahID  uint `gorm:"primaryKey;autoIncrement:false" json:"masalahId"`
}

func (KegiatanKebutuhan) TableName() string { return "kegiatan_kebutuhan" }

func init() {
	for k, v := range map[string]string{
		"asesmen":            "asesmen",
		"potensi_desa":       "potensi desa (Form 1)",
		"potensi_pantau":     "pemantauan potensi (Form 3)",
		"karakteristik":      "karakteristik rumah tangga (Form 2/4)",
		"masalah":            "permasalahan/kebutuhan",
		"kegiatan":           "kegiatan rencana aksi",
		"kegiatan_anggaran":  "anggaran kegiatan",
		"kegiatan_mitra":     "mitra kegiatan",
		"kegiatan_kebutuhan": "kebutuhan yang dijawab kegiatan",
		"realisasi":          "realisasi bulanan",
		"realisasi_dana":     "realisasi dana",
		"bukti":              "berkas bukti",
		"evaluasi":           "evaluasi semester",
	} {
		TableLabels[k] = v
	}
}
