package backup_test

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	_ "github.com/mattn/go-sqlite3"
	"gorm.io/gorm"

	"sidamping/models"
	"sidamping/services/backup"
	"sidamping/services/common"
	"sidamping/services/testutil"
)

var ctx = context.Background()

// stepClock advances one minute at every call, so automatic backups get distinct names.
type stepClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *stepClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(time.Minute)
	return c.t
}

// cancelOn cancels a context at the first copy progress event of task.
type cancelOn struct {
	task   string
	cancel func()
	seen   atomic.Int32
}

func (c *cancelOn) Emit(_ string, data any) {
	if ev, ok := data.(common.ProgressEvent); ok && ev.Task == c.task && ev.Stage == "copy" && ev.Done < ev.Total {
		c.seen.Add(1)
		c.cancel()
	}
}

// live is a migrated database in its own folder with a backup service on it.
type live struct {
	db   *gorm.DB
	path string
	dir  string
	svc  *backup.Service
	rec  *common.Recorder
}

func newLive(t *testing.T, clock common.Clock) *live {
	t.Helper()
	dir := testutil.TempDir(t)
	path := filepath.Join(dir, "data", "sidamping.db")
	db := testutil.NewDBAt(t, path, true)
	rec := &common.Recorder{}
	if clock == nil {
		clock = common.FixedClock{T: time.Date(2026, 11, 23, 9, 30, 0, 0, time.Local)}
	}
	return &live{db: db, path: path, dir: dir, svc: backup.New(db, path, clock, rec), rec: rec}
}

// addKecamatan inserts n districts named prefix-i.
func (l *live) addKecamatan(t *testing.T, prefix string, n int) {
	t.Helper()
	for i := 1; i <= n; i++ {
		k := models.Kecamatan{Code: fmt.Sprintf("33.99.%02d", i), Name: fmt.Sprintf("%s %d", prefix, i)}
		if err := l.db.Create(&k).Error; err != nil {
			t.Fatal(err)
		}
	}
}

// fill adds about mb megabytes of rows so a copy takes several steps.
func (l *live) fill(t *testing.T, mb int) {
	t.Helper()
	val := strings.Repeat("x", 2000)
	err := l.db.Transaction(func(tx *gorm.DB) error {
		for i := 0; i < mb*500; i++ {
			if err := tx.Create(&models.AppMeta{Key: fmt.Sprintf("isi-%05d", i), Value: val}).Error; err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// openPlain opens a database file with database/sql (read-write, no pragmas).
func openPlain(t *testing.T, path string) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite3", models.SQLiteURI(path, ""))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func scalar[T any](t *testing.T, db *sql.DB, query string) T {
	t.Helper()
	var v T
	if err := db.QueryRow(query).Scan(&v); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	return v
}

func TestBackupOfLiveDatabaseWhileWriting(t *testing.T) {
	l := newLive(t, nil)
	l.addKecamatan(t, "Kecamatan", 5)
	l.fill(t, 3)

	stop := make(chan struct{})
	var written atomic.Int64
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; ; i++ {
			select {
			case <-stop:
				return
			default:
			}
			if err := l.db.Create(&models.AppMeta{Key: fmt.Sprintf("tulis-%06d", i), Value: "v"}).Error; err != nil {
				t.Error(err)
				return
			}
			written.Add(1)
		}
	}()
	for written.Load() < 20 {
		time.Sleep(time.Millisecond)
	}
	dst := filepath.Join(l.dir, "keluar", "cadangan.db")
	info, err := l.svc.Backup(ctx, dst)
	close(stop)
	wg.Wait()
	if err != nil {
		t.Fatal(err)
	}
	if info.Path != dst || info.Name != "cadangan.db" || info.Size < 3<<20 || info.SchemaVersion != models.LatestVersion() {
		t.Errorf("info = %+v", info)
	}
	if len(l.rec.Named(common.ProgressEventName)) == 0 {
		t.Error("no progress events")
	}
	// The copy is one self-contained file in rollback-journal mode.
	for _, side := range []string{"-wal", "-shm", "-journal"} {
		if _, err := os.Stat(dst + side); err == nil {
			t.Errorf("%s left beside the copy", side)
		}
	}
	head := make([]byte, 20)
	f, _ := os.Open(dst)
	_, _ = f.Read(head)
	f.Close()
	if head[18] != 1 || head[19] != 1 {
		t.Errorf("copy header version bytes = %d,%d, want 1,1 (not WAL)", head[18], head[19])
	}
	entries, _ := os.ReadDir(filepath.Dir(dst))
	if len(entries) != 1 {
		t.Errorf("backup folder holds %d entries, want only the copy", len(entries))
	}

	cp := openPlain(t, dst)
	if n := scalar[int](t, cp, "SELECT count(*) FROM kecamatan"); n != 5 {
		t.Errorf("copy has %d kecamatan, want 5", n)
	}
	if n := scalar[int](t, cp, "SELECT count(*) FROM app_meta WHERE key LIKE 'isi-%'"); n != 1500 {
		t.Errorf("copy has %d filler rows, want 1500", n)
	}
	n := scalar[int64](t, cp, "SELECT count(*) FROM app_meta WHERE key LIKE 'tulis-%'")
	maxKey := scalar[string](t, cp, "SELECT COALESCE(MAX(key),'') FROM app_meta WHERE key LIKE 'tulis-%'")
	if n < 20 || n > written.Load() || maxKey != fmt.Sprintf("tulis-%06d", n-1) {
		t.Errorf("copy holds %d concurrent rows (last %s) of %d written: not one snapshot", n, maxKey, written.Load())
	}
	if ok := scalar[string](t, cp, "PRAGMA integrity_check"); ok != "ok" {
		t.Errorf("integrity_check of the copy = %s", ok)
	}
	if _, err := l.svc.Validate(ctx, dst); err != nil {
		t.Errorf("the copy does not validate: %v", err)
	}
}

func TestBackupCancelledLeavesNoFile(t *testing.T) {
	l := newLive(t, nil)
	l.fill(t, 4)
	c, cancel := context.WithCancel(ctx)
	defer cancel()
	em := &cancelOn{task: "backup", cancel: cancel}
	svc := backup.New(l.db, l.path, common.SystemClock{}, em)
	out := filepath.Join(l.dir, "batal")
	if err := os.MkdirAll(out, 0o755); err != nil {
		t.Fatal(err)
	}
	_, err := svc.Backup(c, filepath.Join(out, "x.db"))
	if !errors.Is(err, models.ErrCancelled) {
		t.Fatalf("err = %v, want cancelled", err)
	}
	if em.seen.Load() == 0 {
		t.Fatal("the copy finished in one step; the cancellation was not exercised")
	}
	entries, _ := os.ReadDir(out)
	for _, e := range entries {
		t.Errorf("left behind: %s", e.Name())
	}
	if n := testutil.Count(t, l.db, "app_meta", "key LIKE ?", "isi-%"); n != 2000 {
		t.Errorf("live database has %d rows after the cancelled backup", n)
	}
}

func TestBackupRefusesTheLiveFile(t *testing.T) {
	l := newLive(t, nil)
	if _, err := l.svc.Backup(ctx, l.path); err == nil || models.AsAppError(err).Code != "backup.same_file" {
		t.Fatalf("err = %v", err)
	}
}

func TestAutoBackupPrunesToKeepAuto(t *testing.T) {
	clock := &stepClock{t: time.Date(2026, 11, 1, 8, 0, 0, 0, time.Local)}
	l := newLive(t, clock)
	var made []string
	for i := 0; i < backup.KeepAuto+3; i++ {
		info, err := l.svc.AutoBackup(ctx, "Uji Coba!")
		if err != nil {
			t.Fatal(err)
		}
		if info.Reason != "uji-coba" || !strings.HasSuffix(info.Name, "-uji-coba.db") {
			t.Fatalf("info = %+v", info)
		}
		made = append(made, info.Name)
	}
	// A file that is not an automatic backup is never pruned.
	other := filepath.Join(l.svc.AutoDir(), "catatan.txt")
	if err := os.WriteFile(other, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := l.svc.AutoBackup(ctx, "harian"); err != nil {
		t.Fatal(err)
	}
	list, err := l.svc.ListAuto(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != backup.KeepAuto {
		t.Fatalf("%d automatic backups kept, want %d", len(list), backup.KeepAuto)
	}
	if list[0].Reason != "harian" {
		t.Errorf("newest = %+v", list[0])
	}
	for i, info := range list[1:] {
		want := made[len(made)-1-i]
		if info.Name != want {
			t.Errorf("list[%d] = %s, want %s", i+1, info.Name, want)
		}
		if info.SchemaVersion != models.LatestVersion() || info.Size == 0 {
			t.Errorf("list[%d] = %+v", i+1, info)
		}
	}
	if !list[0].CreatedAt.After(list[1].CreatedAt) {
		t.Errorf("created times not newest first: %v, %v", list[0].CreatedAt, list[1].CreatedAt)
	}
	if _, err := os.Stat(other); err != nil {
		t.Error("a foreign file in the backup folder was removed")
	}
}

func TestAutoBackupSameSecondGetsDistinctNames(t *testing.T) {
	l := newLive(t, nil) // fixed clock
	a, err := l.svc.AutoBackup(ctx, "harian")
	if err != nil {
		t.Fatal(err)
	}
	b, err := l.svc.AutoBackup(ctx, "harian")
	if err != nil {
		t.Fatal(err)
	}
	if a.Name != "sidamping-20261123-093000-harian.db" || b.Name != "sidamping-20261123-093000-harian-2.db" {
		t.Errorf("names %s, %s", a.Name, b.Name)
	}
	list, _ := l.svc.ListAuto(ctx)
	if len(list) != 2 || list[0].Name != b.Name || list[0].Reason != "harian" {
		t.Errorf("list = %+v", list)
	}
}

func TestDailyIfDueOncePerDay(t *testing.T) {
	day1 := common.FixedClock{T: time.Date(2026, 11, 23, 7, 0, 0, 0, time.Local)}
	l := newLive(t, day1)
	first, err := l.svc.DailyIfDue(ctx)
	if err != nil || first == nil {
		t.Fatalf("first start of the day: %v, %v", first, err)
	}
	if first.Reason != "harian" || first.Name != "sidamping-20261123-070000-harian.db" {
		t.Errorf("first = %+v", first)
	}
	again, err := l.svc.DailyIfDue(ctx)
	if err != nil || again != nil {
		t.Fatalf("second start the same day made a backup: %v, %v", again, err)
	}
	day2 := backup.New(l.db, l.path, common.FixedClock{T: day1.T.Add(24 * time.Hour)}, nil)
	next, err := day2.DailyIfDue(ctx)
	if err != nil || next == nil || next.Name != "sidamping-20261124-070000-harian.db" {
		t.Fatalf("next day: %+v, %v", next, err)
	}
	if list, _ := l.svc.ListAuto(ctx); len(list) != 2 {
		t.Errorf("%d daily backups, want 2", len(list))
	}
	var last string
	l.db.Raw("SELECT value FROM app_meta WHERE key = 'last_daily_backup'").Scan(&last)
	if last != "2026-11-24" {
		t.Errorf("last_daily_backup = %q", last)
	}
}
