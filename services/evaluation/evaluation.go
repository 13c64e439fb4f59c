// Package evaluation keeps the semester evaluation of each pairing: were the
// interventions on location, on target and useful, how well did partners collaborate,
// how did the poor households' characteristics change (Form 4 against Form 2), the
// findings and the recommendations; and prints a one-pairing PDF summary.
package evaluation

import (
	"context"
	"fmt"
	"strings"
	"time"

	"gorm.io/gorm"

	"sidamping/models"
	"sidamping/services/assessment"
	"sidamping/services/common"
	"sidamping/services/progress"
)

// Error codes.
const (
	CodeInvalid         = "evaluation.invalid"
	CodeScoreRange      = "evaluation.score_range"
	CodeSemester        = "evaluation.semester"
	CodePairingNotFound = "evaluation.pairing_not_found"
)

// ScoreLabels describe the scores 1-5 (0 is not scored).
var ScoreLabels = []string{"Belum dinilai", "Sangat kurang", "Kurang", "Cukup", "Baik", "Sangat baik"}

// Service is the evaluation service.
type Service struct {
	db       *gorm.DB
	clock    common.Clock
	assess   *assessment.Service
	progress *progress.Service
}

// New builds the service.
func New(db *gorm.DB, clock common.Clock) *Service {
	if clock == nil {
		clock = common.SystemClock{}
	}
	return &Service{db: db, clock: clock, assess: assessment.New(db, clock), progress: progress.New(db, clock)}
}

// Save records (or replaces) the evaluation of a pairing for a semester.
func (s *Service) Save(ctx context.Context, in models.Evaluasi) (models.Evaluasi, error) {
	if in.Semester != 1 && in.Semester != 2 {
		return in, models.Invalid(CodeSemester, "semester", fmt.Sprintf("Semester %d tidak sah; pilih 1 atau 2.", in.Semester))
	}
	fe := models.FieldErrors{}
	code := CodeInvalid
	for _, sc := range []struct {
		field string
		label string
		v     int
	}{{"scoreLokasi", "Tepat lokasi", in.ScoreLokasi}, {"scoreSasaran", "Tepat sasaran", in.ScoreSasaran},
		{"scoreManfaat", "Tepat manfaat", in.ScoreManfaat}, {"scoreKolaborasi", "Kolaborasi mitra", in.ScoreKolaborasi}} {
		if sc.v < 0 || sc.v > 5 {
			fe.Add(sc.field, fmt.Sprintf("Nilai %s %d tidak sah; isi 1 (sangat kurang) sampai 5 (sangat baik).", sc.label, sc.v))
			code = CodeScoreRange
		}
	}
	if in.EvaluatedOn != "" {
		if _, err := time.Parse("2006-01-02", in.EvaluatedOn); err != nil {
			fe.Add("evaluatedOn", fmt.Sprintf("Tanggal evaluasi %q tidak sah (TTTT-BB-HH).", in.EvaluatedOn))
		}
	}
	in.Evaluator = models.CleanText(in.Evaluator)
	in.Findings, in.Recommendations = strings.TrimSpace(in.Findings), strings.TrimSpace(in.Recommendations)
	in.NarasiLokasi, in.NarasiSasaran = strings.TrimSpace(in.NarasiLokasi), strings.TrimSpace(in.NarasiSasaran)
	if err := fe.Err(code); err != nil {
		return in, err
	}
	var out models.Evaluasi
	err := s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		var n int64
		tx.Model(&models.Pendampingan{}).Where("id = ?", in.PendampinganID).Count(&n)
		if n == 0 {
			return models.NotFound(CodePairingNotFound, "Pendampingan tidak ditemukan.")
		}
		tx.Where("pendampingan_id = ? AND semester = ?", in.PendampinganID, in.Semester).Limit(1).Find(&out)
		id, created := out.ID, out.CreatedAt
		out = in
		out.ID, out.CreatedAt = id, created
		return tx.Save(&out).Error
	})
	return out, err
}

// Summary is everything the evaluation screen and PDF show for one pairing and semester.
type Summary struct {
	PendampinganID uint                    `json:"pendampinganId"`
	Year           int                     `json:"year"`
	Semester       int                     `json:"semester"`
	DesaName       string                  `json:"desaName"`
	KecamatanName  string                  `json:"kecamatanName"`
	OPDName        string                  `json:"opdName"`
	Evaluation     models.Evaluasi         `json:"evaluation"`
	Average        float64                 `json:"average"` // of the scores given
	Progress       progress.Group          `json:"progress"`
	Behind         []progress.ActivityStat `json:"behind"`
	Changes        []assessment.Change     `json:"changes"`
	Ketepatan      Ketepatan               `json:"ketepatan"` // tepat lokasi / tepat sasaran from the beneficiaries
}

// Get builds the summary: the evaluation (empty when not yet made), the plan's progress
// at the semester's end and the Form 4 / Form 2 changes.
func (s *Service) Get(ctx context.Context, pid uint, semester int) (Summary, error) {
	if semester != 1 && semester != 2 {
		return Summary{}, models.Invalid(CodeSemester, "semester", "Pilih semester 1 atau 2.")
	}
	db := s.db.WithContext(ctx)
	var heads []struct {
		Year                             int
		DesaName, KecamatanName, OPDName string
	}
	db.Raw(`SELECT p.year, d.name AS desa_name, k.name AS kecamatan_name, o.name AS opd_name FROM pendampingan p
		JOIN desa d ON d.id = p.desa_id JOIN kecamatan k ON k.id = d.kecamatan_id JOIN opd o ON o.id = p.opd_id
		WHERE p.id = ?`, pid).Scan(&heads)
	if len(heads) == 0 {
		return Summary{}, models.NotFound(CodePairingNotFound, "Pendampingan tidak ditemukan.")
	}
	h := heads[0]
	sum := Summary{PendampinganID: pid, Year: h.Year, Semester: semester, DesaName: h.DesaName, KecamatanName: h.KecamatanName,
		OPDName: h.OPDName, Evaluation: models.Evaluasi{PendampinganID: pid, Semester: semester}}
	db.Where("pendampingan_id = ? AND semester = ?", pid, semester).Limit(1).Find(&sum.Evaluation)
	sum.Average = average(sum.Evaluation)
	ov, err := s.progress.Overview(ctx, progress.Filter{Year: h.Year, Month: semester * 6, PendampinganID: pid})
	if err != nil {
		return sum, err
	}
	sum.Progress, sum.Behind = ov.Totals, ov.Behind
	if sum.Changes, err = s.assess.Compare(ctx, pid, semester); err != nil {
		return sum, err
	}
	sum.Ketepatan, err = s.ketepatan(ctx, sum)
	return sum, err
}

// average is the mean of the scores given (0 when none).
func average(e models.Evaluasi) float64 {
	n, t := 0, 0
	for _, v := range []int{e.ScoreLokasi, e.ScoreSasaran, e.ScoreManfaat, e.ScoreKolaborasi} {
		if v > 0 {
			n++
			t += v
		}
	}
	if n == 0 {
		return 0
	}
	return float64(t) / float64(n)
}

// Row is one pairing in the semester's evaluation list.
type Row struct {
	PendampinganID  uint    `json:"pendampinganId"`
	KecamatanName   string  `json:"kecamatanName"`
	DesaName        string  `json:"desaName"`
	OPDName         string  `json:"opdName"`
	Evaluated       bool    `json:"evaluated"`
	ScoreLokasi     int     `json:"scoreLokasi"`
	ScoreSasaran    int     `json:"scoreSasaran"`
	ScoreManfaat    int     `json:"scoreManfaat"`
	ScoreKolaborasi int     `json:"scoreKolaborasi"`
	Average         float64 `json:"average"`
}

// List returns every pairing of the year with its evaluation for the semester, if any.
func (s *Service) List(ctx context.Context, year, semester int) ([]Row, error) {
	var rows []Row
	err := s.db.WithContext(ctx).Raw(`SELECT p.id AS pendampingan_id, k.name AS kecamatan_name, d.name AS desa_name, o.name AS opd_name,
		e.id IS NOT NULL AS evaluated, COALESCE(e.score_lokasi, 0) AS score_lokasi, COALESCE(e.score_sasaran, 0) AS score_sasaran,
		COALESCE(e.score_manfaat, 0) AS score_manfaat, COALESCE(e.score_kolaborasi, 0) AS score_kolaborasi
		FROM pendampingan p JOIN desa d ON d.id = p.desa_id JOIN kecamatan k ON k.id = d.kecamatan_id JOIN opd o ON o.id = p.opd_id
		LEFT JOIN evaluasi e ON e.pendampingan_id = p.id AND e.semester = ?
		WHERE p.year = ? ORDER BY k.code, d.code`, semester, year).Scan(&rows).Error
	for i := range rows {
		r := &rows[i]
		r.Average = average(models.Evaluasi{ScoreLokasi: r.ScoreLokasi, ScoreSasaran: r.ScoreSasaran, ScoreManfaat: r.ScoreManfaat, ScoreKolaborasi: r.ScoreKolaborasi})
	}
	return rows, err
}
