//go:build !windows

package app

import (
	"os/exec"
	"path/filepath"
	"runtime"
)

// openWithDefault runs the desktop's opener on the plain path (xdg-open, or open on
// macOS). A file:// address would need escaping: "Budi#2" would be cut at the '#'.
func openWithDefault(path string) error {
	abs, err := filepath.Abs(path)
	if err != nil {
		return err
	}
	opener := "xdg-open"
	if runtime.GOOS == "darwin" {
		opener = "open"
	}
	return exec.Command(opener, abs).Run()
}
