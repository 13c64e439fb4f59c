package pairing

import (
	"context"
)

// BoardVillage is a priority village of the year with its pairing, if any.
type BoardVillage struct {
	DesaID         uint    `json:"desaId"`
	Code           string  `json:"code"`
	Name           string  `json:"name"`
	Kind           string  `json:"kind"`
	KecamatanID    uint    `json:"kecamatanId"`
	KecamatanName  string  `json:"kecamatanName"`
	PovertyPct     float64 `json:"povertyPct"`
	Continuation   bool    `json:"continuation"`
	PendampinganID uint    `json:"pendampinganId"`
	OPDID          uint    `json:"opdId"`
	OPDName        string  `json:"opdName"`
	OPDAbbr        string  `json:"opdAbbr"`
	SecondReason   string  `json:"secondReason"`
	Coordinator    string  `json:"coordinator"`
	TeamSize       int     `json:"teamSize"`
	PartnerNames   string  `json:"partnerNames"`
}

// BoardOPD is an agency with the villages it accompanies in the year.
type BoardOPD struct {
	OPDID        uint     `json:"opdId"`
	Code         string   `json:"code"`
	Name         string   `json:"name"`
	Abbreviation string   `json:"abbreviation"`
	Kind         string   `json:"kind"`
	VillageCount int      `json:"villageCount"`
	Villages     []string `gorm:"-" json:"villages"`
}

// BoardCounts are the figures at the top of the board.
type BoardCounts struct {
	PriorityVillages int `json:"priorityVillages"`
	Paired           int `json:"paired"`
	Unpaired         int `json:"unpaired"`
	OPDTotal         int `json:"opdTotal"`
	OPDWithout       int `json:"opdWithout"`
	OPDWithSeveral   int `json:"opdWithSeveral"`
}

// Board is the year's pairing overview.
type Board struct {
	Year     int            `json:"year"`
	Villages []BoardVillage `json:"villages"`
	OPDs     []BoardOPD     `json:"opds"`
	Counts   BoardCounts    `json:"counts"`
}

// Board lists the year's priority villages (by kecamatan) against the agencies.
func (s *Service) Board(ctx context.Context, year int) (Board, error) {
	b := Board{Year: year, Villages: []BoardVillage{}, OPDs: []BoardOPD{}}
	db := s.db.WithContext(ctx)
	err := db.Raw(`SELECT d.id AS desa_id, d.code, d.name, d.kind, d.kecamatan_id, k.name AS kecamatan_name,
			d.poverty_pct, t.continuation,
			COALESCE(p.id,0) AS pendampingan_id, COALESCE(p.opd_id,0) AS opd_id,
			COALESCE(o.name,'') AS opd_name, COALESCE(o.abbreviation,'') AS opd_abbr,
			COALESCE(p.second_reason,'') AS second_reason,
			COALESCE((SELECT a.name FROM anggota_tim a WHERE a.pendampingan_id = p.id AND a.role = 'koordinator' ORDER BY a.sort_order LIMIT 1),'') AS coordinator,
			(SELECT COUNT(*) FROM anggota_tim a WHERE a.pendampingan_id = p.id) AS team_size,
			COALESCE((SELECT group_concat(m.name, ', ') FROM pendampingan_mitra pm JOIN mitra m ON m.id = pm.mitra_id WHERE pm.pendampingan_id = p.id),'') AS partner_names
		FROM desa_tahun t
		JOIN desa d ON d.id = t.desa_id
		JOIN kecamatan k ON k.id = d.kecamatan_id
		LEFT JOIN pendampingan p ON p.desa_id = d.id AND p.year = t.year
		LEFT JOIN opd o ON o.id = p.opd_id
		WHERE t.year = ? AND t.priority = 1
		ORDER BY k.code, d.code`, year).Scan(&b.Villages).Error
	if err != nil {
		return b, err
	}
	err = db.Raw(`SELECT o.id AS opd_id, o.code, o.name, o.abbreviation, o.kind,
			(SELECT COUNT(*) FROM pendampingan p WHERE p.opd_id = o.id AND p.year = ?) AS village_count
		FROM opd o ORDER BY o.code`, year).Scan(&b.OPDs).Error
	if err != nil {
		return b, err
	}
	byOPD := map[uint][]string{}
	for _, v := range b.Villages {
		if v.PendampinganID != 0 {
			b.Counts.Paired++
			byOPD[v.OPDID] = append(byOPD[v.OPDID], v.Name)
		}
	}
	b.Counts.PriorityVillages = len(b.Villages)
	b.Counts.Unpaired = b.Counts.PriorityVillages - b.Counts.Paired
	b.Counts.OPDTotal = len(b.OPDs)
	for i := range b.OPDs {
		o := &b.OPDs[i]
		o.Villages = byOPD[o.OPDID]
		if o.Villages == nil {
			o.Villages = []string{}
		}
		switch {
		case o.VillageCount == 0:
			b.Counts.OPDWithout++
		case o.VillageCount > 1:
			b.Counts.OPDWithSeveral++
		}
	}
	return b, nil
}

// HistoryRow is one year of a village's pairing history.
type HistoryRow struct {
	Year         int    `json:"year"`
	Priority     bool   `json:"priority"`
	Continuation bool   `json:"continuation"`
	OPDName      string `json:"opdName"`
	Coordinator  string `json:"coordinator"`
	Letters      string `json:"letters"`
}

// History lists a village's years: whether it was priority, which OPD, which letters.
func (s *Service) History(ctx context.Context, desaID uint) ([]HistoryRow, error) {
	var rows []HistoryRow
	err := s.db.WithContext(ctx).Raw(`SELECT y.year, COALESCE(t.priority,0) AS priority, COALESCE(t.continuation,0) AS continuation,
			COALESCE(o.name,'') AS opd_name,
			COALESCE((SELECT a.name FROM anggota_tim a WHERE a.pendampingan_id = p.id AND a.role = 'koordinator' LIMIT 1),'') AS coordinator,
			COALESCE((SELECT group_concat(CASE s.type WHEN 'keputusan' THEN 'Keputusan Bupati ' ELSE 'Surat Tugas ' END || s.number
					|| CASE s.status WHEN 'batal' THEN ' (batal)' ELSE '' END, '; ')
				FROM surat s WHERE s.year = y.year AND s.status IN ('terbit','batal')
				AND (s.type = 'keputusan' OR s.opd_id = p.opd_id)),'') AS letters
		FROM tahun_program y
		LEFT JOIN desa_tahun t ON t.year = y.year AND t.desa_id = ?
		LEFT JOIN pendampingan p ON p.year = y.year AND p.desa_id = ?
		LEFT JOIN opd o ON o.id = p.opd_id
		WHERE t.id IS NOT NULL OR p.id IS NOT NULL
		ORDER BY y.year DESC`, desaID, desaID).Scan(&rows).Error
	if err != nil {
		return nil, err
	}
	return rows, nil
}
