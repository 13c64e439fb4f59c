package fileout

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"sidamping/services/filelock"
)

// TempPattern is the name pattern of every temporary file SiDamping writes next to a
// target (this package's and the backup's copy before its rename).
const TempPattern = ".sidamping-*.tmp"

// reTemp matches a temporary file and the journals SQLite may leave beside one.
var reTemp = regexp.MustCompile(`^\.sidamping-[^/\\]*\.tmp(-journal|-wal|-shm)?$`)

// CleanTemps removes the temporary files a killed write, backup or restore left in dir
// (they may hold copies of personal data) and returns the names removed. A temporary
// file still being written by a live process is left alone: on Unix the writer marks it
// (filelock.Mark), on Windows an open file cannot be deleted. Other files are never
// touched. Errors are ignored: what cannot be removed now is tried at the next start.
func CleanTemps(dir string) []string {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil
	}
	var removed []string
	for _, e := range entries {
		name := e.Name()
		if !e.Type().IsRegular() || !reTemp.MatchString(name) {
			continue
		}
		main := name
		for _, suffix := range []string{"-journal", "-wal", "-shm"} {
			main = strings.TrimSuffix(main, suffix)
		}
		if filelock.InUse(filepath.Join(dir, main)) {
			continue
		}
		if os.Remove(filepath.Join(dir, name)) == nil {
			removed = append(removed, name)
		}
	}
	return removed
}
