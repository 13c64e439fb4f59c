package households

import (
	"testing"

	"sidamping/services/realization"
	"sidamping/services/testutil"
)

func TestBeneficiaries(t *testing.T) {
	svc, db, _ := newService(t)
	ed := importDTKS(t, svc, testutil.TempDir(t), "DTKS", 6, 3)
	for _, q := range []string{
		"INSERT INTO opd(id, code, name, kind) VALUES (1, 'DINKES', 'Dinas Kesehatan', 'Dinas')",
		"INSERT INTO pendampingan(id, year, desa_id, opd_id) VALUES (1, 2026, 102, 1)",
		"INSERT INTO kegiatan(id, pendampingan_id, strategy, name, target_group) VALUES (5, 1, 'beban', 'Jambanisasi', 'keluarga miskin')",
		"INSERT INTO realisasi(kegiatan_id, month, beneficiary_people) VALUES (5, 3, 99), (5, 4, 99)",
	} {
		if err := db.Exec(q).Error; err != nil {
			t.Fatal(err)
		}
	}
	a1, a2, b1 := memberID(t, db, nikOf(1, 1)), memberID(t, db, nikOf(1, 2)), memberID(t, db, nikOf(6, 1))
	if n, err := svc.PickBeneficiaries(ctx, BeneficiaryPick{KegiatanID: 5, Month: 3, MemberIDs: []uint{a1, a2}}); err != nil || n != 2 {
		t.Fatalf("%d %v", n, err)
	}
	if n, err := svc.PickBeneficiaries(ctx, BeneficiaryPick{KegiatanID: 5, Month: 4, MemberIDs: []uint{a1, b1}}); err != nil || n != 1 {
		t.Fatalf("%d %v", n, err)
	}
	type counts struct{ Month, BeneficiaryPeople, BeneficiaryHouseholds int }
	var got []counts
	db.Raw("SELECT month, beneficiary_people, beneficiary_households FROM realisasi ORDER BY month").Scan(&got)
	if len(got) != 2 || got[0] != (counts{3, 2, 1}) || got[1] != (counts{4, 3, 2}) {
		t.Fatalf("realisation counts %+v", got)
	}
	// A month saved with typed counts keeps the counts of the picks.
	if _, err := realization.Upsert(db, realization.EntryInput{KegiatanID: 5, Month: 4, Status: "berjalan", People: 50, Households: 40}); err != nil {
		t.Fatal(err)
	}
	db.Raw("SELECT month, beneficiary_people, beneficiary_households FROM realisasi ORDER BY month").Scan(&got)
	if got[1] != (counts{4, 3, 2}) {
		t.Fatalf("typed counts replaced the picks: %+v", got)
	}
	rows, err := svc.Beneficiaries(ctx, []uint{5}, 3)
	if err != nil || len(rows) != 2 || rows[0].Kegiatan != "Jambanisasi" || rows[0].Member.NIK != "3320xxxxxxxx0001" || rows[0].Member.Desa != "Desa 01-02" || rows[0].PickID == 0 {
		t.Fatalf("%v %+v", err, rows)
	}
	if _, err := svc.PickBeneficiaries(ctx, BeneficiaryPick{KegiatanID: 5, Month: 13, MemberIDs: []uint{a1}}); !isCodeErr(err, CodeBeneficiaryInvalid) {
		t.Fatal(err)
	}
	if _, err := svc.PickBeneficiaries(ctx, BeneficiaryPick{KegiatanID: 5, Month: 2, MemberIDs: []uint{999999}}); !isCodeErr(err, CodeBeneficiaryInvalid) {
		t.Fatal(err)
	}
	// An edition with picked beneficiaries cannot be deleted.
	if err := svc.DeleteEdition(ctx, ed); !isCodeErr(err, "households.edition_in_use") {
		t.Fatal(err)
	}
	if err := svc.RemoveBeneficiaries(ctx, 5, []uint{a1, a2, b1}); err != nil {
		t.Fatal(err)
	}
	db.Raw("SELECT month, beneficiary_people, beneficiary_households FROM realisasi ORDER BY month").Scan(&got)
	if got[1] != (counts{4, 0, 0}) {
		t.Fatalf("%+v", got)
	}
	if err := svc.DeleteEdition(ctx, ed); err != nil {
		t.Fatal(err)
	}
}
