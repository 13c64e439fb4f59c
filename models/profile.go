package models

import (
	"strings"
	"time"
)

// Kinds of region (Profil.RegionKind): a regency is headed by a Bupati, a city by a Wali Kota.
const (
	RegionKabupaten = "Kabupaten"
	RegionKota      = "Kota"
)

// Profil is the regency profile: one row (ID 1). The kind (Kabupaten/Kota) and the bare
// name ("Grobogan") are stored apart; RegionTitle joins them.
type Profil struct {
	ID          uint      `gorm:"primaryKey" json:"id"`
	RegionKind  string    `gorm:"size:20;not null;default:Kabupaten" json:"regionKind"`
	RegencyName string    `gorm:"size:100;not null" json:"regencyName"` // without "Kabupaten"/"Kota"
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

// regionPrefixes are the ways a kind is written in front of a name, longest first.
var regionPrefixes = []struct{ prefix, kind string }{
	{"kabupaten ", RegionKabupaten}, {"kab. ", RegionKabupaten}, {"kab.", RegionKabupaten}, {"kab ", RegionKabupaten},
	{"kota ", RegionKota},
}

// SplitRegionName takes a kind written in front of a name off it: "Kabupaten Grobogan"
// gives ("Kabupaten", "Grobogan"), "Kota Semarang" gives ("Kota", "Semarang"), "Kab. Blora"
// gives ("Kabupaten", "Blora"); a bare name gives ("", name).
func SplitRegionName(name string) (kind, bare string) {
	name = strings.TrimSpace(name)
	low := strings.ToLower(name)
	for _, p := range regionPrefixes {
		if strings.HasPrefix(low, p.prefix) && len(strings.TrimSpace(name[len(p.prefix):])) > 0 {
			return p.kind, strings.TrimSpace(name[len(p.prefix):])
		}
	}
	return "", name
}

// Kind is the region's kind, Kabupaten unless Kota.
func (p Profil) Kind() string {
	if strings.EqualFold(p.RegionKind, RegionKota) {
		return RegionKota
	}
	return RegionKabupaten
}

// BareName is the bare name even when an old profile still holds "Kabupaten X".
func (p Profil) BareName() string {
	if _, bare := SplitRegionName(p.RegencyName); bare != "" {
		return bare
	}
	return strings.TrimSpace(p.RegencyName)
}

// RegionTitle is "Kabupaten Grobogan" or "Kota Semarang" ("" when no name is set). Every
// text that names the region builds it here, never by prefixing the name itself.
func (p Profil) RegionTitle() string {
	if p.BareName() == "" {
		return ""
	}
	return p.Kind() + " " + p.BareName()
}

// HeadTitle is the head of the region: "Bupati Grobogan" or "Wali Kota Semarang".
func (p Profil) HeadTitle() string {
	head := "Bupati"
	if p.Kind() == RegionKota {
		head = "Wali Kota"
	}
	return strings.TrimSpace(head + " " + p.BareName())
}

// Government is "Pemerintah Kabupaten Grobogan".
func (p Profil) Government() string { return strings.TrimSpace("Pemerintah " + p.RegionTitle()) }

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
