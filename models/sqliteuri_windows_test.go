package models_test

import (
	"testing"

	"sidamping/models"
)

func TestSQLiteURIWindowsDrivePath(t *testing.T) {
	got := models.SQLiteURI(`C:\Users\Budi#2\AppData\Roaming\SiDamping\sidamping.db`, "mode=ro")
	want := "file:///C:/Users/Budi%232/AppData/Roaming/SiDamping/sidamping.db?mode=ro"
	if got != want {
		t.Errorf("SQLiteURI = %q, want %q", got, want)
	}
}
