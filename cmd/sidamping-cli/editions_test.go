package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"sidamping/models"
	"sidamping/services/testutil"
)

// households editions lists name, members, families and imported_at; edition delete
// refuses a verified edition with a coded error that says why, --archive moves it to a
// file beside the database, restore brings it back, and delete removes it.
func TestEditionsCommands(t *testing.T) {
	db := householdDB(t)
	dir := testutil.TempDir(t)
	cli(t, "--db", db, "import", "households", dtksFile(t, filepath.Join(dir, "a.xlsx"), 10, 0, 0), "--edition", "DTKS April").expect(t, 0)
	cli(t, "--db", db, "import", "households", dtksFile(t, filepath.Join(dir, "b.xlsx"), 4, 50, 0), "--edition", "DTKS Juli").expect(t, 0)
	r := cli(t, "--db", db, "--json", "households", "editions").expect(t, 0)
	eds := r.obj["editions"].([]any)
	if len(eds) != 2 {
		t.Fatalf("%v", r.obj)
	}
	first := eds[1].(map[string]any)
	if first["name"] != "DTKS April" || first["members"] != 30.0 || first["families"] != 10.0 || first["imported_at"] == "" || first["archived"] != false {
		t.Fatalf("%v", first)
	}
	// A verified member keeps the edition from being deleted.
	if err := execSQL(db, `UPDATE individu SET status = 'pindah' WHERE id = 1`); err != nil {
		t.Fatal(err)
	}
	r = cli(t, "--db", db, "--json", "households", "edition", "delete", "DTKS April").expect(t, 1)
	if r.obj["code"] != "households.edition_in_use" || !strings.Contains(r.obj["message"].(string), "1 keluarga/anggota sudah diberi status verifikasi") {
		t.Fatalf("%v", r.obj)
	}
	r = cli(t, "--db", db, "--json", "households", "edition", "delete", "DTKS April", "--archive").expect(t, 0)
	file, _ := r.obj["archive_file"].(string)
	if r.obj["action"] != "archived" || filepath.Dir(file) != filepath.Join(filepath.Dir(db), "arsip-edisi") {
		t.Fatalf("%v", r.obj)
	}
	if _, err := os.Stat(file); err != nil {
		t.Fatal(err)
	}
	if n := count(t, db, "individu"); n != 12 {
		t.Fatalf("%d members after the archive", n)
	}
	r = cli(t, "--db", db, "--json", "households", "editions").expect(t, 0)
	if a := r.obj["editions"].([]any)[1].(map[string]any); a["archived"] != true || a["members"] != 30.0 {
		t.Fatalf("%v", a)
	}
	r = cli(t, "--db", db, "--json", "households", "edition", "restore", "DTKS April").expect(t, 0)
	if r.obj["action"] != "restored" || count(t, db, "individu") != 42 {
		t.Fatalf("%v", r.obj)
	}
	r = cli(t, "--db", db, "--json", "households", "edition", "delete", "DTKS Juli").expect(t, 0)
	if r.obj["action"] != "deleted" || count(t, db, "individu") != 30 || count(t, db, "edisi") != 1 {
		t.Fatalf("%v", r.obj)
	}
	cli(t, "--db", db, "--json", "households", "edition", "delete", "Tidak Ada").expect(t, 1)
	cli(t, "--db", db, "households", "edition", "hapus", "DTKS April").expect(t, 2)
	cli(t, "--db", db, "households", "editions", "lebih").expect(t, 2)
}

// execSQL runs one statement on the database file.
func execSQL(path, q string) error {
	db, err := models.Open(path)
	if err != nil {
		return err
	}
	defer models.Close(db)
	return db.Exec(q).Error
}
