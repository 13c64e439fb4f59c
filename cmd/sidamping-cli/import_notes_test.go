package main

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"sidamping/services/testutil"
)

// tempNIKFile writes a DTKS workbook of three members, the second with a temporary NIK
// (text, not 16 digits) and the third with its NIK typed as a number (a skipped row).
func tempNIKFile(t *testing.T, path string) string {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	f.SetSheetName("Sheet1", "DTKS")
	f.SetSheetRow("DTKS", "A1", &[]any{"NIK", "NO KK", "NAMA", "KODE WILAYAH"})
	f.SetSheetRow("DTKS", "A2", &[]any{"3320000000010001", "3320000000019001", "SITI", "3320012001"})
	f.SetSheetRow("DTKS", "A3", &[]any{"SEMENTARA-7", "3320000000019001", "BUDI", "3320012001"})
	f.SetSheetRow("DTKS", "A4", &[]any{3320000000010003, "3320000000019001", "ANI", "3320012001"})
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	return path
}

// The import's notes and flagged rows reach both the JSON and the text output; a report
// whose folder does not exist is refused before anything is imported.
func TestImportNotesAndFlaggedReachOutput(t *testing.T) {
	db := householdDB(t)
	dir := testutil.TempDir(t)
	path := tempNIKFile(t, filepath.Join(dir, "sementara.xlsx"))
	badReport := filepath.Join(dir, "tidak-ada", "galat.xlsx") // its folder does not exist
	r := cli(t, "--db", db, "--json", "import", "households", path, "--edition", "E0", "--mode", "skip", "--report", badReport).expect(t, 1)
	if r.obj["code"] != "files.folder_missing" || r.obj["imported"] != 0.0 {
		t.Fatalf("missing report folder: %v", r.obj)
	}
	report := filepath.Join(dir, "galat.xlsx")
	r = cli(t, "--db", db, "--json", "import", "households", path, "--edition", "E1", "--mode", "skip", "--report", report).expect(t, 0)
	if r.obj["flagged_count"] != 1.0 || r.obj["imported"] != 2.0 {
		t.Fatalf("%v", r.obj)
	}
	fl := r.obj["flagged"].([]any)
	if len(fl) != 1 || fl[0].(map[string]any)["row"] != 3.0 || fl[0].(map[string]any)["column"] != "A" || fl[0].(map[string]any)["code"] != "households.nik_temporary" {
		t.Fatalf("flagged %v", fl)
	}
	notes := fmt.Sprint(r.obj["notes"])
	if !strings.Contains(notes, "NIK sementara") {
		t.Fatalf("notes %v", notes)
	}
	r = cli(t, "--db", db, "import", "households", path, "--edition", "E2", "--mode", "skip", "--report", report).expect(t, 0)
	for _, want := range []string{"Catatan: 1 baris diimpor dengan NIK sementara",
		"NIK sementara (1 baris):", "sementara.xlsx, lembar DTKS, sel A3 (NIK)"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("text output lacks %q:\n%s", want, r.stdout)
		}
	}
	// A failed import still shows its notes (here: the rows it would have flagged).
	r = cli(t, "--db", db, "import", "households", path, "--edition", "E3").expect(t, 1)
	if !strings.Contains(r.stdout, "NIK sementara") {
		t.Errorf("rejected import: stdout %q stderr %q", r.stdout, r.stderr)
	}
	r = cli(t, "--db", db, "--json", "import", "households", path, "--edition", "E1").expect(t, 1)
	if r.obj["code"] != "households.edition_exists" {
		t.Errorf("existing edition: %v", r.obj)
	}
}
