package assessment

import (
	"context"
	"fmt"
	"strings"

	"gorm.io/gorm"

	"sidamping/models"
)

// SaveCharacteristics saves Form 2 (semester 0, the baseline scan) or Form 4 (semester 1
// or 2, monitoring) of a pairing. No count may be negative or exceed the number of poor
// households.
func (s *Service) SaveCharacteristics(ctx context.Context, pid uint, semester int, in models.Karakteristik) (models.Karakteristik, error) {
	if semester < 0 || semester > 2 {
		return in, models.Invalid(CodeSemester, "semester", fmt.Sprintf("Semester %d tidak sah; 0 untuk Form 2, 1 atau 2 untuk Form 4.", semester))
	}
	fe := models.FieldErrors{}
	code := CodeInvalid
	in.Source = models.CleanText(in.Source)
	if !validDate(in.ScannedOn) {
		fe.Add("scannedOn", fmt.Sprintf("Tanggal scanning %q tidak sah (TTTT-BB-HH).", in.ScannedOn))
	}
	if in.TotalPoor < 0 {
		fe.Add("totalPoor", "Jumlah rumah tangga miskin tidak boleh negatif.")
		code = CodeNegative
	}
	for i, n := range in.Counts() {
		label := models.Characteristics[i].Label
		switch {
		case n < 0:
			fe.Add(models.Characteristics[i].Code, fmt.Sprintf("%s tidak boleh negatif.", label))
			code = CodeNegative
		case n > in.TotalPoor:
			fe.Add(models.Characteristics[i].Code, fmt.Sprintf("%s (%d) melebihi jumlah rumah tangga miskin (%d).", label, n, in.TotalPoor))
			if code == CodeInvalid {
				code = CodeCountTooHigh
			}
		}
	}
	if err := fe.Err(code); err != nil {
		return in, err
	}
	var out models.Karakteristik
	err := s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if _, err := loadPairing(tx, pid); err != nil {
			return err
		}
		tx.Where("pendampingan_id = ? AND semester = ?", pid, semester).Limit(1).Find(&out)
		id := out.ID
		out = in
		out.ID, out.PendampinganID, out.Semester = id, pid, semester
		return tx.Save(&out).Error
	})
	return out, err
}

// Monitoring is a semester's Form 3 and Form 4 of a pairing.
type Monitoring struct {
	Semester   int                  `json:"semester"`
	Potentials []PotentialProgress  `json:"potentials"` // Form 3
	Form4      models.Karakteristik `json:"form4"`
	Changes    []Change             `json:"changes"` // Form 4 against Form 2
}

// PotentialProgress is a Form 1 potential with its Form 3 entry for the semester.
type PotentialProgress struct {
	Potential models.PotensiDesa   `json:"potential"`
	Progress  models.PotensiPantau `json:"progress"`
}

// Change is one characteristic at the baseline (Form 2) and in a semester (Form 4).
type Change struct {
	Code     string  `json:"code"`
	Label    string  `json:"label"`
	Baseline int     `json:"baseline"`
	Current  int     `json:"current"`
	Change   int     `json:"change"`   // Current - Baseline (negative is good)
	Percent  float64 `json:"percent"`  // Change against Baseline, percent
	Recorded bool    `json:"recorded"` // Form 4 exists
}

// GetMonitoring returns Form 3 and Form 4 of a semester with the changes against Form 2.
func (s *Service) GetMonitoring(ctx context.Context, pid uint, semester int) (Monitoring, error) {
	if semester != 1 && semester != 2 {
		return Monitoring{}, models.Invalid(CodeSemester, "semester", "Pilih semester 1 atau 2.")
	}
	db := s.db.WithContext(ctx)
	if _, err := loadPairing(db, pid); err != nil {
		return Monitoring{}, err
	}
	m := Monitoring{Semester: semester, Potentials: []PotentialProgress{}, Form4: models.Karakteristik{PendampinganID: pid, Semester: semester}}
	var pots []models.PotensiDesa
	if err := db.Where("pendampingan_id = ?", pid).Order("sort_order, id").Find(&pots).Error; err != nil {
		return m, err
	}
	var pps []models.PotensiPantau
	if err := db.Raw(`SELECT pp.* FROM potensi_pantau pp JOIN potensi_desa pd ON pd.id = pp.potensi_id
		WHERE pd.pendampingan_id = ? AND pp.semester = ?`, pid, semester).Scan(&pps).Error; err != nil {
		return m, err
	}
	for _, p := range pots {
		pp := models.PotensiPantau{PotensiID: p.ID, Semester: semester, Quantity: p.Quantity}
		for _, x := range pps {
			if x.PotensiID == p.ID {
				pp = x
			}
		}
		m.Potentials = append(m.Potentials, PotentialProgress{Potential: p, Progress: pp})
	}
	db.Where("pendampingan_id = ? AND semester = ?", pid, semester).Limit(1).Find(&m.Form4)
	var err error
	m.Changes, err = s.Compare(ctx, pid, semester)
	return m, err
}

// Compare sets Form 4 of a semester against Form 2, the total of poor households first.
func (s *Service) Compare(ctx context.Context, pid uint, semester int) ([]Change, error) {
	var ks []models.Karakteristik
	if err := s.db.WithContext(ctx).Where("pendampingan_id = ? AND semester IN (0, ?)", pid, semester).Find(&ks).Error; err != nil {
		return nil, err
	}
	var base, cur models.Karakteristik
	recorded := false
	for _, k := range ks {
		if k.Semester == 0 {
			base = k
		} else {
			cur, recorded = k, true
		}
	}
	codes := append([]models.Option{{Code: "total", Label: "Jumlah rumah tangga miskin"}}, models.Characteristics...)
	b := append([]int{base.TotalPoor}, base.Counts()...)
	c := append([]int{cur.TotalPoor}, cur.Counts()...)
	out := make([]Change, len(codes))
	for i, o := range codes {
		out[i] = Change{Code: o.Code, Label: o.Label, Baseline: b[i], Current: c[i], Recorded: recorded}
		if recorded {
			out[i].Change = c[i] - b[i]
			if b[i] > 0 {
				out[i].Percent = float64(out[i].Change) * 100 / float64(b[i])
			}
		}
	}
	return out, nil
}

// SaveForm3 records the semester progress of the pairing's potentials (Form 3).
func (s *Service) SaveForm3(ctx context.Context, pid uint, semester int, items []models.PotensiPantau) error {
	if semester != 1 && semester != 2 {
		return models.Invalid(CodeSemester, "semester", "Pilih semester 1 atau 2.")
	}
	return s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if _, err := loadPairing(tx, pid); err != nil {
			return err
		}
		for i, it := range items {
			var p models.PotensiDesa
			if err := tx.Where("id = ? AND pendampingan_id = ?", it.PotensiID, pid).First(&p).Error; err != nil {
				return models.NotFound(CodeInvalid, fmt.Sprintf("Baris %d: potensi tidak ditemukan pada desa ini.", i+1))
			}
			if it.Quantity < 0 {
				return models.Invalid(CodeNegative, "quantity", fmt.Sprintf("Baris %d (%s): jumlah tidak boleh negatif.", i+1, p.Name))
			}
			var cur models.PotensiPantau
			tx.Where("potensi_id = ? AND semester = ?", p.ID, semester).Limit(1).Find(&cur)
			cur.PotensiID, cur.Semester, cur.Quantity = p.ID, semester, it.Quantity
			cur.Progress, cur.Note = strings.TrimSpace(it.Progress), strings.TrimSpace(it.Note)
			if err := tx.Save(&cur).Error; err != nil {
				return err
			}
		}
		return nil
	})
}
