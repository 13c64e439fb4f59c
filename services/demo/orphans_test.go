package demo_test

import (
	"testing"

	"sidamping/services/orphans"
	"sidamping/services/testutil"
)

// TestDemoOrphansRegistry: a few hundred children in the accompanied villages, about
// half matched, some assessments overdue, deliveries recorded, every one a valid child.
func TestDemoOrphansRegistry(t *testing.T) {
	db := load(t, 2026)
	n := testutil.Count(t, db, "anak_yatim")
	if n < 200 || n > 450 {
		t.Fatalf("%d children", n)
	}
	if m := testutil.Count(t, db, "anak_yatim", "desa_id NOT IN (SELECT desa_id FROM pendampingan WHERE year = 2026)"); m != 0 {
		t.Fatalf("%d children outside the accompanied villages", m)
	}
	for _, cat := range []string{"yatim", "piatu"} {
		if testutil.Count(t, db, "anak_yatim", "category = ?", cat) == 0 {
			t.Fatalf("no %s", cat)
		}
	}
	svc := orphans.New(db, clock, testutil.TempDir(t))
	counts, err := svc.Counts(ctx, svc.YearPeriod(2026))
	if err != nil {
		t.Fatal(err)
	}
	var kids, matched, due int
	for _, c := range counts {
		kids, matched, due = kids+c.Children, matched+c.Matched, due+c.AssessmentDue
	}
	if kids != int(n) || matched < int(n)/4 || matched > int(n)*3/4 || due == 0 || due == kids {
		t.Fatalf("children %d matched %d due %d", kids, matched, due)
	}
	if testutil.Count(t, db, "penyaluran") == 0 || testutil.Count(t, db, "orang_tua_asuh", "kind = 'asn' AND opd_id IS NOT NULL") == 0 {
		t.Fatal("no deliveries or no ASN foster parents")
	}
	// Every child passes the registry's own checks (age under 18, a category, a school).
	if bad := testutil.Count(t, db, "anak_yatim", "birth_date <= date('2026-11-23', '-18 years') OR school = ''"); bad != 0 {
		t.Fatalf("%d invalid children", bad)
	}
}
