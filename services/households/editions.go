package households

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"sidamping/models"
)

// Codes of the edition commands.
const (
	CodeEditionInUse    = "households.edition_in_use"
	CodeEditionArchived = "households.edition_archived"
	CodeNotArchived     = "households.edition_not_archived"
	CodeArchiveInvalid  = "households.archive_invalid"
)

// EditionRefs tells what refers to an edition's rows, so that it cannot be deleted.
type EditionRefs struct {
	Beneficiaries int64 `json:"beneficiaries"` // members picked as beneficiaries of an activity
	Statuses      int64 `json:"statuses"`      // families and members with a verification status
	// Others counts rows of other tables (comparisons, movements...) by their
	// Indonesian label (models.TableLabels).
	Others map[string]int64 `json:"others"`
}

func (r EditionRefs) any(forArchive bool) bool {
	if r.Beneficiaries > 0 || len(r.Others) > 0 {
		return true
	}
	return !forArchive && r.Statuses > 0
}

// texts lists what refers, in Indonesian.
func (r EditionRefs) texts(forArchive bool) []string {
	var out []string
	if r.Beneficiaries > 0 {
		out = append(out, fmt.Sprintf("%d anggota tercatat sebagai penerima manfaat kegiatan", r.Beneficiaries))
	}
	if r.Statuses > 0 && !forArchive {
		out = append(out, fmt.Sprintf("%d keluarga/anggota sudah diberi status verifikasi", r.Statuses))
	}
	for label, n := range r.Others {
		out = append(out, fmt.Sprintf("%d baris %s", n, label))
	}
	return out
}

// editionRefs counts what refers to an edition: beneficiaries, verification statuses and
// rows of any other table whose foreign key points at the edition, its families or its
// members (found in the schema, so tables added later are covered too).
func editionRefs(ctx context.Context, q execer, editionID uint, forArchive bool) (EditionRefs, error) {
	r := EditionRefs{Others: map[string]int64{}}
	one := func(dst *int64, query string, args ...any) error {
		rows, err := q.QueryContext(ctx, query, args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		if rows.Next() {
			return rows.Scan(dst)
		}
		return rows.Err()
	}
	if err := one(&r.Beneficiaries, `SELECT COUNT(*) FROM penerima_manfaat p JOIN individu i ON i.id = p.individu_id WHERE i.edisi_id = ?`, editionID); err != nil {
		return r, err
	}
	if err := one(&r.Statuses, `SELECT (SELECT COUNT(*) FROM keluarga WHERE status IS NOT NULL AND edisi_id = ?)
		+ (SELECT COUNT(*) FROM individu WHERE status IS NOT NULL AND edisi_id = ?)`, editionID, editionID); err != nil {
		return r, err
	}
	rows, err := q.QueryContext(ctx, `SELECT m.name, f."from", f."table" FROM sqlite_master m, pragma_foreign_key_list(m.name) f
		WHERE m.type = 'table' AND f."table" IN ('edisi', 'keluarga', 'individu')`)
	if err != nil {
		return r, err
	}
	type ref struct{ table, col, parent string }
	var refs []ref
	for rows.Next() {
		var x ref
		if err := rows.Scan(&x.table, &x.col, &x.parent); err != nil {
			rows.Close()
			return r, err
		}
		refs = append(refs, x)
	}
	rows.Close()
	for _, x := range refs {
		switch x.table {
		case "keluarga", "individu", "edisi_desa", "penerima_manfaat":
			continue // the edition's own rows, and the beneficiaries counted above
		}
		if forArchive && x.parent == "edisi" {
			continue // an archived edition keeps its row: references to it stay valid
		}
		var where string
		switch x.parent {
		case "edisi":
			where = `"` + x.col + `" = ?`
		case "keluarga":
			where = `"` + x.col + `" IN (SELECT id FROM keluarga WHERE edisi_id = ?)`
		default:
			where = `"` + x.col + `" IN (SELECT id FROM individu WHERE edisi_id = ?)`
		}
		var n int64
		if err := one(&n, `SELECT COUNT(*) FROM "`+x.table+`" WHERE `+where, editionID); err != nil {
			return r, err
		}
		if n > 0 {
			label := models.TableLabels[x.table]
			if label == "" {
				label = x.table
			}
			r.Others[label] += n
		}
	}
	return r, nil
}

// errEditionInUse refuses to delete (or archive) an edition that others refer to.
func errEditionInUse(name string, r EditionRefs, forArchive bool) error {
	verb := "dihapus"
	if forArchive {
		verb = "diarsipkan"
	}
	list := r.texts(forArchive)
	e := models.NewError(models.ErrReferenced, CodeEditionInUse,
		fmt.Sprintf("Edisi \"%s\" tidak dapat %s: %s.", name, verb, strings.Join(list, "; "))).WithDetails(list)
	e.Params = map[string]any{"edition": name, "beneficiaries": r.Beneficiaries, "statuses": r.Statuses, "others": r.Others}
	if !forArchive && r.Beneficiaries == 0 && len(r.Others) == 0 {
		e.Message += " Arsipkan edisi ini bila datanya tidak perlu ada di daftar: status verifikasinya ikut tersimpan di arsip."
	}
	return e
}

// DeleteEdition removes an edition with its families, members and search rows in one
// transaction; refused (households.edition_in_use, saying what refers to it) while
// beneficiaries, verification statuses or other records refer to it. An archived
// edition is deleted with its archive file.
func (s *Service) DeleteEdition(ctx context.Context, id uint) error {
	e, err := s.edition(ctx, id)
	if err != nil {
		return err
	}
	err = s.writeTx(ctx, func(tx *sql.Tx) error {
		refs, err := editionRefs(ctx, tx, id, false)
		if err != nil {
			return err
		}
		if refs.any(false) {
			return errEditionInUse(e.Name, refs, false)
		}
		if err := deleteRows(ctx, tx, id); err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `DELETE FROM edisi WHERE id = ?`, id)
		return err
	})
	if err == nil && e.ArchiveFile != "" {
		s.removeArchive(ctx, e.ArchiveFile)
	}
	return err
}

// deleteRows removes an edition's search rows, members and families (not the edition
// and its village totals). Members and families go by their id range (an edition's ids
// are contiguous), so each table is walked in key order.
func deleteRows(ctx context.Context, tx execer, id uint) error {
	for _, q := range []string{
		`DELETE FROM individu_kata WHERE edisi_id = ?1`,
		`DELETE FROM individu_nama WHERE edisi_id = ?1`,
		`DELETE FROM individu WHERE id BETWEEN (SELECT MIN(id) FROM individu WHERE edisi_id = ?1)
			AND (SELECT MAX(id) FROM individu WHERE edisi_id = ?1) AND +edisi_id = ?1`,
		`DELETE FROM keluarga WHERE id BETWEEN (SELECT MIN(id) FROM keluarga WHERE edisi_id = ?1)
			AND (SELECT MAX(id) FROM keluarga WHERE edisi_id = ?1) AND +edisi_id = ?1`,
	} {
		if _, err := tx.ExecContext(ctx, q, id); err != nil {
			return err
		}
	}
	return nil
}

// writeTx runs fn in one write transaction on a connection of its own.
func (s *Service) writeTx(ctx context.Context, fn func(tx *sql.Tx) error) error {
	sqlDB, err := s.db.DB()
	if err != nil {
		return err
	}
	tx, err := sqlDB.BeginTx(ctx, nil)
	if err != nil {
		return fileError(err)
	}
	defer tx.Rollback()
	if err := fn(tx); err != nil {
		var ae *models.AppError
		if errors.As(err, &ae) {
			return err
		}
		return fileError(err)
	}
	if err := tx.Commit(); err != nil {
		return fileError(err)
	}
	return nil
}
