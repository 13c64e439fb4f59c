package models_test

import (
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"sidamping/models"
	"sidamping/services/testutil"
)

// awkwardFolders are folder names that broke the unescaped "file:"+path URI: '#' ended
// the path ("C:\Users\Budi#2" opened "C:\Users\Budi"), '%20' was decoded to a space, '?'
// started the query. '?' cannot be in a Windows file name.
func awkwardFolders() []string {
	names := []string{"Budi#2", "a%20b", "with space", "50% #1"}
	if runtime.GOOS != "windows" {
		names = append(names, "x?y")
	}
	return names
}

func TestOpenUsesTheExactPath(t *testing.T) {
	for _, folder := range awkwardFolders() {
		t.Run(folder, func(t *testing.T) {
			root := testutil.TempDir(t)
			path := filepath.Join(root, folder, "sidamping.db")
			db, err := models.Open(path)
			if err != nil {
				t.Fatal(err)
			}
			if err := models.Migrate(mctx, db); err != nil {
				t.Fatal(err)
			}
			if err := db.Exec(`INSERT INTO kecamatan(code, name) VALUES ('33.99.01', 'Contoh')`).Error; err != nil {
				t.Fatal(err)
			}
			if err := models.Close(db); err != nil {
				t.Fatal(err)
			}
			// Only the folder we asked for exists beside it: no "Budi", "a b", "x" file.
			if got := testutil.ListDir(t, root); len(got) != 1 || got[0] != folder {
				t.Fatalf("files in %s = %q, want only %q", root, got, folder)
			}
			for _, name := range testutil.ListDir(t, filepath.Join(root, folder)) {
				if !strings.HasPrefix(name, "sidamping.db") {
					t.Errorf("stray file %q in %s", name, folder)
				}
			}
			// Read back what was written through the read-only open of the same path.
			ro, err := models.OpenReadOnly(path)
			if err != nil {
				t.Fatal(err)
			}
			defer models.Close(ro)
			var name string
			if err := ro.Raw("SELECT name FROM kecamatan WHERE code = '33.99.01'").Scan(&name).Error; err != nil || name != "Contoh" {
				t.Fatalf("read back %q, %v", name, err)
			}
		})
	}
}

func TestSQLiteURIEscapesPathCharacters(t *testing.T) {
	root := testutil.TempDir(t)
	path := filepath.Join(root, "Budi#2", "a%20b", "x y.db")
	uri := models.SQLiteURI(path, "mode=ro")
	if !strings.HasPrefix(uri, "file:///") {
		t.Errorf("uri %q does not start with file:///", uri)
	}
	if !strings.HasSuffix(uri, "/Budi%232/a%2520b/x%20y.db?mode=ro") {
		t.Errorf("uri %q: path characters not escaped", uri)
	}
	if strings.Count(uri, "?") != 1 || strings.Contains(uri, "#") {
		t.Errorf("uri %q has a raw ? or #", uri)
	}
}
