package main

import (
	"reflect"
	"strings"
	"testing"

	"github.com/wailsapp/wails/v2/pkg/options/windows"
)

// Every message Wails can show about WebView2 is ours, in Indonesian: none is empty (Wails
// would show an empty box) and none is Wails' English default.
func TestWebView2MessagesAreAllIndonesian(t *testing.T) {
	got := reflect.ValueOf(*webView2Messages())
	def := reflect.ValueOf(*windows.DefaultMessages())
	for i := 0; i < got.NumField(); i++ {
		name := got.Type().Field(i).Name
		v := got.Field(i).String()
		if strings.TrimSpace(v) == "" {
			t.Errorf("%s is empty", name)
			continue
		}
		if v == def.Field(i).String() {
			t.Errorf("%s is Wails' English default %q", name, v)
		}
		for _, english := range []string{"Press", "Please", "required", "installed", "failed"} {
			if strings.Contains(v, english) {
				t.Errorf("%s contains the English word %q: %q", name, english, v)
			}
		}
	}
}

// The messages shown when WebView2 is missing or could not be installed say what is
// missing and what to do on an offline computer.
func TestWebView2MessagesSayWhatToDo(t *testing.T) {
	m := webView2Messages()
	for name, v := range map[string]string{
		"InstallationRequired": m.InstallationRequired, "UpdateRequired": m.UpdateRequired,
		"FailedToInstall": m.FailedToInstall, "ContactAdmin": m.ContactAdmin,
	} {
		for _, want := range []string{"WebView2 Runtime", "https://developer.microsoft.com/microsoft-edge/webview2/", "Standalone Installer"} {
			if !strings.Contains(v, want) {
				t.Errorf("%s does not mention %q: %q", name, want, v)
			}
		}
	}
	for name, v := range map[string]string{"InstallationRequired": m.InstallationRequired, "FailedToInstall": m.FailedToInstall} {
		if !strings.Contains(v, "internet") {
			t.Errorf("%s does not say that the installation needs the internet: %q", name, v)
		}
	}
	// Wails appends PressOKToInstall (embed strategy) or the minimum version (browser
	// strategy) right after these: they must end with a separator.
	if !strings.HasSuffix(m.InstallationRequired, "\n") || !strings.HasSuffix(m.UpdateRequired, "\n") {
		t.Errorf("InstallationRequired/UpdateRequired must end with a line break before PressOKToInstall")
	}
	if !strings.HasSuffix(m.DownloadPage, ": ") {
		t.Errorf("DownloadPage must end with \": \" before the version: %q", m.DownloadPage)
	}
}
