package models

import "time"

// Profil is the regency profile: one row (ID 1).
type Profil struct {
	ID          uint      `gorm:"primaryKey" json:"id"`
	RegencyName string    `gorm:"size:100;not null" json:"regencyName"`
	Province    string    `gorm:"size:100;not null" json:"province"`
	RegencyCode string    `gorm:"size:5;not null" json:"regencyCode"`
	Capital     string    `gorm:"size:100" json:"capital"`
	OfficeName  string    `gorm:"size:200" json:"officeName"`
	Address     string    `gorm:"size:300" json:"address"`
	Phone       string    `gorm:"size:50" json:"phone"`
	Email       string    `gorm:"size:100" json:"email"`
	Website     string    `gorm:"size:100" json:"website"`
	Letterhead  string    `gorm:"size:1000" json:"letterhead"`
	LogoMime    string    `gorm:"size:20" json:"logoMime"`
	Logo        []byte    `json:"-"`
	UpdatedAt   time.Time `json:"updatedAt"`
}

func (Profil) TableName() string { return "profil" }

// Signatory roles.
const (
	RoleBupati        = "bupati"
	RoleWakilBupati   = "wakil_bupati"
	RoleSekda         = "sekda"
	RoleKepalaBappeda = "kepala_bappeda"
)

// SignatoryRoles lists the roles in display order with their Indonesian titles.
var SignatoryRoles = []struct{ Role, Title string }{
	{RoleBupati, "Bupati"},
	{RoleWakilBupati, "Wakil Bupati (Ketua TKPK)"},
	{RoleSekda, "Sekretaris Daerah"},
	{RoleKepalaBappeda, "Kepala Bappeda"},
}

// Penandatangan is a signatory of the regency's letters.
type Penandatangan struct {
	ID    uint   `gorm:"primaryKey" json:"id"`
	Role  string `gorm:"size:30;uniqueIndex;not null" json:"role"`
	Title string `gorm:"size:100;not null" json:"title"`
	Name  string `gorm:"size:100" json:"name"`
	Rank  string `gorm:"size:100" json:"rank"`
	NIP   string `gorm:"column:nip;size:18" json:"nip"`
}

func (Penandatangan) TableName() string { return "penandatangan" }
