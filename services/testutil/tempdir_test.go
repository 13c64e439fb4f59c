package testutil_test

import (
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"testing"
)

// The Go tests of models/ and services/ also run under Wine, where the testing
// package's own t.TempDir clean-up fails ("unlinkat ...: Invalid function") and fails
// the test. They use testutil.TempDir, which cleans up tolerantly.
func TestNoTestingTempDirInTestsThatRunUnderWine(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("reads the source tree, which a test binary run under Wine does not have")
	}
	use := regexp.MustCompile(`\b[tb]\.TempDir\(\)`)
	var bad []string
	for _, root := range []string{"..", "../../models"} {
		err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, "_test.go") || strings.HasSuffix(path, "tempdir_test.go") {
				return err
			}
			b, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			for i, line := range strings.Split(string(b), "\n") {
				if use.MatchString(line) {
					bad = append(bad, filepath.ToSlash(path)+":"+strconv.Itoa(i+1))
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if len(bad) > 0 {
		t.Errorf("use testutil.TempDir(t) instead of t.TempDir() (Wine): %s", strings.Join(bad, ", "))
	}
}
