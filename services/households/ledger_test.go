package households

import (
	"testing"

	"sidamping/models"
)

// TestLedger: a family's aid across editions (also after its No KK changed), its funding
// sources and the same kind of aid twice in one year; a person's own aid.
func TestLedger(t *testing.T) {
	svc, db, _ := newService(t)
	a, b := movementFixture(t, db)
	member := func(ed uint, nik int) uint {
		var id uint
		db.Raw("SELECT i.id FROM individu i JOIN keluarga k ON k.id = i.keluarga_id WHERE k.edisi_id = ? AND i.nik = ?", ed, testNIK(nik)).Scan(&id)
		return id
	}
	for _, q := range []struct {
		sql  string
		args []any
	}{
		{"INSERT INTO kegiatan(id, pendampingan_id, strategy, name, target_group) VALUES (2, 1, 'beban', 'BEDAH  RUMAH', 'rumah_tangga'), (3, 1, 'pendapatan', 'Pelatihan menjahit', 'individu')", nil},
		{"INSERT INTO kegiatan_anggaran(kegiatan_id, source, amount) VALUES (1, 'apbd_kab', 50000000)", nil},
		{"INSERT INTO realisasi(id, kegiatan_id, month) VALUES (1, 1, 3)", nil},
		{"INSERT INTO realisasi_dana(realisasi_id, source, amount) VALUES (1, 'csr', 10000000)", nil},
		// Family 1: Bedah rumah to member 11 (March, edition A) and member 12 (August,
		// edition B): the same household aid twice; member 11 also trained (not twice).
		{"INSERT INTO penerima_manfaat(kegiatan_id, individu_id, month) VALUES (1, ?, 8), (3, ?, 6)", []any{member(b, 12), member(a, 11)}},
		// Family 4 (No KK 14 in B): Bedah rumah to 42 in April (A) and "BEDAH RUMAH" to 41 in B.
		{"INSERT INTO penerima_manfaat(kegiatan_id, individu_id, month) VALUES (2, ?, 9)", []any{member(b, 41)}},
	} {
		if err := db.Exec(q.sql, q.args...).Error; err != nil {
			t.Fatal(err)
		}
	}
	fam, err := svc.Ledger(ctx, LedgerQuery{MemberID: member(a, 11), Scope: LedgerFamily})
	if err != nil {
		t.Fatal(err)
	}
	if fam.Scope != LedgerFamily || fam.NoKK != models.MaskNIK(testKK(1)) || fam.Subject != "WARGA 11" || len(fam.Entries) != 3 || fam.Duplicates != 2 {
		t.Fatalf("family 1: %+v", fam)
	}
	e := fam.Entries[0] // 2026: Bedah rumah March, Pelatihan June, Bedah rumah August
	if e.Year != 2026 || e.Month != 3 || e.Kegiatan != "Bedah rumah" || !e.Duplicate || e.Budget != 50_000_000 || e.Spent != 10_000_000 ||
		len(e.Sources) != 2 || e.Sources[0] != "APBD Kabupaten" || e.Sources[1] != "CSR/TJSLP" || e.OPD != "Bappeda" || e.Desa != "Desa 01-01" ||
		e.Edition != "DTKS Oktober 2025" || e.NIK != models.MaskNIK(testNIK(11)) || e.Strategy != models.Strategies[0].Label {
		t.Fatalf("entry %+v", e)
	}
	if fam.Entries[1].Kegiatan != "Pelatihan menjahit" || fam.Entries[1].Duplicate || len(fam.Entries[1].Sources) != 0 ||
		fam.Entries[2].Month != 8 || !fam.Entries[2].Duplicate || fam.Entries[2].Edition != "DTKS Oktober 2026" {
		t.Fatalf("entries %+v", fam.Entries)
	}
	// Family 4 by its old No KK: member 41's aid under the new No KK 14 belongs to it.
	fam4, err := svc.Ledger(ctx, LedgerQuery{NoKK: testKK(4)})
	if err != nil {
		t.Fatal(err)
	}
	if len(fam4.Entries) != 2 || fam4.Duplicates != 2 || fam4.Entries[1].NoKK != models.MaskNIK(testKK(14)) || fam4.Entries[1].Kegiatan != "BEDAH  RUMAH" {
		t.Fatalf("family 4: %+v", fam4)
	}
	// A person: member 11 only; one activity each, nothing twice.
	p, err := svc.Ledger(ctx, LedgerQuery{MemberID: member(a, 11), Scope: LedgerPerson})
	if err != nil {
		t.Fatal(err)
	}
	if p.Scope != LedgerPerson || len(p.Entries) != 2 || p.Duplicates != 0 || p.NIK != models.MaskNIK(testNIK(11)) || len(p.Years) != 1 {
		t.Fatalf("person: %+v", p)
	}
	// Nobody with aid, and nobody at all.
	if none, err := svc.Ledger(ctx, LedgerQuery{NIK: testNIK(121)}); err != nil || len(none.Entries) != 0 {
		t.Fatalf("no aid: %+v %v", none, err)
	}
	if _, err := svc.Ledger(ctx, LedgerQuery{}); models.AsAppError(err).Code != CodeLedgerQuery {
		t.Fatalf("empty query: %v", err)
	}
}
