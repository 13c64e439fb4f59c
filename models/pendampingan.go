package models

import "time"

// Partner kinds (mitra pendamping).
var MitraKinds = []string{"Perguruan Tinggi", "CSR/Swasta", "BUMN/BUMD", "Lembaga Masyarakat", "Lainnya"}

// Mitra is a companion that is not a government agency: a university, a CSR partner, ...
type Mitra struct {
	ID          uint      `gorm:"primaryKey" json:"id"`
	Name        string    `gorm:"size:200;uniqueIndex;not null" json:"name"`
	Kind        string    `gorm:"size:30;not null" json:"kind"`
	ContactName string    `gorm:"size:100" json:"contactName"`
	Phone       string    `gorm:"size:30" json:"phone"`
	Email       string    `gorm:"size:100" json:"email"`
	Address     string    `gorm:"size:300" json:"address"`
	Note        string    `gorm:"size:500" json:"note"`
	CreatedAt   time.Time `json:"createdAt"`
	UpdatedAt   time.Time `json:"updatedAt"`
}

func (Mitra) TableName() string { return "mitra" }

// Pendampingan pairs one priority village with its lead OPD for one programme year.
type Pendampingan struct {
	ID           uint      `gorm:"primaryKey" json:"id"`
	Year         int       `gorm:"not null" json:"year"`
	DesaID       uint      `gorm:"not null" json:"desaId"`
	OPDID        uint      `gorm:"column:opd_id;not null" json:"opdId"`
	SecondReason string    `gorm:"size:500" json:"secondReason"`
	Note         string    `gorm:"size:500" json:"note"`
	CreatedAt    time.Time `json:"createdAt"`
	UpdatedAt    time.Time `json:"updatedAt"`
}

func (Pendampingan) TableName() string { return "pendampingan" }

// Team roles.
const (
	RoleKoordinator = "koordinator"
	RoleAnggota     = "anggota"
)

// AnggotaTim is one member of a pairing's team.
type AnggotaTim struct {
	ID             uint   `gorm:"primaryKey" json:"id"`
	PendampinganID uint   `gorm:"not null" json:"pendampinganId"`
	Role           string `gorm:"size:20;not null" json:"role"`
	Name           string `gorm:"size:100;not null" json:"name"`
	NIP            string `gorm:"column:nip;size:18" json:"nip"`
	Rank           string `gorm:"size:100" json:"rank"`
	Position       string `gorm:"size:150" json:"position"`
	SortOrder      int    `gorm:"not null;default:0" json:"sortOrder"`
}

func (AnggotaTim) TableName() string { return "anggota_tim" }

// PendampinganMitra links a partner to a pairing as a companion.
type PendampinganMitra struct {
	ID             uint   `gorm:"primaryKey" json:"id"`
	PendampinganID uint   `gorm:"not null" json:"pendampinganId"`
	MitraID        uint   `gorm:"not null" json:"mitraId"`
	Role           string `gorm:"size:200" json:"role"`
}

func (PendampinganMitra) TableName() string { return "pendampingan_mitra" }
