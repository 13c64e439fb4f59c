package models

import (
	"strings"
	"time"
	"unicode"
)

// Sources of a household list (see DOMAIN.md, "Poverty data sets").
const (
	SourceDTKS    = "dtks"
	SourceP3KE    = "p3ke"
	SourceDTSEN   = "dtsen"
	SourceLainnya = "lainnya"
)

// HouseholdSources lists the sources with their Indonesian labels.
var HouseholdSources = []Option{
	{SourceDTKS, "DTKS (Data Terpadu Kesejahteraan Sosial)"},
	{SourceP3KE, "P3KE (Pensasaran Percepatan Penghapusan Kemiskinan Ekstrem)"},
	{SourceDTSEN, "DTSEN (Data Tunggal Sosial Ekonomi Nasional)"},
	{SourceLainnya, "Lainnya"},
}

// ValidSource tells whether s is one of the sources.
func ValidSource(s string) bool {
	for _, o := range HouseholdSources {
		if o.Code == s {
			return true
		}
	}
	return false
}

// NIK flags: a 16-digit NIK, none, or a temporary/placeholder value kept as written.
const (
	NIKValid     = "valid"
	NIKKosong    = "kosong"
	NIKSementara = "sementara"
)

// Edisi is one import of a household list ("DTKS Oktober 2026"): several files and
// sheets may form one edition.
type Edisi struct {
	ID        uint      `gorm:"primaryKey" json:"id"`
	Name      string    `gorm:"size:100;not null;uniqueIndex" json:"name"`
	Source    string    `gorm:"size:10;not null" json:"source"`
	DataDate  string    `gorm:"size:10" json:"dataDate"` // YYYY-MM-DD, the data's date
	Files     string    `gorm:"not null;default:'[]'" json:"files"`
	Families  int       `gorm:"not null;default:0" json:"families"`
	Members   int       `gorm:"not null;default:0" json:"members"`
	RowsRead  int       `gorm:"not null;default:0" json:"rowsRead"`
	Skipped   int       `gorm:"not null;default:0" json:"skipped"`
	Note      string    `gorm:"size:500" json:"note"`
	CreatedAt time.Time `json:"createdAt"`
	// ArchivedAt is set while the edition's families and members live in ArchiveFile
	// (a compressed file beside the database) instead of the registry.
	ArchivedAt  *time.Time `json:"archivedAt"`
	ArchiveFile string     `gorm:"column:archive_file" json:"archiveFile"`
	ArchiveSize int64      `gorm:"not null;default:0" json:"archiveSize"`
}

func (Edisi) TableName() string { return "edisi" }

// Verval is the verification state shared by families and members.
type Verval struct {
	Status       *string `gorm:"size:30" json:"status"`
	StatusDate   string  `gorm:"size:10" json:"statusDate"`
	VerifierID   *uint   `json:"verifierId"`
	VerifierName string  `gorm:"size:100" json:"verifierName"`
	StatusNote   string  `gorm:"size:500" json:"statusNote"`
}

// Keluarga is a family (Kartu Keluarga) in one edition.
type Keluarga struct {
	ID       uint   `gorm:"primaryKey" json:"id"`
	EdisiID  uint   `gorm:"not null" json:"edisiId"`
	NoKK     string `gorm:"column:no_kk;size:16" json:"noKk"`
	SourceID string `gorm:"size:50" json:"sourceId"`
	DesaID   uint   `gorm:"not null" json:"desaId"`
	Address  string `gorm:"size:300" json:"address"`
	RT       string `gorm:"column:rt;size:5" json:"rt"`
	RW       string `gorm:"column:rw;size:5" json:"rw"`
	Desil    *int   `json:"desil"`
	Extra    string `json:"extra"` // JSON object of the source's other family columns
	Verval   `gorm:"embedded"`
}

func (Keluarga) TableName() string { return "keluarga" }

// Individu is a family member in one edition.
type Individu struct {
	ID           uint    `gorm:"primaryKey" json:"id"`
	KeluargaID   uint    `gorm:"not null" json:"keluargaId"`
	EdisiID      uint    `gorm:"not null;default:0" json:"edisiId"` // its family's edition (migration 10)
	NIK          *string `gorm:"column:nik;size:16" json:"nik"`
	NIKFlag      string  `gorm:"column:nik_flag;size:10;not null" json:"nikFlag"`
	SourceID     string  `gorm:"size:50" json:"sourceId"`
	Name         string  `gorm:"size:100;not null" json:"name"`
	NameNorm     string  `gorm:"size:100;not null" json:"-"`
	Relationship string  `gorm:"size:50" json:"relationship"`
	Sex          string  `gorm:"size:1" json:"sex"` // L or P
	BirthPlace   string  `gorm:"size:100" json:"birthPlace"`
	BirthDate    string  `gorm:"size:10" json:"birthDate"` // YYYY-MM-DD
	MotherName   string  `gorm:"size:100" json:"motherName"`
	Occupation   string  `gorm:"size:100" json:"occupation"`
	Education    string  `gorm:"size:100" json:"education"`
	Extra        string  `json:"extra"`
	Verval       `gorm:"embedded"`
}

func (Individu) TableName() string { return "individu" }

// StatusVerval is one verification status; the list is editable in Pengaturan.
type StatusVerval struct {
	Code      string `gorm:"primaryKey;size:30" json:"code"`
	Label     string `gorm:"size:100;not null" json:"label"`
	SortOrder int    `gorm:"not null;default:0" json:"sortOrder"`
	Builtin   bool   `gorm:"not null;default:false" json:"builtin"`
}

func (StatusVerval) TableName() string { return "status_verval" }

// PemetaanKolom remembers how the user mapped a header row (by its signature).
type PemetaanKolom struct {
	ID        uint      `gorm:"primaryKey" json:"id"`
	Source    string    `gorm:"size:10;not null" json:"source"`
	Signature string    `gorm:"size:64;not null;uniqueIndex" json:"signature"`
	Headers   string    `gorm:"not null" json:"headers"` // JSON array of normalised headers
	Mapping   string    `gorm:"not null" json:"mapping"` // JSON array: field key per column
	UpdatedAt time.Time `json:"updatedAt"`
}

func (PemetaanKolom) TableName() string { return "pemetaan_kolom" }

// PenerimaManfaat is a member picked as a beneficiary of an activity, from the month
// they first benefited.
type PenerimaManfaat struct {
	ID         uint      `gorm:"primaryKey" json:"id"`
	KegiatanID uint      `gorm:"not null" json:"kegiatanId"`
	IndividuID uint      `gorm:"not null" json:"individuId"`
	Month      int       `gorm:"not null" json:"month"`
	Note       string    `gorm:"size:500" json:"note"`
	CreatedAt  time.Time `json:"createdAt"`
}

func (PenerimaManfaat) TableName() string { return "penerima_manfaat" }

// MaskNIK hides the middle of a NIK or No KK for lists and exports:
// "3320010101800001" → "3320xxxxxxxx0001". Values shorter than 9 characters are
// masked entirely except their first two.
func MaskNIK(s string) string {
	if s == "" {
		return ""
	}
	if len(s) < 9 {
		if len(s) <= 2 {
			return strings.Repeat("x", len(s))
		}
		return s[:2] + strings.Repeat("x", len(s)-2)
	}
	return s[:4] + strings.Repeat("x", len(s)-8) + s[len(s)-4:]
}

// NormalizeName folds a person's name for searching: upper case, letters and digits
// only, single spaces ("  Siti  Rahayu, S.Pd" → "SITI RAHAYU S PD").
func NormalizeName(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToUpper(r))
			continue
		}
		if r == '\'' || r == '`' || r == '’' {
			continue // "Ma'ruf" → "MARUF"
		}
		space = true
	}
	return b.String()
}

// EdisiDesa is a village's totals in an edition, written by the import.
type EdisiDesa struct {
	EdisiID  uint `gorm:"primaryKey;autoIncrement:false" json:"edisiId"`
	DesaID   uint `gorm:"primaryKey;autoIncrement:false" json:"desaId"`
	Families int  `gorm:"not null;default:0" json:"families"`
	Members  int  `gorm:"not null;default:0" json:"members"`
	Desil12  int  `gorm:"column:desil12;not null;default:0" json:"desil12"`
}

func (EdisiDesa) TableName() string { return "edisi_desa" }
