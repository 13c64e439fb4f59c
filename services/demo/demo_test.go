package demo_test

import (
	"bytes"
	"context"
	"fmt"
	"image/png"
	"regexp"
	"strings"
	"testing"
	"time"

	"gorm.io/gorm"

	"sidamping/models"
	"sidamping/services/common"
	"sidamping/services/demo"
	"sidamping/services/master"
	"sidamping/services/profile"
	"sidamping/services/testutil"
)

var (
	ctx   = context.Background()
	clock = common.FixedClock{T: time.Date(2026, 11, 23, 8, 0, 0, 0, time.Local)}
)

func load(t *testing.T, seed int64) *gorm.DB {
	t.Helper()
	db := testutil.NewDB(t)
	sum, err := demo.Load(ctx, db, seed, clock)
	if err != nil {
		t.Fatal(err)
	}
	want := demo.Summary{Kecamatan: 20, Desa: 400, OPD: 44, Priority: 48, Year: 2026}
	if sum != want {
		t.Fatalf("summary = %+v, want %+v", sum, want)
	}
	return db
}

// dump renders every row of the demo tables in id order.
func dump(t *testing.T, db *gorm.DB) string {
	t.Helper()
	var b strings.Builder
	for _, table := range []string{"profil", "penandatangan", "kecamatan", "desa", "opd", "tahun_program", "desa_tahun",
		"anak_yatim", "asesmen_anak", "orang_tua_asuh", "pengasuhan", "penyaluran"} {
		rows, err := db.Raw("SELECT * FROM " + table + " ORDER BY id").Rows()
		if err != nil {
			t.Fatal(err)
		}
		cols, _ := rows.Columns()
		for rows.Next() {
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			fmt.Fprintf(&b, "%s %v\n", table, vals)
		}
		rows.Close()
	}
	return b.String()
}

func TestLoadIsDeterministic(t *testing.T) {
	a, b := dump(t, load(t, demo.DefaultSeed)), dump(t, load(t, demo.DefaultSeed))
	if a != b {
		t.Fatal("two loads with the same seed differ")
	}
	if strings.Count(a, "\n") < 500 {
		t.Fatalf("dump too short: %d lines", strings.Count(a, "\n"))
	}
	if c := dump(t, load(t, 7)); c == a {
		t.Error("another seed gives the same data")
	}
}

var reNIPDate = regexp.MustCompile(`^(19[6-9]\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d)(\d{4})(0[1-9]|1[0-2])([12])(\d{3})$`)

func TestLoadedDataIsValid(t *testing.T) {
	db := load(t, demo.DefaultSeed)
	ms := master.New(db, clock)

	kec, err := ms.ListKecamatan(ctx, "")
	if err != nil || len(kec) != 20 {
		t.Fatalf("kecamatan: %d, %v", len(kec), err)
	}
	for i, k := range kec {
		if k.Code != fmt.Sprintf("33.99.%02d", i+1) || !models.ValidDistrictCode(k.Code) {
			t.Errorf("kecamatan %d code %s", i, k.Code)
		}
	}
	villages, err := ms.ListDesa(ctx, master.DesaQuery{Year: 2026})
	if err != nil || len(villages) != 400 {
		t.Fatalf("desa: %d, %v", len(villages), err)
	}
	names := map[string]bool{}
	kelurahan := 0
	for _, v := range villages {
		if !models.ValidVillageCode(v.Code) || models.ParentCode(v.Code) != v.KecamatanCode {
			t.Errorf("village %s (%s) code does not fit kecamatan %s", v.Name, v.Code, v.KecamatanCode)
		}
		if models.KindFromCode(v.Code) != v.Kind {
			t.Errorf("village %s: kind %s, code says %s", v.Code, v.Kind, models.KindFromCode(v.Code))
		}
		if v.Kind == models.KindKelurahan {
			kelurahan++
			if v.KecamatanCode != "33.99.01" || v.IDMStatus != "" {
				t.Errorf("kelurahan %s outside the capital or with IDM status", v.Code)
			}
		}
		if v.Population < 1500 || v.Population > 9000 || v.PoorHouseholds <= 0 || v.PoorHouseholds > v.Households {
			t.Errorf("village %s figures: %+v", v.Code, v.Desa)
		}
		ratio := float64(v.Population) / float64(v.Households)
		share := float64(v.PoorHouseholds) / float64(v.Households)
		if ratio < 3.0 || ratio > 3.6 || share < 0.045 || share > 0.255 {
			t.Errorf("village %s: %.2f people per household, %.1f%% poor", v.Code, ratio, share*100)
		}
		if names[v.Name] {
			t.Errorf("village name %s twice", v.Name)
		}
		names[v.Name] = true
		// The village passes the same validation as the form.
		in := master.DesaInput{Code: v.Code, Name: v.Name, Kind: v.Kind, KecamatanID: v.KecamatanID,
			Population: v.Population, Households: v.Households, PoorHouseholds: v.PoorHouseholds,
			PovertyPct: v.PovertyPct, IDMStatus: v.IDMStatus}
		if err := master.ValidateDesa(&in); err != nil {
			t.Errorf("village %s invalid: %v", v.Code, err)
		}
	}
	if kelurahan != 6 {
		t.Errorf("%d kelurahan, want 6", kelurahan)
	}

	// 48 priority villages, the poorest by poverty %, some continuing from last year.
	prio, _ := ms.ListDesa(ctx, master.DesaQuery{Year: 2026, PriorityOnly: true})
	if len(prio) != 48 {
		t.Fatalf("%d priority villages in 2026", len(prio))
	}
	minPrio, cont := 100.0, 0
	for _, p := range prio {
		minPrio = min(minPrio, p.PovertyPct)
		if p.Continuation {
			cont++
			var n int64
			db.Model(&models.DesaTahun{}).Where("desa_id = ? AND year = 2025 AND priority = 1", p.ID).Count(&n)
			if n != 1 {
				t.Errorf("%s continues but was not priority in 2025", p.Name)
			}
		}
	}
	for _, v := range villages {
		if !v.Priority && v.PovertyPct > minPrio {
			t.Errorf("%s (%.2f%%) is poorer than a priority village (%.2f%%) but not priority", v.Name, v.PovertyPct, minPrio)
		}
	}
	if cont < 5 || cont > 43 {
		t.Errorf("%d continuation villages; want some, not all", cont)
	}
	if n := testutil.Count(t, db, "desa_tahun", "year = 2025 AND priority = 1"); n != 48 {
		t.Errorf("%d priority villages in 2025", n)
	}
	if y, _ := ms.ActiveYear(ctx); y != 2026 {
		t.Errorf("active year %d", y)
	}
	years, _ := ms.ListYears(ctx)
	if len(years) != 2 || years[0].Year != 2026 || years[1].Year != 2025 || years[0].PriorityCount != 48 {
		t.Errorf("years = %+v", years)
	}

	// 44 OPD of every kind, each passing the form's validation.
	opds, err := ms.ListOPD(ctx, "")
	if err != nil || len(opds) != 44 {
		t.Fatalf("opd: %d, %v", len(opds), err)
	}
	kinds, heads := map[string]int{}, map[string]bool{}
	for _, o := range opds {
		kinds[o.Kind]++
		if !reNIPDate.MatchString(o.HeadNIP) {
			t.Errorf("%s: NIP %q is not birth date + appointment + sex + serial", o.Abbreviation, o.HeadNIP)
		}
		if heads[o.HeadName] || o.HeadRank == "" || o.Address == "" || o.Phone == "" || o.Email == "" {
			t.Errorf("%s: head %q (repeated %v), rank %q, address %q", o.Abbreviation, o.HeadName, heads[o.HeadName], o.HeadRank, o.Address)
		}
		heads[o.HeadName] = true
		cp := o
		if err := master.ValidateOPD(&cp); err != nil {
			t.Errorf("%s invalid: %v", o.Name, err)
		}
	}
	for _, k := range models.OPDKinds {
		if kinds[k] == 0 {
			t.Errorf("no OPD of kind %s", k)
		}
	}
	for _, name := range []string{"Badan Perencanaan Pembangunan Daerah", "Dinas Kesehatan", "Dinas Perikanan", "Universitas Contoh"} {
		if rows, _ := ms.ListOPD(ctx, name); len(rows) == 0 {
			t.Errorf("OPD %s missing", name)
		}
	}

	// The profile passes the settings screen's validation, with a real PNG logo.
	ps := profile.New(db, clock)
	p, err := ps.Get(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if p.RegencyName != "Contoh" || p.RegionKind != "Kabupaten" || p.RegionTitle() != "Kabupaten Contoh" || p.RegencyCode != "33.99" || p.Province != "Jawa Tengah" || !p.HasLogo {
		t.Errorf("profile = %s %s %s", p.RegionKind, p.RegencyName, p.RegencyCode)
	}
	if !strings.HasPrefix(p.Letterhead, "PEMERINTAH KABUPATEN CONTOH\nBADAN PERENCANAAN PEMBANGUNAN DAERAH\n") {
		t.Errorf("letterhead %q", p.Letterhead)
	}
	if err := profile.Validate(&p); err != nil {
		t.Errorf("profile invalid: %v", err)
	}
	logo, mime, _ := ps.Logo(ctx)
	if _, err := profile.ValidateLogo("logo.png", logo); err != nil || mime != "image/png" || len(logo) > 50<<10 {
		t.Errorf("logo: %d bytes, %s, %v", len(logo), mime, err)
	}
	if img, err := png.Decode(bytes.NewReader(logo)); err != nil || img.Bounds().Dx() < 100 {
		t.Errorf("logo does not decode: %v", err)
	}
	for _, sg := range p.Signatories {
		elected := sg.Role == models.RoleBupati || sg.Role == models.RoleWakilBupati
		if sg.Name == "" || elected != (sg.NIP == "") || (!elected && !reNIPDate.MatchString(sg.NIP)) {
			t.Errorf("signatory %+v", sg)
		}
	}
	var bappeda models.OPD
	db.First(&bappeda, "abbreviation = ?", "Bappeda")
	if p.Signatories[3].NIP != bappeda.HeadNIP || p.Signatories[3].Rank != "Pembina Utama Muda (IV/c)" {
		t.Errorf("kepala Bappeda %+v is not the head of Bappeda %s", p.Signatories[3], bappeda.HeadName)
	}
}

func TestLoadRefusesNonEmptyDatabase(t *testing.T) {
	db := testutil.NewDB(t)
	if err := db.Create(&models.Kecamatan{Code: "33.20.01", Name: "Kedung"}).Error; err != nil {
		t.Fatal(err)
	}
	before := dump(t, db)
	_, err := demo.Load(ctx, db, demo.DefaultSeed, clock)
	ae := models.AsAppError(err)
	if ae == nil || ae.Code != "demo.not_empty" || !strings.Contains(ae.Message, "kosong") {
		t.Fatalf("err = %v", err)
	}
	if dump(t, db) != before {
		t.Error("the refused load changed the database")
	}
	if n := testutil.Count(t, db, "tahun_program"); n != 0 {
		t.Errorf("%d programme years written", n)
	}
}

func TestActiveYearFollowsTheClock(t *testing.T) {
	db := testutil.NewDB(t)
	// A year already created by the first-run screen is reused.
	if err := db.Create(&models.TahunProgram{Year: 2028, Active: true}).Error; err != nil {
		t.Fatal(err)
	}
	sum, err := demo.Load(ctx, db, demo.DefaultSeed, common.FixedClock{T: time.Date(2028, 2, 1, 8, 0, 0, 0, time.Local)})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Year != 2028 || sum.Priority != 48 {
		t.Errorf("summary %+v", sum)
	}
	if n := testutil.Count(t, db, "tahun_program"); n != 2 {
		t.Errorf("%d programme years", n)
	}
	if n := testutil.Count(t, db, "desa_tahun", "year = 2027 AND priority = 1"); n != 48 {
		t.Errorf("%d priority villages in 2027", n)
	}
	// An early clock still gives 2026.
	db2 := testutil.NewDB(t)
	sum, _ = demo.Load(ctx, db2, demo.DefaultSeed, common.FixedClock{T: time.Date(2024, 5, 1, 8, 0, 0, 0, time.Local)})
	if sum.Year != 2026 {
		t.Errorf("year with a 2024 clock = %d", sum.Year)
	}
}
