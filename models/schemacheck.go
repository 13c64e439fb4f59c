package models

import (
	"context"
	"database/sql"
	"fmt"
	"sort"
	"strings"
	"sync"

	"gorm.io/driver/sqlite"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"
)

// Querier is what the schema is read through: *sql.DB, *sql.Conn or *sql.Tx.
type Querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// schemaObject is one entry of sqlite_master, described by normalised lines: for a table
// its columns, foreign keys and indexes (read through the pragmas, so the same structure
// compares equal whatever the quoting of its CREATE text); for an index, view or trigger
// its SQL with the white space collapsed.
type schemaObject struct {
	kind, name string
	lines      []string
}

// kindNames are the Indonesian names of sqlite_master types, for the messages.
var kindNames = map[string]string{"table": "tabel", "index": "indeks", "view": "view", "trigger": "trigger"}

func (o schemaObject) label() string {
	k := kindNames[o.kind]
	if k == "" {
		k = o.kind
	}
	return k + " " + o.name
}

// SchemaDiff compares the schema read through q with what the migrations make for
// version and returns the differences in Indonesian, one per line ("trigger x tidak
// dikenal", "tabel desa_tahun tidak ada", "tabel desa: kolom x ... tidak dikenal").
// Nothing means the schema is exactly the migrated one. SQLite's statistics tables
// (sqlite_stat*, written by ANALYZE) are ignored.
func SchemaDiff(ctx context.Context, q Querier, version int) ([]string, error) {
	want, err := expectedSchema(ctx, version)
	if err != nil {
		return nil, err
	}
	have, err := readSchema(ctx, q)
	if err != nil {
		return nil, err
	}
	var diffs []string
	for key, w := range want {
		h, ok := have[key]
		if !ok {
			diffs = append(diffs, w.label()+" tidak ada")
			continue
		}
		diffs = append(diffs, lineDiff(w, h)...)
	}
	for key, h := range have {
		if _, ok := want[key]; !ok {
			diffs = append(diffs, h.label()+" tidak dikenal (bukan buatan SiDamping)")
		}
	}
	sort.Strings(diffs)
	return diffs, nil
}

// lineDiff names the lines of one object that are only on one side.
func lineDiff(want, have schemaObject) []string {
	in := func(lines []string) map[string]bool {
		m := make(map[string]bool, len(lines))
		for _, l := range lines {
			m[l] = true
		}
		return m
	}
	w, h := in(want.lines), in(have.lines)
	var out []string
	for _, l := range want.lines {
		if !h[l] {
			out = append(out, fmt.Sprintf("%s: %s tidak ada", want.label(), l))
		}
	}
	for _, l := range have.lines {
		if !w[l] {
			out = append(out, fmt.Sprintf("%s: %s tidak dikenal", have.label(), l))
		}
	}
	return out
}

var (
	expectedMu sync.Mutex
	expected   = map[int]map[string]schemaObject{}
)

// expectedSchema migrates a fresh in-memory database to version and reads its schema
// (once per version and process).
func expectedSchema(ctx context.Context, version int) (map[string]schemaObject, error) {
	expectedMu.Lock()
	defer expectedMu.Unlock()
	if s, ok := expected[version]; ok {
		return s, nil
	}
	db, err := gorm.Open(sqlite.Open("file::memory:?_foreign_keys=on&_txlock=immediate"),
		&gorm.Config{Logger: logger.Default.LogMode(logger.Silent)})
	if err != nil {
		return nil, err
	}
	defer Close(db)
	pool, err := db.DB()
	if err != nil {
		return nil, err
	}
	pool.SetMaxOpenConns(1) // one connection: one in-memory database
	if err := MigrateTo(ctx, db, version); err != nil {
		return nil, fmt.Errorf("skema acuan versi %d: %w", version, err)
	}
	s, err := readSchema(ctx, pool)
	if err != nil {
		return nil, err
	}
	expected[version] = s
	return s, nil
}

// readSchema describes every object of sqlite_master by kind and name.
func readSchema(ctx context.Context, q Querier) (map[string]schemaObject, error) {
	rows, err := queryStrings(ctx, q, 3, `SELECT type, name, COALESCE(sql, '') FROM sqlite_master
		WHERE name NOT LIKE 'sqlite_stat%' AND name NOT LIKE 'sqlite_autoindex_%' ORDER BY type, name`)
	if err != nil {
		return nil, err
	}
	out := map[string]schemaObject{}
	for _, r := range rows {
		o := schemaObject{kind: r[0], name: r[1]}
		if o.kind == "table" {
			if o.lines, err = tableLines(ctx, q, o.name); err != nil {
				return nil, err
			}
		} else {
			o.lines = []string{"definisi " + strings.Join(strings.Fields(r[2]), " ")}
		}
		out[o.kind+" "+o.name] = o
	}
	return out, nil
}

// tableLines describes a table's columns, foreign keys and indexes, one line each.
func tableLines(ctx context.Context, q Querier, table string) ([]string, error) {
	var lines []string
	props, err := queryStrings(ctx, q, 2, `SELECT wr, strict FROM pragma_table_list WHERE schema = 'main' AND name = ?`, table)
	if err != nil {
		return nil, err
	}
	for _, p := range props {
		lines = append(lines, fmt.Sprintf("sifat without_rowid=%s strict=%s", p[0], p[1]))
	}
	cols, err := queryStrings(ctx, q, 6, `SELECT name, type, "notnull", COALESCE(dflt_value, 'NULL'), pk, hidden
		FROM pragma_table_xinfo(?) ORDER BY cid`, table)
	if err != nil {
		return nil, err
	}
	for i, c := range cols {
		lines = append(lines, fmt.Sprintf("kolom %d %s %s notnull=%s default=%s pk=%s hidden=%s", i+1, c[0], strings.ToUpper(c[1]), c[2], c[3], c[4], c[5]))
	}
	fks, err := queryStrings(ctx, q, 7, `SELECT id, seq, "table", "from", COALESCE("to", ''), on_update, on_delete
		FROM pragma_foreign_key_list(?) ORDER BY id, seq`, table)
	if err != nil {
		return nil, err
	}
	for _, f := range fks {
		lines = append(lines, fmt.Sprintf("rujukan %s.%s %s → %s(%s) on update %s on delete %s", f[0], f[1], f[3], f[2], f[4], f[5], f[6]))
	}
	idx, err := queryStrings(ctx, q, 4, `SELECT name, "unique", origin, partial FROM pragma_index_list(?) ORDER BY name`, table)
	if err != nil {
		return nil, err
	}
	for _, ix := range idx {
		icols, err := queryStrings(ctx, q, 3, `SELECT COALESCE(name, '<ekspresi>'), "desc", coll
			FROM pragma_index_xinfo(?) WHERE key = 1 ORDER BY seqno`, ix[0])
		if err != nil {
			return nil, err
		}
		var parts []string
		for _, c := range icols {
			parts = append(parts, c[0]+map[string]string{"1": " DESC"}[c[1]]+" "+c[2])
		}
		name := ix[0]
		if strings.HasPrefix(name, "sqlite_autoindex_") {
			name = "otomatis" // numbered by position, compared by content
		}
		lines = append(lines, fmt.Sprintf("indeks %s unique=%s asal=%s parsial=%s (%s)", name, ix[1], ix[2], ix[3], strings.Join(parts, ", ")))
	}
	return lines, nil
}

// queryStrings reads n text columns of every row of query.
func queryStrings(ctx context.Context, q Querier, n int, query string, args ...any) ([][]string, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out [][]string
	for rows.Next() {
		vals := make([]sql.NullString, n)
		ptrs := make([]any, n)
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			return nil, err
		}
		row := make([]string, n)
		for i, v := range vals {
			row[i] = v.String
		}
		out = append(out, row)
	}
	return out, rows.Err()
}
