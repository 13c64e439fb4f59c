package households

import (
	"context"
	"sort"

	"sidamping/models"
)

// PriorityRow is a village ranked by its desil 1-2 families in an edition.
type PriorityRow struct {
	Rank         int     `json:"rank"`
	DesaID       uint    `json:"desaId"`
	Code         string  `json:"code"`
	Desa         string  `json:"desa"`
	Kecamatan    string  `json:"kecamatan"`
	Families     int64   `json:"families"`
	Desil12      int64   `json:"desil12"`
	Share        float64 `json:"share"` // desil 1-2 families / families, 0-100
	Priority     bool    `json:"priority"`
	Continuation bool    `json:"continuation"`
}

// SuggestPriority ranks the villages of an edition by the number, then the share, of
// their desil 1-2 families, with each village's current priority flag for year.
func (s *Service) SuggestPriority(ctx context.Context, editionID uint, year int) ([]PriorityRow, error) {
	if _, err := s.edition(ctx, editionID); err != nil {
		return nil, err
	}
	var rows []PriorityRow
	err := s.db.WithContext(ctx).Raw(`SELECT d.id AS desa_id, d.code, d.name AS desa, kc.name AS kecamatan,
			e.families, e.desil12, COALESCE(t.priority, 0) AS priority, COALESCE(t.continuation, 0) AS continuation
		FROM edisi_desa e JOIN desa d ON d.id = e.desa_id JOIN kecamatan kc ON kc.id = d.kecamatan_id
		LEFT JOIN desa_tahun t ON t.desa_id = d.id AND t.year = ?
		WHERE e.edisi_id = ?`, year, editionID).Scan(&rows).Error
	if err != nil {
		return nil, err
	}
	for i := range rows {
		if rows[i].Families > 0 {
			rows[i].Share = float64(rows[i].Desil12) * 100 / float64(rows[i].Families)
		}
	}
	sort.SliceStable(rows, func(i, j int) bool {
		if rows[i].Desil12 != rows[j].Desil12 {
			return rows[i].Desil12 > rows[j].Desil12
		}
		if rows[i].Share != rows[j].Share {
			return rows[i].Share > rows[j].Share
		}
		return rows[i].Code < rows[j].Code
	})
	for i := range rows {
		rows[i].Rank = i + 1
	}
	if rows == nil {
		rows = []PriorityRow{}
	}
	return rows, nil
}

// MarkPriority marks the chosen villages as priority for year through the master
// service (which the pairings screen reads); a village's continuation flag is kept.
func (s *Service) MarkPriority(ctx context.Context, year int, desaIDs []uint) error {
	var n int64
	if err := s.db.WithContext(ctx).Model(&models.TahunProgram{}).Where("year = ?", year).Count(&n).Error; err != nil {
		return err
	}
	if n == 0 {
		return models.Invalid("households.year_unknown", "year", "Tahun program belum dibuat di Data Induk.")
	}
	for _, id := range desaIDs {
		var cont []bool
		if err := s.db.WithContext(ctx).Raw("SELECT continuation FROM desa_tahun WHERE desa_id = ? AND year = ?", id, year).Scan(&cont).Error; err != nil {
			return err
		}
		if err := s.master.SetDesaYear(ctx, id, year, true, len(cont) > 0 && cont[0]); err != nil {
			return err
		}
	}
	return nil
}
