package households

import (
	"bufio"
	"compress/gzip"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"sidamping/models"
	"sidamping/services/fileout"
)

// An archived edition keeps its edisi row and its village totals (edisi_desa), so lists,
// rankings and references to the edition stay; its families and members (with their
// verification) move to a gzip file of JSON lines in the folder "arsip-edisi" beside the
// database (edisi-<id>-<name>.sdarsip): gzip of one JSON line
//
//	{"format":"sidamping-edisi","version":1,"edition":{...},"families":[cols],"members":[cols]}
//
// then the families and the members (every family before the members) in the binary
// row form of archivecodec.go.
//
// Restoring reads it back under new ids (an archived edition's ids may have been reused
// by a later import) and makes the members findable again.

// ArchiveDir is the folder of archived editions beside the database file.
const ArchiveDir = "arsip-edisi"

const archiveFormat = "sidamping-edisi"

const vervalCols = ", status, status_date, verifier_id, verifier_name, status_note"

var (
	famArchCols = famCols + vervalCols
	memArchCols = memCols + vervalCols
)

type archiveHead struct {
	Format   string       `json:"format"`
	Version  int          `json:"version"`
	Edition  models.Edisi `json:"edition"`
	Families []string     `json:"families"`
	Members  []string     `json:"members"`
}

// EditionResult tells what an edition command did.
type EditionResult struct {
	Edition     models.Edisi `json:"edition"`
	ArchiveFile string       `json:"archiveFile"` // full path, for archive and restore
	Seconds     float64      `json:"seconds"`
}

var reSlug = regexp.MustCompile(`[^A-Za-z0-9]+`)

// dbDir is the folder of the database file.
func (s *Service) dbDir(ctx context.Context) (string, error) {
	var rows []struct {
		Name string
		File string
	}
	if err := s.db.WithContext(ctx).Raw("SELECT name, file FROM pragma_database_list").Scan(&rows).Error; err != nil {
		return "", err
	}
	for _, r := range rows {
		if r.Name == "main" && r.File != "" {
			return filepath.Dir(r.File), nil
		}
	}
	return "", models.NewError(models.ErrInvalid, CodeArchiveInvalid, "Basis data ini tidak berupa berkas; edisi tidak dapat diarsipkan.")
}

func (s *Service) archivePath(ctx context.Context, name string) (string, error) {
	dir, err := s.dbDir(ctx)
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, ArchiveDir, name), nil
}

func (s *Service) removeArchive(ctx context.Context, name string) {
	if p, err := s.archivePath(ctx, name); err == nil {
		_ = os.Remove(p)
	}
}

// ArchiveEdition moves an edition's families and members into a compressed file beside
// the database and out of the registry, in one transaction: the file is in place before
// the rows leave, and a failure leaves both as they were. Refused while beneficiaries or
// other records refer to its families or members (verification statuses go along).
func (s *Service) ArchiveEdition(ctx context.Context, id uint) (EditionResult, error) {
	start := time.Now()
	e, err := s.edition(ctx, id)
	if err != nil {
		return EditionResult{}, err
	}
	if e.ArchivedAt != nil {
		return EditionResult{Edition: e}, models.Conflict(CodeEditionArchived, fmt.Sprintf("Edisi \"%s\" sudah diarsipkan.", e.Name))
	}
	name := fmt.Sprintf("edisi-%d-%s.sdarsip", e.ID, strings.Trim(reSlug.ReplaceAllString(strings.ToLower(e.Name), "-"), "-"))
	path, err := s.archivePath(ctx, name)
	if err != nil {
		return EditionResult{}, err
	}
	var size int64
	err = s.writeTx(ctx, func(tx *sql.Tx) error {
		refs, err := editionRefs(ctx, tx, id, true)
		if err != nil {
			return err
		}
		if refs.any(true) {
			return errEditionInUse(e.Name, refs, true)
		}
		t, err := fileout.Create(ctx, path, fileout.Options{MakeDirs: true})
		if err != nil {
			return err
		}
		defer t.Abort()
		if err := writeArchive(ctx, tx, t, e); err != nil {
			if ae := (*models.AppError)(nil); errors.As(err, &ae) {
				return err
			}
			return fileout.WriteFailed(path, err)
		}
		if err := deleteRows(ctx, tx, id); err != nil {
			return err
		}
		if err := t.Commit(); err != nil {
			return err
		}
		if fi, err := os.Stat(path); err == nil {
			size = fi.Size()
		}
		_, err = tx.ExecContext(ctx, `UPDATE edisi SET archived_at = ?, archive_file = ?, archive_size = ? WHERE id = ?`,
			s.clock.Now(), name, size, id)
		if err != nil {
			_ = os.Remove(path)
		}
		return err
	})
	if err != nil {
		return EditionResult{Edition: e}, err
	}
	e, err = s.edition(ctx, id)
	return EditionResult{Edition: e, ArchiveFile: path, Seconds: time.Since(start).Seconds()}, err
}

// writeArchive writes the edition's families and members, each family before its members.
func writeArchive(ctx context.Context, tx execer, w io.Writer, e models.Edisi) error {
	zw, _ := gzip.NewWriterLevel(w, gzip.BestSpeed)
	bw := bufio.NewWriterSize(zw, 1<<16)
	head, _ := json.Marshal(archiveHead{Format: archiveFormat, Version: 1, Edition: e,
		Families: strings.Split(famArchCols, ", "), Members: strings.Split(memArchCols, ", ")})
	bw.Write(append(head, '\n'))
	rw := &rowWriter{w: bw}
	for _, t := range []struct {
		cols, table string
		kind        byte
	}{{famArchCols, "keluarga", 'k'}, {memArchCols, "individu", 'i'}} {
		rows, err := tx.QueryContext(ctx, `SELECT `+t.cols+` FROM `+t.table+` WHERE id BETWEEN (SELECT MIN(id) FROM `+t.table+` WHERE edisi_id = ?1)
			AND (SELECT MAX(id) FROM `+t.table+` WHERE edisi_id = ?1) AND +edisi_id = ?1 ORDER BY id`, e.ID)
		if err != nil {
			return err
		}
		n := len(strings.Split(t.cols, ", "))
		vals := make([]any, n)
		ptrs := make([]any, n)
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		for rows.Next() {
			if err := rows.Scan(ptrs...); err != nil {
				rows.Close()
				return err
			}
			if err := rw.row(t.kind, vals); err != nil {
				rows.Close()
				return err
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		if ctx.Err() != nil {
			return fileout.Cancelled(ctx)
		}
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// RestoreEdition brings an archived edition's families and members back into the
// registry (new ids, findable again) and removes its archive file, in one transaction.
// A verification status deleted in the meantime comes back into the list of statuses;
// a verifier who left the team is kept by name only.
func (s *Service) RestoreEdition(ctx context.Context, id uint) (EditionResult, error) {
	start := time.Now()
	e, err := s.edition(ctx, id)
	if err != nil {
		return EditionResult{}, err
	}
	if e.ArchivedAt == nil || e.ArchiveFile == "" {
		return EditionResult{Edition: e}, models.Conflict(CodeNotArchived, fmt.Sprintf("Edisi \"%s\" tidak diarsipkan; datanya ada di daftar.", e.Name))
	}
	path, err := s.archivePath(ctx, e.ArchiveFile)
	if err != nil {
		return EditionResult{}, err
	}
	f, err := os.Open(path)
	if err != nil {
		return EditionResult{Edition: e}, models.NotFound(CodeArchiveInvalid,
			fmt.Sprintf("Berkas arsip edisi \"%s\" (%s) tidak ditemukan atau tidak dapat dibuka.", e.Name, path)).Wrap(err)
	}
	defer f.Close()
	bad := func(why string, err error) error {
		return models.NewError(models.ErrInvalid, CodeArchiveInvalid,
			fmt.Sprintf("Berkas arsip %s tidak dapat dipulihkan: %s.", path, why)).Wrap(err)
	}
	zr, err := gzip.NewReader(bufio.NewReaderSize(f, 1<<16))
	if err != nil {
		return EditionResult{Edition: e}, bad("bukan berkas arsip edisi", err)
	}
	br := bufio.NewReaderSize(zr, 1<<16)
	line, err := br.ReadBytes('\n')
	var head archiveHead
	if err == nil {
		err = json.Unmarshal(line, &head)
	}
	if err != nil || head.Format != archiveFormat || head.Version != 1 || head.Edition.ID != e.ID {
		return EditionResult{Edition: e}, bad("isinya bukan arsip edisi ini", err)
	}
	if strings.Join(head.Families, ", ") != famArchCols || strings.Join(head.Members, ", ") != memArchCols {
		return EditionResult{Edition: e}, bad("susunan kolomnya tidak dikenal", nil)
	}
	err = s.writeTx(ctx, func(tx *sql.Tx) error {
		ld, err := newLoader(ctx, tx, int64(id))
		if err != nil {
			return err
		}
		defer ld.close()
		if err := restoreRows(ctx, tx, &rowReader{r: br}, ld); err != nil {
			if ae := (*models.AppError)(nil); errors.As(err, &ae) {
				return err
			}
			if strings.Contains(err.Error(), "FOREIGN KEY") {
				return bad("desa/kelurahan yang dirujuknya sudah tidak ada di Data Master", err)
			}
			return bad(err.Error(), err)
		}
		for _, st := range ld.searchSteps() {
			if _, err := tx.ExecContext(ctx, st.query, st.args...); err != nil {
				return err
			}
		}
		_, err = tx.ExecContext(ctx, `UPDATE edisi SET archived_at = NULL, archive_file = NULL, archive_size = 0 WHERE id = ?`, id)
		return err
	})
	if err != nil {
		return EditionResult{Edition: e}, err
	}
	f.Close()
	_ = os.Remove(path)
	e, err = s.edition(ctx, id)
	return EditionResult{Edition: e, ArchiveFile: path, Seconds: time.Since(start).Seconds()}, err
}

// restoreRows inserts the archived rows under the loader's next ids.
func restoreRows(ctx context.Context, tx execer, rr *rowReader, ld *loader) error {
	statuses, err := stringSet(ctx, tx, `SELECT code FROM status_verval`)
	if err != nil {
		return err
	}
	verifiers, err := stringSet(ctx, tx, `SELECT CAST(id AS TEXT) FROM anggota_tim`)
	if err != nil {
		return err
	}
	famIDs := map[int64]int64{}
	nFam, nMem := len(strings.Split(famArchCols, ", ")), len(strings.Split(memArchCols, ", "))
	famSt, memSt := len(strings.Split(famCols, ", ")), len(strings.Split(memCols, ", "))
	fix := func(vals []any, at int) error {
		// status, status_date, verifier_id, verifier_name, status_note
		if st, ok := vals[at].(string); ok && !statuses[st] {
			if _, err := tx.ExecContext(ctx, `INSERT INTO status_verval(code, label, sort_order, builtin) VALUES (?, ?, 99, 0)`, st, st); err != nil {
				return err
			}
			statuses[st] = true
		}
		if v, ok := vals[at+2].(int64); ok && !verifiers[fmt.Sprint(v)] {
			vals[at+2] = nil
		}
		return nil
	}
	for {
		kind, vals, err := rr.row(func(k byte) int {
			switch k {
			case 'k':
				return nFam
			case 'i':
				return nMem
			}
			return 0
		})
		if err == io.EOF {
			break
		} else if err != nil {
			return err
		}
		switch kind {
		case 'k':
			old, _ := vals[0].(int64)
			id := ld.nextFam
			ld.nextFam++
			famIDs[old] = id
			vals[0], vals[1] = id, ld.editionID
			if err := fix(vals, famSt); err != nil {
				return err
			}
			ld.famArgs = append(ld.famArgs, vals...)
		default:
			old, _ := vals[1].(int64)
			fam, ok := famIDs[old]
			if !ok {
				return errors.New("anggota tanpa keluarga di arsip")
			}
			mid := ld.nextMem
			ld.nextMem++
			vals[0], vals[1], vals[2] = mid, fam, ld.editionID
			if err := fix(vals, memSt); err != nil {
				return err
			}
			ld.memArgs = append(ld.memArgs, vals...)
			if norm, ok := vals[7].(string); ok {
				for _, w := range nameWords(norm) {
					ld.tokArgs = append(ld.tokArgs, mid, w)
				}
			}
		}
		if len(ld.famArgs) >= chunkRows*nFam || len(ld.memArgs) >= chunkRows*nMem || len(ld.tokArgs) >= cap(ld.tokArgs)-2*tokColsN {
			if err := ld.flushArch(nFam, nMem); err != nil {
				return err
			}
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
	}
	return ld.flushArch(nFam, nMem)
}

// flushArch writes the pending archived families, members and words.
func (l *loader) flushArch(nFam, nMem int) error {
	if err := l.flush("keluarga", famArchCols, nFam, &l.famArgs); err != nil {
		return err
	}
	if err := l.flush("individu", memArchCols, nMem, &l.memArgs); err != nil {
		return err
	}
	return l.flush("temp.kata_baru", tokCols, tokColsN, &l.tokArgs)
}

func stringSet(ctx context.Context, q execer, query string) (map[string]bool, error) {
	rows, err := q.QueryContext(ctx, query)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]bool{}
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, err
		}
		out[s] = true
	}
	return out, rows.Err()
}
