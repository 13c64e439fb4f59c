package models

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"gorm.io/driver/sqlite"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"
)

// DefaultDBPath is %APPDATA%\SiDamping\sidamping.db on Windows, ~/.config/SiDamping on Linux.
func DefaultDBPath() (string, error) {
	dir, err := os.UserConfigDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, "SiDamping", "sidamping.db"), nil
}

// dsn builds the connection string; every pooled connection gets the same pragmas.
func dsn(path string, readOnly bool) string {
	q := "_txlock=immediate&_foreign_keys=on&_journal_mode=WAL&_busy_timeout=10000&_synchronous=NORMAL&_cache_size=-65536"
	if readOnly {
		q = "mode=ro&_foreign_keys=on&_busy_timeout=10000"
	}
	return SQLiteURI(path, q)
}

// Open opens (creating if needed) the SQLite database at path and verifies its pragmas.
// A database on a network share is refused (CheckLocalDisk).
func Open(path string) (*gorm.DB, error) {
	if err := CheckLocalDisk(path); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, fmt.Errorf("membuat folder data: %w", err)
	}
	db, err := gorm.Open(sqlite.Open(dsn(path, false)), &gorm.Config{
		Logger:                                   logger.Default.LogMode(logger.Silent),
		DisableForeignKeyConstraintWhenMigrating: false,
		TranslateError:                           true,
	})
	if err != nil {
		return nil, fmt.Errorf("membuka basis data %s: %w", path, err)
	}
	sqlDB, err := db.DB()
	if err != nil {
		return nil, err
	}
	sqlDB.SetMaxOpenConns(4)
	if err := VerifyPragmas(context.Background(), db); err != nil {
		sqlDB.Close()
		return nil, err
	}
	return db, nil
}

// OpenReadOnly opens a database file without changing it (used to inspect a backup).
func OpenReadOnly(path string) (*gorm.DB, error) {
	db, err := gorm.Open(sqlite.Open(dsn(path, true)), &gorm.Config{Logger: logger.Default.LogMode(logger.Silent)})
	if err != nil {
		return nil, err
	}
	return db, nil
}

// Close closes the pool behind db.
func Close(db *gorm.DB) error {
	sqlDB, err := db.DB()
	if err != nil {
		return err
	}
	return sqlDB.Close()
}

// VerifyPragmas checks that WAL, foreign keys and the busy timeout took effect.
func VerifyPragmas(ctx context.Context, db *gorm.DB) error {
	var mode string
	var fk, busy int
	conn := db.WithContext(ctx)
	if err := conn.Raw("PRAGMA journal_mode").Scan(&mode).Error; err != nil {
		return err
	}
	if err := conn.Raw("PRAGMA foreign_keys").Scan(&fk).Error; err != nil {
		return err
	}
	if err := conn.Raw("PRAGMA busy_timeout").Scan(&busy).Error; err != nil {
		return err
	}
	if !strings.EqualFold(mode, "wal") || fk != 1 || busy <= 0 {
		return fmt.Errorf("pengaturan SQLite tidak berlaku (journal_mode=%s, foreign_keys=%d, busy_timeout=%d)", mode, fk, busy)
	}
	return nil
}

// IntegrityCheck runs PRAGMA integrity_check and foreign_key_check and returns the problems found.
func IntegrityCheck(ctx context.Context, db *gorm.DB) ([]string, error) {
	var rows []string
	if err := db.WithContext(ctx).Raw("PRAGMA integrity_check").Scan(&rows).Error; err != nil {
		return nil, err
	}
	var problems []string
	for _, r := range rows {
		if r != "ok" {
			problems = append(problems, r)
		}
	}
	type fkRow struct {
		Table  string
		Rowid  int64
		Parent string
		Fkid   int
	}
	var fks []fkRow
	if err := db.WithContext(ctx).Raw("PRAGMA foreign_key_check").Scan(&fks).Error; err != nil {
		return nil, err
	}
	for _, f := range fks {
		problems = append(problems, fmt.Sprintf("tabel %s baris %d merujuk %s yang tidak ada", f.Table, f.Rowid, f.Parent))
	}
	return problems, nil
}
