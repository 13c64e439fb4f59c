package main

import (
	"path/filepath"
	"strings"
	"testing"

	"sidamping/services/testutil"
)

// TestMovementCommand imports two editions whose movement is known and checks every
// figure of the regency and of two villages in the JSON, the split by beneficiaries and
// the text.
func TestMovementCommand(t *testing.T) {
	db := householdDB(t)
	dir := testutil.TempDir(t)
	// April: No KK 0-9, desil 1+i%4, village 1+i%5. October: No KK 5-16, the same rule
	// on the index from 0 (so No KK 5 is desil 1 again, 8 desil 4, 9 desil 1).
	cli(t, "--db", db, "import", "households", dtksFile(t, filepath.Join(dir, "april.xlsx"), 10, 0, 0), "--edition", "DTKS April").expect(t, 0)
	cli(t, "--db", db, "import", "households", dtksFile(t, filepath.Join(dir, "oktober.xlsx"), 12, 5, 0), "--edition", "DTKS Oktober").expect(t, 0)
	r := cli(t, "--db", db, "--json", "households", "movement", "--from", "DTKS April", "--to", "DTKS Oktober", "--by", "beneficiaries").expect(t, 0)
	want := func(what string, got any, fig map[string]float64) {
		t.Helper()
		m, ok := got.(map[string]any)
		if !ok {
			t.Fatalf("%s: %v", what, got)
		}
		for k, v := range fig {
			if m[k] != v {
				t.Errorf("%s.%s = %v, want %v", what, k, m[k], v)
			}
		}
	}
	// Desil 1-2 in April: No KK 0, 1, 4 (gone), 5, 9 (still 1) and 8 (desil 4: up); new
	// in desil 1-2 in October: 6 (was 3), 10, 13, 14 (absent).
	total := map[string]float64{"low_a": 6, "up": 1, "still_low": 2, "gone": 3, "no_desil": 0, "new_low": 4, "up_rate": 16.7}
	want("total", r.obj["total"], total)
	split := r.obj["by_beneficiaries"].(map[string]any)
	want("non_beneficiary", split["non_beneficiary"], total)
	want("beneficiary", split["beneficiary"], map[string]float64{"low_a": 0, "up": 0, "new_low": 0})
	villages := r.obj["villages"].([]any)
	if len(villages) != 5 {
		t.Fatalf("villages %v", villages)
	}
	v1, v4 := villages[0].(map[string]any), villages[3].(map[string]any)
	if v1["code"] != "33.20.01.2001" || v4["code"] != "33.20.01.2004" || v1["accompanied"] != false {
		t.Fatalf("villages %v %v", v1, v4)
	}
	// Village 1: No KK 0 (gone) and 5 (still), 10 new. Village 4: No KK 8 up, 13 new.
	want("desa 1", v1, map[string]float64{"low_a": 2, "up": 0, "still_low": 1, "gone": 1, "new_low": 1, "up_rate": 0})
	want("desa 4", v4, map[string]float64{"low_a": 1, "up": 1, "still_low": 0, "gone": 0, "new_low": 1, "up_rate": 100})
	want("desa 4 bukan penerima", v4["by_beneficiaries"].(map[string]any)["non_beneficiary"], map[string]float64{"low_a": 1, "up": 1})

	txt := cli(t, "--db", db, "households", "movement", "--from", "DTKS April", "--to", "DTKS Oktober").expect(t, 0)
	if !strings.Contains(txt.stdout, "bukan bukti sebab-akibat") || !strings.Contains(txt.stdout, "33.20.01.2004 Desa 4") {
		t.Fatalf("text:\n%s", txt.stdout)
	}
	cli(t, "--db", db, "households", "movement", "--from", "DTKS April").expect(t, 2)
	cli(t, "--db", db, "households", "movement", "--from", "DTKS April", "--to", "DTKS Oktober", "--by", "opd").expect(t, 2)
	cli(t, "--db", db, "households", "movement", "--from", "DTKS April", "--to", "DTKS Mei").expect(t, 1)
}
