package app

import (
	"encoding/json"
	"errors"
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
