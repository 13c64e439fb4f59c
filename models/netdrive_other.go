//go:build !windows

package models

// isNetworkDrive: outside Windows a share is mounted into the tree, and only its UNC
// name (checked by IsUNCPath) is recognised.
func isNetworkDrive(string) bool { return false }
