package profile

import (
	"bytes"
	"context"
	"errors"
	"image"
	"image/color"
	"image/png"
	"strings"
	"testing"

	"sidamping/models"
	"sidamping/services/testutil"
)

var ctx = context.Background()

func pngBytes(t *testing.T, w, h int) []byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	img.Set(1, 1, color.RGBA{200, 0, 0, 255})
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func validProfile() Profile {
	return Profile{
		Profil: models.Profil{RegencyName: "Kabupaten Jepara", Province: "Jawa Tengah", RegencyCode: "3320",
			Capital: "Jepara", Letterhead: "PEMERINTAH KABUPATEN JEPARA\nBAPPEDA"},
		Signatories: []models.Penandatangan{
			{Role: models.RoleBupati, Name: "H. Contoh"},
			{Role: models.RoleKepalaBappeda, Name: "Ir. Kepala", Rank: "Pembina Utama Muda (IV/c)", NIP: "196805121994031007"},
		},
	}
}

func TestSaveAndGetProfile(t *testing.T) {
	db := testutil.NewDB(t)
	s := New(db, nil)
	if ok, _ := s.Configured(ctx); ok {
		t.Fatal("fresh db reports configured")
	}
	p, err := s.Save(ctx, validProfile())
	if err != nil {
		t.Fatal(err)
	}
	if p.RegencyCode != "33.20" || !strings.HasPrefix(p.Letterhead, "PEMERINTAH") {
		t.Fatalf("saved: %+v", p.Profil)
	}
	if len(p.Signatories) != 4 || p.Signatories[3].NIP != "196805121994031007" || p.Signatories[3].Title != "Kepala Bappeda" {
		t.Fatalf("signatories: %+v", p.Signatories)
	}
	if ok, _ := s.Configured(ctx); !ok {
		t.Fatal("not configured after save")
	}
	// Saving again updates in place.
	in := validProfile()
	in.Signatories[1].Name = "Dr. Kepala Baru"
	if _, err := s.Save(ctx, in); err != nil {
		t.Fatal(err)
	}
	if n := testutil.Count(t, db, "penandatangan"); n != 2 {
		t.Fatalf("penandatangan rows = %d", n)
	}
	if n := testutil.Count(t, db, "penandatangan", "name = ?", "Dr. Kepala Baru"); n != 1 {
		t.Fatal("signatory not updated")
	}
}

func TestProfileRejectsBadNIPAndCode(t *testing.T) {
	db := testutil.NewDB(t)
	s := New(db, nil)
	in := validProfile()
	in.RegencyCode = "33-20"
	in.Signatories[1].NIP = "19680512199403100"
	_, err := s.Save(ctx, in)
	var ae *models.AppError
	if !errors.As(err, &ae) || ae.Fields["regencyCode"] == "" || !strings.Contains(ae.Fields["signatories.kepala_bappeda.nip"], "18 digit") {
		t.Fatalf("want field errors, got %v", err)
	}
	if n := testutil.Count(t, db, "profil"); n != 0 {
		t.Fatal("invalid profile saved")
	}
}

func TestLogo(t *testing.T) {
	db := testutil.NewDB(t)
	s := New(db, nil)
	if err := s.SetLogo(ctx, "logo.png", pngBytes(t, 10, 10)); !errors.Is(err, models.ErrConflict) {
		t.Fatalf("logo before profile: %v", err)
	}
	if _, err := s.Save(ctx, validProfile()); err != nil {
		t.Fatal(err)
	}
	cases := map[string][]byte{
		"kosong.png": {},
		"teks.png":   []byte("bukan gambar sama sekali"),
		"besar.png":  append(pngBytes(t, 4, 4), make([]byte, MaxLogoBytes)...),
		"rusak.png":  pngBytes(t, 10, 10)[:30],
	}
	for name, data := range cases {
		err := s.SetLogo(ctx, name, data)
		if !errors.Is(err, models.ErrInvalid) || !strings.Contains(err.Error(), name) {
			t.Errorf("%s: want invalid naming the file, got %v", name, err)
		}
	}
	if data, _, _ := s.Logo(ctx); len(data) != 0 {
		t.Fatal("a bad logo was stored")
	}
	good := pngBytes(t, 64, 64)
	if err := s.SetLogo(ctx, "logo.png", good); err != nil {
		t.Fatal(err)
	}
	data, mime, err := s.Logo(ctx)
	if err != nil || !bytes.Equal(data, good) || mime != "image/png" {
		t.Fatalf("logo back: %d bytes %s %v", len(data), mime, err)
	}
	// Saving the profile keeps the logo.
	if _, err := s.Save(ctx, validProfile()); err != nil {
		t.Fatal(err)
	}
	if data, _, _ := s.Logo(ctx); !bytes.Equal(data, good) {
		t.Fatal("profile save dropped the logo")
	}
}

// TestSaveKeepsKindApartFromName: a name typed with its kind is stored bare, so nothing
// can print "Kabupaten Kabupaten Jepara"; a city keeps Kota; an unknown kind is refused.
func TestSaveKeepsKindApartFromName(t *testing.T) {
	db := testutil.NewDB(t)
	s := New(db, nil)
	p, err := s.Save(ctx, validProfile()) // "Kabupaten Jepara"
	if err != nil {
		t.Fatal(err)
	}
	var kind, name string
	db.Raw("SELECT region_kind, regency_name FROM profil WHERE id = 1").Row().Scan(&kind, &name)
	if kind != "Kabupaten" || name != "Jepara" || p.RegionTitle() != "Kabupaten Jepara" {
		t.Fatalf("stored kind %q name %q, title %q", kind, name, p.RegionTitle())
	}
	in := validProfile()
	in.RegionKind, in.RegencyName = "Kota", "Semarang"
	if p, err = s.Save(ctx, in); err != nil || p.RegionTitle() != "Kota Semarang" || p.HeadTitle() != "Wali Kota Semarang" {
		t.Fatalf("city: %q %q %v", p.RegionTitle(), p.HeadTitle(), err)
	}
	in.RegionKind = "Provinsi"
	_, err = s.Save(ctx, in)
	var ae *models.AppError
	if !errors.As(err, &ae) || ae.Fields["regionKind"] == "" {
		t.Fatalf("kind Provinsi: %v", err)
	}
}
