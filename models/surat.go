package models

import "time"

// Letter types.
const (
	SuratKeputusan = "keputusan"   // Keputusan Bupati with the pairing lampiran
	SuratTugas     = "surat_tugas" // Surat Tugas for one OPD's team
)

// Letter statuses.
const (
	StatusDraf   = "draf"
	StatusTerbit = "terbit"
	StatusBatal  = "batal"
)

// PolaNomor is the numbering pattern of a letter type, e.g. "{klasifikasi}/{nomor}/{tahun}".
type PolaNomor struct {
	ID          uint   `gorm:"primaryKey" json:"id"`
	Type        string `gorm:"size:30;uniqueIndex;not null" json:"type"`
	Pattern     string `gorm:"size:200;not null" json:"pattern"`
	Klasifikasi string `gorm:"size:30" json:"klasifikasi"`
	Unit        string `gorm:"size:50" json:"unit"`
	Padding     int    `gorm:"not null;default:0" json:"padding"`
}

func (PolaNomor) TableName() string { return "pola_nomor" }

// NomorSurat is a number taken in a type's yearly sequence, by the app or by hand.
type NomorSurat struct {
	ID        uint      `gorm:"primaryKey" json:"id"`
	Type      string    `gorm:"size:30;not null" json:"type"`
	Year      int       `gorm:"not null" json:"year"`
	Seq       int       `gorm:"not null" json:"seq"`
	Number    string    `gorm:"size:200;not null" json:"number"`
	Source    string    `gorm:"size:20;not null" json:"source"` // aplikasi, manual
	SuratID   *uint     `json:"suratId"`
	Note      string    `gorm:"size:300" json:"note"`
	CreatedAt time.Time `json:"createdAt"`
}

func (NomorSurat) TableName() string { return "nomor_surat" }

// Surat is a letter: a draft, or an issued (frozen) one with its number and PDF.
type Surat struct {
	ID             uint       `gorm:"primaryKey" json:"id"`
	Type           string     `gorm:"size:30;not null" json:"type"`
	Year           int        `gorm:"not null" json:"year"`
	OPDID          *uint      `gorm:"column:opd_id" json:"opdId"`
	Status         string     `gorm:"size:10;not null" json:"status"`
	Number         string     `gorm:"size:200" json:"number"`
	Seq            int        `json:"seq"`
	Subject        string     `gorm:"size:500;not null" json:"subject"`
	LetterDate     *time.Time `json:"letterDate"`
	Place          string     `gorm:"size:100" json:"place"`
	Paper          string     `gorm:"size:5;not null;default:F4" json:"paper"`
	SignatoryRole  string     `gorm:"size:30" json:"signatoryRole"`
	SignatoryTitle string     `gorm:"size:150" json:"signatoryTitle"`
	SignatoryName  string     `gorm:"size:100" json:"signatoryName"`
	SignatoryRank  string     `gorm:"size:100" json:"signatoryRank"`
	SignatoryNIP   string     `gorm:"column:signatory_nip;size:18" json:"signatoryNip"`
	PDFPath        string     `gorm:"column:pdf_path;size:500" json:"pdfPath"`
	ShortCode      string     `gorm:"size:20" json:"shortCode"`
	QRPayload      string     `gorm:"column:qr_payload;size:1000" json:"qrPayload"`
	CancelReason   string     `gorm:"size:500" json:"cancelReason"`
	CreatedAt      time.Time  `json:"createdAt"`
	UpdatedAt      time.Time  `json:"updatedAt"`
}

func (Surat) TableName() string { return "surat" }

// TemplateSurat is one editable fixed text of a letter type (e.g. keputusan/menimbang).
type TemplateSurat struct {
	ID   uint   `gorm:"primaryKey" json:"id"`
	Type string `gorm:"size:30;not null;uniqueIndex:ux_template" json:"type"`
	Part string `gorm:"size:30;not null;uniqueIndex:ux_template" json:"part"`
	Text string `gorm:"not null" json:"text"`
}

func (TemplateSurat) TableName() string { return "template_surat" }
