package app

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"sidamping/models"
)

func TestFormatErrorSendsJSONText(t *testing.T) {
	fe := models.FieldErrors{}
	fe.Add("headNip", "NIP harus 18 digit angka.")
	out, ok := FormatError(fe.Err("opd.invalid")).(string)
	if !ok {
		t.Fatalf("FormatError returned %T, want string", out)
	}
	var got models.AppError
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	if got.Code != "opd.invalid" || got.Fields["headNip"] != "NIP harus 18 digit angka." {
		t.Fatalf("decoded %+v", got)
	}
	plain, _ := FormatError(errors.New("disk penuh")).(string)
	if err := json.Unmarshal([]byte(plain), &got); err != nil || got.Code != "internal" {
		t.Fatalf("plain error: %s", plain)
	}
}

// A raw rename or open error of the operating system never reaches the window as it is.
func TestFormatErrorHidesRawFileErrors(t *testing.T) {
	raw := []error{
		&os.LinkError{Op: "rename", Old: filepath.Join("D:", "Kantor", ".sidamping-1.tmp"), New: filepath.Join("D:", "Kantor", "surat.pdf"),
			Err: errors.New("Access is denied.")},
		fmt.Errorf("menyimpan: %w", &fs.PathError{Op: "open", Path: filepath.Join("D:", "Kantor", "laporan.xlsx"),
			Err: errors.New("Sharing violation.")}),
	}
	for _, err := range raw {
		var got models.AppError
		if jerr := json.Unmarshal([]byte(FormatError(err).(string)), &got); jerr != nil {
			t.Fatal(jerr)
		}
		if !strings.HasPrefix(got.Code, "files.") || strings.HasSuffix(got.Message, "..") ||
			strings.Contains(got.Message, "rename") || strings.Contains(got.Message, ".tmp") ||
			strings.Contains(got.Message, "denied") || strings.Contains(got.Message, "Sharing") {
			t.Errorf("%v became %+v", err, got)
		}
	}
}
