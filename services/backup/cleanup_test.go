package backup_test

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// writeFiles writes each path with a line of personal data.
func writeFiles(t *testing.T, paths ...string) {
	t.Helper()
	for _, p := range paths {
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("NIK 3301010101010001"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// The next backup removes what a killed backup or restore left in its target folder, the
// automatic backups' folder and the database's folder; other files stay.
func TestNextBackupRemovesTempFilesOfAKilledOne(t *testing.T) {
	l := newLive(t, nil)
	target := filepath.Join(l.dir, "flashdisk")
	auto := l.svc.AutoDir()
	data := filepath.Dir(l.path)
	stale := []string{
		filepath.Join(target, ".sidamping-4711.tmp"), filepath.Join(target, ".sidamping-4711.tmp-journal"),
		filepath.Join(auto, ".sidamping-88.tmp"), filepath.Join(auto, ".sidamping-88.tmp-wal"),
		filepath.Join(auto, ".sidamping-88.tmp-shm"), filepath.Join(data, ".sidamping-5.tmp"),
	}
	keep := []string{
		filepath.Join(target, "cadangan-lama.db"), filepath.Join(target, "sidamping.tmp"),
		filepath.Join(target, ".sidamping-catatan.txt"), filepath.Join(auto, "sidamping-20261122-070000-harian.db"),
	}
	writeFiles(t, append(append([]string{}, stale...), keep...)...)

	if _, err := l.svc.Backup(ctx, filepath.Join(target, "cadangan.db")); err != nil {
		t.Fatal(err)
	}
	for _, p := range stale {
		if _, err := os.Stat(p); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("%s is still there (%v)", p, err)
		}
	}
	for _, p := range append(keep, filepath.Join(target, "cadangan.db")) {
		if _, err := os.Stat(p); err != nil {
			t.Errorf("%s was removed: %v", p, err)
		}
	}
	entries, _ := os.ReadDir(target)
	if len(entries) != 4 { // three kept files and the new backup
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("target folder holds %v", names)
	}
}
