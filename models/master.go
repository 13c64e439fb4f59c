package models

import "time"

// Kecamatan is a district of the regency (Kemendagri code "33.20.01").
type Kecamatan struct {
	ID        uint      `gorm:"primaryKey" json:"id"`
	Code      string    `gorm:"size:8;uniqueIndex;not null" json:"code"`
	Name      string    `gorm:"size:100;not null" json:"name"`
	CreatedAt time.Time `json:"createdAt"`
	UpdatedAt time.Time `json:"updatedAt"`
}

func (Kecamatan) TableName() string { return "kecamatan" }

// Village kinds, derived from the 4th segment of the code (1xxx kelurahan, 2xxx desa).
const (
	KindDesa      = "desa"
	KindKelurahan = "kelurahan"
)

// IDM (Indeks Desa Membangun) statuses.
var IDMStatuses = []string{"Sangat Tertinggal", "Tertinggal", "Berkembang", "Maju", "Mandiri"}

// Desa is a village (desa) or urban village (kelurahan).
type Desa struct {
	ID             uint       `gorm:"primaryKey" json:"id"`
	Code           string     `gorm:"size:13;uniqueIndex;not null" json:"code"`
	Name           string     `gorm:"size:100;not null" json:"name"`
	Kind           string     `gorm:"size:10;not null;default:desa" json:"kind"`
	KecamatanID    uint       `gorm:"not null;index" json:"kecamatanId"`
	Kecamatan      *Kecamatan `gorm:"constraint:OnDelete:RESTRICT" json:"kecamatan,omitempty"`
	Population     int        `gorm:"not null;default:0" json:"population"`
	Households     int        `gorm:"not null;default:0" json:"households"`
	PoorHouseholds int        `gorm:"not null;default:0" json:"poorHouseholds"`
	PovertyPct     float64    `gorm:"not null;default:0" json:"povertyPct"`
	IDMStatus      string     `gorm:"column:idm_status;size:20" json:"idmStatus"`
	CreatedAt      time.Time  `json:"createdAt"`
	UpdatedAt      time.Time  `json:"updatedAt"`
}

func (Desa) TableName() string { return "desa" }

// KindFromCode derives desa/kelurahan from a village code, or "" when unknown.
func KindFromCode(code string) string {
	if !ValidVillageCode(code) {
		return ""
	}
	switch code[len(code)-4] {
	case '1':
		return KindKelurahan
	case '2':
		return KindDesa
	}
	return ""
}

// DesaTahun holds a village's flags for one programme year.
type DesaTahun struct {
	ID           uint  `gorm:"primaryKey" json:"id"`
	DesaID       uint  `gorm:"not null;uniqueIndex:ux_desa_tahun" json:"desaId"`
	Desa         *Desa `gorm:"constraint:OnDelete:CASCADE" json:"-"`
	Year         int   `gorm:"not null;uniqueIndex:ux_desa_tahun;index" json:"year"`
	Priority     bool  `gorm:"not null;default:false" json:"priority"`
	Continuation bool  `gorm:"not null;default:false" json:"continuation"`
}

func (DesaTahun) TableName() string { return "desa_tahun" }

// OPD kinds.
var OPDKinds = []string{"Dinas", "Badan", "Bagian Setda", "Kecamatan", "Perguruan Tinggi", "Lainnya"}

// OPD is a regional government agency (Organisasi Perangkat Daerah) or another companion.
type OPD struct {
	ID           uint      `gorm:"primaryKey" json:"id"`
	Code         string    `gorm:"size:30;uniqueIndex;not null" json:"code"`
	Name         string    `gorm:"size:200;not null" json:"name"`
	Abbreviation string    `gorm:"size:50" json:"abbreviation"`
	Kind         string    `gorm:"size:30;not null" json:"kind"`
	HeadName     string    `gorm:"size:100" json:"headName"`
	HeadRank     string    `gorm:"size:100" json:"headRank"`
	HeadNIP      string    `gorm:"column:head_nip;size:18" json:"headNip"`
	Address      string    `gorm:"size:300" json:"address"`
	Phone        string    `gorm:"size:30" json:"phone"`
	Email        string    `gorm:"size:100" json:"email"`
	CreatedAt    time.Time `json:"createdAt"`
	UpdatedAt    time.Time `json:"updatedAt"`
}

func (OPD) TableName() string { return "opd" }

// TahunProgram is a programme year; exactly one is active.
type TahunProgram struct {
	ID     uint   `gorm:"primaryKey" json:"id"`
	Year   int    `gorm:"uniqueIndex;not null" json:"year"`
	Active bool   `gorm:"not null;default:false" json:"active"`
	Note   string `gorm:"size:300" json:"note"`
}

func (TahunProgram) TableName() string { return "tahun_program" }

// AppMeta is a small key/value table: the application id, settings, dates.
type AppMeta struct {
	Key   string `gorm:"primaryKey;size:64"`
	Value string `gorm:"not null"`
}

func (AppMeta) TableName() string { return "app_meta" }

// AppID is stored in app_meta so a restore can tell a SiDamping database from others.
const AppID = "SiDamping"
