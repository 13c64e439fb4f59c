package models

import (
	"path/filepath"

	"golang.org/x/sys/windows"
)

// driveType is windows.GetDriveType, replaceable in tests.
var driveType = windows.GetDriveType

// isNetworkDrive tells whether the drive letter of path is a mapped network drive
// (GetDriveTypeW == DRIVE_REMOTE).
func isNetworkDrive(path string) bool {
	vol := filepath.VolumeName(path)
	if len(vol) != 2 || vol[1] != ':' {
		return false
	}
	root, err := windows.UTF16PtrFromString(vol + `\`)
	if err != nil {
		return false
	}
	return driveType(root) == windows.DRIVE_REMOTE
}
