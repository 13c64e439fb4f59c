// Package assessment keeps a pairing's initial assessment (asesmen awal): Form 1
// (village potentials), Form 2 (rapid scan of poor households' characteristics), the
// problems and needs found, and the semester monitoring of both (Form 3 and Form 4).
package assessment

import (
	"context"
	"fmt"
	"math"
	"strings"
	"time"

	"gorm.io/gorm"

	"sidamping/models"
	"sidamping/services/common"
)

// Error codes.
const (
	CodeInvalid         = "assessment.invalid"
	CodePairingNotFound = "assessment.pairing_not_found"
	CodeSemester        = "assessment.semester"
	CodeCountTooHigh    = "assessment.count_above_total"
	CodeNegative        = "assessment.negative"
)

// Service is the assessment service.
type Service struct {
	db    *gorm.DB
	clock common.Clock
}

// New builds the service.
func New(db *gorm.DB, clock common.Clock) *Service {
	if clock == nil {
		clock = common.SystemClock{}
	}
	return &Service{db: db, clock: clock}
}

// Need is a need with the activities that answer it.
type Need struct {
	models.Masalah
	Activities []LinkedActivity `json:"activities"`
}

// LinkedActivity names an activity linked to a need.
type LinkedActivity struct {
	ID   uint   `json:"id"`
	Name string `json:"name"`
}

// Assessment is a pairing's whole assessment.
type Assessment struct {
	PendampinganID uint                 `json:"pendampinganId"`
	Year           int                  `json:"year"`
	DesaName       string               `json:"desaName"`
	KecamatanName  string               `json:"kecamatanName"`
	OPDName        string               `json:"opdName"`
	Head           models.Asesmen       `json:"head"`
	Potentials     []models.PotensiDesa `json:"potentials"`
	Form2          models.Karakteristik `json:"form2"`
	Problems       []models.Masalah     `json:"problems"`
	Needs          []Need               `json:"needs"`
}

type head struct {
	ID                               uint
	Year                             int
	DesaName, KecamatanName, OPDName string
}

func loadPairing(db *gorm.DB, id uint) (head, error) {
	var rows []head
	if err := db.Raw(`SELECT p.id, p.year, d.name AS desa_name, k.name AS kecamatan_name, o.name AS opd_name
		FROM pendampingan p JOIN desa d ON d.id = p.desa_id JOIN kecamatan k ON k.id = d.kecamatan_id
		JOIN opd o ON o.id = p.opd_id WHERE p.id = ?`, id).Scan(&rows).Error; err != nil {
		return head{}, err
	}
	if len(rows) == 0 {
		return head{}, models.NotFound(CodePairingNotFound, "Pendampingan tidak ditemukan.")
	}
	return rows[0], nil
}

// Get returns a pairing's assessment (empty parts when not filled yet).
func (s *Service) Get(ctx context.Context, pid uint) (Assessment, error) {
	db := s.db.WithContext(ctx)
	h, err := loadPairing(db, pid)
	if err != nil {
		return Assessment{}, err
	}
	a := Assessment{PendampinganID: pid, Year: h.Year, DesaName: h.DesaName, KecamatanName: h.KecamatanName, OPDName: h.OPDName,
		Head: models.Asesmen{PendampinganID: pid}, Form2: models.Karakteristik{PendampinganID: pid},
		Potentials: []models.PotensiDesa{}, Problems: []models.Masalah{}, Needs: []Need{}}
	db.Where("pendampingan_id = ?", pid).Limit(1).Find(&a.Head)
	db.Where("pendampingan_id = ? AND semester = 0", pid).Limit(1).Find(&a.Form2)
	if err := db.Where("pendampingan_id = ?", pid).Order("sort_order, id").Find(&a.Potentials).Error; err != nil {
		return a, err
	}
	var ms []models.Masalah
	if err := db.Where("pendampingan_id = ?", pid).Order("priority, sort_order, id").Find(&ms).Error; err != nil {
		return a, err
	}
	var links []struct {
		MasalahID uint
		ID        uint
		Name      string
	}
	if err := db.Raw(`SELECT kk.masalah_id, k.id, k.name FROM kegiatan_kebutuhan kk JOIN kegiatan k ON k.id = kk.kegiatan_id
		JOIN masalah m ON m.id = kk.masalah_id WHERE m.pendampingan_id = ? ORDER BY k.sort_order, k.id`, pid).Scan(&links).Error; err != nil {
		return a, err
	}
	for _, m := range ms {
		if m.Kind == models.KindMasalah {
			a.Problems = append(a.Problems, m)
			continue
		}
		n := Need{Masalah: m, Activities: []LinkedActivity{}}
		for _, l := range links {
			if l.MasalahID == m.ID {
				n.Activities = append(n.Activities, LinkedActivity{ID: l.ID, Name: l.Name})
			}
		}
		a.Needs = append(a.Needs, n)
	}
	return a, nil
}

// validDate accepts "" or a YYYY-MM-DD date.
func validDate(s string) bool {
	if s == "" {
		return true
	}
	_, err := time.Parse("2006-01-02", s)
	return err == nil
}

// SaveHead saves the assessment's date, assessor and note.
func (s *Service) SaveHead(ctx context.Context, pid uint, in models.Asesmen) (models.Asesmen, error) {
	in.Assessor, in.Note = models.CleanText(in.Assessor), strings.TrimSpace(in.Note)
	if !validDate(in.AssessedOn) {
		return in, models.Invalid(CodeInvalid, "assessedOn", fmt.Sprintf("Tanggal asesmen %q tidak sah (TTTT-BB-HH).", in.AssessedOn))
	}
	var out models.Asesmen
	err := s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if _, err := loadPairing(tx, pid); err != nil {
			return err
		}
		tx.Where("pendampingan_id = ?", pid).Limit(1).Find(&out)
		out.PendampinganID, out.AssessedOn, out.Assessor, out.Note = pid, in.AssessedOn, in.Assessor, in.Note
		return tx.Save(&out).Error
	})
	return out, err
}

// SavePotentials replaces Form 1: items with an ID are updated, new ones added, the
// rest removed (with their Form 3 monitoring).
func (s *Service) SavePotentials(ctx context.Context, pid uint, items []models.PotensiDesa) ([]models.PotensiDesa, error) {
	var problems []string
	for i := range items {
		p := &items[i]
		p.Name, p.Unit, p.Description = models.CleanText(p.Name), models.CleanText(p.Unit), strings.TrimSpace(p.Description)
		row := i + 1
		if p.Name == "" {
			problems = append(problems, fmt.Sprintf("Baris %d: nama potensi wajib diisi.", row))
		}
		if !models.ValidOption(models.PotentialCategories, p.Category) {
			problems = append(problems, fmt.Sprintf("Baris %d: kategori %q tidak dikenal.", row, p.Category))
		}
		if p.Quantity < 0 || math.IsNaN(p.Quantity) {
			problems = append(problems, fmt.Sprintf("Baris %d: jumlah tidak boleh negatif.", row))
		}
		p.SortOrder, p.PendampinganID = row, pid
	}
	if len(problems) > 0 {
		return nil, models.Invalid(CodeInvalid, "potentials", problems[0]).WithDetails(problems)
	}
	err := s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if _, err := loadPairing(tx, pid); err != nil {
			return err
		}
		return replaceRows(tx, pid, items, func(p *models.PotensiDesa) *uint { return &p.ID })
	})
	return items, err
}

// SaveIssues replaces the problems and needs: items with an ID are updated, new ones
// added, the rest removed (with their links to activities).
func (s *Service) SaveIssues(ctx context.Context, pid uint, items []models.Masalah) ([]models.Masalah, error) {
	var problems []string
	for i := range items {
		m := &items[i]
		m.Description = strings.TrimSpace(m.Description)
		if m.Description == "" {
			problems = append(problems, fmt.Sprintf("Baris %d: uraian wajib diisi.", i+1))
		}
		if m.Kind != models.KindMasalah && m.Kind != models.KindKebutuhan {
			problems = append(problems, fmt.Sprintf("Baris %d: jenis harus masalah atau kebutuhan.", i+1))
		}
		if m.Priority == 0 {
			m.Priority = 2
		}
		if m.Priority < 1 || m.Priority > 3 {
			problems = append(problems, fmt.Sprintf("Baris %d: prioritas %d tidak sah (1 tinggi, 2 sedang, 3 rendah).", i+1, m.Priority))
		}
		m.SortOrder, m.PendampinganID = i+1, pid
	}
	if len(problems) > 0 {
		return nil, models.Invalid(CodeInvalid, "issues", problems[0]).WithDetails(problems)
	}
	err := s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if _, err := loadPairing(tx, pid); err != nil {
			return err
		}
		return replaceRows(tx, pid, items, func(p *models.Masalah) *uint { return &p.ID })
	})
	return items, err
}

// replaceRows saves a pairing's rows of one table: an item keeps its ID only when that row
// belongs to the pairing (otherwise it is added), and the pairing's other rows are deleted.
func replaceRows[T any](tx *gorm.DB, pid uint, items []T, id func(*T) *uint) error {
	var table T
	keep := []uint{0}
	for i := range items {
		p := id(&items[i])
		if *p != 0 {
			var n int64
			tx.Model(&table).Where("id = ? AND pendampingan_id = ?", *p, pid).Count(&n)
			if n == 0 {
				*p = 0
			}
		}
		if err := tx.Save(&items[i]).Error; err != nil {
			return err
		}
		keep = append(keep, *p)
	}
	return tx.Where("pendampingan_id = ? AND id NOT IN ?", pid, keep).Delete(&table).Error
}
