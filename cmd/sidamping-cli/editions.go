package main

import (
	"fmt"
	"strings"
	"time"

	"sidamping/models"
	"sidamping/services/common"
	"sidamping/services/households"
)

// The editions of the household registry:
//
//	sidamping-cli households editions [--json]
//	sidamping-cli households edition delete NAMA [--archive] [--json]
//	sidamping-cli households edition restore NAMA [--json]
//
// editions prints {"editions":[{"name","source","members","families","imported_at",
// "archived","archived_at","archive_file"}]}; delete refuses (exit 1, code
// households.edition_in_use, saying what refers to it) an edition that beneficiaries,
// verification statuses or other records refer to; --archive moves its families and
// members to a compressed file in arsip-edisi/ beside the database instead, and restore
// brings them back.
func runEditions(e *env, args []string, archive bool) (output, error) {
	switch {
	case args[0] == "editions" && len(args) == 1:
	case args[0] == "edition" && len(args) == 3 && (args[1] == "delete" || args[1] == "restore"):
	default:
		return output{}, usagef("households: gunakan \"households editions\" atau \"households edition delete|restore NAMA [--archive]\"")
	}
	if archive && args[1] != "delete" {
		return output{}, usagef("households edition restore: --archive hanya untuk delete")
	}
	db, _, err := e.openDB(false)
	if err != nil {
		return output{}, err
	}
	defer models.Close(db)
	svc := households.New(db, e.clock, common.NopEmitter{}, nil)
	if args[0] == "editions" {
		eds, err := svc.Editions(e.ctx)
		if err != nil {
			return output{}, err
		}
		list := make([]map[string]any, 0, len(eds))
		var b strings.Builder
		for _, x := range eds {
			list = append(list, editionJSON(x))
			state := ""
			if x.ArchivedAt != nil {
				state = " [diarsipkan: " + x.ArchiveFile + "]"
			}
			fmt.Fprintf(&b, "%s (%s): %d anggota, %d keluarga, diimpor %s%s\n", x.Name, strings.ToUpper(x.Source), x.Members, x.Families,
				x.CreatedAt.Format("2006-01-02 15:04"), state)
		}
		if len(eds) == 0 {
			b.WriteString("Belum ada edisi data keluarga.")
		}
		return output{data: map[string]any{"editions": list}, text: strings.TrimSuffix(b.String(), "\n")}, nil
	}
	ed, err := svc.EditionByName(e.ctx, args[2])
	if err != nil {
		return output{}, err
	}
	start := time.Now()
	var res households.EditionResult
	action := "deleted"
	switch {
	case args[1] == "restore":
		action = "restored"
		res, err = svc.RestoreEdition(e.ctx, ed.ID)
	case archive:
		action = "archived"
		res, err = svc.ArchiveEdition(e.ctx, ed.ID)
	default:
		err = svc.DeleteEdition(e.ctx, ed.ID)
		res.Edition = ed
	}
	if err != nil {
		return output{}, err
	}
	secs := time.Since(start).Seconds()
	out := output{data: map[string]any{"action": action, "edition": editionJSON(res.Edition), "seconds": secs}}
	if res.ArchiveFile != "" {
		out.data["archive_file"] = res.ArchiveFile
	}
	switch action {
	case "restored":
		out.text = fmt.Sprintf("Edisi %q dipulihkan dari arsip: %d anggota dari %d keluarga kembali ke daftar (%.1f detik).", ed.Name, ed.Members, ed.Families, secs)
	case "archived":
		out.text = fmt.Sprintf("Edisi %q diarsipkan ke %s (%s): %d anggota dari %d keluarga keluar dari daftar (%.1f detik); pulihkan dengan \"households edition restore\".",
			ed.Name, res.ArchiveFile, sizeText(res.Edition.ArchiveSize), ed.Members, ed.Families, secs)
	default:
		out.text = fmt.Sprintf("Edisi %q dihapus: %d anggota dari %d keluarga (%.1f detik).", ed.Name, ed.Members, ed.Families, secs)
	}
	return out, nil
}

// editionJSON is an edition as the commands print it.
func editionJSON(x models.Edisi) map[string]any {
	m := map[string]any{"id": x.ID, "name": x.Name, "source": x.Source, "members": x.Members, "families": x.Families,
		"imported_at": x.CreatedAt.Format(time.RFC3339), "data_date": x.DataDate, "archived": x.ArchivedAt != nil}
	if x.ArchivedAt != nil {
		m["archived_at"] = x.ArchivedAt.Format(time.RFC3339)
		m["archive_file"] = x.ArchiveFile
		m["archive_size"] = x.ArchiveSize
	}
	return m
}
