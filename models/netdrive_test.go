package models_test

import (
	"os"
	"strings"
	"testing"

	"sidamping/models"
)

func TestIsUNCPath(t *testing.T) {
	cases := map[string]bool{
		`\\server\share\SiDamping\sidamping.db`: true,
		`//server/share/sidamping.db`:           true,
		`\\fileserver\data$\x.db`:               true,
		`\\?\UNC\server\share\x.db`:             true,
		`\\server`:                              false, // no share
		`\\?\C:\Users\Budi\sidamping.db`:        false,
		`\\.\PhysicalDrive0`:                    false,
		`C:\Users\Budi#2\AppData\sidamping.db`:  false,
		`/home/budi/.config/SiDamping/x.db`:     false,
		`sidamping.db`:                          false,
	}
	for path, want := range cases {
		if got := models.IsUNCPath(path); got != want {
			t.Errorf("IsUNCPath(%q) = %v, want %v", path, got, want)
		}
	}
}

func TestOpenRefusesANetworkShare(t *testing.T) {
	for _, path := range []string{`\\server\share\SiDamping\sidamping.db`, `//server/share/sidamping.db`} {
		db, err := models.Open(path)
		if err == nil {
			models.Close(db)
			t.Fatalf("Open(%s) succeeded", path)
		}
		ae := models.AsAppError(err)
		if ae == nil || ae.Code != "db.network_drive" {
			t.Fatalf("Open(%s) = %v, want db.network_drive", path, err)
		}
		for _, words := range []string{path, "jaringan", "merusak data", "sqlite.org", "PostgreSQL"} {
			if !strings.Contains(ae.Message, words) {
				t.Errorf("message %q does not say %q", ae.Message, words)
			}
		}
		// Nothing was created for it (on Linux the backslash path is a plain name).
		if _, err := os.Stat(path); err == nil {
			t.Errorf("%s was created", path)
		}
	}
	if err := models.CheckLocalDisk(os.TempDir()); err != nil {
		t.Errorf("the temp folder counts as a network drive: %v", err)
	}
}
