package models

import "time"

// LaporanOPD is the receipt of an OPD's realisation for one month by a filled template.
type LaporanOPD struct {
	ID         uint      `gorm:"primaryKey" json:"id"`
	OPDID      uint      `gorm:"column:opd_id;not null" json:"opdId"`
	Year       int       `gorm:"not null" json:"year"`
	Month      int       `gorm:"not null" json:"month"`
	File       string    `gorm:"not null" json:"file"`
	Entries    int       `gorm:"not null;default:0" json:"entries"`
	ReceivedAt time.Time `gorm:"not null" json:"receivedAt"`
}

func (LaporanOPD) TableName() string { return "laporan_opd" }

// BatasDesa is a village's boundary (a GeoJSON geometry) for the dashboard's map.
type BatasDesa struct {
	DesaID      uint      `gorm:"primaryKey;autoIncrement:false" json:"desaId"`
	Geometry    string    `gorm:"not null" json:"geometry"`
	FeatureName string    `json:"featureName"`
	ImportedAt  time.Time `gorm:"not null" json:"importedAt"`
}

func (BatasDesa) TableName() string { return "batas_desa" }
