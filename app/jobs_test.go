package app

import (
	"errors"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"sidamping/models"
	"sidamping/services/common"
	"sidamping/services/households"
	"sidamping/services/jobs"
	"sidamping/services/testutil"
)

// gate holds the first progress event of task until released, so a test can act while
// a job is under way.
type gate struct {
	common.Recorder
	task    string
	once    sync.Once
	reached chan struct{}
	release chan struct{}
}

func (g *gate) Emit(name string, data any) {
	g.Recorder.Emit(name, data)
	if ev, ok := data.(common.ProgressEvent); ok && ev.Task == g.task {
		g.once.Do(func() {
			close(g.reached)
			<-g.release
		})
	}
}

// householdsEnv is a database with one village and a CSV household list for it.
func householdsEnv(t *testing.T, em common.Emitter) (*Bound, string, *Services) {
	t.Helper()
	dir := testutil.TempDir(t)
	db := testutil.NewDB(t)
	for _, q := range []string{
		`INSERT INTO profil(id, regency_name, province, regency_code) VALUES (1, 'Kabupaten Contoh', 'Jawa Tengah', '33.20')`,
		`INSERT INTO kecamatan(id, code, name) VALUES (1, '33.20.01', 'Kedung')`,
		`INSERT INTO desa(id, code, name, kind, kecamatan_id) VALUES (101, '33.20.01.2001', 'Bugel', 'desa', 1)`,
	} {
		if err := db.Exec(q).Error; err != nil {
			t.Fatal(err)
		}
	}
	csv := "NIK,No KK,Nama,Kode Desa\n3320010101800001,3320010101809001,SITI,3320012001\n3320010101800002,3320010101809001,AHMAD,3320012001\n"
	path := filepath.Join(dir, "dtks.csv")
	if err := os.WriteFile(path, []byte(csv), 0o644); err != nil {
		t.Fatal(err)
	}
	s := NewServices(db, filepath.Join(dir, "sidamping.db"), common.FixedClock{}, em)
	return New(&Runtime{}, s), path, s
}

func appErr(err error) *models.AppError {
	var ae *models.AppError
	if errors.As(err, &ae) {
		return ae
	}
	return nil
}

// TestSecondLongJobRefusedAndCancelByID: while a household import runs, a second import
// and a master-data preview are refused at once with "jobs.busy" naming the running
// import; Jobs.Current shows it with its progress; cancelling another id does nothing,
// cancelling its id stops it and nothing is saved; then a new import runs and its
// result stays in Jobs.Current.
func TestSecondLongJobRefusedAndCancelByID(t *testing.T) {
	g := &gate{task: households.ProgressTask, reached: make(chan struct{}), release: make(chan struct{})}
	b, csv, s := householdsEnv(t, g)
	type out struct {
		res households.ImportResult
		err error
	}
	first := make(chan out, 1)
	go func() {
		res, err := b.Households.Import(households.ImportInput{Files: []string{csv}, Edition: "DTKS Oktober 2026"})
		first <- out{res, err}
	}()
	<-g.reached
	cur := b.Jobs.Current()
	if cur == nil || cur.State != jobs.StateRunning || cur.Kind != JobHouseholdsImport || cur.Progress == nil || cur.Progress.Job != cur.ID {
		t.Fatalf("current job %+v", cur)
	}
	_, err := b.Households.Import(households.ImportInput{Files: []string{csv}, Edition: "DTKS kedua"})
	ae := appErr(err)
	want := "Impor data keluarga 'DTKS Oktober 2026' sedang berjalan; tunggu sampai selesai atau batalkan."
	if ae == nil || ae.Code != jobs.CodeBusy || ae.Message != want {
		t.Fatalf("second import: %v", err)
	}
	if _, err := b.Excel.PreviewImport("wilayah", csv); appErr(err) == nil || appErr(err).Code != jobs.CodeBusy {
		t.Fatalf("master preview during the import: %v", err)
	}
	if b.Jobs.Cancel("job-999") || b.System.CancelTask("backup") {
		t.Fatal("another id or task cancelled the import")
	}
	if !b.Jobs.Cancel(cur.ID) {
		t.Fatal("cancel by id refused")
	}
	close(g.release)
	o := <-first
	if ae := appErr(o.err); ae == nil || ae.Code != "cancelled" {
		t.Fatalf("cancelled import: %v", o.err)
	}
	if n := testutil.Count(t, s.DB, "edisi"); n != 0 {
		t.Fatalf("%d editions after a cancelled import", n)
	}
	if c := b.Jobs.Current(); c.ID != cur.ID || c.State != jobs.StateCancelled {
		t.Fatalf("after cancel %+v", c)
	}
	res, err := b.Households.Import(households.ImportInput{Files: []string{csv}, Edition: "DTKS November 2026"})
	if err != nil || res.Imported != 2 {
		t.Fatalf("import after the cancelled one: %+v %v", res, err)
	}
	c := b.Jobs.Current()
	if got, ok := c.Result.(households.ImportResult); c.State != jobs.StateDone || !ok || got.Edition != "DTKS November 2026" || c.ID == cur.ID {
		t.Fatalf("last job %+v", c)
	}
}
