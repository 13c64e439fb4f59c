package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"sidamping/models"
	"sidamping/services/testutil"
)

// result is one run of the CLI.
type result struct {
	code           int
	stdout, stderr string
	obj            map[string]any // stdout parsed when --json
}

func cli(t *testing.T, args ...string) result {
	t.Helper()
	var out, errOut bytes.Buffer
	r := result{code: run(args, &out, &errOut), stdout: out.String(), stderr: errOut.String()}
	for _, a := range args {
		if a == "--json" {
			if err := json.Unmarshal(out.Bytes(), &r.obj); err != nil {
				t.Fatalf("%v: stdout is not one JSON object: %v\n%s", args, err, out.String())
			}
		}
	}
	return r
}

func (r result) expect(t *testing.T, code int) result {
	t.Helper()
	if r.code != code {
		t.Fatalf("exit code %d, want %d\nstdout: %s\nstderr: %s", r.code, code, r.stdout, r.stderr)
	}
	return r
}

// count opens the database briefly and counts rows of table.
func count(t *testing.T, path, table string) int64 {
	t.Helper()
	db, err := models.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer models.Close(db)
	var n int64
	if err := db.Table(table).Count(&n).Error; err != nil {
		t.Fatal(err)
	}
	return n
}

func TestVersion(t *testing.T) {
	r := cli(t, "--json", "version").expect(t, 0)
	if r.obj["ok"] != true || r.obj["command"] != "version" || r.obj["version"] != Version ||
		r.obj["schemaVersion"] != float64(models.LatestVersion()) {
		t.Errorf("version = %v", r.obj)
	}
	if r := cli(t, "version").expect(t, 0); !strings.HasPrefix(r.stdout, "SiDamping "+Version) {
		t.Errorf("text = %q", r.stdout)
	}
}

func TestWrongUsageExitsTwo(t *testing.T) {
	db := filepath.Join(testutil.TempDir(t), "s.db")
	cases := [][]string{
		{},
		{"--db", db, "terbang"},
		{"--db", db, "--tidak-ada", "check"},
		{"--db", db, "check", "--tidak-ada"},
		{"--db", db, "backup"},
		{"--db", db, "restore"},
		{"--db", db, "restore", "a.db", "b.db"},
		{"--db", db, "check", "lebih"},
		{"--db", db, "demo", "--seed", "bukan-angka"},
	}
	for _, args := range cases {
		r := cli(t, args...)
		if r.code != 2 || !strings.Contains(r.stderr, "Penggunaan: sidamping-cli") {
			t.Errorf("%v: exit %d, stderr %q", args, r.code, r.stderr)
		}
	}
	r := cli(t, "--json", "--db", db, "terbang").expect(t, 2)
	if r.obj["ok"] != false || r.obj["code"] != "usage" || !strings.Contains(r.obj["message"].(string), "terbang") {
		t.Errorf("json = %v", r.obj)
	}
	if _, err := os.Stat(db); err == nil {
		t.Error("wrong usage created the database")
	}
	if r := cli(t, "-h").expect(t, 0); !strings.Contains(r.stdout, "restore BERKAS") {
		t.Errorf("help = %q", r.stdout)
	}
}

func TestDemoCheckBackupRestore(t *testing.T) {
	dir := testutil.TempDir(t)
	db := filepath.Join(dir, "data", "sidamping.db")

	r := cli(t, "--db", db, "--json", "demo").expect(t, 0)
	sum, _ := r.obj["summary"].(map[string]any)
	if r.obj["ok"] != true || sum["kecamatan"] != 20.0 || sum["desa"] != 400.0 || sum["opd"] != 44.0 || sum["priority"] != 48.0 {
		t.Fatalf("demo = %v", r.obj)
	}
	// A second load is refused, with the message on stderr.
	r = cli(t, "--db", db, "demo").expect(t, 1)
	if !strings.Contains(r.stderr, "masih kosong") {
		t.Errorf("stderr = %q", r.stderr)
	}
	r = cli(t, "--db", db, "--json", "demo").expect(t, 1)
	if r.obj["ok"] != false || r.obj["code"] != "demo.not_empty" || r.obj["message"] == "" {
		t.Errorf("json = %v", r.obj)
	}

	// check, in text and JSON; flags after the command work too.
	r = cli(t, "--db", db, "check").expect(t, 0)
	if !strings.Contains(r.stdout, "baik") || !strings.Contains(r.stdout, "400 desa/kelurahan") {
		t.Errorf("check text = %q", r.stdout)
	}
	r = cli(t, "check", "--db", db, "--json").expect(t, 0)
	if r.obj["ok"] != true || len(r.obj["problems"].([]any)) != 0 || r.obj["schemaVersion"] != float64(models.LatestVersion()) {
		t.Errorf("check json = %v", r.obj)
	}

	// backup
	saved := filepath.Join(dir, "keluar", "cadangan.db")
	r = cli(t, "--db", db, "--json", "backup", "--out", saved).expect(t, 0)
	if r.obj["path"] != saved || r.obj["size"].(float64) < 100_000 {
		t.Errorf("backup = %v", r.obj)
	}

	// change the data, then restore: the data is back
	gdb, err := models.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	teamBefore := count(t, db, "anggota_tim")
	if err := gdb.Exec("DELETE FROM anggota_tim WHERE role = 'koordinator'").Error; err != nil {
		t.Fatal(err)
	}
	if err := gdb.Exec("UPDATE kecamatan SET name = 'Diubah' WHERE code = '33.99.01'").Error; err != nil {
		t.Fatal(err)
	}
	models.Close(gdb)
	if n := count(t, db, "anggota_tim"); n != teamBefore-48*2 {
		t.Fatalf("team members after delete = %d (before %d)", n, teamBefore)
	}
	r = cli(t, "--db", db, "--json", "restore", saved).expect(t, 0)
	if r.obj["ok"] != true || r.obj["path"] != saved || !strings.Contains(r.obj["preRestoreBackup"].(string), "pra-pemulihan") {
		t.Errorf("restore = %v", r.obj)
	}
	if n := count(t, db, "anggota_tim"); n != teamBefore {
		t.Errorf("team members after restore = %d, want %d", n, teamBefore)
	}
	var name string
	gdb, _ = models.Open(db)
	gdb.Raw("SELECT name FROM kecamatan WHERE code = '33.99.01'").Scan(&name)
	models.Close(gdb)
	if name != "Contoh" {
		t.Errorf("kecamatan after restore = %q", name)
	}
	cli(t, "--db", db, "check").expect(t, 0)
}

func TestRestoreOfForeignFileFails(t *testing.T) {
	dir := testutil.TempDir(t)
	db := filepath.Join(dir, "sidamping.db")
	cli(t, "--db", db, "demo").expect(t, 0)
	foreign := filepath.Join(dir, "daftar.xlsx")
	if err := os.WriteFile(foreign, []byte("PK\x03\x04 bukan basis data"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := cli(t, "--db", db, "restore", foreign).expect(t, 1)
	if !strings.Contains(r.stderr, "daftar.xlsx bukan basis data SiDamping") {
		t.Errorf("stderr = %q", r.stderr)
	}
	r = cli(t, "--db", db, "--json", "restore", foreign).expect(t, 1)
	if r.obj["ok"] != false || r.obj["code"] != "backup.not_sqlite" {
		t.Errorf("json = %v", r.obj)
	}
	if n := count(t, db, "desa"); n != 400 {
		t.Errorf("desa after a refused restore = %d", n)
	}
	if entries, _ := os.ReadDir(filepath.Join(dir, "backups")); len(entries) != 0 {
		t.Errorf("a refused restore left %d backups", len(entries))
	}
	r = cli(t, "--db", db, "restore", filepath.Join(dir, "tidak-ada.db")).expect(t, 1)
	if !strings.Contains(r.stderr, "tidak ditemukan") {
		t.Errorf("stderr = %q", r.stderr)
	}
}

func TestCheckFindsProblems(t *testing.T) {
	dir := testutil.TempDir(t)
	db := filepath.Join(dir, "sidamping.db")
	// A missing database is reported, not created.
	r := cli(t, "--db", db, "--json", "check").expect(t, 1)
	if r.obj["code"] != "cli.db_missing" {
		t.Errorf("json = %v", r.obj)
	}
	if _, err := os.Stat(db); err == nil {
		t.Fatal("check created the database")
	}
	cli(t, "--db", db, "demo").expect(t, 0)
	// A village whose kecamatan is gone, written with foreign keys off.
	gdb, err := models.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	sqlDB, _ := gdb.DB()
	conn, err := sqlDB.Conn(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	conn.ExecContext(context.Background(), "PRAGMA foreign_keys = OFF")
	if _, err := conn.ExecContext(context.Background(), "UPDATE desa SET kecamatan_id = 999 WHERE code = '33.99.02.2001'"); err != nil {
		t.Fatal(err)
	}
	conn.ExecContext(context.Background(), "PRAGMA foreign_keys = ON")
	conn.Close()
	models.Close(gdb)

	r = cli(t, "--db", db, "--json", "check").expect(t, 1)
	problems, _ := r.obj["problems"].([]any)
	if r.obj["ok"] != false || r.obj["code"] != "check.problems" || len(problems) != 1 || !strings.Contains(problems[0].(string), "desa") {
		t.Errorf("json = %v", r.obj)
	}
	r = cli(t, "--db", db, "check").expect(t, 1)
	if !strings.Contains(r.stderr, "bermasalah") || !strings.Contains(r.stderr, "tabel desa") {
		t.Errorf("stderr = %q", r.stderr)
	}
}

// check names a trigger and a view the migrations do not make, and a dropped table.
func TestCheckReportsSchemaDifferences(t *testing.T) {
	db := filepath.Join(testutil.TempDir(t), "sidamping.db")
	cli(t, "--db", db, "demo").expect(t, 0)
	gdb, err := models.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{
		`CREATE TRIGGER bersihkan AFTER INSERT ON desa_tahun BEGIN DELETE FROM desa_tahun; END`,
		`DROP TABLE pemetaan_kolom`,
		`CREATE VIEW pemetaan_kolom AS SELECT 1 AS id`,
	} {
		if err := gdb.Exec(s).Error; err != nil {
			t.Fatal(err)
		}
	}
	models.Close(gdb)
	r := cli(t, "--db", db, "--json", "check").expect(t, 1)
	var problems []string
	for _, p := range r.obj["problems"].([]any) {
		problems = append(problems, p.(string))
	}
	all := strings.Join(problems, "\n")
	for _, w := range []string{"trigger bersihkan tidak dikenal", "tabel pemetaan_kolom tidak ada", "view pemetaan_kolom tidak dikenal"} {
		if !strings.Contains(all, w) {
			t.Errorf("problems %q do not say %q", problems, w)
		}
	}
	if r.obj["code"] != "check.problems" {
		t.Errorf("code = %v", r.obj["code"])
	}
}

func TestDatabaseFromEnvironment(t *testing.T) {
	db := filepath.Join(testutil.TempDir(t), "env.db")
	t.Setenv("SIDAMPING_DB", db)
	r := cli(t, "--json", "demo").expect(t, 0)
	if r.obj["path"] != db {
		t.Errorf("path = %v, want %s", r.obj["path"], db)
	}
	if n := count(t, db, "kecamatan"); n != 20 {
		t.Errorf("kecamatan = %d", n)
	}
}
