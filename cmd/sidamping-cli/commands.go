package main

import (
	"flag"
	"fmt"
	"os"
	"runtime"
	"strings"

	"gorm.io/gorm"

	"sidamping/models"
	"sidamping/services/backup"
	"sidamping/services/boot"
	"sidamping/services/common"
	"sidamping/services/dbcheck"
	"sidamping/services/demo"
	"sidamping/services/filelock"
	"sidamping/services/fileout"
)

// command is one subcommand. To add one, append it to commands: give its positional
// argument names, register its own flags in flags (returning the options value that run
// receives), and return an output (data for --json, text for people) or an error.
type command struct {
	name    string
	args    []string // positional arguments, e.g. {"BERKAS"}
	summary string
	noDB    bool // the command does not touch the database
	// variadic lets the last positional argument repeat (BERKAS...).
	variadic bool
	flags    func(fs *flag.FlagSet) any
	run      func(e *env, opts any, args []string) (output, error)
}

func (c *command) synopsis() string {
	s := c.name
	if c.name == "backup" {
		s += " --out BERKAS"
	}
	if len(c.args) > 0 {
		s += " " + strings.Join(c.args, " ")
	}
	return s
}

// commands is the command table, in the order the usage lists them.
var commands = []*command{
	{name: "demo", summary: "muat data contoh (Kabupaten Contoh) ke basis data yang masih kosong",
		flags: func(fs *flag.FlagSet) any { return fs.Int64("seed", demo.DefaultSeed, "benih data contoh") },
		run:   runDemo},
	{name: "backup", summary: "buat cadangan basis data ke BERKAS",
		flags: func(fs *flag.FlagSet) any { return fs.String("out", "", "berkas cadangan yang dibuat (wajib)") },
		run:   runBackup},
	{name: "restore", args: []string{"BERKAS"}, summary: "pulihkan basis data dari berkas cadangan (basis data sekarang dicadangkan dulu)",
		run: runRestore},
	{name: "check", summary: "periksa integritas dan rujukan antartabel basis data (--quick: tanpa tabel besar data keluarga, di bawah 1 detik)",
		flags: func(fs *flag.FlagSet) any {
			return fs.Bool("quick", false, "pemeriksaan cepat seperti saat aplikasi dibuka")
		},
		run: runCheck},
	{name: "version", summary: "tampilkan versi aplikasi dan skema basis data", noDB: true,
		run: runVersion},
}

func findCommand(name string) *command {
	for _, c := range commands {
		if c.name == name {
			return c
		}
	}
	return nil
}

// openDB opens the database through services/boot (pragmas checked, a backup before any
// migration, migrations applied; no daily backup). Unless create, the file must exist.
func (e *env) openDB(create bool) (*gorm.DB, boot.Report, error) {
	if !create {
		if _, err := os.Stat(e.dbPath); err != nil {
			return nil, boot.Report{}, models.NotFound("cli.db_missing", fmt.Sprintf("Basis data %s tidak ditemukan.", e.dbPath))
		}
	}
	db, rep, err := boot.Open(e.ctx, e.dbPath, boot.Options{Clock: e.clock, Emitter: common.NopEmitter{}})
	if err != nil {
		if ae, ok := err.(*models.AppError); ok {
			return nil, rep, ae
		}
		return nil, rep, models.NewError(models.ErrInvalid, "cli.open_failed",
			fmt.Sprintf("Basis data %s tidak dapat dibuka: %v", e.dbPath, err)).Wrap(err)
	}
	return db, rep, nil
}

// bootNote describes a migration done while opening, for the output.
func bootNote(rep boot.Report, out *output) {
	if rep.MigrationBackup == nil {
		return
	}
	out.data["migrationBackup"] = rep.MigrationBackup.Path
	out.text += fmt.Sprintf("\nSkema basis data diperbarui dari versi %d ke %d; cadangan sebelum migrasi: %s",
		rep.FromVersion, rep.ToVersion, rep.MigrationBackup.Path)
}

func runDemo(e *env, opts any, _ []string) (output, error) {
	seed := *opts.(*int64)
	db, rep, err := e.openDB(true)
	if err != nil {
		return output{}, err
	}
	defer models.Close(db)
	sum, err := demo.Load(e.ctx, db, seed, e.clock)
	if err != nil {
		return output{}, err
	}
	out := output{
		data: map[string]any{"path": e.dbPath, "summary": sum},
		text: fmt.Sprintf("Data contoh Kabupaten Contoh dimuat ke %s: %d kecamatan, %d desa/kelurahan, %d perangkat daerah, %d desa prioritas tahun %d.",
			e.dbPath, sum.Kecamatan, sum.Desa, sum.OPD, sum.Priority, sum.Year),
	}
	bootNote(rep, &out)
	return out, nil
}

func runBackup(e *env, opts any, _ []string) (output, error) {
	dst := *opts.(*string)
	if dst == "" {
		return output{}, usagef("backup: --out BERKAS wajib diisi")
	}
	if err := fileout.Check(e.ctx, dst, fileout.Options{MakeDirs: true}); err != nil {
		return output{}, err
	}
	db, rep, err := e.openDB(false)
	if err != nil {
		return output{}, err
	}
	defer models.Close(db)
	info, err := backup.New(db, e.dbPath, e.clock, nil).Backup(e.ctx, dst)
	if err != nil {
		return output{}, err
	}
	out := output{
		data: map[string]any{"path": info.Path, "size": info.Size, "schemaVersion": info.SchemaVersion, "db": e.dbPath},
		text: fmt.Sprintf("Cadangan tersimpan di %s (%s, skema versi %d).", info.Path, sizeText(info.Size), info.SchemaVersion),
	}
	bootNote(rep, &out)
	return out, nil
}

func runRestore(e *env, _ any, args []string) (output, error) {
	// Replacing the content under an open window would leave it showing another
	// database: refused while a window holds the database (its instance lock).
	lock, err := filelock.Instance(e.dbPath)
	if err != nil {
		return output{}, err
	}
	defer lock.Release()
	e.ctx = fileout.Protect(e.ctx, fileout.Backup, args[0])
	db, _, err := e.openDB(true)
	if err != nil {
		return output{}, err
	}
	defer models.Close(db)
	svc := backup.New(db, e.dbPath, e.clock, nil)
	info, err := svc.Restore(e.ctx, args[0])
	if err != nil {
		return output{}, err
	}
	out := output{
		data: map[string]any{"path": info.Path, "db": e.dbPath, "schemaVersion": info.SchemaVersion},
		text: fmt.Sprintf("Basis data %s dipulihkan dari %s (skema versi %d).", e.dbPath, info.Path, info.SchemaVersion),
	}
	if list, err := svc.ListAuto(e.ctx); err == nil {
		for _, b := range list {
			if b.Reason == backup.ReasonPreRestore {
				out.data["preRestoreBackup"] = b.Path
				out.text += "\nBasis data sebelum pemulihan dicadangkan di " + b.Path
				break
			}
		}
	}
	return out, nil
}

func runCheck(e *env, opts any, _ []string) (output, error) {
	mode := dbcheck.Full
	if *opts.(*bool) {
		mode = dbcheck.Quick
	}
	db, rep, err := e.openDB(false)
	if err != nil {
		return output{}, err
	}
	defer models.Close(db)
	res, err := dbcheck.Run(e.ctx, db, mode, nil)
	if err != nil {
		return output{}, models.NewError(models.ErrInvalid, "check.failed",
			fmt.Sprintf("Pemeriksaan basis data %s gagal: %v", e.dbPath, err)).Wrap(err)
	}
	problems := res.Problems
	version, err := models.SchemaVersion(e.ctx, db)
	if err != nil {
		return output{}, err
	}
	counts := map[string]int64{}
	for _, t := range []string{"kecamatan", "desa", "opd"} {
		var n int64
		if err := db.WithContext(e.ctx).Table(t).Count(&n).Error; err != nil {
			return output{}, err
		}
		counts[t] = n
	}
	if problems == nil {
		problems = []string{}
	}
	out := output{data: map[string]any{"path": e.dbPath, "schemaVersion": version, "problems": problems, "counts": counts,
		"mode": mode, "seconds": res.Seconds}}
	if len(problems) > 0 {
		return out, models.NewError(models.ErrInvalid, "check.problems",
			fmt.Sprintf("Basis data %s bermasalah: %d temuan pemeriksaan integritas, rujukan antartabel dan susunan skema.", e.dbPath, len(problems))).
			WithDetails(problems)
	}
	out.text = fmt.Sprintf("Basis data %s baik: integritas, rujukan antartabel dan susunan skema sesuai; skema versi %d; %d kecamatan, %d desa/kelurahan, %d perangkat daerah.",
		e.dbPath, version, counts["kecamatan"], counts["desa"], counts["opd"])
	bootNote(rep, &out)
	return out, nil
}

func runVersion(e *env, _ any, _ []string) (output, error) {
	return output{
		data: map[string]any{"version": Version, "schemaVersion": models.LatestVersion(), "go": runtime.Version()},
		text: fmt.Sprintf("SiDamping %s (skema basis data versi %d, %s)", Version, models.LatestVersion(), runtime.Version()),
	}, nil
}

// sizeText formats a byte count the Indonesian way ("1,5 MB").
func sizeText(n int64) string {
	switch {
	case n >= 1<<20:
		return strings.Replace(fmt.Sprintf("%.1f MB", float64(n)/(1<<20)), ".", ",", 1)
	case n >= 1<<10:
		return fmt.Sprintf("%d KB", n/(1<<10))
	}
	return fmt.Sprintf("%d bita", n)
}
