package households

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
)

// Bulk loading runs on one *sql.Conn in one transaction (BEGIN IMMEDIATE, from the
// DSN's _txlock): the edition row, every family and member, the edition's search rows
// and the remembered mappings commit together or not at all.
//
// Nothing is dropped or rebuilt (migration 10): every secondary index of the registry
// starts with the edition (or with the family id, which grows with each import), so
// the new edition's entries land in a part of each B-tree that no older edition uses,
// and the two search tables (individu_nama, individu_kata) receive the new edition in
// one sorted INSERT each. An import costs the same whatever the registry already holds.

// importCacheKiB is the page cache the import's connection uses (the DSN gives 64 MiB):
// the live parts of the indexes are the new edition's only, so the default suffices.
const (
	importCacheKiB  = 65536
	defaultCacheKiB = 65536
)

// Rows per multi-row INSERT: the statement has rows × columns parameters, well under
// SQLite's 32,766.
const chunkRows = 256

const (
	famCols = "id, edisi_id, no_kk, source_id, desa_id, address, rt, rw, desil, extra"
	memCols = "id, keluarga_id, edisi_id, nik, nik_flag, source_id, name, name_norm, relationship, sex, birth_place, birth_date, mother_name, occupation, education, extra"
	// The words of the new edition's names wait in a temporary table (appended in member
	// order) until the search stage sorts them into individu_kata.
	tokCols = "individu_id, kata"
)

// execer is what both *sql.Tx and *sql.Conn offer.
type execer interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	PrepareContext(ctx context.Context, query string) (*sql.Stmt, error)
}

// Search rows of an edition, written after its members: the names sorted by name from
// the edition's (contiguous) member ids, the words sorted by word from the staging table.
const (
	createWordStage = `CREATE TEMP TABLE kata_baru (individu_id INTEGER NOT NULL, kata TEXT NOT NULL)`
	fillNames       = `INSERT INTO individu_nama(edisi_id, name_norm, individu_id)
		SELECT ?, name_norm, id FROM individu WHERE id BETWEEN ? AND ? ORDER BY name_norm, id`
	fillWords = `INSERT INTO individu_kata(edisi_id, kata, individu_id)
		SELECT ?, kata, individu_id FROM temp.kata_baru ORDER BY kata, individu_id`
	dropWordStage = `DROP TABLE temp.kata_baru`
)

// searchStep is one statement of the search stage with the rows it writes.
type searchStep struct {
	query string
	args  []any
	rows  int64
}

// searchSteps are the statements that make an edition's members findable.
func (l *loader) searchSteps() []searchStep {
	return []searchStep{
		{fillNames, []any{l.editionID, l.firstMem, l.nextMem - 1}, l.members},
		{fillWords, []any{l.editionID}, l.words},
		{dropWordStage, nil, 0},
	}
}

// loader inserts validated members, the families they define and the words of their
// names. Ids are given here, not by SQLite, so every table takes multi-row INSERTs.
type loader struct {
	ctx       context.Context
	tx        execer
	editionID int64
	nextFam   int64             // the next family id
	nextMem   int64             // the next member id
	famsKK    map[uint64]famRef // No KK (16 digits) → family
	famsID    map[string]famRef // "#" + the source's family id → family (no No KK)
	villages  map[uint]*villageTotals
	stmts     map[string]*sql.Stmt
	famArgs   []any // pending family rows, famColsN values each
	memArgs   []any
	tokArgs   []any
	families  int64
	members   int64
	words     int64 // rows of the word staging table
	firstMem  int64 // the edition's first member id
}

const (
	famColsN = 10
	memColsN = 16
	tokColsN = 2
)

func newLoader(ctx context.Context, tx execer, editionID int64) (*loader, error) {
	var maxFam, maxMem sql.NullInt64
	rows, err := tx.QueryContext(ctx, "SELECT (SELECT MAX(id) FROM keluarga), (SELECT MAX(id) FROM individu)")
	if err != nil {
		return nil, err
	}
	if rows.Next() {
		_ = rows.Scan(&maxFam, &maxMem)
	}
	rows.Close()
	if _, err := tx.ExecContext(ctx, createWordStage); err != nil {
		return nil, err
	}
	return &loader{ctx: ctx, tx: tx, editionID: editionID, nextFam: maxFam.Int64 + 1, nextMem: maxMem.Int64 + 1, firstMem: maxMem.Int64 + 1,
		famsKK: make(map[uint64]famRef, 1<<14), famsID: map[string]famRef{},
		villages: map[uint]*villageTotals{}, stmts: map[string]*sql.Stmt{},
		famArgs: make([]any, 0, chunkRows*famColsN), memArgs: make([]any, 0, chunkRows*memColsN),
		tokArgs: make([]any, 0, chunkRows*tokColsN)}, nil
}

// nullStr stores "" as NULL.
func nullStr(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// add queues a batch and inserts as soon as one table's chunk is full. Families are
// written before their members and members before their words (foreign keys are
// checked at once).
func (l *loader) add(batch []member) error {
	for i := range batch {
		m := &batch[i]
		fam, ok := l.family(m)
		id, vt := fam.id, l.village(fam.desa)
		vt.members++
		if !ok {
			vt.families++
			var desil any
			if m.desil > 0 {
				desil = m.desil
				if m.desil <= 2 {
					vt.desil12++
				}
			}
			l.famArgs = append(l.famArgs, id, l.editionID, nullStr(m.noKK), nullStr(m.famSourceID), m.desaID,
				m.address, m.rt, m.rw, desil, nullStr(m.famExtra))
		}
		mid := l.nextMem
		l.nextMem++
		l.memArgs = append(l.memArgs, mid, id, l.editionID, nullStr(m.nik), m.nikFlag, nullStr(m.sourceID), m.name, m.nameNorm,
			m.relationship, m.sex, m.birthPlace, m.birthDate, m.motherName, m.occupation, m.education, nullStr(m.extra))
		for _, w := range nameWords(m.nameNorm) {
			l.tokArgs = append(l.tokArgs, mid, w)
		}
		if len(l.famArgs) == cap(l.famArgs) || len(l.memArgs) == cap(l.memArgs) || len(l.tokArgs) >= cap(l.tokArgs)-2*tokColsN {
			if err := l.flushAll(); err != nil {
				return err
			}
		}
	}
	return nil
}

// nameWords returns the words of a normalised name after the first (the first is found
// through the name index), without repeats, single letters and numbers.
func nameWords(norm string) []string {
	i := strings.IndexByte(norm, ' ')
	if i < 0 {
		return nil
	}
	words := strings.Fields(norm[i+1:])
	out := words[:0]
	for _, w := range words {
		if len(w) < 2 || allDigits(w) || w == norm[:i] || slices.Contains(out, w) {
			continue
		}
		out = append(out, w)
	}
	return out
}

// famRef is a family's id and village (the village of its first row).
type famRef struct {
	id   int64
	desa uint
}

// villageTotals are a village's counts in the edition (edisi_desa).
type villageTotals struct{ families, members, desil12 int64 }

func (l *loader) village(id uint) *villageTotals {
	v := l.villages[id]
	if v == nil {
		v = &villageTotals{}
		l.villages[id] = v
	}
	return v
}

// family returns m's family, giving a new one (ok=false) when unseen. Keys are packed or
// cloned so they do not keep the sheet reader's row text alive.
func (l *loader) family(m *member) (f famRef, ok bool) {
	if m.noKK != "" {
		key := parseNIK64(m.noKK)
		if f, ok = l.famsKK[key]; !ok {
			f = famRef{l.nextFam, m.desaID}
			l.nextFam++
			l.famsKK[key] = f
		}
		return f, ok
	}
	if f, ok = l.famsID[m.famKey]; !ok {
		f = famRef{l.nextFam, m.desaID}
		l.nextFam++
		l.famsID[strings.Clone(m.famKey)] = f
	}
	return f, ok
}

// saveTotals writes each village's counts of the edition.
func (l *loader) saveTotals() error {
	for id, v := range l.villages {
		if _, err := l.tx.ExecContext(l.ctx, `INSERT INTO edisi_desa(edisi_id, desa_id, families, members, desil12) VALUES (?,?,?,?,?)`,
			l.editionID, id, v.families, v.members, v.desil12); err != nil {
			return err
		}
	}
	return nil
}

// flushAll writes the pending families, members and words, in that order.
func (l *loader) flushAll() error {
	if err := l.flush("keluarga", famCols, famColsN, &l.famArgs); err != nil {
		return err
	}
	if err := l.flush("individu", memCols, memColsN, &l.memArgs); err != nil {
		return err
	}
	return l.flush("temp.kata_baru", tokCols, tokColsN, &l.tokArgs)
}

// flush inserts the pending rows of one table with a multi-row INSERT, prepared once
// per row count.
func (l *loader) flush(table, cols string, n int, args *[]any) error {
	rows := len(*args) / n
	if rows == 0 {
		return nil
	}
	key := fmt.Sprintf("%s/%d/%d", table, n, rows)
	st := l.stmts[key]
	if st == nil {
		one := "(" + strings.TrimSuffix(strings.Repeat("?,", n), ",") + ")"
		q := "INSERT INTO " + table + "(" + cols + ") VALUES " + strings.TrimSuffix(strings.Repeat(one+",", rows), ",")
		var err error
		if st, err = l.tx.PrepareContext(l.ctx, q); err != nil {
			return err
		}
		l.stmts[key] = st
	}
	if _, err := st.ExecContext(l.ctx, *args...); err != nil {
		return err
	}
	switch table {
	case "keluarga":
		l.families += int64(rows)
	case "individu":
		l.members += int64(rows)
	default:
		l.words += int64(rows)
	}
	clear(*args)
	*args = (*args)[:0]
	return nil
}

// close releases the prepared statements.
func (l *loader) close() {
	for _, st := range l.stmts {
		st.Close()
	}
}
