package app

import (
	"path/filepath"

	"golang.org/x/sys/windows"
)

// openWithDefault hands the plain path to the shell (ShellExecute "open"). A file://
// address would cut "C:\Users\Budi#2\..." at the '#'.
func openWithDefault(path string) error {
	abs, err := filepath.Abs(path)
	if err != nil {
		return err
	}
	verb, err := windows.UTF16PtrFromString("open")
	if err != nil {
		return err
	}
	file, err := windows.UTF16PtrFromString(abs)
	if err != nil {
		return err
	}
	return windows.ShellExecute(0, verb, file, nil, nil, windows.SW_SHOWNORMAL)
}
