package boot_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"sidamping/models"
	"sidamping/services/backup"
	"sidamping/services/boot"
	"sidamping/services/common"
	"sidamping/services/filelock"
	"sidamping/services/testutil"
)

var ctx = context.Background()

var morning = common.FixedClock{T: time.Date(2026, 11, 23, 7, 15, 0, 0, time.Local)}

// open boots the database at path and closes it at the end of the test.
func open(t *testing.T, path string, opt boot.Options) boot.Report {
	t.Helper()
	db, rep, err := boot.Open(ctx, path, opt)
	if err != nil {
		t.Fatal(err)
	}
	if err := models.Close(db); err != nil {
		t.Fatal(err)
	}
	return rep
}

func backups(t *testing.T, path string) []backup.Info {
	t.Helper()
	db := testutil.NewDBAt(t, filepath.Join(testutil.TempDir(t), "lain.db"), false)
	list, err := backup.New(db, path, nil, nil).ListAuto(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return list
}

func TestFreshDatabaseIsMigratedWithoutMigrationBackup(t *testing.T) {
	path := filepath.Join(testutil.TempDir(t), "baru", "sidamping.db")
	db, rep, err := boot.Open(ctx, path, boot.Options{Clock: morning})
	if err != nil {
		t.Fatal(err)
	}
	defer models.Close(db)
	if rep.FromVersion != 0 || rep.ToVersion != models.LatestVersion() || rep.MigrationBackup != nil || rep.DailyBackup != nil {
		t.Errorf("report = %+v", rep)
	}
	if v, _ := models.SchemaVersion(ctx, db); v != models.LatestVersion() {
		t.Errorf("schema version %d", v)
	}
	if err := models.VerifyPragmas(ctx, db); err != nil {
		t.Error(err)
	}
	var id string
	db.Raw("SELECT value FROM app_meta WHERE key = 'app_id'").Scan(&id)
	if id != models.AppID {
		t.Errorf("app_id = %q", id)
	}
	if _, err := os.Stat(filepath.Join(filepath.Dir(path), "backups")); err == nil {
		t.Error("a fresh database got a backup folder")
	}
}

func TestOlderDatabaseIsBackedUpThenMigrated(t *testing.T) {
	path := filepath.Join(testutil.TempDir(t), "sidamping.db")
	old := testutil.NewDBAt(t, path, false)
	if err := models.MigrateTo(ctx, old, 1); err != nil {
		t.Fatal(err)
	}
	k := models.Kecamatan{Code: "33.99.01", Name: "Contoh"}
	if err := old.Create(&k).Error; err != nil {
		t.Fatal(err)
	}
	d := models.Desa{Code: "33.99.01.2001", Name: "Karangrejo", Kind: "desa", KecamatanID: k.ID, Population: 3000}
	if err := old.Create(&d).Error; err != nil {
		t.Fatal(err)
	}
	if err := models.Close(old); err != nil {
		t.Fatal(err)
	}

	db, rep, err := boot.Open(ctx, path, boot.Options{Clock: morning})
	if err != nil {
		t.Fatal(err)
	}
	defer models.Close(db)
	if rep.FromVersion != 1 || rep.ToVersion != models.LatestVersion() || rep.MigrationBackup == nil {
		t.Fatalf("report = %+v", rep)
	}
	mb := rep.MigrationBackup
	if mb.Reason != "pra-migrasi-v1" || mb.Name != "sidamping-20261123-071500-pra-migrasi-v1.db" || mb.SchemaVersion != 1 {
		t.Errorf("migration backup = %+v", mb)
	}
	// The backup holds the old schema and the rows, and validates.
	info, err := backup.New(db, path, morning, nil).Validate(ctx, mb.Path)
	if err != nil || info.SchemaVersion != 1 {
		t.Errorf("migration backup does not validate as v1: %+v, %v", info, err)
	}
	// The live database is migrated with its rows intact.
	if v, _ := models.SchemaVersion(ctx, db); v != models.LatestVersion() {
		t.Errorf("schema version %d", v)
	}
	if !db.Migrator().HasTable("profil") || !db.Migrator().HasTable("penandatangan") {
		t.Error("tables of migration 2 are missing")
	}
	var got models.Desa
	if err := db.Preload("Kecamatan").First(&got, "code = ?", "33.99.01.2001").Error; err != nil {
		t.Fatal(err)
	}
	if got.Name != "Karangrejo" || got.Population != 3000 || got.Kecamatan == nil || got.Kecamatan.Name != "Contoh" {
		t.Errorf("village after migration = %+v", got)
	}
	// Booting again needs no migration and makes no further backup.
	models.Close(db)
	rep2 := open(t, path, boot.Options{Clock: morning})
	if rep2.MigrationBackup != nil || rep2.FromVersion != models.LatestVersion() {
		t.Errorf("second boot = %+v", rep2)
	}
	if n := len(backups(t, path)); n != 1 {
		t.Errorf("%d automatic backups, want 1", n)
	}
}

func TestDailyBackupOnFirstStartOfTheDay(t *testing.T) {
	path := filepath.Join(testutil.TempDir(t), "sidamping.db")
	rep := open(t, path, boot.Options{Clock: morning, DailyBackup: true})
	if rep.DailyBackup == nil || rep.DailyBackup.Reason != "harian" {
		t.Fatalf("first start: %+v", rep)
	}
	if rep := open(t, path, boot.Options{Clock: morning, DailyBackup: true}); rep.DailyBackup != nil {
		t.Errorf("second start the same day made a backup: %+v", rep.DailyBackup)
	}
	// The CLI passes DailyBackup false.
	tomorrow := common.FixedClock{T: morning.T.AddDate(0, 0, 1)}
	if rep := open(t, path, boot.Options{Clock: tomorrow}); rep.DailyBackup != nil {
		t.Error("DailyBackup false still made a daily backup")
	}
	if rep := open(t, path, boot.Options{Clock: tomorrow, DailyBackup: true}); rep.DailyBackup == nil {
		t.Error("no daily backup on the next day")
	}
	if n := len(backups(t, path)); n != 2 {
		t.Errorf("%d daily backups, want 2", n)
	}
}

func TestNewerDatabaseIsRefused(t *testing.T) {
	path := filepath.Join(testutil.TempDir(t), "sidamping.db")
	db := testutil.NewDBAt(t, path, true)
	if err := db.Exec("INSERT INTO schema_migrations(id, name, applied_at) VALUES (?, 'masa depan', ?)",
		models.LatestVersion()+1, time.Now()).Error; err != nil {
		t.Fatal(err)
	}
	models.Close(db)
	_, _, err := boot.Open(ctx, path, boot.Options{Clock: morning, DailyBackup: true})
	if err == nil || !strings.Contains(err.Error(), "lebih baru") {
		t.Fatalf("err = %v", err)
	}
	if n := len(backups(t, path)); n != 0 {
		t.Errorf("%d backups made of a refused database", n)
	}
}

// A second start finds the running one before it opens or migrates the database: with
// the instance lock held, OpenExclusive refuses with app.already_running, a database that
// does not exist yet is not created, and an existing one (which Open would give its daily
// backup and a settings row) is untouched.
func TestSecondStartRefusedBeforeOpening(t *testing.T) {
	dir := testutil.TempDir(t)
	fresh := filepath.Join(dir, "baru", "sidamping.db")
	held, err := filelock.Instance(fresh)
	if err != nil {
		t.Fatal(err)
	}
	_, _, _, err = boot.OpenExclusive(ctx, fresh, boot.Options{Clock: morning, DailyBackup: true})
	var ae *models.AppError
	if !errors.As(err, &ae) || ae.Code != filelock.CodeAlreadyRunning {
		t.Fatalf("second start: %v, want %s", err, filelock.CodeAlreadyRunning)
	}
	if _, err := os.Stat(fresh); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the second start created the database (%v)", err)
	}
	_ = held.Release()

	path := filepath.Join(dir, "sidamping.db")
	first, lock, _, err := boot.OpenExclusive(ctx, path, boot.Options{Clock: morning})
	if err != nil {
		t.Fatal(err)
	}
	if err := models.Close(first); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(path)
	_, _, _, err = boot.OpenExclusive(ctx, path, boot.Options{Clock: morning, DailyBackup: true})
	if !errors.As(err, &ae) || ae.Code != filelock.CodeAlreadyRunning {
		t.Fatalf("second start: %v, want %s", err, filelock.CodeAlreadyRunning)
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Error("the second start changed the database file")
	}
	if list := backups(t, path); len(list) != 0 {
		t.Errorf("the second start made backups: %+v", list)
	}

	if err := lock.Release(); err != nil {
		t.Fatal(err)
	}
	db, lock2, rep, err := boot.OpenExclusive(ctx, path, boot.Options{Clock: morning, DailyBackup: true})
	if err != nil {
		t.Fatalf("after the first ended: %v", err)
	}
	defer lock2.Release()
	defer models.Close(db)
	if rep.DailyBackup == nil {
		t.Errorf("report after the first ended = %+v", rep)
	}
}

// Temporary files of a killed backup, restore or export (in the backups folder and the
// database's folder) are removed at the next start; other files there stay.
func TestStartRemovesTempFilesOfAKilledBackup(t *testing.T) {
	dir := testutil.TempDir(t)
	path := filepath.Join(dir, "sidamping.db")
	open(t, path, boot.Options{Clock: morning})
	auto := filepath.Join(dir, "backups")
	if err := os.MkdirAll(auto, 0o755); err != nil {
		t.Fatal(err)
	}
	stale := []string{
		filepath.Join(auto, ".sidamping-123.tmp"), filepath.Join(auto, ".sidamping-123.tmp-journal"),
		filepath.Join(dir, ".sidamping-9.tmp"), filepath.Join(dir, ".sidamping-9.tmp-wal"),
	}
	keep := []string{
		filepath.Join(auto, "sidamping-20261122-070000-harian.db"), filepath.Join(dir, "catatan.tmp"),
		filepath.Join(dir, ".sidamping-notes.txt"), filepath.Join(dir, "laporan.xlsx"),
	}
	for _, p := range append(append([]string{}, stale...), keep...) {
		if err := os.WriteFile(p, []byte("NIK 3301010101010001"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	open(t, path, boot.Options{Clock: morning})
	for _, p := range stale {
		if _, err := os.Stat(p); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("%s is still there (%v)", p, err)
		}
	}
	for _, p := range keep {
		if _, err := os.Stat(p); err != nil {
			t.Errorf("%s was removed: %v", p, err)
		}
	}
}
