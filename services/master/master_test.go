package master

import (
	"context"
	"errors"
	"strings"
	"testing"

	"sidamping/models"
	"sidamping/services/testutil"
)

var ctx = context.Background()

func newService(t *testing.T) *Service {
	t.Helper()
	return New(testutil.NewDB(t), nil)
}

func mustKec(t *testing.T, s *Service, code, name string) models.Kecamatan {
	t.Helper()
	k, err := s.SaveKecamatan(ctx, KecamatanInput{Code: code, Name: name})
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func fieldOf(t *testing.T, err error, field string) string {
	t.Helper()
	var ae *models.AppError
	if !errors.As(err, &ae) {
		t.Fatalf("want AppError, got %v", err)
	}
	if ae.Fields[field] == "" {
		t.Fatalf("want a message on field %q, got %+v", field, ae)
	}
	return ae.Fields[field]
}

func TestKecamatanValidationAndDuplicates(t *testing.T) {
	s := newService(t)
	_, err := s.SaveKecamatan(ctx, KecamatanInput{Code: "33.20.1", Name: ""})
	if msg := fieldOf(t, err, "code"); !strings.Contains(msg, "33.20.1") {
		t.Errorf("code message %q should name the value", msg)
	}
	fieldOf(t, err, "name")
	k := mustKec(t, s, "332001", "  Kedung  ")
	if k.Code != "33.20.01" || k.Name != "Kedung" {
		t.Fatalf("not normalised: %+v", k)
	}
	_, err = s.SaveKecamatan(ctx, KecamatanInput{Code: "33.20.01", Name: "Lain"})
	fieldOf(t, err, "code")
	if n := testutil.Count(t, s.db, "kecamatan"); n != 1 {
		t.Fatalf("kecamatan rows = %d, want 1", n)
	}
	k2, err := s.SaveKecamatan(ctx, KecamatanInput{ID: k.ID, Code: "33.20.01", Name: "Kedung Baru"})
	if err != nil || k2.Name != "Kedung Baru" || k2.ID != k.ID {
		t.Fatalf("update: %+v %v", k2, err)
	}
	rows, err := s.ListKecamatan(ctx, "baru")
	if err != nil || len(rows) != 1 || rows[0].Name != "Kedung Baru" {
		t.Fatalf("search: %+v %v", rows, err)
	}
}

func TestDesaRulesAndReferences(t *testing.T) {
	s := newService(t)
	k := mustKec(t, s, "33.20.01", "Kedung")
	other := mustKec(t, s, "33.20.02", "Pecangaan")
	if _, err := s.AddYear(ctx, 2026, ""); err != nil {
		t.Fatal(err)
	}
	d, err := s.SaveDesa(ctx, DesaInput{Code: "3320012001", Name: "Kalianyar", KecamatanID: k.ID,
		Population: 3000, Households: 900, PoorHouseholds: 180, Year: 2026, Priority: true})
	if err != nil {
		t.Fatal(err)
	}
	if d.Code != "33.20.01.2001" || d.Kind != models.KindDesa || d.PovertyPct != 20 || !d.Priority || d.KecamatanName != "Kedung" {
		t.Fatalf("saved desa: %+v", d)
	}
	kel, err := s.SaveDesa(ctx, DesaInput{Code: "33.20.01.1002", Name: "Kauman", KecamatanID: k.ID})
	if err != nil || kel.Kind != models.KindKelurahan {
		t.Fatalf("kelurahan: %+v %v", kel, err)
	}
	// Code under another kecamatan.
	_, err = s.SaveDesa(ctx, DesaInput{Code: "33.20.01.2003", Name: "Salah", KecamatanID: other.ID})
	fieldOf(t, err, "code")
	// Duplicate code, more poor than households, unknown IDM.
	_, err = s.SaveDesa(ctx, DesaInput{Code: "33.20.01.2001", Name: "Ganda", KecamatanID: k.ID, Households: 10, PoorHouseholds: 11, IDMStatus: "Super"})
	fieldOf(t, err, "poorHouseholds")
	fieldOf(t, err, "idmStatus")
	if n := testutil.Count(t, s.db, "desa"); n != 2 {
		t.Fatalf("desa rows = %d, want 2", n)
	}
	// Priority list for the year.
	pr, err := s.ListDesa(ctx, DesaQuery{Year: 2026, PriorityOnly: true})
	if err != nil || len(pr) != 1 || pr[0].Name != "Kalianyar" {
		t.Fatalf("priority list: %+v %v", pr, err)
	}
	// Kecamatan with villages cannot be deleted, and the message says why.
	err = s.DeleteKecamatan(ctx, k.ID)
	if !errors.Is(err, models.ErrReferenced) || !strings.Contains(err.Error(), "2 desa/kelurahan") {
		t.Fatalf("delete kecamatan: %v", err)
	}
	// Year referenced by a priority flag cannot be deleted (and the active one neither).
	if _, err := s.AddYear(ctx, 2027, ""); err != nil {
		t.Fatal(err)
	}
	if err := s.SetDesaYear(ctx, d.ID, 2027, true, true); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteYear(ctx, 2027); !errors.Is(err, models.ErrReferenced) {
		t.Fatalf("delete referenced year: %v", err)
	}
	if err := s.DeleteYear(ctx, 2026); !errors.Is(err, models.ErrConflict) {
		t.Fatalf("delete active year: %v", err)
	}
	// Deleting the village takes its flags along; then the kecamatan can go.
	if err := s.DeleteDesa(ctx, d.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteDesa(ctx, kel.ID); err != nil {
		t.Fatal(err)
	}
	if n := testutil.Count(t, s.db, "desa_tahun"); n != 0 {
		t.Fatalf("desa_tahun rows left: %d", n)
	}
	if err := s.DeleteKecamatan(ctx, k.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteYear(ctx, 2027); err != nil {
		t.Fatal(err)
	}
}

func TestOPDValidation(t *testing.T) {
	s := newService(t)
	_, err := s.SaveOPD(ctx, models.OPD{Code: "", Name: "Bappeda", Kind: "badan", HeadNIP: "1234", Email: "x@"})
	fieldOf(t, err, "code")
	if msg := fieldOf(t, err, "headNip"); !strings.Contains(msg, "18 digit") {
		t.Errorf("NIP message: %q", msg)
	}
	fieldOf(t, err, "email")
	o, err := s.SaveOPD(ctx, models.OPD{Code: "4.01.01", Name: "Badan Perencanaan Pembangunan Daerah", Abbreviation: "Bappeda",
		Kind: "badan", HeadNIP: "19700101 199003 1 005"})
	if err != nil {
		t.Fatal(err)
	}
	if o.Kind != "Badan" || o.HeadNIP != "197001011990031005" {
		t.Fatalf("not normalised: %+v", o)
	}
	_, err = s.SaveOPD(ctx, models.OPD{Code: "4.01.01", Name: "Lain", Kind: "Dinas"})
	fieldOf(t, err, "code")
	list, err := s.ListOPD(ctx, "bappeda")
	if err != nil || len(list) != 1 {
		t.Fatalf("search: %v %v", list, err)
	}
	if err := s.DeleteOPD(ctx, o.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteOPD(ctx, o.ID); !errors.Is(err, models.ErrNotFound) {
		t.Fatalf("second delete: %v", err)
	}
}

func TestYears(t *testing.T) {
	s := newService(t)
	if y, _ := s.ActiveYear(ctx); y != 0 {
		t.Fatalf("active year on empty db = %d", y)
	}
	if _, err := s.AddYear(ctx, 2025, ""); err != nil {
		t.Fatal(err)
	}
	if _, err := s.AddYear(ctx, 2026, "tahun kedua"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.AddYear(ctx, 2026, ""); err == nil {
		t.Fatal("duplicate year accepted")
	}
	if _, err := s.AddYear(ctx, 1990, ""); err == nil {
		t.Fatal("year 1990 accepted")
	}
	if y, _ := s.ActiveYear(ctx); y != 2025 {
		t.Fatalf("first year should be active, got %d", y)
	}
	if err := s.SetActiveYear(ctx, 2026); err != nil {
		t.Fatal(err)
	}
	if n := testutil.Count(t, s.db, "tahun_program", "active = 1"); n != 1 {
		t.Fatalf("%d active years", n)
	}
	if y, _ := s.ActiveYear(ctx); y != 2026 {
		t.Fatalf("active = %d", y)
	}
	if err := s.SetActiveYear(ctx, 2030); !errors.Is(err, models.ErrNotFound) {
		t.Fatalf("unknown year: %v", err)
	}
}
