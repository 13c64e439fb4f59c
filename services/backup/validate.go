package backup

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"sidamping/models"
)

// sqliteMagic opens every SQLite 3 database file.
const sqliteMagic = "SQLite format 3\x00"

// invalid builds the error of a file that cannot be restored.
func invalid(code, msg string) *models.AppError {
	return models.NewError(models.ErrInvalid, code, msg)
}

// Validate checks that path is a SiDamping database this build can open. It opens the
// file read-only and never changes it.
func (s *Service) Validate(ctx context.Context, path string) (Info, error) {
	name := filepath.Base(path)
	fi, err := os.Stat(path)
	if errors.Is(err, os.ErrNotExist) {
		return Info{}, invalid("backup.not_found", fmt.Sprintf("Berkas %s tidak ditemukan.", path))
	}
	if err != nil {
		return Info{}, invalid("backup.unreadable", fmt.Sprintf("Berkas %s tidak dapat dibaca: %v.", name, err)).Wrap(err)
	}
	if fi.IsDir() {
		return Info{}, invalid("backup.not_file", fmt.Sprintf("%s adalah folder, bukan berkas cadangan.", path))
	}
	if fi.Size() == 0 {
		return Info{}, invalid("backup.empty", fmt.Sprintf("Berkas %s kosong, bukan basis data SiDamping.", name))
	}
	if err := checkMagic(path); err != nil {
		if _, ok := err.(*models.AppError); ok {
			return Info{}, err
		}
		return Info{}, invalid("backup.unreadable", fmt.Sprintf("Berkas %s tidak dapat dibaca: %v.", name, err)).Wrap(err)
	}
	db, err := openSQL(readOnlyURI(path))
	if err != nil {
		return Info{}, corrupt(name, err.Error())
	}
	defer db.Close()
	if err := checkIntegrity(ctx, db, name); err != nil {
		return Info{}, err
	}
	if err := checkAppID(ctx, db, name); err != nil {
		return Info{}, err
	}
	v, err := checkVersion(ctx, db, name)
	if err != nil {
		return Info{}, err
	}
	if err := checkSchema(ctx, db, name, v); err != nil {
		return Info{}, err
	}
	info := describe(path)
	info.SchemaVersion = v
	return info, nil
}

// checkSchema requires the schema to be exactly what the migrations make for version v:
// a trigger, view, table, column or index they do not make (or a missing one) could
// destroy data once restored, so the file is refused and every difference listed.
func checkSchema(ctx context.Context, db *sql.DB, name string, v int) error {
	diffs, err := models.SchemaDiff(ctx, db, v)
	if err != nil {
		return corrupt(name, err.Error())
	}
	if len(diffs) == 0 {
		return nil
	}
	shown := strings.Join(diffs[:min(len(diffs), 3)], "; ")
	if len(diffs) > 3 {
		shown += fmt.Sprintf("; dan %d lainnya", len(diffs)-3)
	}
	return invalid("backup.schema_mismatch", fmt.Sprintf(
		"Berkas %s tidak dipulihkan: susunan basis datanya berbeda dari yang dibuat SiDamping untuk skema versi %d (%s).",
		name, v, shown)).WithDetails(diffs)
}

// checkMagic reads the 16-byte header every SQLite database starts with.
func checkMagic(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	head := make([]byte, len(sqliteMagic))
	if _, err := io.ReadFull(f, head); err != nil && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
		return err
	}
	if !bytes.Equal(head, []byte(sqliteMagic)) {
		return invalid("backup.not_sqlite", fmt.Sprintf("Berkas %s bukan basis data SiDamping (bukan berkas basis data SQLite).", filepath.Base(path)))
	}
	return nil
}

// corrupt is the message of a file that fails SQLite's own checks.
func corrupt(name, detail string) *models.AppError {
	if len(detail) > 300 {
		detail = detail[:300] + "…"
	}
	return invalid("backup.corrupt", fmt.Sprintf("Berkas %s rusak: pemeriksaan integritas gagal (%s).", name, detail))
}

// checkIntegrity runs PRAGMA integrity_check and foreign_key_check.
func checkIntegrity(ctx context.Context, db *sql.DB, name string) error {
	problems, err := column(ctx, db, "PRAGMA integrity_check(20)")
	if err != nil {
		return corrupt(name, err.Error())
	}
	if len(problems) != 1 || problems[0] != "ok" {
		return corrupt(name, strings.Join(problems, "; ")).WithDetails(problems)
	}
	fks, err := column(ctx, db, `SELECT "table" || ' baris ' || rowid || ' merujuk ' || parent FROM pragma_foreign_key_check`)
	if err != nil {
		return corrupt(name, err.Error())
	}
	if len(fks) > 0 {
		return invalid("backup.corrupt", fmt.Sprintf("Berkas %s rusak: %d rujukan antartabel tidak valid (%s).",
			name, len(fks), fks[0])).WithDetails(fks)
	}
	return nil
}

// checkAppID requires app_meta.app_id = models.AppID.
func checkAppID(ctx context.Context, db *sql.DB, name string) error {
	var id string
	err := db.QueryRowContext(ctx, "SELECT value FROM app_meta WHERE key = 'app_id'").Scan(&id)
	if err != nil || id != models.AppID {
		return invalid("backup.not_sidamping", fmt.Sprintf("Berkas %s bukan basis data SiDamping.", name))
	}
	return nil
}

// checkVersion reads the schema version and refuses one newer than this build.
func checkVersion(ctx context.Context, db *sql.DB, name string) (int, error) {
	var v int
	err := db.QueryRowContext(ctx, "SELECT COALESCE(MAX(id),0) FROM schema_migrations").Scan(&v)
	if err != nil || v <= 0 {
		return 0, invalid("backup.no_version", fmt.Sprintf("Berkas %s bukan basis data SiDamping yang lengkap: versi skemanya tidak diketahui.", name))
	}
	if v > models.LatestVersion() {
		e := invalid("backup.newer_version", fmt.Sprintf(
			"Berkas %s dibuat oleh versi SiDamping yang lebih baru (skema %d; aplikasi ini mengenal sampai skema %d). Perbarui SiDamping terlebih dahulu.",
			name, v, models.LatestVersion()))
		return v, e
	}
	return v, nil
}

// column reads the first column of every row of query.
func column(ctx context.Context, db *sql.DB, query string) ([]string, error) {
	rows, err := db.QueryContext(ctx, query)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
}
