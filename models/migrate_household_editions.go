package models

import "gorm.io/gorm"

func init() {
	RegisterMigration(Migration{10, "household registry indexed per edition; archived editions", migrate0010})
	TableLabels["individu_nama"] = "nama anggota keluarga (pencarian)"
}

// migrate0010 keys every search structure of the household registry by edition first,
// so an import writes only into its own edition's part of each B-tree (at its right
// edge) and never rebuilds what older editions hold; an import's cost no longer grows
// with the registry:
//
//   - individu.edisi_id (copied from its family) and ix_individu_nik on (edisi_id, nik);
//     ix_keluarga_no_kk on (edisi_id, no_kk).
//   - the name index ix_individu_name becomes individu_nama (edisi_id, name_norm,
//     individu_id), a WITHOUT ROWID table the import fills with one sorted INSERT of the
//     new edition's members (pages packed full, no random inserts into a name index).
//   - individu_kata becomes (edisi_id, kata, individu_id) WITHOUT ROWID with no second
//     index (the old table kept every word twice: its key by member and ix_individu_kata
//     by word), filled the same way.
//
// individu_nama and individu_kata are derived from individu by the import (and the
// restore of an archived edition) and emptied with their edition; they carry no foreign
// key, because a key by individu_id would need the second index this step removes.
//
// edisi.archived_at / archive_file / archive_size: an archived edition keeps its row and
// its village totals while its families and members live in a compressed file beside
// the database, from which it can be restored.
//
// On an existing registry the copy of edisi_id and the rebuild of the two search
// tables take a few seconds per million members (once).
func migrate0010(tx *gorm.DB) error {
	return execAll(tx,
		`ALTER TABLE edisi ADD COLUMN archived_at DATETIME`,
		`ALTER TABLE edisi ADD COLUMN archive_file TEXT`,
		`ALTER TABLE edisi ADD COLUMN archive_size INTEGER NOT NULL DEFAULT 0`,
		`ALTER TABLE individu ADD COLUMN edisi_id INTEGER NOT NULL DEFAULT 0`,
		`UPDATE individu SET edisi_id = (SELECT k.edisi_id FROM keluarga k WHERE k.id = individu.keluarga_id)`,
		`DROP INDEX ix_individu_nik`,
		`CREATE INDEX ix_individu_nik ON individu(edisi_id, nik)`,
		`DROP INDEX ix_keluarga_no_kk`,
		`CREATE INDEX ix_keluarga_no_kk ON keluarga(edisi_id, no_kk)`,
		`DROP INDEX ix_individu_name`,
		`CREATE TABLE individu_nama (
			edisi_id INTEGER NOT NULL,
			name_norm TEXT NOT NULL,
			individu_id INTEGER NOT NULL,
			PRIMARY KEY (edisi_id, name_norm, individu_id)) WITHOUT ROWID`,
		`INSERT INTO individu_nama(edisi_id, name_norm, individu_id)
			SELECT edisi_id, name_norm, id FROM individu ORDER BY edisi_id, name_norm, id`,
		`ALTER TABLE individu_kata RENAME TO individu_kata_v6`,
		`CREATE TABLE individu_kata (
			edisi_id INTEGER NOT NULL,
			kata TEXT NOT NULL,
			individu_id INTEGER NOT NULL,
			PRIMARY KEY (edisi_id, kata, individu_id)) WITHOUT ROWID`,
		`INSERT INTO individu_kata(edisi_id, kata, individu_id)
			SELECT i.edisi_id, w.kata, w.individu_id FROM individu_kata_v6 w JOIN individu i ON i.id = w.individu_id
			ORDER BY i.edisi_id, w.kata, w.individu_id`,
		`DROP TABLE individu_kata_v6`,
	)
}
