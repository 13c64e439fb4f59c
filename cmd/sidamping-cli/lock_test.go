package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"sidamping/services/filelock"
	"sidamping/services/testutil"
)

// restore is refused while a window holds the database (its instance lock), and the
// database is left as it was; once the window is gone it runs.
func TestRestoreRefusedWhileTheWindowHoldsTheDatabase(t *testing.T) {
	dir := testutil.TempDir(t)
	db := filepath.Join(dir, "sidamping.db")
	cli(t, "--db", db, "demo").expect(t, 0)
	saved := filepath.Join(dir, "cadangan.db")
	cli(t, "--db", db, "backup", "--out", saved).expect(t, 0)
	window, err := filelock.Instance(db)
	if err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(db)
	r := cli(t, "--db", db, "--json", "restore", saved).expect(t, 1)
	if r.obj["code"] != filelock.CodeAlreadyRunning || !strings.Contains(r.obj["message"].(string), "SiDamping sudah berjalan") {
		t.Errorf("restore under a window = %v", r.obj)
	}
	if after, _ := os.ReadFile(db); string(after) != string(before) {
		t.Error("the refused restore changed the database")
	}
	_ = window.Release()
	cli(t, "--db", db, "restore", saved).expect(t, 0)
}
