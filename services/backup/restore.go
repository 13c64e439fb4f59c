package backup

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/mattn/go-sqlite3"

	"sidamping/models"
	"sidamping/services/common"
)

// Restore validates src, backs up the current database, then replaces its content with
// src through the online backup API (into the live connection, so the open pool keeps
// working), migrates it forward when src is older and checks it. If anything fails after
// the copy, the pre-restore backup is copied back; a failure during the copy leaves the
// current database as it was (the copy is one transaction on the destination).
func (s *Service) Restore(ctx context.Context, src string) (Info, error) {
	info, err := s.Validate(ctx, src)
	if err != nil {
		return info, err
	}
	if sameFile(src, s.dbPath) {
		return info, invalid("backup.same_file",
			fmt.Sprintf("Berkas %s adalah basis data yang sedang dipakai; pilih berkas cadangan lain.", info.Name))
	}
	pre, err := s.AutoBackup(ctx, ReasonPreRestore)
	if err != nil {
		return info, fmt.Errorf("cadangan sebelum pemulihan gagal, pemulihan dibatalkan: %w", err)
	}
	prog := common.NewProgress(s.em, "restore")
	if err := s.copyFrom(ctx, src, prog, "copy"); err != nil {
		if ctx.Err() != nil {
			return info, errCancelled("Pemulihan")
		}
		return info, models.NewError(models.ErrInvalid, "backup.restore_failed",
			fmt.Sprintf("Pemulihan dari %s gagal; basis data tidak berubah: %v.", info.Name, err)).Wrap(err)
	}
	// From here the content is replaced: finish even if ctx is cancelled.
	bg := context.WithoutCancel(ctx)
	err = s.afterRestore(bg, prog)
	if err == nil && s.afterCopyHook != nil {
		err = s.afterCopyHook()
	}
	if err != nil {
		if rerr := s.copyFrom(bg, pre.Path, prog, "rollback"); rerr != nil {
			return info, models.NewError(models.ErrInvalid, "backup.restore_failed",
				fmt.Sprintf("Pemulihan dari %s gagal (%v) dan basis data semula tidak dapat dikembalikan (%v); pulihkan cadangan %s.",
					info.Name, err, rerr, pre.Path)).Wrap(err)
		}
		return info, models.NewError(models.ErrInvalid, "backup.restore_failed",
			fmt.Sprintf("Pemulihan dari %s gagal: %v. Basis data dikembalikan seperti sebelum pemulihan.", info.Name, err)).Wrap(err)
	}
	prog.Finish("done", "Basis data dipulihkan dari "+info.Name)
	return info, nil
}

// afterRestore migrates a restored older schema forward and checks the result.
func (s *Service) afterRestore(ctx context.Context, prog *common.Progress) error {
	prog.Report("migrate", 0, 1)
	if err := models.Migrate(ctx, s.db); err != nil {
		return err
	}
	if err := models.VerifyPragmas(ctx, s.db); err != nil {
		return err
	}
	problems, err := models.IntegrityCheck(ctx, s.db)
	if err != nil {
		return err
	}
	if len(problems) > 0 {
		return fmt.Errorf("pemeriksaan integritas gagal: %s", strings.Join(problems, "; "))
	}
	pool, err := poolOf(s.db)
	if err != nil {
		return err
	}
	diffs, err := models.SchemaDiff(ctx, pool, models.LatestVersion())
	if err != nil {
		return err
	}
	if len(diffs) > 0 {
		return fmt.Errorf("susunan basis data sesudah migrasi berbeda dari skema versi %d: %s",
			models.LatestVersion(), strings.Join(diffs, "; "))
	}
	return nil
}

// copyFrom copies the database file src into the live database.
func (s *Service) copyFrom(ctx context.Context, src string, prog *common.Progress, stage string) error {
	pool, err := poolOf(s.db)
	if err != nil {
		return err
	}
	srcDB, err := openSQL(readOnlyURI(src))
	if err != nil {
		return err
	}
	defer srcDB.Close()
	return withRaw(ctx, srcDB, func(srcConn *sqlite3.SQLiteConn) error {
		return withRaw(ctx, pool, func(live *sqlite3.SQLiteConn) error {
			err := copyDB(ctx, live, srcConn, prog, stage)
			if err != nil && strings.Contains(err.Error(), "readonly") {
				return fmt.Errorf("ukuran halaman berkas %s berbeda dari basis data ini (%w)", filepath.Base(src), err)
			}
			return err
		})
	})
}
