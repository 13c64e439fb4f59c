package app

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"sidamping/models"
	"sidamping/services/filelock"
	"sidamping/services/testutil"
)

// A second start on a database another window holds answers with app.already_running
// itself (the screen says "SiDamping sudah berjalan"), not as a failure to open it.
func TestSecondStartTellsTheWindowItIsAlreadyRunning(t *testing.T) {
	db := filepath.Join(testutil.TempDir(t), "sidamping.db")
	first, err := filelock.Instance(db)
	if err != nil {
		t.Fatal(err)
	}
	defer first.Release()
	_, lockErr := filelock.Instance(db)
	_, err = NewBootFailure(&Runtime{}, db, lockErr).System.Info()
	var ae *models.AppError
	if !errors.As(err, &ae) || ae.Code != filelock.CodeAlreadyRunning || !strings.Contains(ae.Message, "SiDamping sudah berjalan") {
		t.Fatalf("Info = %v", err)
	}
	_, err = NewBootFailure(&Runtime{}, db, errors.New("file is not a database")).System.Info()
	if !errors.As(err, &ae) || ae.Code != "boot.failed" {
		t.Fatalf("Info of a broken database = %v", err)
	}
}
