package masterxlsx

import (
	"fmt"
	"math"
	"strconv"

	"gorm.io/gorm"

	"sidamping/models"
	"sidamping/services/master"
	"sidamping/services/xlsxutil"
)

// kecChange is a kecamatan the import creates, updates or leaves as it is.
type kecChange struct {
	action string
	rec    models.Kecamatan // ID set when it exists already
}

// desaChange is a village the import creates, updates or leaves as it is.
type desaChange struct {
	in       master.DesaInput
	kecCode  string
	kecField string // the field a missing-kecamatan problem is reported on
	existing *models.Desa
	row      *PreviewRow
	t        *xlsxutil.Table
	bad      bool
}

// kecEntry is a kecamatan named in the file.
type kecEntry struct {
	name string
	at   rowKey
	row  *PreviewRow
}

// wilayah holds the database state and what the file declares so far.
type wilayah struct {
	kecByCode  map[string]*models.Kecamatan
	kecByID    map[uint]*models.Kecamatan
	desaByCode map[string]*models.Desa
	fileKec    map[string]*kecEntry
	kecOrder   []string
	seen       map[string]rowKey // village code -> first row
}

var intFields = []string{"population", "households", "poorHouseholds"}

// planWilayah checks the kecamatan sheets, then the village sheets, against the database.
func (p *plan) planWilayah(db *gorm.DB, tick *ticker) error {
	w := &wilayah{kecByCode: map[string]*models.Kecamatan{}, kecByID: map[uint]*models.Kecamatan{},
		desaByCode: map[string]*models.Desa{}, fileKec: map[string]*kecEntry{}, seen: map[string]rowKey{}}
	var kecs []models.Kecamatan
	if err := db.Find(&kecs).Error; err != nil {
		return err
	}
	for i := range kecs {
		w.kecByCode[kecs[i].Code], w.kecByID[kecs[i].ID] = &kecs[i], &kecs[i]
	}
	var desas []models.Desa
	if err := db.Find(&desas).Error; err != nil {
		return err
	}
	for i := range desas {
		w.desaByCode[desas[i].Code] = &desas[i]
	}
	for _, t := range p.in.tables[entKecamatan] {
		for _, rec := range t.Records {
			if err := tick.next(); err != nil {
				return err
			}
			p.kecamatanRow(w, t, rec)
		}
	}
	for _, t := range p.in.tables[entDesa] {
		for _, rec := range t.Records {
			if err := tick.next(); err != nil {
				return err
			}
			p.desaRow(w, t, rec)
		}
	}
	p.kecActions(w)
	p.desaActions(w)
	return nil
}

// kecamatanRow reads one row of a kecamatan sheet.
func (p *plan) kecamatanRow(w *wilayah, t *xlsxutil.Table, rec xlsxutil.Record) {
	ki := master.KecamatanInput{Code: rec.Get("code"), Name: rec.Get("name")}
	err := master.ValidateKecamatan(&ki)
	row := p.addRow(entKecamatan, t, rec.Row, map[string]string{"code": ki.Code, "name": ki.Name})
	if p.fieldProblems(t, rec, err) || rec.Bad["code"] {
		return
	}
	if prev := w.fileKec[ki.Code]; prev != nil {
		p.problem(t, rec.Row, "code", ki.Code, fmt.Sprintf("Kode kecamatan %s ganda: dipakai di %s dan baris %d.", ki.Code, where(t, prev.at), rec.Row))
		return
	}
	w.fileKec[ki.Code] = &kecEntry{name: ki.Name, at: rowKey{t.Sheet, rec.Row}, row: row}
	w.kecOrder = append(w.kecOrder, ki.Code)
}

// desaRow reads one row of a village sheet. Columns the file lacks keep the values in
// the database; a column that is present but empty clears the value.
func (p *plan) desaRow(w *wilayah, t *xlsxutil.Table, rec xlsxutil.Record) {
	h := t.Header
	code := models.NormalizeRegionCode(rec.Get("code"))
	c := &desaChange{t: t, kecField: "code", existing: w.desaByCode[code]}
	c.row = p.addRow(entDesa, t, rec.Row, map[string]string{"code": code})
	p.desa = append(p.desa, c)
	if rec.Bad["code"] {
		c.bad = true
		return
	}
	in := master.DesaInput{Code: code}
	if d := c.existing; d != nil {
		in = master.DesaInput{ID: d.ID, Code: code, Name: d.Name, Kind: d.Kind, Population: d.Population, Households: d.Households,
			PoorHouseholds: d.PoorHouseholds, PovertyPct: d.PovertyPct, IDMStatus: d.IDMStatus}
	}
	for key, dst := range map[string]*string{"name": &in.Name, "kind": &in.Kind, "idmStatus": &in.IDMStatus} {
		if h.Has(key) {
			*dst = rec.Get(key)
		}
	}
	dsts := []*int{&in.Population, &in.Households, &in.PoorHouseholds}
	for i, key := range intFields {
		if !h.Has(key) || rec.Bad[key] {
			continue
		}
		n, err := xlsxutil.ParseInt(label(key), rec.Get(key))
		if err != nil || n > math.MaxInt32 {
			p.problem(t, rec.Row, key, rec.Get(key), fmt.Sprintf("%s %q bukan bilangan bulat yang wajar.", label(key), rec.Get(key)))
			c.bad = true
			continue
		}
		*dsts[i] = int(n)
	}
	if h.Has("povertyPct") && !rec.Bad["povertyPct"] {
		x, err := xlsxutil.ParseDecimal(label("povertyPct"), rec.Get("povertyPct"))
		if err != nil {
			p.problem(t, rec.Row, "povertyPct", rec.Get("povertyPct"), err.Error())
			c.bad = true
		}
		in.PovertyPct = x
	} else if h.Has("households") || h.Has("poorHouseholds") {
		in.PovertyPct = 0 // recomputed by ValidateDesa from the new numbers
	}
	if p.fieldProblems(t, rec, master.ValidateDesa(&in)) {
		c.bad = true
	}
	c.in = in
	c.row.Values = desaValues(in)
	if models.ValidVillageCode(in.Code) {
		c.kecCode = models.ParentCode(in.Code)
	}
	p.statedKecamatan(w, t, rec, c)
	if prev, dup := w.seen[in.Code]; dup && in.Code != "" {
		p.problem(t, rec.Row, "code", in.Code, fmt.Sprintf("Kode desa %s ganda: dipakai di %s dan baris %d.", in.Code, where(t, prev), rec.Row))
		c.bad = true
	} else if in.Code != "" {
		w.seen[in.Code] = rowKey{t.Sheet, rec.Row}
	}
}

// statedKecamatan checks the Kode/Nama Kecamatan cells of a village row and records a
// kecamatan the file names.
func (p *plan) statedKecamatan(w *wilayah, t *xlsxutil.Table, rec xlsxutil.Record, c *desaChange) {
	if v := rec.Get("kecamatanCode"); v != "" && !rec.Bad["kecamatanCode"] {
		stated := models.NormalizeRegionCode(v)
		c.kecField = "kecamatanCode"
		switch {
		case !models.ValidDistrictCode(stated):
			p.problem(t, rec.Row, "kecamatanCode", v, fmt.Sprintf("Kode kecamatan %q tidak sesuai format Kemendagri (contoh 33.20.01).", v))
			c.bad = true
			return
		case c.kecCode != "" && stated != c.kecCode:
			p.problem(t, rec.Row, "code", c.in.Code, fmt.Sprintf("Kode desa %s tidak berada di bawah kecamatan %s yang tertulis pada baris ini; kode desa di kecamatan itu diawali %s.", c.in.Code, stated, stated))
			c.bad = true
			return
		case c.kecCode == "":
			c.kecCode = stated
		}
	}
	name := clean(rec.Get("kecamatanName"))
	if c.kecCode == "" || name == "" {
		return
	}
	if e := w.fileKec[c.kecCode]; e == nil {
		ki := master.KecamatanInput{Code: c.kecCode, Name: name}
		if master.ValidateKecamatan(&ki) != nil {
			return
		}
		row := p.addRow(entKecamatan, t, rec.Row, map[string]string{"code": ki.Code, "name": ki.Name})
		w.fileKec[ki.Code] = &kecEntry{name: ki.Name, at: rowKey{t.Sheet, rec.Row}, row: row}
		w.kecOrder = append(w.kecOrder, ki.Code)
	} else if !sameText(e.name, name) {
		p.problem(t, rec.Row, "kecamatanName", name, fmt.Sprintf("Nama kecamatan %s berbeda dengan di %s (%q); samakan namanya.", c.kecCode, where(t, e.at), e.name))
		c.bad = true
	}
}

// kecActions decides baru/ubah/sama for every kecamatan the file names.
func (p *plan) kecActions(w *wilayah) {
	for _, code := range w.kecOrder {
		e := w.fileKec[code]
		ch := &kecChange{rec: models.Kecamatan{Code: code, Name: e.name}, action: ActionNew}
		if k := w.kecByCode[code]; k != nil {
			ch.rec.ID, ch.rec.CreatedAt, ch.action = k.ID, k.CreatedAt, ActionSame
			if k.Name != e.name {
				ch.action = ActionUpdate
				e.row.Changed = []string{"Nama Kecamatan"}
			}
		}
		e.row.Action = ch.action
		p.kec = append(p.kec, ch)
	}
}

// desaActions checks that every village's kecamatan exists and decides its action.
func (p *plan) desaActions(w *wilayah) {
	for _, c := range p.desa {
		if c.bad || c.kecCode == "" {
			continue
		}
		kecName := ""
		if e := w.fileKec[c.kecCode]; e != nil {
			kecName = e.name
		} else if k := w.kecByCode[c.kecCode]; k != nil {
			kecName = k.Name
		} else {
			p.problem(c.t, c.row.Row, c.kecField, c.kecCode, fmt.Sprintf("Kecamatan %s tidak ada di basis data maupun di berkas ini; tambahkan kecamatannya dulu atau isi kolom Nama Kecamatan.", c.kecCode))
			c.bad = true
			continue
		}
		c.row.Values["kecamatanCode"], c.row.Values["kecamatanName"] = c.kecCode, kecName
		d := c.existing
		if d == nil {
			c.row.Action = ActionNew
			continue
		}
		var ch []string
		oldKec := ""
		if k := w.kecByID[d.KecamatanID]; k != nil {
			oldKec = k.Code
		}
		ch = diff(ch, "Kecamatan", oldKec, c.kecCode)
		ch = diff(ch, "Nama Desa", d.Name, c.in.Name)
		ch = diff(ch, "Jenis", d.Kind, c.in.Kind)
		ch = diff(ch, label("population"), d.Population, c.in.Population)
		ch = diff(ch, label("households"), d.Households, c.in.Households)
		ch = diff(ch, label("poorHouseholds"), d.PoorHouseholds, c.in.PoorHouseholds)
		if math.Abs(d.PovertyPct-c.in.PovertyPct) > 1e-9 {
			ch = append(ch, label("povertyPct"))
		}
		ch = diff(ch, label("idmStatus"), d.IDMStatus, c.in.IDMStatus)
		c.row.Action, c.row.Changed = ActionSame, ch
		if len(ch) > 0 {
			c.row.Action = ActionUpdate
		}
	}
}

// applyWilayah saves the kecamatan first, then the villages (new ones in batches).
func (p *plan) applyWilayah(tx *gorm.DB, tick *ticker) error {
	if len(p.kec)+len(p.desa) == 0 {
		return nil
	}
	kecID := map[string]uint{}
	var kecs []models.Kecamatan
	if err := tx.Find(&kecs).Error; err != nil {
		return err
	}
	for _, k := range kecs {
		kecID[k.Code] = k.ID
	}
	for _, c := range p.kec {
		if err := tick.next(); err != nil {
			return err
		}
		switch c.action {
		case ActionNew:
			if err := tx.Create(&c.rec).Error; err != nil {
				return err
			}
		case ActionUpdate:
			if err := tx.Model(&models.Kecamatan{}).Where("id = ?", c.rec.ID).Update("name", c.rec.Name).Error; err != nil {
				return err
			}
		}
		kecID[c.rec.Code] = c.rec.ID
	}
	var fresh []models.Desa
	for _, c := range p.desa {
		if err := tick.next(); err != nil {
			return err
		}
		in := c.in
		d := models.Desa{Code: in.Code, Name: in.Name, Kind: in.Kind, KecamatanID: kecID[c.kecCode], Population: in.Population,
			Households: in.Households, PoorHouseholds: in.PoorHouseholds, PovertyPct: in.PovertyPct, IDMStatus: in.IDMStatus}
		switch c.row.Action {
		case ActionNew:
			fresh = append(fresh, d)
		case ActionUpdate:
			d.ID, d.CreatedAt = c.existing.ID, c.existing.CreatedAt
			if err := tx.Save(&d).Error; err != nil {
				return err
			}
		}
	}
	if len(fresh) > 0 {
		return tx.CreateInBatches(fresh, 200).Error
	}
	return nil
}

// desaValues shows a village input in the preview.
func desaValues(in master.DesaInput) map[string]string {
	return map[string]string{
		"code": in.Code, "name": in.Name, "kind": in.Kind,
		"population": strconv.Itoa(in.Population), "households": strconv.Itoa(in.Households),
		"poorHouseholds": strconv.Itoa(in.PoorHouseholds),
		"povertyPct":     strconv.FormatFloat(in.PovertyPct, 'f', -1, 64), "idmStatus": in.IDMStatus,
	}
}

// label is the template header of a village field.
func label(key string) string {
	for _, f := range desaFields {
		if f.Key == key {
			return f.Label
		}
	}
	return key
}
