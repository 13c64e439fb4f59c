package brief_test

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"gorm.io/gorm"

	"sidamping/models"
	"sidamping/services/brief"
	"sidamping/services/common"
	"sidamping/services/dashboard"
	"sidamping/services/demo"
	"sidamping/services/households"
	"sidamping/services/testutil"
)

// BenchmarkBriefDemo writes the meeting brief PDF of the demo regency, with the outcome
// tables as the app and the command line fill them: target ≤ 3 s.
func BenchmarkBriefDemo(b *testing.B) { benchBrief(b, 0) }

// BenchmarkBriefDemoEditions adds two editions of 50,000 families (150,000 members) each
// and beneficiaries to the demo, so the targeting and movement tables are computed.
func BenchmarkBriefDemoEditions(b *testing.B) { benchBrief(b, 50000) }

func benchBrief(b *testing.B, families int) {
	db := testutil.NewDB(b)
	clock := common.FixedClock{T: time.Date(2026, 12, 3, 9, 0, 0, 0, time.UTC)}
	if _, err := demo.Load(ctx, db, demo.DefaultSeed, clock); err != nil {
		b.Fatal(err)
	}
	if families > 0 {
		benchEditions(b, db, families)
	}
	o := dashboard.NewHouseholdOutcome(households.New(db, clock, common.NopEmitter{}, nil))
	s := brief.New(db, clock, nil, dashboard.New(db, clock).WithOutcome(o))
	dir := testutil.TempDir(b)
	path := filepath.Join(dir, "brief.pdf")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := s.Write(ctx, 2026, path, brief.Options{}); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	if families > 0 {
		out, err := exec.Command("pdftotext", path, "-").Output()
		if err != nil {
			b.Fatal(err)
		}
		flat := strings.Join(strings.Fields(string(out)), " ")
		if !strings.Contains(flat, "Pergerakan keluarga desil 1-2") || !strings.Contains(flat, "Kabupaten (semua kegiatan)") {
			b.Fatal("outcome tables missing")
		}
	}
}

// benchEditions writes two editions of n families of three members spread over the
// demo's villages (the same No KK and NIK in both, desil shifted) and picks every 20th
// member of the first as a beneficiary of a 2026 activity in March.
func benchEditions(b *testing.B, db *gorm.DB, n int) {
	for ed, date := range []string{"2025-12-01", "2026-09-01"} {
		e := models.Edisi{Name: "DTKS " + date, Source: models.SourceDTKS, DataDate: date, Families: n, Members: 3 * n}
		if err := db.Create(&e).Error; err != nil {
			b.Fatal(err)
		}
		for _, q := range []string{
			`INSERT INTO keluarga(edisi_id, no_kk, desa_id, desil)
			WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < @n),
			d AS (SELECT id, ROW_NUMBER() OVER (ORDER BY id) - 1 AS r, COUNT(*) OVER () AS k FROM desa)
			SELECT @e, printf('3320%012d', i), d.id, 1 + (i * 7 + @s) % 10 FROM c JOIN d ON d.r = i % d.k`,
			`INSERT INTO individu(keluarga_id, edisi_id, nik, nik_flag, name, name_norm)
			WITH RECURSIVE j(m) AS (SELECT 1 UNION ALL SELECT m + 1 FROM j WHERE m < 3)
			SELECT k.id, k.edisi_id, printf('3321%011d%01d', CAST(substr(k.no_kk, 5) AS INTEGER), m), 'valid', 'WARGA', 'WARGA'
			FROM keluarga k, j WHERE k.edisi_id = @e`,
		} {
			if err := db.Exec(q, map[string]any{"n": n, "e": e.ID, "s": ed * 3}).Error; err != nil {
				b.Fatal(err)
			}
		}
		if ed == 0 {
			if err := db.Exec(`INSERT INTO penerima_manfaat(kegiatan_id, individu_id, month)
				WITH g AS (SELECT k.id, ROW_NUMBER() OVER (ORDER BY k.id) - 1 AS r, COUNT(*) OVER () AS c
					FROM kegiatan k JOIN pendampingan p ON p.id = k.pendampingan_id WHERE p.year = 2026)
				SELECT g.id, i.id, 3 FROM individu i JOIN g ON g.r = (i.id / 20) % g.c
				WHERE i.edisi_id = ? AND i.id % 20 = 0`, e.ID).Error; err != nil {
				b.Fatal(err)
			}
		}
	}
}
