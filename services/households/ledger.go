package households

import (
	"context"
	"sort"
	"strings"

	"sidamping/models"
)

// The aid ledger lists every activity a family (No KK) or a person (NIK) benefited from
// through SiDamping, across years, editions and funding sources, and flags a family that
// received the same kind of aid twice in one year: two activities of the same name, or
// one household activity given to two members of the family.

// Ledger scopes.
const (
	LedgerFamily = "keluarga"
	LedgerPerson = "individu"
)

// LedgerQuery names whose ledger to show: a member found by the registry search
// (MemberID) with the scope, or a No KK / NIK typed in full.
type LedgerQuery struct {
	MemberID uint   `json:"memberId"`
	Scope    string `json:"scope"` // keluarga (the member's family) or individu
	NoKK     string `json:"noKk"`
	NIK      string `json:"nik"`
}

// LedgerEntry is one aid received by one member.
type LedgerEntry struct {
	Year        int      `json:"year"`
	Month       int      `json:"month"`
	KegiatanID  uint     `json:"kegiatanId"`
	Kegiatan    string   `json:"kegiatan"`
	Strategy    string   `json:"strategy"` // label
	TargetGroup string   `json:"targetGroup"`
	OPD         string   `json:"opd"`
	Desa        string   `json:"desa"`
	Kecamatan   string   `json:"kecamatan"`
	Sources     []string `gorm:"-" json:"sources"` // funding sources (labels), planned and realised
	Budget      int64    `json:"budget"`           // the activity's planned budget
	Spent       int64    `json:"spent"`            // the activity's realised spending that year
	Member      string   `json:"member"`
	NIK         string   `json:"nik"`  // masked
	NoKK        string   `json:"noKk"` // masked
	Edition     string   `json:"edition"`
	Duplicate   bool     `json:"duplicate"` // the same kind of aid again that year
	Note        string   `json:"note"`
}

// Ledger is the aid received by a family or a person.
type Ledger struct {
	Scope      string        `json:"scope"`
	Subject    string        `json:"subject"` // the name (person) or head's name (family)
	NoKK       string        `json:"noKk"`    // masked
	NIK        string        `json:"nik"`     // masked (person)
	Entries    []LedgerEntry `json:"entries"`
	Duplicates int           `json:"duplicates"` // entries flagged
	Years      []int         `json:"years"`
}

// CodeLedgerQuery refuses a ledger query naming nobody.
const CodeLedgerQuery = "households.ledger_query"

// Ledger lists the aid of a family or a person, newest year first.
func (s *Service) Ledger(ctx context.Context, q LedgerQuery) (Ledger, error) {
	db := s.db.WithContext(ctx)
	led := Ledger{Scope: q.Scope, Entries: []LedgerEntry{}, Years: []int{}}
	if q.MemberID != 0 {
		var m []struct{ NIK, NIKFlag, NoKK, Name string }
		if err := db.Raw(`SELECT COALESCE(i.nik, '') AS nik, i.nik_flag, COALESCE(k.no_kk, '') AS no_kk, i.name FROM individu i
			JOIN keluarga k ON k.id = i.keluarga_id WHERE i.id = ?`, q.MemberID).Scan(&m).Error; err != nil {
			return led, err
		}
		if len(m) == 0 {
			return led, models.NotFound(CodeNotFound, "Anggota keluarga tidak ditemukan.")
		}
		q.NoKK, q.NIK = m[0].NoKK, ""
		if m[0].NIKFlag == models.NIKValid {
			q.NIK = m[0].NIK
		}
		led.Subject = m[0].Name
		if q.Scope != LedgerPerson {
			q.NIK = ""
		}
	}
	q.NoKK, q.NIK = strings.TrimSpace(q.NoKK), strings.TrimSpace(q.NIK)
	var ids []uint
	var err error
	switch {
	case q.NIK != "" && (q.Scope == LedgerPerson || q.NoKK == ""):
		led.Scope, led.NIK = LedgerPerson, models.MaskNIK(q.NIK)
		err = db.Raw(`SELECT id FROM individu WHERE nik = ?`, q.NIK).Scan(&ids).Error
	case q.NoKK != "":
		// The family's members in every edition, and wherever their NIK went since.
		led.Scope, led.NoKK = LedgerFamily, models.MaskNIK(q.NoKK)
		err = db.Raw(`SELECT i.id FROM individu i JOIN keluarga k ON k.id = i.keluarga_id WHERE k.no_kk = ?
			UNION SELECT j.id FROM individu j WHERE j.nik IN (SELECT i.nik FROM individu i JOIN keluarga k ON k.id = i.keluarga_id
				WHERE k.no_kk = ? AND i.nik_flag = 'valid')`, q.NoKK, q.NoKK).Scan(&ids).Error
		if led.Subject == "" {
			var head []string
			db.Raw(`SELECT i.name FROM individu i JOIN keluarga k ON k.id = i.keluarga_id WHERE k.no_kk = ? ORDER BY k.edisi_id DESC, i.id LIMIT 1`, q.NoKK).Scan(&head)
			if len(head) > 0 {
				led.Subject = head[0]
			}
		}
	default:
		return led, models.Invalid(CodeLedgerQuery, "noKk", "Isi No KK atau NIK, atau pilih anggota keluarga dari hasil pencarian.")
	}
	if err != nil || len(ids) == 0 {
		return led, err
	}
	var rows []struct {
		LedgerEntry
		MemberID    uint
		TargetCode  string
		StrategyKey string
	}
	err = db.Raw(`SELECT d.year, p.month, g.id AS kegiatan_id, g.name AS kegiatan, g.strategy AS strategy_key, g.target_group AS target_code,
		o.name AS opd, ds.name AS desa, kc.name AS kecamatan, i.name AS member, COALESCE(i.nik, '') AS nik, COALESCE(k.no_kk, '') AS no_kk,
		e.name AS edition, COALESCE(p.note, '') AS note, p.individu_id AS member_id,
		(SELECT COALESCE(SUM(amount), 0) FROM kegiatan_anggaran a WHERE a.kegiatan_id = g.id) AS budget,
		(SELECT COALESCE(SUM(rd.amount), 0) FROM realisasi r JOIN realisasi_dana rd ON rd.realisasi_id = r.id WHERE r.kegiatan_id = g.id) AS spent
		FROM penerima_manfaat p JOIN kegiatan g ON g.id = p.kegiatan_id JOIN pendampingan d ON d.id = g.pendampingan_id
		JOIN opd o ON o.id = d.opd_id JOIN desa ds ON ds.id = d.desa_id JOIN kecamatan kc ON kc.id = ds.kecamatan_id
		JOIN individu i ON i.id = p.individu_id JOIN keluarga k ON k.id = i.keluarga_id JOIN edisi e ON e.id = k.edisi_id
		WHERE p.individu_id IN ? ORDER BY d.year DESC, p.month, g.name, p.id`, ids).Scan(&rows).Error
	if err != nil {
		return led, err
	}
	kegIDs := make([]uint, 0, len(rows))
	for _, r := range rows {
		kegIDs = append(kegIDs, r.KegiatanID)
	}
	sources, err := s.activitySources(ctx, uniq(kegIDs))
	if err != nil {
		return led, err
	}
	// The same kind of aid (activity name) in one year: twice when from two activities,
	// or from one household activity to two people of the family.
	type kindKey struct {
		year int
		kind string
	}
	acts := map[kindKey]map[uint]bool{}
	people := map[kindKey]map[uint]bool{}
	household := map[kindKey]bool{}
	for _, r := range rows {
		k := kindKey{r.Year, models.NormalizeName(r.Kegiatan)}
		if acts[k] == nil {
			acts[k], people[k] = map[uint]bool{}, map[uint]bool{}
		}
		acts[k][r.KegiatanID] = true
		people[k][r.MemberID] = true
		if r.TargetCode != "individu" {
			household[k] = true
		}
	}
	years := map[int]bool{}
	for _, r := range rows {
		e := r.LedgerEntry
		k := kindKey{r.Year, models.NormalizeName(r.Kegiatan)}
		e.Duplicate = len(acts[k]) > 1 || (led.Scope == LedgerFamily && household[k] && len(people[k]) > 1)
		if e.Duplicate {
			led.Duplicates++
		}
		e.Strategy = models.OptionLabel(models.Strategies, r.StrategyKey)
		e.TargetGroup = models.OptionLabel(models.TargetGroups, r.TargetCode)
		e.NIK, e.NoKK = models.MaskNIK(e.NIK), models.MaskNIK(e.NoKK)
		e.Sources = sources[r.KegiatanID]
		if e.Sources == nil {
			e.Sources = []string{}
		}
		led.Entries = append(led.Entries, e)
		years[r.Year] = true
	}
	for y := range years {
		led.Years = append(led.Years, y)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(led.Years)))
	return led, nil
}

// activitySources gives each activity's funding sources (labels), planned or realised.
func (s *Service) activitySources(ctx context.Context, ids []uint) (map[uint][]string, error) {
	out := map[uint][]string{}
	if len(ids) == 0 {
		return out, nil
	}
	var rows []struct {
		KegiatanID uint
		Source     string
	}
	err := s.db.WithContext(ctx).Raw(`SELECT kegiatan_id, source FROM kegiatan_anggaran WHERE kegiatan_id IN ? AND amount > 0
		UNION SELECT r.kegiatan_id, rd.source FROM realisasi r JOIN realisasi_dana rd ON rd.realisasi_id = r.id
		WHERE r.kegiatan_id IN ? AND rd.amount > 0`, ids, ids).Scan(&rows).Error
	seen := map[uint]map[string]bool{}
	for _, code := range models.FundingSources { // in the list's order
		for _, r := range rows {
			if r.Source != code.Code {
				continue
			}
			if seen[r.KegiatanID] == nil {
				seen[r.KegiatanID] = map[string]bool{}
			}
			if !seen[r.KegiatanID][code.Code] {
				seen[r.KegiatanID][code.Code] = true
				out[r.KegiatanID] = append(out[r.KegiatanID], code.Label)
			}
		}
	}
	return out, err
}
