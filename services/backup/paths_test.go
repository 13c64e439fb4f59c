package backup_test

import (
	"path/filepath"
	"runtime"
	"sort"
	"testing"

	"sidamping/models"
	"sidamping/services/backup"
	"sidamping/services/testutil"
)

// A live database and its backups in folders whose names broke the unescaped URI: every
// open (live, backup copy, validation, restore source) uses exactly the named file.
func TestBackupAndRestoreInAwkwardFolders(t *testing.T) {
	folders := []string{"Budi#2", "a%20b", "with space"}
	if runtime.GOOS != "windows" {
		folders = append(folders, "x?y")
	}
	for _, folder := range folders {
		t.Run(folder, func(t *testing.T) {
			root := testutil.TempDir(t)
			path := filepath.Join(root, folder, "sidamping.db")
			db := testutil.NewDBAt(t, path, true)
			svc := backup.New(db, path, nil, nil)
			if err := db.Create(&models.Kecamatan{Code: "33.99.01", Name: "Asli"}).Error; err != nil {
				t.Fatal(err)
			}
			dst := filepath.Join(root, "cadangan "+folder, "salin#1.db")
			if _, err := svc.Backup(ctx, dst); err != nil {
				t.Fatal(err)
			}
			if got := testutil.ListDir(t, filepath.Dir(dst)); len(got) != 1 || got[0] != "salin#1.db" {
				t.Fatalf("backup folder holds %q, want only salin#1.db", got)
			}
			if n := scalar[int](t, openPlain(t, dst), "SELECT count(*) FROM kecamatan WHERE name = 'Asli'"); n != 1 {
				t.Fatalf("backup holds %d rows", n)
			}
			if err := db.Exec("UPDATE kecamatan SET name = 'Diubah'").Error; err != nil {
				t.Fatal(err)
			}
			if _, err := svc.Restore(ctx, dst); err != nil {
				t.Fatal(err)
			}
			var name string
			db.Raw("SELECT name FROM kecamatan").Scan(&name)
			if name != "Asli" {
				t.Errorf("after restore the name is %q, want Asli", name)
			}
			want := []string{"cadangan " + folder, folder}
			sort.Strings(want)
			if got := testutil.ListDir(t, root); len(got) != 2 || got[0] != want[0] || got[1] != want[1] {
				t.Errorf("root holds %q, want %q", got, want)
			}
			for _, n := range testutil.ListDir(t, filepath.Join(root, folder)) {
				if n != "backups" && n != "sidamping.db" && n != "sidamping.db-wal" && n != "sidamping.db-shm" {
					t.Errorf("stray file %q beside the database", n)
				}
			}
		})
	}
}
