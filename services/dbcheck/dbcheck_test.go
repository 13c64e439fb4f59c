package dbcheck

import (
	"context"
	"strings"
	"testing"

	"sidamping/services/common"
	"sidamping/services/testutil"
)

// A member whose family is gone (written with foreign keys off) is found by the full
// check, with progress up to 100 %, and left to it by the quick check of the start-up,
// which still checks the small tables.
func TestFullAndQuick(t *testing.T) {
	ctx := context.Background()
	db := testutil.NewDB(t)
	pool, _ := db.DB()
	conn, err := pool.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		`PRAGMA foreign_keys = OFF`,
		`INSERT INTO individu(id, keluarga_id, edisi_id, nik_flag, name, name_norm) VALUES (1, 99, 1, 'kosong', 'X', 'X')`,
		`INSERT INTO desa(id, code, name, kecamatan_id) VALUES (1, '33.20.01.2001', 'Desa', 77)`,
		`PRAGMA foreign_keys = ON`,
	} {
		if _, err := conn.ExecContext(ctx, q); err != nil {
			t.Fatal(q, err)
		}
	}
	conn.Close()
	rec := &common.Recorder{}
	full, err := Run(ctx, db, Full, rec)
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Join(full.Problems, "\n")
	if !strings.Contains(text, "tabel individu baris 1 merujuk keluarga") || !strings.Contains(text, "tabel desa baris 1 merujuk kecamatan") {
		t.Fatalf("full check: %q", text)
	}
	evs := rec.Named(common.ProgressEventName)
	if len(evs) == 0 || evs[len(evs)-1].Data.(common.ProgressEvent).Percent != 100 {
		t.Fatalf("progress %v", evs)
	}
	quick, err := Run(ctx, db, Quick, nil)
	if err != nil {
		t.Fatal(err)
	}
	text = strings.Join(quick.Problems, "\n")
	if strings.Contains(text, "individu") || !strings.Contains(text, "tabel desa baris 1 merujuk kecamatan") {
		t.Fatalf("quick check: %q", text)
	}
}
