// Package backup makes and restores copies of the database with SQLite's online backup
// API, keeps the automatic copies (before migrations, first start of the day) and
// validates a file before restoring it.
package backup

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/mattn/go-sqlite3"
	"gorm.io/gorm"

	"sidamping/models"
	"sidamping/services/common"
	"sidamping/services/filelock"
	"sidamping/services/fileout"
	"sidamping/services/settings"
)

// KeepAuto is how many automatic backups are kept.
const KeepAuto = 10

// Reasons of the automatic backups.
const (
	ReasonDaily      = "harian"
	ReasonPreRestore = "pra-pemulihan"
)

// Info describes a backup file.
type Info struct {
	Path          string    `json:"path"`
	Name          string    `json:"name"`
	Size          int64     `json:"size"`
	SchemaVersion int       `json:"schemaVersion"`
	CreatedAt     time.Time `json:"createdAt"`
	Reason        string    `json:"reason"`
}

// Service makes and restores backups of the database at DBPath.
type Service struct {
	db      *gorm.DB
	dbPath  string
	autoDir string
	clock   common.Clock
	em      common.Emitter

	afterCopyHook func() error // tests: fail a restore after its copy
}

// New builds the service; automatic backups go to <folder of dbPath>/backups.
func New(db *gorm.DB, dbPath string, clock common.Clock, em common.Emitter) *Service {
	if clock == nil {
		clock = common.SystemClock{}
	}
	if em == nil {
		em = common.NopEmitter{}
	}
	return &Service{db: db, dbPath: dbPath, autoDir: filepath.Join(filepath.Dir(dbPath), "backups"), clock: clock, em: em}
}

// CleanTemps removes the temporary files an interrupted backup, restore or export left in
// the automatic backups' folder, the database's folder and the extra folders given, and
// returns their paths (for the log).
func (s *Service) CleanTemps(extra ...string) []string {
	dirs := append([]string{s.autoDir, filepath.Dir(s.dbPath)}, extra...)
	seen := map[string]bool{}
	var removed []string
	for _, d := range dirs {
		d = filepath.Clean(d)
		if seen[d] {
			continue
		}
		seen[d] = true
		for _, name := range fileout.CleanTemps(d) {
			removed = append(removed, filepath.Join(d, name))
		}
	}
	return removed
}

// AutoDir is the folder of the automatic backups.
func (s *Service) AutoDir() string { return s.autoDir }

// Backup writes a consistent copy of the live database to dst (progress events, cancellable).
// The copy is written to a temporary file in dst's folder and renamed when complete, so dst
// is either the whole copy or untouched.
func (s *Service) Backup(ctx context.Context, dst string) (Info, error) {
	dst = filepath.Clean(dst)
	if sameFile(dst, s.dbPath) {
		return Info{}, models.Invalid("backup.same_file", "path",
			fmt.Sprintf("Berkas cadangan %s tidak boleh sama dengan basis data yang sedang dipakai.", dst))
	}
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		return Info{}, s.writeErr(dst, err)
	}
	// What a killed backup or restore left behind goes first (copies of personal data).
	s.CleanTemps(filepath.Dir(dst))
	tmp, err := os.CreateTemp(filepath.Dir(dst), fileout.TempPattern)
	if err != nil {
		return Info{}, s.writeErr(dst, err)
	}
	tmpPath := tmp.Name()
	// Kept open (and marked) while SQLite writes the copy, so the clean-up of another
	// process leaves it alone; closed only after SQLite has closed it (closing any
	// descriptor of a file drops the POSIX locks SQLite holds on it).
	_ = filelock.Mark(tmp)
	ok := false
	defer func() {
		_ = tmp.Close()
		if !ok {
			removeDBFiles(tmpPath)
		}
	}()
	if err := s.copyTo(ctx, tmpPath); err != nil {
		if ctx.Err() != nil {
			return Info{}, errCancelled("Pencadangan")
		}
		return Info{}, s.writeErr(dst, err)
	}
	_ = tmp.Close()
	if err := os.Rename(tmpPath, dst); err != nil {
		return Info{}, s.writeErr(dst, err)
	}
	ok = true
	info := describe(dst)
	info.CreatedAt = s.clock.Now()
	info.SchemaVersion = s.liveVersion(ctx)
	if m := reAuto.FindStringSubmatch(info.Name); m != nil {
		info.Reason = m[2]
	}
	common.NewProgress(s.em, "backup").Finish("done", "Cadangan tersimpan di "+dst)
	return info, nil
}

// copyTo copies the live database into the (empty) file at path and leaves it as a
// single self-contained file (rollback journal, no -wal beside it).
func (s *Service) copyTo(ctx context.Context, path string) error {
	pool, err := poolOf(s.db)
	if err != nil {
		return err
	}
	dstDB, err := openSQL(fileURI(path, "_busy_timeout=5000"))
	if err != nil {
		return err
	}
	defer dstDB.Close()
	prog := common.NewProgress(s.em, "backup")
	err = withRaw(ctx, dstDB, func(dst *sqlite3.SQLiteConn) error {
		return withRaw(ctx, pool, func(src *sqlite3.SQLiteConn) error {
			return copyDB(ctx, dst, src, prog, "copy")
		})
	})
	if err != nil {
		return err
	}
	// The copied header says WAL like the source; turn the copy into a plain file.
	if _, err := dstDB.ExecContext(ctx, "PRAGMA journal_mode=DELETE"); err != nil {
		return err
	}
	return dstDB.Close()
}

// writeErr is the message for a backup that could not be written.
func (s *Service) writeErr(dst string, err error) error {
	return models.NewError(models.ErrInvalid, "backup.write_failed",
		fmt.Sprintf("Cadangan ke %s gagal dibuat: %v.", dst, err)).Wrap(err)
}

// liveVersion is the schema version of the live database (0 when unknown).
func (s *Service) liveVersion(ctx context.Context) int {
	v, _ := models.SchemaVersion(ctx, s.db)
	return v
}

// reAuto matches the automatic backup names: sidamping-YYYYMMDD-HHMMSS-<reason>[-n].db.
var reAuto = regexp.MustCompile(`^sidamping-(\d{8}-\d{6})-([a-z0-9-]+?)(?:-(\d+))?\.db$`)

// reReasonBad matches what a reason may not contain in a file name.
var reReasonBad = regexp.MustCompile(`[^a-z0-9-]+`)

// AutoBackup writes an automatic backup for reason and prunes to KeepAuto.
func (s *Service) AutoBackup(ctx context.Context, reason string) (Info, error) {
	reason = strings.Trim(reReasonBad.ReplaceAllString(strings.ToLower(reason), "-"), "-")
	if reason == "" {
		reason = "otomatis"
	}
	if err := os.MkdirAll(s.autoDir, 0o755); err != nil {
		return Info{}, s.writeErr(s.autoDir, err)
	}
	stamp := s.clock.Now().Format("20060102-150405")
	name := fmt.Sprintf("sidamping-%s-%s.db", stamp, reason)
	for n := 2; fileExists(filepath.Join(s.autoDir, name)); n++ {
		name = fmt.Sprintf("sidamping-%s-%s-%d.db", stamp, reason, n)
	}
	info, err := s.Backup(ctx, filepath.Join(s.autoDir, name))
	if err != nil {
		return info, err
	}
	info.Reason = reason
	if err := s.prune(); err != nil {
		return info, err
	}
	return info, nil
}

// autoFiles lists the automatic backup names, newest first (the names sort by time).
func (s *Service) autoFiles() ([]string, error) {
	entries, err := os.ReadDir(s.autoDir)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var names []string
	for _, e := range entries {
		if !e.IsDir() && reAuto.MatchString(e.Name()) {
			names = append(names, e.Name())
		}
	}
	sort.Slice(names, func(i, j int) bool { return autoKey(names[i]) > autoKey(names[j]) })
	return names, nil
}

// autoKey sorts by time stamp then by the counter of same-second backups.
func autoKey(name string) string {
	m := reAuto.FindStringSubmatch(name)
	return fmt.Sprintf("%s-%06s", m[1], m[3])
}

// prune removes the automatic backups beyond the newest KeepAuto.
func (s *Service) prune() error {
	names, err := s.autoFiles()
	if err != nil {
		return err
	}
	for i := KeepAuto; i < len(names); i++ {
		if err := os.Remove(filepath.Join(s.autoDir, names[i])); err != nil {
			return err
		}
	}
	return nil
}

// DailyIfDue makes the first-start-of-the-day backup when none was made today.
func (s *Service) DailyIfDue(ctx context.Context) (*Info, error) {
	st := settings.New(s.db)
	today := s.clock.Now().Format("2006-01-02")
	last, err := st.Get(ctx, settings.KeyLastDailyBackup, "")
	if err != nil {
		return nil, err
	}
	if last == today {
		return nil, nil
	}
	info, err := s.AutoBackup(ctx, ReasonDaily)
	if err != nil {
		return nil, err
	}
	if err := st.Set(ctx, settings.KeyLastDailyBackup, today); err != nil {
		return &info, err
	}
	return &info, nil
}

// ListAuto lists the automatic backups, newest first.
func (s *Service) ListAuto(ctx context.Context) ([]Info, error) {
	names, err := s.autoFiles()
	if err != nil {
		return nil, err
	}
	out := make([]Info, 0, len(names))
	for _, n := range names {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		info := describe(filepath.Join(s.autoDir, n))
		info.SchemaVersion = fileVersion(ctx, info.Path)
		out = append(out, info)
	}
	return out, nil
}

// describe fills what the file name and file system tell about a backup.
func describe(path string) Info {
	info := Info{Path: path, Name: filepath.Base(path)}
	if fi, err := os.Stat(path); err == nil {
		info.Size = fi.Size()
		info.CreatedAt = fi.ModTime()
	}
	if m := reAuto.FindStringSubmatch(info.Name); m != nil {
		info.Reason = m[2]
		if t, err := time.ParseInLocation("20060102-150405", m[1], time.Local); err == nil {
			info.CreatedAt = t
		}
	}
	return info
}

// fileVersion reads the schema version of a database file, 0 when unreadable.
func fileVersion(ctx context.Context, path string) int {
	db, err := openSQL(readOnlyURI(path))
	if err != nil {
		return 0
	}
	defer db.Close()
	var v int
	if err := db.QueryRowContext(ctx, "SELECT COALESCE(MAX(id),0) FROM schema_migrations").Scan(&v); err != nil {
		return 0
	}
	return v
}

func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}
