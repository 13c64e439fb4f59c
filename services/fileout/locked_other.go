//go:build !windows

package fileout

// isLocked is false outside Windows: a POSIX system lets a file be replaced while
// another program has it open.
func isLocked(error) bool { return false }

func isDiskFull(error) bool { return false }

// readOnlyDir reports a folder whose permission bits let nobody write (also refused for
// root, who could write there anyway).
func readOnlyDir(mode uint32) bool { return mode&0o222 == 0 }
