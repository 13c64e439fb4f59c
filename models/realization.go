package models

import "time"

// ActivityStatuses are the states of an activity in a month, as typed in the OPD template.
var ActivityStatuses = []Option{
	{"belum", "Belum dimulai"},
	{"berjalan", "Sedang berjalan"},
	{"selesai", "Selesai"},
	{"tertunda", "Tertunda"},
}

// Realisasi is one month's realisation of an activity. Volume and money are what was
// achieved or spent in that month; Progress (physical, 0-100 %) and the beneficiaries are
// the cumulative state at the end of the month.
type Realisasi struct {
	ID                    uint      `gorm:"primaryKey" json:"id"`
	KegiatanID            uint      `gorm:"not null" json:"kegiatanId"`
	Month                 int       `gorm:"not null" json:"month"`
	Status                string    `gorm:"size:20;not null;default:berjalan" json:"status"`
	Volume                float64   `gorm:"not null;default:0" json:"volume"`
	Progress              float64   `gorm:"not null;default:0" json:"progress"`
	BeneficiaryHouseholds int       `gorm:"not null;default:0" json:"beneficiaryHouseholds"`
	BeneficiaryPeople     int       `gorm:"not null;default:0" json:"beneficiaryPeople"`
	Kendala               string    `gorm:"size:2000" json:"kendala"`
	TindakLanjut          string    `gorm:"size:2000" json:"tindakLanjut"`
	CreatedAt             time.Time `json:"createdAt"`
	UpdatedAt             time.Time `json:"updatedAt"`
}

func (Realisasi) TableName() string { return "realisasi" }

// RealisasiDana is the money an activity spent in a month from one funding source.
type RealisasiDana struct {
	ID          uint   `gorm:"primaryKey" json:"id"`
	RealisasiID uint   `gorm:"not null" json:"realisasiId"`
	Source      string `gorm:"size:20;not null" json:"source"`
	Amount      int64  `gorm:"not null;default:0" json:"amount"`
}

func (RealisasiDana) TableName() string { return "realisasi_dana" }

// Bukti is an evidence file (photo or PDF) of a month's realisation. Path and ThumbPath
// are relative to the data folder, with forward slashes.
type Bukti struct {
	ID          uint      `gorm:"primaryKey" json:"id"`
	RealisasiID uint      `gorm:"not null" json:"realisasiId"`
	FileName    string    `gorm:"size:255;not null" json:"fileName"`
	Path        string    `gorm:"size:500;not null" json:"path"`
	ThumbPath   string    `gorm:"size:500" json:"thumbPath"`
	Mime        string    `gorm:"size:50;not null" json:"mime"`
	Size        int64     `gorm:"not null" json:"size"`
	SHA256      string    `gorm:"column:sha256;size:64;not null" json:"sha256"`
	Caption     string    `gorm:"size:500" json:"caption"`
	CreatedAt   time.Time `json:"createdAt"`
}

func (Bukti) TableName() string { return "bukti" }

// Evaluasi is a pairing's evaluation for one semester (1 or 2). Scores run from 1 (poor)
// to 5 (very good); 0 means not scored.
type Evaluasi struct {
	ID              uint      `gorm:"primaryKey" json:"id"`
	PendampinganID  uint      `gorm:"not null" json:"pendampinganId"`
	Semester        int       `gorm:"not null" json:"semester"`
	EvaluatedOn     string    `gorm:"size:10" json:"evaluatedOn"` // YYYY-MM-DD
	Evaluator       string    `gorm:"size:200" json:"evaluator"`
	ScoreLokasi     int       `gorm:"not null;default:0" json:"scoreLokasi"`
	ScoreSasaran    int       `gorm:"not null;default:0" json:"scoreSasaran"`
	ScoreManfaat    int       `gorm:"not null;default:0" json:"scoreManfaat"`
	ScoreKolaborasi int       `gorm:"not null;default:0" json:"scoreKolaborasi"`
	Findings        string    `gorm:"size:4000" json:"findings"`
	Recommendations string    `gorm:"size:4000" json:"recommendations"`
	NarasiLokasi    string    `gorm:"size:4000" json:"narasiLokasi"`  // "" = the text from the targeting check
	NarasiSasaran   string    `gorm:"size:4000" json:"narasiSasaran"` // idem
	CreatedAt       time.Time `json:"createdAt"`
	UpdatedAt       time.Time `json:"updatedAt"`
}

func (Evaluasi) TableName() string { return "evaluasi" }

// SemesterOf gives the semester (1 or 2) of a month.
func SemesterOf(month int) int {
	if month <= 6 {
		return 1
	}
	return 2
}
