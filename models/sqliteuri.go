package models

import (
	"path/filepath"
	"strings"
)

// uriEscaper escapes what would end or change an SQLite URI path: '%' (SQLite decodes
// %XX), '?' (starts the query), '#' (starts the fragment) and, for readability in logs,
// spaces. Everything else (letters, digits, '/', ':', unicode) is passed through.
var uriEscaper = strings.NewReplacer("%", "%25", "?", "%3F", "#", "%23", " ", "%20")

// SQLiteURI is the one way every part of SiDamping turns a database path into the
// connection string for SQLite (live, read-only, backup, restore validation, CLI), so a
// folder named "Budi#2", "a%20b", "x?y" or "with space" opens exactly that file. The path
// is made absolute; on Windows backslashes become slashes and a drive letter gets the
// leading slash SQLite expects ("file:///C:/Users/Budi%232/..."). query holds the
// parameters without the leading '?', or is empty.
func SQLiteURI(path, query string) string {
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	p := uriEscaper.Replace(filepath.ToSlash(path))
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // "C:/x" → "/C:/x"
	}
	uri := "file://" + p
	if query != "" {
		uri += "?" + query
	}
	return uri
}
