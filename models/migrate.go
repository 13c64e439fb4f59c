package models

import (
	"context"
	"fmt"
	"sort"
	"time"

	"gorm.io/gorm"
)

// Migration is one numbered schema step. Its SQL is frozen: never edit a released one,
// add a new step instead.
type Migration struct {
	ID      int
	Name    string
	Migrate func(tx *gorm.DB) error
}

// SchemaMigration records an applied step.
type SchemaMigration struct {
	ID        int       `gorm:"primaryKey;autoIncrement:false"`
	Name      string    `gorm:"not null"`
	AppliedAt time.Time `gorm:"not null"`
}

func (SchemaMigration) TableName() string { return "schema_migrations" }

// execAll runs SQL statements in order.
func execAll(tx *gorm.DB, stmts ...string) error {
	for _, s := range stmts {
		if err := tx.Exec(s).Error; err != nil {
			return fmt.Errorf("%w\n%s", err, s)
		}
	}
	return nil
}

// Migrations lists every schema step. Later areas add theirs from their own file with
// RegisterMigration in an init function; steps always run in ID order.
var Migrations = []Migration{
	{1, "master data", migrate0001},
	{2, "regency profile and signatories", migrate0002},
	{3, "partners and pairings", migrate0003},
	{4, "letters, numbering and templates", migrate0004},
}

// RegisterMigration adds a step (from an init function); IDs must be unique.
func RegisterMigration(m Migration) {
	for _, x := range Migrations {
		if x.ID == m.ID {
			panic(fmt.Sprintf("migration %d registered twice (%s, %s)", m.ID, x.Name, m.Name))
		}
	}
	Migrations = append(Migrations, m)
	sort.Slice(Migrations, func(i, j int) bool { return Migrations[i].ID < Migrations[j].ID })
}

// LatestVersion is the schema version this build knows.
func LatestVersion() int { return Migrations[len(Migrations)-1].ID }

// SchemaVersion returns the highest applied migration (0 for an empty database).
func SchemaVersion(ctx context.Context, db *gorm.DB) (int, error) {
	if !db.Migrator().HasTable(&SchemaMigration{}) {
		return 0, nil
	}
	var v int
	err := db.WithContext(ctx).Raw("SELECT COALESCE(MAX(id),0) FROM schema_migrations").Scan(&v).Error
	return v, err
}

// PendingMigrations tells how many steps would run.
func PendingMigrations(ctx context.Context, db *gorm.DB) (int, error) {
	v, err := SchemaVersion(ctx, db)
	if err != nil {
		return 0, err
	}
	n := 0
	for _, m := range Migrations {
		if m.ID > v {
			n++
		}
	}
	return n, nil
}

// MigrateTo applies the steps up to and including target (0 means all), each in its own
// transaction; it stops at the first failure.
func MigrateTo(ctx context.Context, db *gorm.DB, target int) error {
	if err := db.WithContext(ctx).AutoMigrate(&SchemaMigration{}); err != nil {
		return err
	}
	current, err := SchemaVersion(ctx, db)
	if err != nil {
		return err
	}
	if current > LatestVersion() {
		return fmt.Errorf("basis data berversi skema %d lebih baru daripada aplikasi ini (%d); perbarui SiDamping", current, LatestVersion())
	}
	for _, m := range Migrations {
		if m.ID <= current || (target > 0 && m.ID > target) {
			continue
		}
		err := db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
			if err := m.Migrate(tx); err != nil {
				return err
			}
			return tx.Create(&SchemaMigration{ID: m.ID, Name: m.Name, AppliedAt: time.Now()}).Error
		})
		if err != nil {
			return fmt.Errorf("migrasi %d (%s) gagal: %w", m.ID, m.Name, err)
		}
	}
	return nil
}

// Migrate applies every pending step.
func Migrate(ctx context.Context, db *gorm.DB) error { return MigrateTo(ctx, db, 0) }

func migrate0001(tx *gorm.DB) error {
	return execAll(tx,
		`CREATE TABLE app_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)`,
		`INSERT INTO app_meta(key, value) VALUES ('app_id', '`+AppID+`')`,
		`CREATE TABLE kecamatan (
			id INTEGER PRIMARY KEY AUTOINCREMENT,
			code TEXT NOT NULL UNIQUE,
			name TEXT NOT NULL,
			created_at DATETIME, updated_at DATETIME)`,
		`CREATE TABLE desa (
			id INTEGER PRIMARY KEY AUTOINCREMENT,
			code TEXT NOT NULL UNIQUE,
			name TEXT NOT NULL,
			kind TEXT NOT NULL DEFAULT 'desa',
			kecamatan_id INTEGER NOT NULL REFERENCES kecamatan(id) ON DELETE RESTRICT,
			population INTEGER NOT NULL DEFAULT 0,
			households INTEGER NOT NULL DEFAULT 0,
			poor_households INTEGER NOT NULL DEFAULT 0,
			poverty_pct REAL NOT NULL DEFAULT 0,
			idm_status TEXT,
			created_at DATETIME, updated_at DATETIME)`,
		`CREATE INDEX ix_desa_kecamatan ON desa(kecamatan_id)`,
		`CREATE TABLE tahun_program (
			id INTEGER PRIMARY KEY AUTOINCREMENT,
			year INTEGER NOT NULL UNIQUE,
			active INTEGER NOT NULL DEFAULT 0,
			note TEXT)`,
		`CREATE TABLE desa_tahun (
			id INTEGER PRIMARY KEY AUTOINCREMENT,
			desa_id INTEGER NOT NULL REFERENCES desa(id) ON DELETE CASCADE,
			year INTEGER NOT NULL REFERENCES tahun_program(year) ON DELETE RESTRICT,
			priority INTEGER NOT NULL DEFAULT 0,
			continuation INTEGER NOT NULL DEFAULT 0,
			UNIQUE(desa_id, year))`,
		`CREATE INDEX ix_desa_tahun_year ON desa_tahun(year)`,
		`CREATE TABLE opd (
			id INTEGER PRIMARY KEY AUTOINCREMENT,
			code TEXT NOT NULL UNIQUE,
			name TEXT NOT NULL,
			abbreviation TEXT,
			kind TEXT NOT NULL,
			head_name TEXT, head_rank TEXT, head_nip TEXT,
			address TEXT, phone TEXT, email TEXT,
			created_at DATETIME, updated_at DATETIME)`,
	)
}

func migrate0002(tx *gorm.DB) error {
	return execAll(tx,
		`CREATE TABLE profil (
			id INTEGER PRIMARY KEY,
			regency_name TEXT NOT NULL,
			province TEXT NOT NULL,
			regency_code TEXT NOT NULL,
			capital TEXT, office_name TEXT, address TEXT, phone TEXT, email TEXT, website TEXT,
			letterhead TEXT,
			logo_mime TEXT,
			logo BLOB,
			updated_at DATETIME)`,
		`CREATE TABLE penandatangan (
			id INTEGER PRIMARY KEY AUTOINCREMENT,
			role TEXT NOT NULL UNIQUE,
			title TEXT NOT NULL,
			name TEXT, rank TEXT, nip TEXT)`,
	)
}

func migrate0003(tx *gorm.DB) error {
	return execAll(tx,
		`CREATE TABLE mitra (
			id INTEGER PRIMARY KEY AUTOINCREMENT,
			name TEXT NOT NULL UNIQUE,
			kind TEXT NOT NULL,
			contact_name TEXT, phone TEXT, email TEXT, address TEXT, note TEXT,
			created_at DATETIME, updated_at DATETIME)`,
		`CREATE TABLE pendampingan (
			id INTEGER PRIMARY KEY AUTOINCREMENT,
			year INTEGER NOT NULL REFERENCES tahun_program(year) ON DELETE RESTRICT,
			desa_id INTEGER NOT NULL REFERENCES desa(id) ON DELETE RESTRICT,
			opd_id INTEGER NOT NULL REFERENCES opd(id) ON DELETE RESTRICT,
			second_reason TEXT, note TEXT,
			created_at DATETIME, updated_at DATETIME,
			UNIQUE(year, desa_id))`,
		`CREATE INDEX ix_pendampingan_opd ON pendampingan(year, opd_id)`,
		`CREATE TABLE anggota_tim (
			id INTEGER PRIMARY KEY AUTOINCREMENT,
			pendampingan_id INTEGER NOT NULL REFERENCES pendampingan(id) ON DELETE CASCADE,
			role TEXT NOT NULL,
			name TEXT NOT NULL,
			nip TEXT, rank TEXT, position TEXT,
			sort_order INTEGER NOT NULL DEFAULT 0)`,
		`CREATE INDEX ix_anggota_tim_pendampingan ON anggota_tim(pendampingan_id)`,
		`CREATE TABLE pendampingan_mitra (
			id INTEGER PRIMARY KEY AUTOINCREMENT,
			pendampingan_id INTEGER NOT NULL REFERENCES pendampingan(id) ON DELETE CASCADE,
			mitra_id INTEGER NOT NULL REFERENCES mitra(id) ON DELETE RESTRICT,
			role TEXT,
			UNIQUE(pendampingan_id, mitra_id))`,
	)
}

func migrate0004(tx *gorm.DB) error {
	return execAll(tx,
		`CREATE TABLE pola_nomor (
			id INTEGER PRIMARY KEY AUTOINCREMENT,
			type TEXT NOT NULL UNIQUE,
			pattern TEXT NOT NULL,
			klasifikasi TEXT, unit TEXT,
			padding INTEGER NOT NULL DEFAULT 0)`,
		`CREATE TABLE surat (
			id INTEGER PRIMARY KEY AUTOINCREMENT,
			type TEXT NOT NULL,
			year INTEGER NOT NULL REFERENCES tahun_program(year) ON DELETE RESTRICT,
			opd_id INTEGER REFERENCES opd(id) ON DELETE RESTRICT,
			status TEXT NOT NULL,
			number TEXT,
			seq INTEGER,
			subject TEXT NOT NULL,
			letter_date DATETIME,
			place TEXT,
			paper TEXT NOT NULL DEFAULT 'F4',
			signatory_role TEXT, signatory_title TEXT, signatory_name TEXT, signatory_rank TEXT, signatory_nip TEXT,
			pdf_path TEXT, short_code TEXT, qr_payload TEXT, cancel_reason TEXT,
			created_at DATETIME, updated_at DATETIME)`,
		`CREATE UNIQUE INDEX ux_surat_number ON surat(number) WHERE number IS NOT NULL AND number <> ''`,
		`CREATE INDEX ix_surat_type_year ON surat(type, year)`,
		`CREATE TABLE nomor_surat (
			id INTEGER PRIMARY KEY AUTOINCREMENT,
			type TEXT NOT NULL,
			year INTEGER NOT NULL,
			seq INTEGER NOT NULL,
			number TEXT NOT NULL UNIQUE,
			source TEXT NOT NULL,
			surat_id INTEGER REFERENCES surat(id) ON DELETE RESTRICT,
			note TEXT,
			created_at DATETIME,
			UNIQUE(type, year, seq))`,
		`CREATE TABLE template_surat (
			id INTEGER PRIMARY KEY AUTOINCREMENT,
			type TEXT NOT NULL,
			part TEXT NOT NULL,
			text TEXT NOT NULL,
			UNIQUE(type, part))`,
	)
}
