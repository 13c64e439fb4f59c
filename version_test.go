package main

import (
	"encoding/json"
	"os"
	"regexp"
	"testing"

	"sidamping/app"
)

// wails.json's info.productVersion is the one place the version is written: Wails puts it
// into the exe's version resource and the installer, scripts/build.sh passes it to
// app.Version with -ldflags. The defaults in the code (go run, the CLI, dev builds) and the
// frontend's package.json must agree with it.
func TestVersionsAreWailsJSONProductVersion(t *testing.T) {
	var w struct {
		Info struct {
			ProductVersion string `json:"productVersion"`
		} `json:"info"`
	}
	readJSON(t, "wails.json", &w)
	want := w.Info.ProductVersion
	if !regexp.MustCompile(`^\d+\.\d+\.\d+$`).MatchString(want) {
		t.Fatalf("wails.json info.productVersion %q is not MAJOR.MINOR.PATCH (the installer needs it)", want)
	}
	if app.Version != want {
		t.Errorf("app.Version is %q, wails.json says %q", app.Version, want)
	}
	src, err := os.ReadFile("cmd/sidamping-cli/main.go")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^var Version = "([^"]*)"`).FindSubmatch(src)
	cli := ""
	if m != nil {
		cli = string(m[1])
	}
	if cli != want {
		t.Errorf("cmd/sidamping-cli: var Version = %q, wails.json says %q", cli, want)
	}
	var pkg struct {
		Version string `json:"version"`
	}
	readJSON(t, "frontend/package.json", &pkg)
	if pkg.Version != want {
		t.Errorf("frontend/package.json version is %q, wails.json says %q", pkg.Version, want)
	}
}

func readJSON(t *testing.T, path string, v any) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
}
