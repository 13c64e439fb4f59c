package households

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"sidamping/models"
	"sidamping/services/sheetreader"
)

// member is one validated row, ready to insert. Its strings come straight from the
// sheet reader (they are immutable and may be kept).
type member struct {
	famKey      string // No KK, or "#" + the source's family id when there is no No KK
	noKK        string
	famSourceID string
	desaID      uint
	address     string
	rt, rw      string
	desil       int
	famExtra    string // JSON object or ""

	nik, nikFlag, sourceID string
	name, nameNorm         string
	relationship, sex      string
	birthPlace, birthDate  string
	motherName             string
	occupation, education  string
	extra                  string
}

// RowError is one rejected row: where it is, the cell's value and why.
type RowError struct {
	File    string `json:"file"`
	Sheet   string `json:"sheet"`
	Row     int    `json:"row"`
	Column  string `json:"column"` // column letter, "" for the whole row
	Header  string `json:"header"`
	Value   string `json:"value"`
	Code    string `json:"code"`
	Message string `json:"message"`
}

// Text gives the message with its place: "dtks.xlsx, lembar DTKS, sel B12 (NIK): ...".
func (e RowError) Text() string {
	place := e.File
	if e.Sheet != "" {
		place += ", lembar " + e.Sheet
	}
	if e.Column != "" {
		place += fmt.Sprintf(", sel %s%d", e.Column, e.Row)
		if e.Header != "" {
			place += " (" + e.Header + ")"
		}
	} else if e.Row > 0 {
		place += fmt.Sprintf(", baris %d", e.Row)
	}
	return place + ": " + e.Message
}

// VillageMiss is a village code or name of the file that is not in the master list.
type VillageMiss struct {
	Code      string `json:"code"`
	Name      string `json:"name"`
	Kecamatan string `json:"kecamatan"`
	Outside   bool   `json:"outside"` // the code belongs to another regency
	Rows      int    `json:"rows"`
	First     string `json:"first"` // "dtks.xlsx, lembar DTKS, baris 12"
}

// reader validates the rows of every planned sheet. It runs in its own goroutine and
// hands batches of members to the writer.
type reader struct {
	plans   []*sheetPlan
	vil     *villages
	reject  bool              // stop at the first invalid row
	nikSeen map[uint64]uint64 // NIK → plan index << 32 | row, for the duplicate check
	emit    func(batch []member) error
	onRow   func(done int64, fraction float64)

	rowsRead, valid, skipped int64
	errors                   []RowError // up to maxErrors
	errorCount               int64
	flagged                  []RowError // rows kept with a temporary NIK, up to maxErrors
	flaggedCount             int64
	misses                   map[string]*VillageMiss
	cover                    []*coverage // per plan, the mapped columns that held a readable value
}

// maxErrors caps the row errors kept (and written to the error report).
const maxErrors = 100_000

// batchSize is how many members travel to the writer at once.
const batchSize = 1024

// errRejected stops reading at the first invalid row in reject mode.
var errRejected = errors.New("rejected")

// run reads every plan in order.
func (rd *reader) run(ctx context.Context) error {
	rd.nikSeen = make(map[uint64]uint64, 1<<16)
	rd.misses = map[string]*VillageMiss{}
	rd.cover = make([]*coverage, len(rd.plans))
	batch := make([]member, 0, batchSize)
	var before float64           // weight of the plans already read
	var wb *sheetreader.Workbook // open once per file, for all its sheets
	defer func() {
		if wb != nil {
			wb.Close()
		}
	}()
	for i, p := range rd.plans {
		if i == 0 || p.path != rd.plans[i-1].path {
			if wb != nil {
				wb.Close()
			}
			var err error
			if wb, err = sheetreader.Open(p.path); err != nil {
				wb = nil
				return fileError(err)
			}
		}
		cols := newColumns(p)
		cv := newCoverage(p)
		rd.cover[i] = cv
		err := wb.Rows(ctx, p.sheet, func(r *sheetreader.Row) error {
			if r.Num <= p.headerRow || r.Num == p.skipRow {
				return nil
			}
			rd.rowsRead++
			if rd.rowsRead&1023 == 0 && rd.onRow != nil {
				rd.onRow(rd.rowsRead, before+p.weight*r.Progress())
			}
			m, rerr, ok := rd.convert(p, cols, r)
			if !ok { // a blank row (only ignored columns filled)
				rd.rowsRead--
				return nil
			}
			cv.see(r, rerr)
			if rerr != nil {
				rd.addError(*rerr)
				rd.skipped++
				if rd.reject {
					return errRejected
				}
				return nil
			}
			rd.valid++
			if m.nikFlag == models.NIKSementara {
				rd.flag(p, cols, r)
			}
			batch = append(batch, m)
			if len(batch) == batchSize {
				if err := rd.emit(batch); err != nil {
					return err
				}
				batch = make([]member, 0, batchSize)
			}
			return nil
		})
		if err != nil {
			if errors.Is(err, errRejected) {
				return err
			}
			return fileError(err)
		}
		before += p.weight
	}
	if len(batch) > 0 {
		return rd.emit(batch)
	}
	return nil
}

// flag records a row kept with a temporary NIK (not 16 digits).
func (rd *reader) flag(p *sheetPlan, c *columns, r *sheetreader.Row) {
	rd.flaggedCount++
	if len(rd.flagged) >= maxErrors {
		return
	}
	v := text(r, c.nik)
	rd.flagged = append(rd.flagged, RowError{File: p.file, Sheet: p.sheet, Row: r.Num, Column: sheetreader.ColumnName(c.nik),
		Header: p.headers[c.nik], Value: truncate(v, 100), Code: CodeNIKTemporary,
		Message: fmt.Sprintf("NIK %s bukan 16 angka; baris diimpor dengan NIK sementara, lengkapi NIK-nya saat verifikasi.", truncate(v, 40))})
}

func (rd *reader) addError(e RowError) {
	rd.errorCount++
	if len(rd.errors) < maxErrors {
		rd.errors = append(rd.errors, e)
	}
}

// columns holds a plan's column index per field (-1 when absent) and its extras.
type columns struct {
	noKK, famID, desaCode, desaName, kecName, address, rt, rw, desil      int
	nik, memberID, name, rel, sex, bplace, bdate, bboth, mother, occ, edu int
	extra, famExtra                                                       []int
	maxDesil                                                              int
}

func newColumns(p *sheetPlan) *columns {
	c := &columns{
		noKK: p.col(FNoKK), famID: p.col(FFamilyID), desaCode: p.col(FDesaCode), desaName: p.col(FDesaName),
		kecName: p.col(FKecamatanName), address: p.col(FAddress), rt: p.col(FRT), rw: p.col(FRW), desil: p.col(FDesil),
		nik: p.col(FNIK), memberID: p.col(FMemberID), name: p.col(FName), rel: p.col(FRelationship), sex: p.col(FSex),
		bplace: p.col(FBirthPlace), bdate: p.col(FBirthDate), bboth: p.col(FBirthPlaceDay), mother: p.col(FMotherName),
		occ: p.col(FOccupation), edu: p.col(FEducation), maxDesil: maxDesil(p.source),
	}
	for i, k := range p.mapping {
		switch k {
		case FExtra:
			if p.headers[i] != "" {
				c.extra = append(c.extra, i)
			}
		case FFamilyExtra:
			c.famExtra = append(c.famExtra, i)
		}
	}
	return c
}

// text returns a trimmed cell value.
func text(r *sheetreader.Row, col int) string {
	if col < 0 {
		return ""
	}
	v := r.Value(col)
	if v == "" {
		return ""
	}
	if v[0] == ' ' || v[len(v)-1] == ' ' || needsClean(v) {
		v = strings.Join(strings.Fields(strings.ReplaceAll(v, "\u00a0", " ")), " ")
	}
	return v
}

// needsClean reports control characters (tabs, line breaks), a non-breaking space
// (UTF-8 C2 A0) or two spaces in a row in v; a byte loop, as this runs for every cell.
func needsClean(v string) bool {
	for i := 0; i < len(v); i++ {
		c := v[i]
		if c < 0x20 || i+1 < len(v) && (c == 0xC2 && v[i+1] == 0xA0 || c == ' ' && v[i+1] == ' ') {
			return true
		}
	}
	return false
}

// convert validates one row. ok is false for a row with nothing in any mapped column.
func (rd *reader) convert(p *sheetPlan, c *columns, r *sheetreader.Row) (m member, rerr *RowError, ok bool) {
	fail := func(col int, code, msg string) (member, *RowError, bool) {
		e := &RowError{File: p.file, Sheet: p.sheet, Row: r.Num, Code: code, Message: msg}
		if col >= 0 {
			e.Column, e.Header, e.Value = sheetreader.ColumnName(col), p.headers[col], truncate(r.Value(col), 100)
		}
		return member{}, e, true
	}
	m.name = text(r, c.name)
	nikRaw, kkRaw := text(r, c.nik), text(r, c.noKK)
	if m.name == "" && nikRaw == "" && kkRaw == "" && text(r, c.famID) == "" {
		return m, nil, false
	}
	// NIK and No KK: 16-digit text, never a number cell.
	nik := checkID(nikRaw, r.Type(c.nik), false)
	if nik.code != "" {
		return fail(c.nik, nik.code, nik.msg)
	}
	m.nik, m.nikFlag = nik.value, nik.flag
	if c.noKK >= 0 {
		kk := checkID(kkRaw, r.Type(c.noKK), true)
		if kk.code != "" {
			return fail(c.noKK, kk.code, kk.msg)
		}
		m.noKK = kk.value
	}
	m.famSourceID = text(r, c.famID)
	switch {
	case m.noKK != "":
		m.famKey = m.noKK
	case m.famSourceID != "":
		m.famKey = "#" + m.famSourceID
	default:
		return fail(c.noKK, CodeKKMissing, "No KK kosong; setiap baris harus memuat No KK (atau ID keluarga) agar anggota dapat dikelompokkan ke keluarganya.")
	}
	if m.name == "" {
		return fail(c.name, CodeNameMissing, "Nama kosong.")
	}
	// Village: by code, else by name within the kecamatan.
	var hit villageHit
	var missKey string
	if c.desaCode >= 0 && text(r, c.desaCode) != "" {
		missKey = text(r, c.desaCode)
		hit = rd.vil.byCodeText(missKey)
	} else if c.desaName >= 0 && c.kecName >= 0 {
		missKey = text(r, c.kecName) + " / " + text(r, c.desaName)
		hit = rd.vil.byNames(text(r, c.kecName), text(r, c.desaName))
	} else {
		return fail(c.desaCode, CodeVillageMissing, "Kode desa kosong.")
	}
	if hit.id == 0 {
		rd.noteMiss(p, c, r, missKey, hit)
		col := c.desaCode
		if col < 0 || text(r, col) == "" {
			col = c.desaName
		}
		return fail(col, hit.code, hit.msg)
	}
	m.desaID = hit.id
	if c.desil >= 0 {
		d, ok := parseDesil(r.Value(c.desil), c.maxDesil)
		if !ok {
			return fail(c.desil, CodeDesilInvalid, fmt.Sprintf("Desil %s tidak sah (harus 1 sampai %d).", r.Value(c.desil), c.maxDesil))
		}
		m.desil = d
	}
	// Birth place and date, in two columns or one ("BLORA, 12-01-1980").
	m.birthPlace = text(r, c.bplace)
	dateCol := c.bdate
	var dateText string
	if c.bboth >= 0 && text(r, c.bboth) != "" {
		var place string
		place, dateText = splitBirth(text(r, c.bboth))
		if m.birthPlace == "" {
			m.birthPlace = place
		}
		if c.bdate < 0 || text(r, c.bdate) == "" {
			dateCol = c.bboth
		}
	}
	if dateCol == c.bdate && dateCol >= 0 && r.Value(dateCol) != "" {
		d, ok := cellDate(r, dateCol)
		if !ok {
			return fail(dateCol, CodeDateInvalid, fmt.Sprintf("Tanggal lahir %s tidak dikenali; gunakan format hh-bb-tttt (mis. 12-01-1980), tttt-bb-hh atau \"12 Januari 1980\".", r.Value(dateCol)))
		}
		m.birthDate = d
	} else if dateText != "" {
		d, ok := parseDateText(dateText)
		if !ok {
			return fail(dateCol, CodeDateInvalid, fmt.Sprintf("Tanggal lahir %s tidak dikenali; gunakan format hh-bb-tttt (mis. 12-01-1980), tttt-bb-hh atau \"12 Januari 1980\".", dateText))
		}
		m.birthDate = d
	}
	m.address, m.rt, m.rw = text(r, c.address), normRTRW(text(r, c.rt)), normRTRW(text(r, c.rw))
	m.sourceID, m.relationship, m.sex = text(r, c.memberID), text(r, c.rel), normSex(r.Value(c.sex))
	m.motherName, m.occupation, m.education = text(r, c.mother), text(r, c.occ), text(r, c.edu)
	for _, col := range []int{c.name, c.address, c.mother, c.bplace, c.occ, c.edu, c.rel, c.memberID, c.famID} {
		if col >= 0 && len(r.Value(col)) > maxTextLen {
			return fail(col, CodeValueTooLong, fmt.Sprintf("Isi sel terlalu panjang (%d karakter, paling banyak %d).", utf8.RuneCountInString(r.Value(col)), maxTextLen))
		}
	}
	m.nameNorm = models.NormalizeName(m.name)
	m.extra = extraJSON(p.headers, c.extra, r)
	m.famExtra = extraJSON(p.headers, c.famExtra, r)
	// A valid NIK appears once per edition.
	if m.nikFlag == models.NIKValid {
		key := parseNIK64(m.nik)
		if prev, dup := rd.nikSeen[key]; dup {
			pp := rd.plans[prev>>32]
			return fail(c.nik, CodeNIKDuplicate, fmt.Sprintf("NIK %s ganda: sudah ada di %s, lembar %s, baris %d.", models.MaskNIK(m.nik), pp.file, pp.sheet, uint32(prev)))
		}
		rd.nikSeen[key] = uint64(p.index)<<32 | uint64(r.Num)
	}
	return m, nil, true
}

// noteMiss records an unmatched village for the preview's list.
func (rd *reader) noteMiss(p *sheetPlan, c *columns, r *sheetreader.Row, key string, hit villageHit) {
	if mm := rd.misses[key]; mm != nil {
		mm.Rows++
		return
	}
	if len(rd.misses) >= 10_000 {
		return
	}
	rd.misses[key] = &VillageMiss{Code: text(r, c.desaCode), Name: text(r, c.desaName), Kecamatan: text(r, c.kecName),
		Outside: hit.code == CodeVillageOutside, Rows: 1, First: fmt.Sprintf("%s, lembar %s, baris %d", p.file, p.sheet, r.Num)}
}

// extraJSON builds {"Header":"value",...} of the non-empty cells of cols.
func extraJSON(headers []string, cols []int, r *sheetreader.Row) string {
	var b []byte
	for _, col := range cols {
		v := text(r, col)
		if v == "" {
			continue
		}
		if b == nil {
			b = append(make([]byte, 0, 128), '{')
		} else {
			b = append(b, ',')
		}
		b = appendJSONString(b, headers[col])
		b = append(b, ':')
		b = appendJSONString(b, truncate(v, 2000))
	}
	if b == nil {
		return ""
	}
	return string(append(b, '}'))
}

// appendJSONString appends s as a JSON string.
func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"' || c == '\\':
			b = append(b, '\\', c)
		case c < 0x20:
			b = append(b, `\u00`...)
			b = append(b, "0123456789abcdef"[c>>4], "0123456789abcdef"[c&15])
		default:
			b = append(b, c)
		}
	}
	return append(b, '"')
}

// truncate cuts s to at most n bytes on a rune boundary.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}

// itoa is strconv.Itoa, short.
func itoa(n int) string { return strconv.Itoa(n) }
