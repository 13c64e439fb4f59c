package models

import (
	"fmt"
	"path/filepath"
	"strings"
)

// IsUNCPath tells whether path names a file on a network share by its UNC name:
// \\server\share\..., //server/share/... or \\?\UNC\server\share\... . Device and
// long-path prefixes of local drives (\\?\C:\..., \\.\PhysicalDrive0) are not shares.
func IsUNCPath(path string) bool {
	p := strings.ReplaceAll(path, `\`, "/")
	if !strings.HasPrefix(p, "//") {
		return false
	}
	rest := p[2:]
	switch {
	case strings.HasPrefix(rest, "?/"), strings.HasPrefix(rest, "./"):
		if strings.HasPrefix(strings.ToUpper(rest[2:]), "UNC/") {
			return hasServerAndShare(rest[6:])
		}
		return false
	}
	return hasServerAndShare(rest)
}

// hasServerAndShare tells whether s starts with "server/share".
func hasServerAndShare(s string) bool {
	server, share, ok := strings.Cut(s, "/")
	share, _, _ = strings.Cut(share, "/")
	return ok && server != "" && share != ""
}

// CheckLocalDisk refuses a database on a network share (a UNC path or, on Windows, a
// mapped network drive): SQLite's file locking does not work reliably over a network
// file system, and two computers writing at once corrupt the file.
func CheckLocalDisk(path string) error {
	abs, err := filepath.Abs(path)
	if err != nil {
		abs = path
	}
	where := ""
	switch {
	case IsUNCPath(path) || IsUNCPath(abs):
		where = "folder bersama jaringan"
	case isNetworkDrive(abs):
		where = "drive jaringan " + filepath.VolumeName(abs)
	default:
		return nil
	}
	return NewError(ErrInvalid, "db.network_drive", fmt.Sprintf(
		"Basis data %s berada di %s. SQLite yang dipakai di folder bersama jaringan dapat merusak data "+
			"(sqlite.org, \"SQLite Over a Network\"), terutama bila dua komputer menulis bersamaan. "+
			"Simpan basis data di disk komputer ini (bawaannya %%APPDATA%%\\SiDamping\\sidamping.db). "+
			"Untuk dipakai bersama oleh beberapa komputer diperlukan mode server (PostgreSQL).", path, where))
}
