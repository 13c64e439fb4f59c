package households

import (
	"cmp"
	"context"
	"slices"
	"strings"

	"sidamping/models"
)

// MemberRow is a member as listed: NIK and No KK masked (see Reveal).
type MemberRow struct {
	ID           uint   `json:"id"`
	KeluargaID   uint   `json:"keluargaId"`
	EdisiID      uint   `json:"edisiId"`
	NIK          string `json:"nik"` // masked: 3320xxxxxxxx0001
	NIKFlag      string `json:"nikFlag"`
	NoKK         string `json:"noKk"` // masked
	Name         string `json:"name"`
	Relationship string `json:"relationship"`
	Sex          string `json:"sex"`
	BirthPlace   string `json:"birthPlace"`
	BirthDate    string `json:"birthDate"`
	DesaID       uint   `json:"desaId"`
	Desa         string `json:"desa"`
	Kecamatan    string `json:"kecamatan"`
	Address      string `json:"address"`
	RT           string `json:"rt"`
	RW           string `json:"rw"`
	Desil        *int   `json:"desil"`
	Status       string `json:"status"`
	StatusDate   string `json:"statusDate"`
	VerifierName string `json:"verifierName"`
	StatusNote   string `json:"statusNote"`
}

// memberSelect reads MemberRow columns from individu i, keluarga k, desa d, kecamatan c.
const memberSelect = `SELECT i.id, i.keluarga_id, k.edisi_id, COALESCE(i.nik,'') AS nik, i.nik_flag, COALESCE(k.no_kk,'') AS no_kk,
	i.name, COALESCE(i.relationship,'') AS relationship, COALESCE(i.sex,'') AS sex, COALESCE(i.birth_place,'') AS birth_place,
	COALESCE(i.birth_date,'') AS birth_date, k.desa_id, d.name AS desa, c.name AS kecamatan, COALESCE(k.address,'') AS address,
	COALESCE(k.rt,'') AS rt, COALESCE(k.rw,'') AS rw, k.desil, COALESCE(i.status,'') AS status, COALESCE(i.status_date,'') AS status_date,
	COALESCE(i.verifier_name,'') AS verifier_name, COALESCE(i.status_note,'') AS status_note
	FROM individu i JOIN keluarga k ON k.id = i.keluarga_id JOIN desa d ON d.id = k.desa_id JOIN kecamatan c ON c.id = d.kecamatan_id`

// wordSelect is memberSelect driven by the name words (individu_kata w), so a LIMIT
// stops the index scan early; nameSelect by the names (individu_nama n).
var (
	wordSelect = strings.Replace(memberSelect, "FROM individu i", "FROM individu_kata w JOIN individu i ON i.id = w.individu_id", 1)
	nameSelect = strings.Replace(memberSelect, "FROM individu i", "FROM individu_nama n JOIN individu i ON i.id = n.individu_id", 1)
)

// liveEditions lists the editions whose members are in the registry (not archived),
// newest first: the search structures are keyed by edition (migration 10), so a search
// of every edition looks into each one's part.
const liveEditions = `SELECT id FROM edisi WHERE archived_at IS NULL`

func maskRows(rows []MemberRow) []MemberRow {
	for i := range rows {
		rows[i].NIK, rows[i].NoKK = models.MaskNIK(rows[i].NIK), models.MaskNIK(rows[i].NoKK)
	}
	if rows == nil {
		rows = []MemberRow{}
	}
	return rows
}

// SearchQuery searches the registry by NIK, No KK or name.
type SearchQuery struct {
	Text      string `json:"text"`
	EditionID uint   `json:"editionId"` // 0: every edition
	DesaID    uint   `json:"desaId"`    // 0: every village
	Limit     int    `json:"limit"`     // default 50, at most 500
}

// SearchResult lists the members found and how the text was read.
type SearchResult struct {
	Mode string      `json:"mode"` // nik (16 digits: NIK or No KK), digits (prefix), name, token
	Rows []MemberRow `json:"rows"`
}

// Search finds members by a 16-digit NIK or No KK (exact), by the first digits of
// either, or by name: names starting with the text (index range on the normalised
// name), then, when those are fewer than the limit, names with a later word starting
// with it (index on individu_kata).
// NIK and No KK come back masked.
func (s *Service) Search(ctx context.Context, q SearchQuery) (SearchResult, error) {
	limit := q.Limit
	if limit <= 0 {
		limit = 50
	}
	limit = min(limit, 500)
	text := strings.TrimSpace(q.Text)
	digits := stripSeparators(text)
	where, args := "", []any{}
	if q.EditionID > 0 {
		where += " AND k.edisi_id = ?"
		args = append(args, q.EditionID)
	}
	if q.DesaID > 0 {
		where += " AND k.desa_id = ?"
		args = append(args, q.DesaID)
	}
	db := s.db.WithContext(ctx)
	var res SearchResult
	switch {
	case text == "":
		res.Mode = "name"
		res.Rows = []MemberRow{}
		return res, nil
	case allDigits(digits) && len(digits) == 16:
		res.Mode = "nik"
		err := db.Raw(memberSelect+` WHERE i.id IN (SELECT id FROM individu WHERE edisi_id IN (`+liveEditions+`) AND nik = ?
			UNION SELECT i2.id FROM keluarga k2 JOIN individu i2 ON i2.keluarga_id = k2.id WHERE k2.edisi_id IN (`+liveEditions+`) AND k2.no_kk = ?)`+where+
			` ORDER BY k.edisi_id DESC, k.id, i.id LIMIT ?`, append(append([]any{digits, digits}, args...), limit)...).Scan(&res.Rows).Error
		return SearchResult{res.Mode, maskRows(res.Rows)}, err
	case allDigits(digits) && len(digits) >= 4:
		res.Mode = "digits"
		hi := digits + "\xff"
		err := db.Raw(memberSelect+` WHERE i.id IN (SELECT id FROM (SELECT id FROM individu WHERE edisi_id IN (`+liveEditions+`) AND nik >= ? AND nik < ? LIMIT ?)
			UNION SELECT id FROM (SELECT i2.id FROM keluarga k2 JOIN individu i2 ON i2.keluarga_id = k2.id WHERE k2.edisi_id IN (`+liveEditions+`) AND k2.no_kk >= ? AND k2.no_kk < ? LIMIT ?))`+where+
			` ORDER BY i.nik LIMIT ?`, append(append([]any{digits, hi, limit * 4, digits, hi, limit * 4}, args...), limit)...).Scan(&res.Rows).Error
		return SearchResult{res.Mode, maskRows(res.Rows)}, err
	}
	norm := models.NormalizeName(text)
	if norm == "" {
		return SearchResult{"name", []MemberRow{}}, nil
	}
	res.Mode = "name"
	eds := []uint{q.EditionID}
	if q.EditionID == 0 {
		if err := db.Raw(liveEditions + " ORDER BY id DESC").Scan(&eds).Error; err != nil {
			return res, err
		}
	}
	// Names in order across editions: the first names of each edition's part, merged.
	for _, ed := range eds {
		var part []MemberRow
		if err := db.Raw(nameSelect+` WHERE n.edisi_id = ? AND n.name_norm >= ? AND n.name_norm < ?`+where+` ORDER BY n.name_norm, n.individu_id LIMIT ?`,
			append(append([]any{ed, norm, norm + "\xff"}, args...), limit)...).Scan(&part).Error; err != nil {
			return res, err
		}
		res.Rows = append(res.Rows, part...)
	}
	sortByName(res.Rows)
	res.Rows = res.Rows[:min(len(res.Rows), limit)]
	if len(res.Rows) >= limit || len(eds) == 0 {
		return SearchResult{res.Mode, maskRows(res.Rows)}, nil
	}
	// Later words of the name ("RAHAYU" finds "SITI RAHAYU") through individu_kata; the
	// first word of the text is matched, the rest must follow in the name.
	var more []MemberRow
	seen := map[uint]bool{}
	for _, r := range res.Rows {
		seen[r.ID] = true
	}
	word, _, _ := strings.Cut(norm, " ")
	err := db.Raw(wordSelect+` WHERE w.edisi_id IN ? AND w.kata >= ? AND w.kata < ? AND (' ' || i.name_norm) LIKE ? ESCAPE '\'`+where+` LIMIT ?`,
		append(append([]any{eds, word, word + "\xff", "% " + escapeLike(norm) + "%"}, args...), 2*limit)...).Scan(&more).Error
	for _, r := range more {
		if !seen[r.ID] && len(res.Rows) < limit {
			seen[r.ID] = true
			res.Rows = append(res.Rows, r)
			res.Mode = "token"
		}
	}
	return SearchResult{res.Mode, maskRows(res.Rows)}, err
}

// sortByName orders rows by normalised name, then id (the order of individu_nama).
func sortByName(rows []MemberRow) {
	keys := make(map[uint]string, len(rows))
	for _, r := range rows {
		keys[r.ID] = models.NormalizeName(r.Name)
	}
	slices.SortStableFunc(rows, func(a, b MemberRow) int {
		if c := strings.Compare(keys[a.ID], keys[b.ID]); c != 0 {
			return c
		}
		return cmp.Compare(a.ID, b.ID)
	})
}

// escapeLike escapes LIKE wildcards.
func escapeLike(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}

// Revealed is the unmasked identity of one member, for the reveal button of a row.
type Revealed struct {
	ID   uint   `json:"id"`
	NIK  string `json:"nik"`
	NoKK string `json:"noKk"`
}

// Reveal returns a member's NIK and No KK unmasked.
func (s *Service) Reveal(ctx context.Context, memberID uint) (Revealed, error) {
	var rows []Revealed
	err := s.db.WithContext(ctx).Raw(`SELECT i.id, COALESCE(i.nik,'') AS nik, COALESCE(k.no_kk,'') AS no_kk
		FROM individu i JOIN keluarga k ON k.id = i.keluarga_id WHERE i.id = ?`, memberID).Scan(&rows).Error
	if err != nil {
		return Revealed{}, err
	}
	if len(rows) == 0 {
		return Revealed{}, models.NotFound(CodeNotFound, "Anggota keluarga tidak ditemukan.")
	}
	return rows[0], nil
}
