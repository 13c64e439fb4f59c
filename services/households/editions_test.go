package households

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"sidamping/models"
	"sidamping/services/testutil"
)

// A verified edition cannot be deleted (the message says how many are verified) but can
// be archived: its rows leave the registry for a compressed file beside the database,
// its totals stay, and restoring brings back every member with its status, findable.
func TestEditionDeleteArchiveRestore(t *testing.T) {
	svc, db, _ := newService(t)
	dir := testutil.TempDir(t)
	old := importDTKS(t, svc, dir, "DTKS 2025", 8, 3)
	cur := importDTKS(t, svc, dir, "DTKS 2026", 8, 3)
	var m uint
	db.Raw("SELECT id FROM individu WHERE edisi_id = ? AND nik = ?", old, nikOf(2, 1)).Scan(&m)
	if _, err := svc.SetStatus(ctx, StatusUpdate{Level: LevelMember, IDs: []uint{m}, Status: "meninggal", Date: "2026-09-01"}); err != nil {
		t.Fatal(err)
	}
	err := svc.DeleteEdition(ctx, old)
	if !isCodeErr(err, CodeEditionInUse) || !strings.Contains(err.Error(), "1 keluarga/anggota sudah diberi status verifikasi") {
		t.Fatalf("delete of a verified edition: %v", err)
	}
	if n := testutil.Count(t, db, "individu", "edisi_id = ?", old); n != 24 {
		t.Fatalf("refused delete left %d members", n)
	}

	res, err := svc.ArchiveEdition(ctx, old)
	if err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(res.ArchiveFile)
	if err != nil || fi.Size() == 0 || filepath.Base(filepath.Dir(res.ArchiveFile)) != ArchiveDir {
		t.Fatalf("archive file %s: %v", res.ArchiveFile, err)
	}
	if res.Edition.ArchivedAt == nil || res.Edition.ArchiveSize != fi.Size() || res.Edition.Members != 24 {
		t.Fatalf("archived edition %+v", res.Edition)
	}
	for _, table := range []string{"individu", "individu_nama", "individu_kata", "keluarga"} {
		if n := testutil.Count(t, db, table, "edisi_id = ?", old); n != 0 {
			t.Fatalf("%d rows of %s stay after the archive", n, table)
		}
	}
	if n := testutil.Count(t, db, "edisi_desa", "edisi_id = ?", old); n == 0 {
		t.Fatal("the archived edition lost its village totals")
	}
	if n := testutil.Count(t, db, "individu", "edisi_id = ?", cur); n != 24 {
		t.Fatalf("the other edition has %d members", n)
	}
	if r, _ := svc.Search(ctx, SearchQuery{Text: nikOf(2, 1)}); len(r.Rows) != 1 || r.Rows[0].EdisiID != cur {
		t.Fatalf("search while archived: %+v", r.Rows)
	}
	if _, err := svc.ArchiveEdition(ctx, old); !isCodeErr(err, CodeEditionArchived) {
		t.Fatalf("second archive: %v", err)
	}

	if _, err := svc.RestoreEdition(ctx, old); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(res.ArchiveFile); !os.IsNotExist(err) {
		t.Fatalf("the archive file stays after the restore: %v", err)
	}
	if n := testutil.Count(t, db, "individu", "edisi_id = ?", old); n != 24 {
		t.Fatalf("restored %d members", n)
	}
	if n := testutil.Count(t, db, "individu", "edisi_id = ? AND status = 'meninggal' AND status_date = '2026-09-01' AND nik = ?", old, nikOf(2, 1)); n != 1 {
		t.Fatal("the verification status did not come back")
	}
	if n := testutil.Count(t, db, "individu_nama", "edisi_id = ?", old); n != 24 {
		t.Fatalf("%d names findable after the restore", n)
	}
	r, err := svc.Search(ctx, SearchQuery{Text: nikOf(2, 1)})
	if err != nil || len(r.Rows) != 2 {
		t.Fatalf("search after restore: %v %+v", err, r.Rows)
	}
	var e models.Edisi
	db.First(&e, old)
	if e.ArchivedAt != nil || e.ArchiveFile != "" {
		t.Fatalf("restored edition %+v", e)
	}
	if _, err := svc.RestoreEdition(ctx, old); !isCodeErr(err, CodeNotArchived) {
		t.Fatalf("second restore: %v", err)
	}
	problems, err := models.IntegrityCheck(ctx, db)
	if err != nil || len(problems) > 0 {
		t.Fatal(err, problems)
	}

	// An unverified edition is deleted with everything of it.
	if err := svc.DeleteEdition(ctx, cur); err != nil {
		t.Fatal(err)
	}
	for _, table := range []string{"individu", "individu_nama", "individu_kata", "keluarga", "edisi_desa"} {
		if n := testutil.Count(t, db, table, "edisi_id = ?", cur); n != 0 {
			t.Fatalf("%d rows of %s stay after the delete", n, table)
		}
	}
	if n := testutil.Count(t, db, "edisi", "id = ?", cur); n != 0 {
		t.Fatal("the edition row stays")
	}
}

// Restoring a damaged archive says so and changes nothing.
func TestRestoreDamagedArchive(t *testing.T) {
	svc, db, _ := newService(t)
	ed := importDTKS(t, svc, testutil.TempDir(t), "DTKS", 4, 2)
	res, err := svc.ArchiveEdition(ctx, ed)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(res.ArchiveFile, []byte("bukan arsip"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := svc.RestoreEdition(ctx, ed); !isCodeErr(err, CodeArchiveInvalid) || !strings.Contains(err.Error(), "tidak dapat dipulihkan") {
		t.Fatalf("restore of a damaged file: %v", err)
	}
	if n := testutil.Count(t, db, "individu"); n != 0 {
		t.Fatalf("%d members after a failed restore", n)
	}
}
