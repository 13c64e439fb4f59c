package models

import (
	"os"
	"testing"

	"golang.org/x/sys/windows"
)

// The real GetDriveTypeW says the temp folder is local; a drive it reports as
// DRIVE_REMOTE (a mapped network drive) is refused.
func TestMappedNetworkDriveIsRefused(t *testing.T) {
	if isNetworkDrive(os.TempDir()) {
		t.Fatalf("%s counts as a network drive", os.TempDir())
	}
	real := driveType
	defer func() { driveType = real }()
	driveType = func(root *uint16) uint32 {
		if windows.UTF16PtrToString(root) == `Z:\` {
			return windows.DRIVE_REMOTE
		}
		return real(root)
	}
	err := CheckLocalDisk(`Z:\Data Kantor\sidamping.db`)
	if ae := AsAppError(err); ae == nil || ae.Code != "db.network_drive" {
		t.Fatalf("mapped drive: %v, want db.network_drive", err)
	}
	if err := CheckLocalDisk(os.TempDir()); err != nil {
		t.Errorf("local temp folder refused: %v", err)
	}
}
