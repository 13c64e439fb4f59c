// Package realization records what each activity achieved month by month (volume,
// money per funding source, physical progress, beneficiaries, problems and follow-up)
// and keeps the evidence files (photos, PDF) in the data folder with thumbnails.
package realization

import (
	"context"
	"errors"
	"fmt"
	"math"
	"strings"
	"time"

	"gorm.io/gorm"

	"sidamping/models"
	"sidamping/services/common"
	"sidamping/services/plan"
)

// Error codes the UI translates.
const (
	CodeInvalid          = "realization.invalid"
	CodeMonthOutsideYear = "realization.month_outside_year"
	CodeFutureMonth      = "realization.future_month"
	CodeProgressRange    = "realization.progress_range"
	CodeNegativeAmount   = "realization.negative_amount"
	CodeNotFound         = "realization.not_found"
	CodeActivityNotFound = "realization.activity_not_found"
)

// Service records realisation.
type Service struct {
	db      *gorm.DB
	clock   common.Clock
	dataDir string
}

// New builds the service; evidence files are kept under dataDir/bukti.
func New(db *gorm.DB, clock common.Clock, dataDir string) *Service {
	if clock == nil {
		clock = common.SystemClock{}
	}
	return &Service{db: db, clock: clock, dataDir: dataDir}
}

// EntryInput is one month's realisation of an activity. Volume and Money are what was
// achieved and spent in the month; Progress and the beneficiaries are the cumulative
// state at the end of the month.
type EntryInput struct {
	KegiatanID   uint              `json:"kegiatanId"`
	Year         int               `json:"year"` // optional; when given it must be the pairing's year
	Month        int               `json:"month"`
	Status       string            `json:"status"`
	Volume       float64           `json:"volume"`
	Progress     float64           `json:"progress"`
	Households   int               `json:"households"`
	People       int               `json:"people"`
	Kendala      string            `json:"kendala"`
	TindakLanjut string            `json:"tindakLanjut"`
	Money        []plan.BudgetLine `json:"money"`
}

// Entry is a stored month with its money and evidence.
type Entry struct {
	models.Realisasi
	Money    []plan.BudgetLine `json:"money"`
	Spent    int64             `json:"spent"`
	Evidence []models.Bukti    `json:"evidence"`
}

// activityYear is the activity with its programme year.
type activityYear struct {
	ID             uint
	Name           string
	PendampinganID uint
	Year           int
}

func loadActivity(tx *gorm.DB, id uint) (activityYear, error) {
	var rows []activityYear
	if err := tx.Raw(`SELECT k.id, k.name, k.pendampingan_id, p.year FROM kegiatan k JOIN pendampingan p ON p.id = k.pendampingan_id
		WHERE k.id = ?`, id).Scan(&rows).Error; err != nil {
		return activityYear{}, err
	}
	if len(rows) == 0 {
		return activityYear{}, models.NotFound(CodeActivityNotFound, "Kegiatan tidak ditemukan.")
	}
	return rows[0], nil
}

// Validate checks an entry against its programme year and the clock; it is shared by
// the form and the OPD template import. It normalises the texts, status and money.
func Validate(in *EntryInput, year int, now time.Time) error {
	nowMonth := int(now.Month())
	fe := models.FieldErrors{}
	code := CodeInvalid
	if in.Year != 0 && in.Year != year {
		fe.Add("month", fmt.Sprintf("Realisasi tahun %d tidak dapat dicatat pada kegiatan tahun program %d.", in.Year, year))
		code = CodeMonthOutsideYear
	}
	switch {
	case in.Month < 1 || in.Month > 12:
		fe.Add("month", fmt.Sprintf("Bulan %d di luar tahun program %d; pilih Januari sampai Desember.", in.Month, year))
		code = CodeMonthOutsideYear
	case year > now.Year() || (year == now.Year() && in.Month > nowMonth):
		fe.Add("month", fmt.Sprintf("Bulan %s %d belum berjalan; realisasi hanya dapat dicatat sampai bulan ini.", common.BulanIndonesia[in.Month-1], year))
		if code == CodeInvalid {
			code = CodeFutureMonth
		}
	}
	if math.IsNaN(in.Progress) || in.Progress < 0 || in.Progress > 100 {
		fe.Add("progress", fmt.Sprintf("Progres fisik %.4g%% tidak sah; isi 0 sampai 100.", in.Progress))
		if code == CodeInvalid {
			code = CodeProgressRange
		}
	}
	if math.IsNaN(in.Volume) || in.Volume < 0 {
		fe.Add("volume", "Volume realisasi tidak boleh negatif.")
	}
	if in.Households < 0 || in.People < 0 {
		fe.Add("beneficiaries", "Jumlah penerima manfaat tidak boleh negatif.")
	}
	if in.Status == "" {
		in.Status = "berjalan"
		if in.Progress >= 100 {
			in.Status = "selesai"
		}
	}
	if !models.ValidOption(models.ActivityStatuses, in.Status) {
		fe.Add("status", fmt.Sprintf("Status %q tidak dikenal.", in.Status))
	}
	in.Kendala = strings.TrimSpace(in.Kendala)
	in.TindakLanjut = strings.TrimSpace(in.TindakLanjut)
	merged := map[string]int64{}
	for _, m := range in.Money {
		switch {
		case !models.ValidOption(models.FundingSources, m.Source):
			fe.Add("money", fmt.Sprintf("Sumber dana %q tidak dikenal.", m.Source))
		case m.Amount < 0:
			fe.Add("money", fmt.Sprintf("Dana terpakai %s tidak boleh negatif (%s).", models.OptionLabel(models.FundingSources, m.Source), common.Rupiah(m.Amount)))
			code = CodeNegativeAmount
		default:
			merged[m.Source] += m.Amount
		}
	}
	in.Money = in.Money[:0]
	for _, o := range models.FundingSources {
		if v, ok := merged[o.Code]; ok && v > 0 {
			in.Money = append(in.Money, plan.BudgetLine{Source: o.Code, Label: o.Label, Amount: v})
		}
	}
	if len(fe) > 0 {
		return fe.Err(code)
	}
	return nil
}

// SaveMonth records (or replaces) an activity's realisation for a month.
func (s *Service) SaveMonth(ctx context.Context, in EntryInput) (Entry, error) {
	var id uint
	err := s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		a, err := loadActivity(tx, in.KegiatanID)
		if err != nil {
			return err
		}
		now := s.clock.Now()
		if err := Validate(&in, a.Year, now); err != nil {
			return err
		}
		id, err = Upsert(tx, in)
		return err
	})
	if err != nil {
		return Entry{}, err
	}
	return s.entry(ctx, id)
}

// Upsert writes a validated entry inside tx and returns the realisasi id.
func Upsert(tx *gorm.DB, in EntryInput) (uint, error) {
	var r models.Realisasi
	err := tx.Where("kegiatan_id = ? AND month = ?", in.KegiatanID, in.Month).First(&r).Error
	if err != nil && !errors.Is(err, gorm.ErrRecordNotFound) {
		return 0, err
	}
	r.KegiatanID, r.Month, r.Status = in.KegiatanID, in.Month, in.Status
	r.Volume, r.Progress = in.Volume, in.Progress
	r.BeneficiaryHouseholds, r.BeneficiaryPeople = in.Households, in.People
	r.Kendala, r.TindakLanjut = in.Kendala, in.TindakLanjut
	if err := tx.Save(&r).Error; err != nil {
		return 0, err
	}
	if err := tx.Where("realisasi_id = ?", r.ID).Delete(&models.RealisasiDana{}).Error; err != nil {
		return 0, err
	}
	for _, m := range in.Money {
		if err := tx.Create(&models.RealisasiDana{RealisasiID: r.ID, Source: m.Source, Amount: m.Amount}).Error; err != nil {
			return 0, err
		}
	}
	return r.ID, SyncBeneficiaryCounts(tx, in.KegiatanID, true)
}

// Months lists an activity's entries in month order.
func (s *Service) Months(ctx context.Context, kegiatanID uint) ([]Entry, error) {
	db := s.db.WithContext(ctx)
	if _, err := loadActivity(db, kegiatanID); err != nil {
		return nil, err
	}
	var rs []models.Realisasi
	if err := db.Where("kegiatan_id = ?", kegiatanID).Order("month").Find(&rs).Error; err != nil {
		return nil, err
	}
	out := make([]Entry, 0, len(rs))
	for _, r := range rs {
		e, err := s.fill(db, r)
		if err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, nil
}

func (s *Service) entry(ctx context.Context, id uint) (Entry, error) {
	db := s.db.WithContext(ctx)
	var r models.Realisasi
	if err := db.First(&r, id).Error; err != nil {
		return Entry{}, models.NotFound(CodeNotFound, "Realisasi tidak ditemukan.")
	}
	return s.fill(db, r)
}

func (s *Service) fill(db *gorm.DB, r models.Realisasi) (Entry, error) {
	e := Entry{Realisasi: r, Money: []plan.BudgetLine{}, Evidence: []models.Bukti{}}
	var ds []models.RealisasiDana
	if err := db.Where("realisasi_id = ?", r.ID).Find(&ds).Error; err != nil {
		return e, err
	}
	for _, o := range models.FundingSources {
		for _, d := range ds {
			if d.Source == o.Code {
				e.Money = append(e.Money, plan.BudgetLine{Source: d.Source, Label: o.Label, Amount: d.Amount})
				e.Spent += d.Amount
			}
		}
	}
	return e, db.Where("realisasi_id = ?", r.ID).Order("id").Find(&e.Evidence).Error
}

// DeleteMonth removes a month's entry with its money and evidence rows; the evidence
// files are removed after the commit.
func (s *Service) DeleteMonth(ctx context.Context, id uint) error {
	var files []models.Bukti
	err := s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		var r models.Realisasi
		if err := tx.First(&r, id).Error; err != nil {
			return models.NotFound(CodeNotFound, "Realisasi tidak ditemukan.")
		}
		if err := tx.Where("realisasi_id = ?", id).Find(&files).Error; err != nil {
			return err
		}
		return tx.Delete(&r).Error
	})
	if err == nil {
		for _, b := range files {
			s.removeFiles(b)
		}
	}
	return err
}
