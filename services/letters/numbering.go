package letters

import (
	"context"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"gorm.io/gorm"

	"sidamping/models"
	"sidamping/services/common"
)

// DefaultPatterns are the numbering patterns a new installation starts with.
var DefaultPatterns = []models.PolaNomor{
	{Type: models.SuratKeputusan, Pattern: "{klasifikasi}/{nomor}/{tahun}", Klasifikasi: "400.9"},
	{Type: models.SuratTugas, Pattern: "{klasifikasi}/{nomor:3}/{unit}/{bulan_romawi}/{tahun}", Klasifikasi: "000.1.2.3", Unit: "Bappeda"},
}

var rePatternToken = regexp.MustCompile(`\{([a-z_]+)(?::(\d+))?\}`)

// patternTokens are the placeholders a numbering pattern may use.
var patternTokens = map[string]bool{"klasifikasi": true, "nomor": true, "tahun": true, "bulan_romawi": true, "bulan": true, "unit": true}

// ValidatePattern checks a numbering pattern: known placeholders only, and {nomor} present.
func ValidatePattern(p models.PolaNomor) error {
	if strings.TrimSpace(p.Pattern) == "" {
		return models.Invalid("numbering.pattern_empty", "pattern", "Pola nomor wajib diisi.")
	}
	hasNomor := false
	for _, m := range rePatternToken.FindAllStringSubmatch(p.Pattern, -1) {
		if !patternTokens[m[1]] {
			return models.Invalid("numbering.unknown_placeholder", "pattern",
				fmt.Sprintf("Pola nomor memuat isian tidak dikenal {%s}; yang tersedia: {klasifikasi}, {nomor}, {nomor:3}, {tahun}, {bulan}, {bulan_romawi}, {unit}.", m[1]))
		}
		hasNomor = hasNomor || m[1] == "nomor"
	}
	if rest := rePatternToken.ReplaceAllString(p.Pattern, ""); strings.ContainsAny(rest, "{}") {
		return models.Invalid("numbering.bad_brace", "pattern", fmt.Sprintf("Pola nomor %q memuat kurung kurawal yang tidak lengkap.", p.Pattern))
	}
	if !hasNomor {
		return models.Invalid("numbering.no_counter", "pattern", "Pola nomor harus memuat {nomor}.")
	}
	if p.Padding < 0 || p.Padding > 6 {
		return models.Invalid("numbering.padding", "padding", "Jumlah digit nomor harus antara 0 dan 6.")
	}
	return nil
}

// FormatNumber fills a pattern for sequence seq on date.
func FormatNumber(p models.PolaNomor, seq int, date time.Time) string {
	return rePatternToken.ReplaceAllStringFunc(p.Pattern, func(tok string) string {
		m := rePatternToken.FindStringSubmatch(tok)
		switch m[1] {
		case "klasifikasi":
			return p.Klasifikasi
		case "unit":
			return p.Unit
		case "tahun":
			return strconv.Itoa(date.Year())
		case "bulan":
			return fmt.Sprintf("%02d", int(date.Month()))
		case "bulan_romawi":
			return common.Romawi(int(date.Month()))
		case "nomor":
			pad := p.Padding
			if m[2] != "" {
				pad, _ = strconv.Atoi(m[2])
			}
			return fmt.Sprintf("%0*d", pad, seq)
		}
		return tok
	})
}

// Pattern returns the numbering pattern of a letter type (the default when none is saved).
func (s *Service) Pattern(ctx context.Context, typ string) (models.PolaNomor, error) {
	return patternTx(s.db.WithContext(ctx), typ)
}

func patternTx(tx *gorm.DB, typ string) (models.PolaNomor, error) {
	var rows []models.PolaNomor
	if err := tx.Where("type = ?", typ).Limit(1).Find(&rows).Error; err != nil {
		return models.PolaNomor{}, err
	}
	if len(rows) == 1 {
		return rows[0], nil
	}
	for _, p := range DefaultPatterns {
		if p.Type == typ {
			return p, nil
		}
	}
	return models.PolaNomor{}, models.NotFound("letters.unknown_type", fmt.Sprintf("Jenis surat %q tidak dikenal.", typ))
}

// SavePattern stores a letter type's numbering pattern.
func (s *Service) SavePattern(ctx context.Context, p models.PolaNomor) (models.PolaNomor, error) {
	if _, err := s.Pattern(ctx, p.Type); err != nil {
		return p, err
	}
	p.Pattern = strings.TrimSpace(p.Pattern)
	p.Klasifikasi = models.CleanText(p.Klasifikasi)
	p.Unit = models.CleanText(p.Unit)
	if err := ValidatePattern(p); err != nil {
		return p, err
	}
	err := s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		var existing models.PolaNomor
		if err := tx.Where("type = ?", p.Type).Limit(1).Find(&existing).Error; err != nil {
			return err
		}
		p.ID = existing.ID
		return tx.Save(&p).Error
	})
	return p, err
}

// nextSeq is the next free number: one past the highest the app issued, skipping any
// number recorded by hand.
func nextSeq(tx *gorm.DB, typ string, year int) (int, error) {
	var last int
	if err := tx.Raw(`SELECT COALESCE(MAX(seq),0) FROM nomor_surat WHERE type = ? AND year = ? AND source = 'aplikasi'`, typ, year).Scan(&last).Error; err != nil {
		return 0, err
	}
	var taken []int
	if err := tx.Raw(`SELECT seq FROM nomor_surat WHERE type = ? AND year = ? AND seq > ? ORDER BY seq`, typ, year, last).Scan(&taken).Error; err != nil {
		return 0, err
	}
	next := last + 1
	for _, t := range taken {
		if t == next {
			next++
		} else if t > next {
			break
		}
	}
	return next, nil
}

// reserveNumber takes the next number of typ for the letter inside tx (the caller's write
// transaction serialises concurrent issues; the unique indexes are the last guard).
func reserveNumber(tx *gorm.DB, p models.PolaNomor, year int, date time.Time, suratID uint) (int, string, error) {
	seq, err := nextSeq(tx, p.Type, year)
	if err != nil {
		return 0, "", err
	}
	number := FormatNumber(p, seq, date)
	var clash int64
	tx.Model(&models.NomorSurat{}).Where("number = ?", number).Count(&clash)
	if clash > 0 {
		return 0, "", models.Conflict("numbering.number_taken", fmt.Sprintf("Nomor %s sudah terpakai; periksa pola nomor.", number))
	}
	id := suratID
	row := models.NomorSurat{Type: p.Type, Year: year, Seq: seq, Number: number, Source: "aplikasi", SuratID: &id}
	if err := tx.Create(&row).Error; err != nil {
		return 0, "", err
	}
	return seq, number, nil
}

// ManualNumberInput records a number taken by hand outside the app.
type ManualNumberInput struct {
	Type   string `json:"type"`
	Year   int    `json:"year"`
	Seq    int    `json:"seq"`
	Number string `json:"number"`
	Note   string `json:"note"`
}

// RecordManualNumber records a hand-taken number so the counter skips it.
func (s *Service) RecordManualNumber(ctx context.Context, in ManualNumberInput) (models.NomorSurat, error) {
	p, err := s.Pattern(ctx, in.Type)
	if err != nil {
		return models.NomorSurat{}, err
	}
	if in.Seq <= 0 {
		return models.NomorSurat{}, models.Invalid("numbering.seq", "seq", "Nomor urut harus bilangan bulat positif.")
	}
	if in.Year < 2000 || in.Year > 2100 {
		return models.NomorSurat{}, models.Invalid("numbering.year", "year", fmt.Sprintf("Tahun %d tidak wajar.", in.Year))
	}
	number := strings.TrimSpace(in.Number)
	if number == "" {
		number = FormatNumber(p, in.Seq, time.Date(in.Year, 1, 1, 0, 0, 0, 0, time.Local))
	}
	row := models.NomorSurat{Type: in.Type, Year: in.Year, Seq: in.Seq, Number: number, Source: "manual", Note: models.CleanText(in.Note)}
	err = s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		var used []models.NomorSurat
		tx.Where("(type = ? AND year = ? AND seq = ?) OR number = ?", in.Type, in.Year, in.Seq, number).Find(&used)
		if len(used) > 0 {
			return models.Conflict("numbering.number_taken", fmt.Sprintf(
				"Nomor urut %d tahun %d (%s) sudah terpakai (%s).", in.Seq, in.Year, used[0].Number, sourceLabel(used[0].Source)))
		}
		return tx.Create(&row).Error
	})
	return row, err
}

func sourceLabel(src string) string {
	if src == "manual" {
		return "dicatat manual"
	}
	return "diterbitkan aplikasi"
}

// ListNumbers lists the numbers taken for a type and year.
func (s *Service) ListNumbers(ctx context.Context, typ string, year int) ([]models.NomorSurat, error) {
	var rows []models.NomorSurat
	err := s.db.WithContext(ctx).Where("type = ? AND year = ?", typ, year).Order("seq").Find(&rows).Error
	return rows, err
}
