package backup_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"sidamping/models"
	"sidamping/services/backup"
	"sidamping/services/testutil"
)

func fileHash(t *testing.T, path string) [32]byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return sha256.Sum256(b)
}

// expectInvalid validates path and checks the error code and that the message names the file.
func expectInvalid(t *testing.T, svc *backup.Service, path, code, words string) {
	t.Helper()
	_, err := svc.Validate(ctx, path)
	ae := models.AsAppError(err)
	if ae == nil || ae.Code != code {
		t.Fatalf("Validate(%s) = %v, want code %s", filepath.Base(path), err, code)
	}
	if !strings.Contains(ae.Message, filepath.Base(path)) || !strings.Contains(ae.Message, words) {
		t.Errorf("message %q should name %s and say %q", ae.Message, filepath.Base(path), words)
	}
	if !errors.Is(err, models.ErrInvalid) {
		t.Errorf("%v is not ErrInvalid", err)
	}
}

func TestValidateRejectsBadFiles(t *testing.T) {
	l := newLive(t, nil)
	l.addKecamatan(t, "Kecamatan", 3)
	l.fill(t, 1)
	dir := filepath.Join(l.dir, "berkas")
	os.MkdirAll(dir, 0o755)
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}

	expectInvalid(t, l.svc, filepath.Join(dir, "tidak-ada.db"), "backup.not_found", "tidak ditemukan")
	expectInvalid(t, l.svc, write("kosong.db", nil), "backup.empty", "kosong")
	expectInvalid(t, l.svc, write("catatan.db", []byte("kode;nama\n33.20;Jepara\n")), "backup.not_sqlite", "bukan basis data SiDamping")

	// An SQLite database of another application.
	other := filepath.Join(dir, "lain.db")
	odb := openPlain(t, other)
	if _, err := odb.Exec("CREATE TABLE pelanggan (id INTEGER PRIMARY KEY, nama TEXT); INSERT INTO pelanggan(nama) VALUES ('A')"); err != nil {
		t.Fatal(err)
	}
	odb.Close()
	expectInvalid(t, l.svc, other, "backup.not_sidamping", "bukan basis data SiDamping")

	// A copy with pages in the middle overwritten.
	good := filepath.Join(dir, "baik.db")
	if _, err := l.svc.Backup(ctx, good); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(good)
	bad := bytes.Clone(data)
	garbage := bytes.Repeat([]byte{0xA5, 0x5A, 0x13, 0x37}, 4096)
	copy(bad[len(bad)/2:], garbage)
	expectInvalid(t, l.svc, write("rusak.db", bad), "backup.corrupt", "rusak")
	// The schema pages destroyed too.
	bad2 := bytes.Clone(data)
	copy(bad2[100:4096], garbage)
	expectInvalid(t, l.svc, write("rusak2.db", bad2), "backup.corrupt", "rusak")
	// Truncated in the middle.
	expectInvalid(t, l.svc, write("terpotong.db", data[:len(data)/3]), "backup.corrupt", "rusak")

	// A copy made by a newer SiDamping.
	newer := write("baru.db", data)
	ndb := openPlain(t, newer)
	if _, err := ndb.Exec("INSERT INTO schema_migrations(id, name, applied_at) VALUES (?, 'masa depan', '2030-01-01')", models.LatestVersion()+1); err != nil {
		t.Fatal(err)
	}
	ndb.Close()
	expectInvalid(t, l.svc, newer, "backup.newer_version", "versi SiDamping yang lebih baru")

	// The good copy passes, and validating leaves it byte for byte as it was.
	before := fileHash(t, good)
	info, err := l.svc.Validate(ctx, good)
	if err != nil {
		t.Fatal(err)
	}
	if info.SchemaVersion != models.LatestVersion() || info.Name != "baik.db" || info.Size != int64(len(data)) {
		t.Errorf("info = %+v", info)
	}
	if fileHash(t, good) != before {
		t.Error("Validate changed the file")
	}
	for _, side := range []string{"-wal", "-shm", "-journal"} {
		if _, err := os.Stat(good + side); err == nil {
			t.Errorf("Validate created %s", side)
		}
	}
}

func TestValidateLiveCopyWithWAL(t *testing.T) {
	// A database still in WAL mode (e.g. the data folder of another laptop copied
	// while closed) validates too and is not changed.
	src := newLive(t, nil)
	src.addKecamatan(t, "Lain", 2)
	if err := models.Close(src.db); err != nil {
		t.Fatal(err)
	}
	before := fileHash(t, src.path)
	l := newLive(t, nil)
	info, err := l.svc.Validate(ctx, src.path)
	if err != nil {
		t.Fatal(err)
	}
	if info.SchemaVersion != models.LatestVersion() || fileHash(t, src.path) != before {
		t.Errorf("info %+v; file changed: %v", info, fileHash(t, src.path) != before)
	}
}

func TestRestoreRoundTrip(t *testing.T) {
	l := newLive(t, &stepClock{})
	l.addKecamatan(t, "Asli", 4)
	saved := filepath.Join(l.dir, "cadangan.db")
	if _, err := l.svc.Backup(ctx, saved); err != nil {
		t.Fatal(err)
	}
	// Change the data after the backup.
	if err := l.db.Exec("DELETE FROM kecamatan WHERE name = 'Asli 1'").Error; err != nil {
		t.Fatal(err)
	}
	if err := l.db.Exec("UPDATE kecamatan SET name = 'Diubah' WHERE name = 'Asli 2'").Error; err != nil {
		t.Fatal(err)
	}
	if err := l.db.Create(&models.Kecamatan{Code: "33.99.50", Name: "Baru"}).Error; err != nil {
		t.Fatal(err)
	}

	info, err := l.svc.Restore(ctx, saved)
	if err != nil {
		t.Fatal(err)
	}
	if info.Name != "cadangan.db" || info.SchemaVersion != models.LatestVersion() {
		t.Errorf("info = %+v", info)
	}
	// The open pool sees the restored rows.
	var names []string
	if err := l.db.Model(&models.Kecamatan{}).Order("code").Pluck("name", &names).Error; err != nil {
		t.Fatal(err)
	}
	if strings.Join(names, ",") != "Asli 1,Asli 2,Asli 3,Asli 4" {
		t.Errorf("after restore: %v", names)
	}
	if err := models.VerifyPragmas(ctx, l.db); err != nil {
		t.Error(err)
	}
	// The database as it was before the restore is kept as an automatic backup.
	list, err := l.svc.ListAuto(ctx)
	if err != nil || len(list) != 1 || list[0].Reason != "pra-pemulihan" {
		t.Fatalf("auto backups %+v, %v", list, err)
	}
	pre := openPlain(t, list[0].Path)
	if n := scalar[int](t, pre, "SELECT count(*) FROM kecamatan WHERE name IN ('Baru','Diubah')"); n != 2 {
		t.Errorf("pre-restore backup holds %d of the changed rows, want 2", n)
	}
	if len(l.rec.Named("progress")) == 0 {
		t.Error("no progress events")
	}
	// Writing keeps working on every pooled connection.
	for i := 0; i < 8; i++ {
		if err := l.db.Create(&models.Kecamatan{Code: fmt.Sprintf("33.99.%d", 60+i), Name: "Sesudah"}).Error; err != nil {
			t.Fatal(err)
		}
	}
}

func TestRestoreOlderSchemaMigratesForward(t *testing.T) {
	old := testutil.NewDBAt(t, filepath.Join(testutil.TempDir(t), "lama.db"), false)
	if err := models.MigrateTo(ctx, old, 1); err != nil {
		t.Fatal(err)
	}
	if err := old.Create(&models.Kecamatan{Code: "33.99.01", Name: "Lama"}).Error; err != nil {
		t.Fatal(err)
	}
	oldSvc := backup.New(old, filepath.Join(testutil.TempDir(t), "x.db"), nil, nil)
	oldFile := filepath.Join(testutil.TempDir(t), "lama-v1.db")
	if _, err := oldSvc.Backup(ctx, oldFile); err != nil {
		t.Fatal(err)
	}

	l := newLive(t, nil)
	l.addKecamatan(t, "Sekarang", 2)
	info, err := l.svc.Restore(ctx, oldFile)
	if err != nil {
		t.Fatal(err)
	}
	if info.SchemaVersion != 1 {
		t.Errorf("restored file version = %d, want 1", info.SchemaVersion)
	}
	if v, _ := models.SchemaVersion(ctx, l.db); v != models.LatestVersion() {
		t.Errorf("after restore the schema is %d, want %d", v, models.LatestVersion())
	}
	if !l.db.Migrator().HasTable("profil") {
		t.Error("migration 2 did not run after the restore")
	}
	var names []string
	l.db.Model(&models.Kecamatan{}).Pluck("name", &names)
	if len(names) != 1 || names[0] != "Lama" {
		t.Errorf("kecamatan after restore: %v", names)
	}
}

func TestRestoreRefusesBadFileAndKeepsDatabase(t *testing.T) {
	l := newLive(t, nil)
	l.addKecamatan(t, "Tetap", 3)
	bad := filepath.Join(l.dir, "bukan.db")
	os.WriteFile(bad, []byte("ini bukan basis data"), 0o644)
	if _, err := l.svc.Restore(ctx, bad); models.AsAppError(err).Code != "backup.not_sqlite" {
		t.Fatalf("err = %v", err)
	}
	if n := testutil.Count(t, l.db, "kecamatan"); n != 3 {
		t.Errorf("%d kecamatan after a refused restore", n)
	}
	if list, _ := l.svc.ListAuto(ctx); len(list) != 0 {
		t.Errorf("a refused file still made a pre-restore backup: %+v", list)
	}
}

func TestRestoreInterruptedLeavesDatabaseIntact(t *testing.T) {
	// A big backup to restore from.
	src := newLive(t, nil)
	src.addKecamatan(t, "Cadangan", 6)
	src.fill(t, 4)
	big := filepath.Join(src.dir, "besar.db")
	if _, err := src.svc.Backup(ctx, big); err != nil {
		t.Fatal(err)
	}

	l := newLive(t, nil)
	l.addKecamatan(t, "Hidup", 2)
	c, cancel := context.WithCancel(ctx)
	defer cancel()
	em := &cancelOn{task: "restore", cancel: cancel}
	svc := backup.New(l.db, l.path, &stepClock{}, em)
	_, err := svc.Restore(c, big)
	if !errors.Is(err, models.ErrCancelled) {
		t.Fatalf("err = %v, want cancelled", err)
	}
	if em.seen.Load() == 0 {
		t.Fatal("the restore finished in one step; the interruption was not exercised")
	}
	var names []string
	l.db.Model(&models.Kecamatan{}).Order("code").Pluck("name", &names)
	if strings.Join(names, ",") != "Hidup 1,Hidup 2" {
		t.Errorf("after an interrupted restore: %v", names)
	}
	if n := testutil.Count(t, l.db, "app_meta", "key LIKE ?", "isi-%"); n != 0 {
		t.Errorf("%d rows of the interrupted restore leaked in", n)
	}
	if problems, err := models.IntegrityCheck(ctx, l.db); err != nil || len(problems) > 0 {
		t.Errorf("integrity after interrupted restore: %v %v", problems, err)
	}
}

func TestRestoreThatCannotMigrateIsRolledBack(t *testing.T) {
	// A version-1 file with a table of its own named profil (migration 2 would fail on
	// it) is refused by the schema check before anything is copied.
	old := testutil.NewDBAt(t, filepath.Join(testutil.TempDir(t), "aneh.db"), false)
	if err := models.MigrateTo(ctx, old, 1); err != nil {
		t.Fatal(err)
	}
	if err := old.Create(&models.Kecamatan{Code: "33.99.01", Name: "Aneh"}).Error; err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(testutil.TempDir(t), "aneh-v1.db")
	oldSvc := backup.New(old, filepath.Join(testutil.TempDir(t), "x.db"), nil, nil)
	if _, err := oldSvc.Backup(ctx, file); err != nil {
		t.Fatal(err)
	}
	if err := old.Exec("CREATE TABLE profil (x TEXT)").Error; err != nil {
		t.Fatal(err)
	}
	strange := filepath.Join(testutil.TempDir(t), "aneh-profil.db")
	if _, err := oldSvc.Backup(ctx, strange); err != nil {
		t.Fatal(err)
	}
	expectInvalid(t, oldSvc, strange, "backup.schema_mismatch", "tabel profil tidak dikenal")

	// A valid version-1 file whose restore fails after the copy (the test hook stands in
	// for a migration or check that fails) is rolled back.
	l := newLive(t, nil)
	l.addKecamatan(t, "Hidup", 2)
	backup.FailAfterCopy(l.svc, errors.New("migrasi 2 gagal"))
	_, err := l.svc.Restore(ctx, file)
	ae := models.AsAppError(err)
	if ae == nil || ae.Code != "backup.restore_failed" || !strings.Contains(ae.Message, "dikembalikan seperti sebelum pemulihan") {
		t.Fatalf("err = %v", err)
	}
	var names []string
	l.db.Model(&models.Kecamatan{}).Order("code").Pluck("name", &names)
	if strings.Join(names, ",") != "Hidup 1,Hidup 2" {
		t.Errorf("after the rolled-back restore: %v", names)
	}
	if v, _ := models.SchemaVersion(ctx, l.db); v != models.LatestVersion() {
		t.Errorf("schema version %d after rollback", v)
	}
	if problems, err := models.IntegrityCheck(ctx, l.db); err != nil || len(problems) > 0 {
		t.Errorf("integrity: %v %v", problems, err)
	}
}
