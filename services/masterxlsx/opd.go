package masterxlsx

import (
	"fmt"

	"gorm.io/gorm"

	"sidamping/models"
	"sidamping/services/master"
	"sidamping/services/xlsxutil"
)

// opdChange is an agency the import creates, updates or leaves as it is.
type opdChange struct {
	rec models.OPD // ID set when it exists already
	row *PreviewRow
}

// opdText lists the text fields of an agency by key, with their labels.
func opdText(o *models.OPD) []struct {
	key, label string
	dst        *string
} {
	return []struct {
		key, label string
		dst        *string
	}{
		{"name", "Nama", &o.Name}, {"abbreviation", "Singkatan", &o.Abbreviation}, {"kind", "Jenis", &o.Kind},
		{"headName", "Nama Kepala", &o.HeadName}, {"headRank", "Pangkat/Golongan", &o.HeadRank},
		{"headNip", "NIP", &o.HeadNIP}, {"address", "Alamat", &o.Address}, {"phone", "Telepon", &o.Phone},
		{"email", "Email", &o.Email},
	}
}

// planOPD checks the OPD sheets against the database.
func (p *plan) planOPD(db *gorm.DB, tick *ticker) error {
	var all []models.OPD
	if err := db.Find(&all).Error; err != nil {
		return err
	}
	byCode := map[string]*models.OPD{}
	for i := range all {
		byCode[all[i].Code] = &all[i]
	}
	seen := map[string]rowKey{}
	for _, t := range p.in.tables[entOPD] {
		for _, rec := range t.Records {
			if err := tick.next(); err != nil {
				return err
			}
			p.opdRow(t, rec, byCode, seen)
		}
	}
	return nil
}

// opdRow reads one agency. Columns the file lacks keep the values in the database.
func (p *plan) opdRow(t *xlsxutil.Table, rec xlsxutil.Record, byCode map[string]*models.OPD, seen map[string]rowKey) {
	code := clean(rec.Get("code"))
	row := p.addRow(entOPD, t, rec.Row, map[string]string{"code": code})
	if rec.Bad["code"] {
		return
	}
	existing := byCode[code]
	o := models.OPD{Code: code}
	if existing != nil {
		o = *existing
	}
	for _, f := range opdText(&o) {
		if t.Header.Has(f.key) && !rec.Bad[f.key] {
			*f.dst = rec.Get(f.key)
		}
	}
	bad := p.fieldProblems(t, rec, master.ValidateOPD(&o))
	for _, f := range opdText(&o) {
		row.Values[f.key] = *f.dst
	}
	if prev, dup := seen[o.Code]; dup && o.Code != "" {
		p.problem(t, rec.Row, "code", o.Code, fmt.Sprintf("Kode perangkat daerah %s ganda: dipakai di %s dan baris %d.", o.Code, where(t, prev), rec.Row))
		bad = true
	} else if o.Code != "" {
		seen[o.Code] = rowKey{t.Sheet, rec.Row}
	}
	if bad {
		return
	}
	p.opd = append(p.opd, &opdChange{rec: o, row: row})
	if existing == nil {
		row.Action = ActionNew
		return
	}
	old := *existing
	for i, f := range opdText(&o) {
		row.Changed = diff(row.Changed, f.label, *opdText(&old)[i].dst, *f.dst)
	}
	row.Action = ActionSame
	if len(row.Changed) > 0 {
		row.Action = ActionUpdate
	}
}

// applyOPD saves the agencies (new ones in batches).
func (p *plan) applyOPD(tx *gorm.DB, tick *ticker) error {
	var fresh []models.OPD
	for _, c := range p.opd {
		if err := tick.next(); err != nil {
			return err
		}
		switch c.row.Action {
		case ActionNew:
			fresh = append(fresh, c.rec)
		case ActionUpdate:
			if err := tx.Save(&c.rec).Error; err != nil {
				return err
			}
		}
	}
	if len(fresh) > 0 {
		return tx.CreateInBatches(fresh, 200).Error
	}
	return nil
}
