package models_test

import (
	"context"
	"database/sql"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"gorm.io/gorm"

	"sidamping/models"
	"sidamping/services/testutil"
)

var mctx = context.Background()

// newRawDB opens a database that no migration has touched yet.
func newRawDB(t *testing.T) *gorm.DB {
	t.Helper()
	return testutil.NewDBAt(t, filepath.Join(testutil.TempDir(t), "m.db"), false)
}

func versions(t *testing.T, db *gorm.DB) []int {
	t.Helper()
	var ids []int
	if err := db.Raw("SELECT id FROM schema_migrations ORDER BY id").Scan(&ids).Error; err != nil {
		t.Fatal(err)
	}
	return ids
}

func TestMigrateFromVersionOneKeepsRows(t *testing.T) {
	db := newRawDB(t)
	if err := models.MigrateTo(mctx, db, 1); err != nil {
		t.Fatal(err)
	}
	if v, _ := models.SchemaVersion(mctx, db); v != 1 {
		t.Fatalf("version after MigrateTo 1 = %d", v)
	}
	if db.Migrator().HasTable("profil") {
		t.Fatal("migration 2 ran too early")
	}
	if n, _ := models.PendingMigrations(mctx, db); n != len(models.Migrations)-1 { // IDs may have gaps
		t.Errorf("pending = %d", n)
	}
	// Rows written with the version-1 schema (frozen SQL, not today's structs).
	stmts := []string{
		`INSERT INTO kecamatan(id, code, name) VALUES (1, '33.99.01', 'Contoh')`,
		`INSERT INTO desa(code, name, kind, kecamatan_id, population, households, poor_households, poverty_pct, idm_status)
		 VALUES ('33.99.01.1001', 'Kauman', 'kelurahan', 1, 5200, 1580, 120, 7.59, NULL)`,
		`INSERT INTO tahun_program(year, active) VALUES (2026, 1)`,
		`INSERT INTO desa_tahun(desa_id, year, priority, continuation) VALUES (1, 2026, 1, 0)`,
		`INSERT INTO opd(code, name, abbreviation, kind, head_nip) VALUES ('5.01.01', 'Badan Perencanaan Pembangunan Daerah', 'Bappeda', 'Badan', '197203151998031004')`,
	}
	for _, s := range stmts {
		if err := db.Exec(s).Error; err != nil {
			t.Fatal(err)
		}
	}

	if err := models.Migrate(mctx, db); err != nil {
		t.Fatal(err)
	}
	ids := versions(t, db)
	if len(ids) != len(models.Migrations) || ids[0] != 1 || ids[len(ids)-1] != models.LatestVersion() {
		t.Errorf("applied migrations %v", ids)
	}
	for _, table := range []string{"profil", "penandatangan"} {
		if !db.Migrator().HasTable(table) {
			t.Errorf("table %s of migration 2 is missing", table)
		}
	}
	var d models.Desa
	if err := db.Preload("Kecamatan").First(&d, "code = ?", "33.99.01.1001").Error; err != nil {
		t.Fatal(err)
	}
	if d.Name != "Kauman" || d.Kind != models.KindKelurahan || d.PoorHouseholds != 120 || d.Kecamatan.Name != "Contoh" {
		t.Errorf("village after migration: %+v", d)
	}
	var o models.OPD
	if err := db.First(&o, "code = ?", "5.01.01").Error; err != nil || o.HeadNIP != "197203151998031004" {
		t.Errorf("OPD after migration: %+v, %v", o, err)
	}
	if n := testutil.Count(t, db, "desa_tahun", "priority = 1 AND year = 2026"); n != 1 {
		t.Errorf("priority flags after migration: %d", n)
	}
	// Migrating again does nothing.
	if err := models.Migrate(mctx, db); err != nil {
		t.Fatal(err)
	}
	if got := versions(t, db); len(got) != len(ids) {
		t.Errorf("second Migrate changed the applied list: %v", got)
	}
}

func TestPragmasOnEveryConnection(t *testing.T) {
	db := testutil.NewDB(t)
	if err := models.VerifyPragmas(mctx, db); err != nil {
		t.Fatal(err)
	}
	// Hold several pooled connections at once so each one is checked.
	sqlDB, _ := db.DB()
	var conns []*sql.Conn
	defer func() {
		for _, c := range conns {
			c.Close()
		}
	}()
	for i := 0; i < 4; i++ {
		conn, err := sqlDB.Conn(mctx)
		if err != nil {
			t.Fatal(err)
		}
		conns = append(conns, conn)
		var mode string
		var fk, busy int
		if err := conn.QueryRowContext(mctx, "PRAGMA journal_mode").Scan(&mode); err != nil {
			t.Fatal(err)
		}
		conn.QueryRowContext(mctx, "PRAGMA foreign_keys").Scan(&fk)
		conn.QueryRowContext(mctx, "PRAGMA busy_timeout").Scan(&busy)
		if mode != "wal" || fk != 1 || busy < 1000 {
			t.Errorf("connection %d: journal_mode=%s foreign_keys=%d busy_timeout=%d", i, mode, fk, busy)
		}
	}
	for _, c := range conns {
		c.Close()
	}
	conns = nil
	// Foreign keys are enforced.
	err := db.Exec(`INSERT INTO desa(code, name, kind, kecamatan_id) VALUES ('33.99.01.2001', 'Yatim', 'desa', 999)`).Error
	if err == nil {
		t.Error("a village of a missing kecamatan was accepted")
	}
}

func TestNewerSchemaIsRefused(t *testing.T) {
	db := testutil.NewDB(t)
	if err := db.Exec("INSERT INTO schema_migrations(id, name, applied_at) VALUES (?, 'masa depan', ?)",
		models.LatestVersion()+1, time.Now()).Error; err != nil {
		t.Fatal(err)
	}
	err := models.Migrate(mctx, db)
	if err == nil || !strings.Contains(err.Error(), "lebih baru") {
		t.Fatalf("err = %v", err)
	}
	if n, _ := models.PendingMigrations(mctx, db); n != 0 {
		t.Errorf("pending = %d", n)
	}
}

func TestFailingMigrationStopsAndRollsBack(t *testing.T) {
	db := newRawDB(t)
	saved := models.Migrations
	defer func() { models.Migrations = saved }()
	bad := models.Migration{ID: models.LatestVersion() + 1, Name: "gagal", Migrate: func(tx *gorm.DB) error {
		if err := tx.Exec("CREATE TABLE setengah_jadi (id INTEGER)").Error; err != nil {
			return err
		}
		return errors.New("sengaja gagal")
	}}
	never := models.Migration{ID: bad.ID + 1, Name: "tidak pernah", Migrate: func(tx *gorm.DB) error {
		return tx.Exec("CREATE TABLE tidak_pernah (id INTEGER)").Error
	}}
	models.Migrations = append(append(append([]models.Migration{}, saved...), bad), never)

	err := models.Migrate(mctx, db)
	if err == nil || !strings.Contains(err.Error(), "migrasi") || !strings.Contains(err.Error(), "gagal") {
		t.Fatalf("err = %v", err)
	}
	if v, _ := models.SchemaVersion(mctx, db); v != saved[len(saved)-1].ID {
		t.Errorf("version after the failure = %d, want %d", v, saved[len(saved)-1].ID)
	}
	if db.Migrator().HasTable("setengah_jadi") || db.Migrator().HasTable("tidak_pernah") {
		t.Error("the failed migration was not rolled back, or a later one ran")
	}
}
