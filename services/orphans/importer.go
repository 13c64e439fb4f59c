package orphans

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"gorm.io/gorm"

	"sidamping/models"
	"sidamping/services/households"
	"sidamping/services/xlsxutil"
)

// CodeImportInvalid is the refusal of an import with problems (nothing saved).
const CodeImportInvalid = "import.invalid"

// ImportInput names the file, the kind (orphans or fosters) and the user's corrections
// of the header mapping (header as written -> field key, "-" to ignore).
type ImportInput struct {
	File    string            `json:"file"`
	Kind    string            `json:"kind"`
	Mapping map[string]string `json:"mapping"`
}

// Problem is one thing wrong, located by file, sheet, row and column.
type Problem struct {
	File    string `json:"file"`
	Sheet   string `json:"sheet"`
	Row     int    `json:"row"`
	Column  string `json:"column"`
	Header  string `json:"header"`
	Value   string `json:"value"`
	Message string `json:"message"`
	Text    string `json:"text"`
}

// ColumnMap tells which header of the file fills which field.
type ColumnMap struct {
	Field  string `json:"field"`
	Label  string `json:"label"`
	Header string `json:"header"`
	Column string `json:"column"`
}

// FieldOption is a mapping target for the preview's dropdowns.
type FieldOption struct {
	Key      string `json:"key"`
	Label    string `json:"label"`
	Required bool   `json:"required"`
}

// ImportPreview is what the import would do, checked over every row without saving.
type ImportPreview struct {
	File      string              `json:"file"`
	Kind      string              `json:"kind"`
	Sheet     string              `json:"sheet"`
	HeaderRow int                 `json:"headerRow"`
	Columns   []ColumnMap         `json:"columns"`
	Ignored   []ColumnMap         `json:"ignored"` // headers that match no field
	Fields    []FieldOption       `json:"fields"`
	Rows      int                 `json:"rows"`
	Samples   []map[string]string `json:"samples"` // the first rows, by field key
	Problems  []Problem           `json:"problems"`
}

// ImportResult is what an import saved.
type ImportResult struct {
	File     string    `json:"file"`
	Kind     string    `json:"kind"`
	OK       bool      `json:"ok"`
	Imported int       `json:"imported"`
	Errors   []Problem `json:"errors"`
}

var errDryRun = errors.New("dry run")

// PreviewImport reads the file and runs every check of the import in a transaction
// that is rolled back.
func (s *Service) PreviewImport(ctx context.Context, in ImportInput) (ImportPreview, error) {
	pv, _, err := s.runImport(ctx, in, true)
	return pv, err
}

// Import saves every row of the file in one transaction, or nothing when any row has a
// problem: then the error is import.invalid and the result lists the problems.
func (s *Service) Import(ctx context.Context, in ImportInput) (ImportResult, error) {
	pv, n, err := s.runImport(ctx, in, false)
	res := ImportResult{File: pv.File, Kind: in.Kind, Errors: pv.Problems}
	if res.Errors == nil {
		res.Errors = []Problem{}
	}
	if err != nil {
		return res, err
	}
	res.OK, res.Imported = true, n
	return res, nil
}

func (s *Service) runImport(ctx context.Context, in ImportInput, dry bool) (ImportPreview, int, error) {
	if in.Kind != KindChildren && in.Kind != KindFosters {
		return ImportPreview{}, 0, models.Invalid("import.unknown_kind", "kind", fmt.Sprintf("Jenis impor %q tidak dikenal; pilih orphans (anak) atau fosters (orang tua asuh).", in.Kind))
	}
	fields := fieldsOf(in.Kind, in.Mapping)
	m := xlsxutil.NewMatcher(fields)
	wb, err := xlsxutil.Open(in.File)
	if err != nil {
		return ImportPreview{}, 0, err
	}
	defer wb.Close()
	pv := ImportPreview{File: wb.Name, Kind: in.Kind, Problems: []Problem{}, Samples: []map[string]string{}}
	for _, f := range fields {
		if !strings.HasPrefix(f.Key, "ignore_") {
			pv.Fields = append(pv.Fields, FieldOption{Key: f.Key, Label: f.Label, Required: f.Required})
		}
	}
	var t *xlsxutil.Table
	for _, name := range wb.Sheets() {
		sh, err := wb.ReadSheet(ctx, name, nil)
		if err != nil {
			return pv, 0, err
		}
		if tt, ok := sh.Table(m); ok && (t == nil || len(tt.Header.Missing) < len(t.Header.Missing)) {
			t = tt
			if len(t.Header.Missing) == 0 {
				break
			}
		}
	}
	if t == nil {
		return pv, 0, xlsxutil.NoHeaderError(wb.Name, wb.Sheets()[0], xlsxutil.HeaderScanRows, m.RequiredLabels())
	}
	pv.Sheet, pv.HeaderRow, pv.Rows = t.Sheet, t.Header.Row, len(t.Records)
	for _, f := range fields {
		if hc, ok := t.Header.Cell(f.Key); ok && !strings.HasPrefix(f.Key, "ignore_") {
			pv.Columns = append(pv.Columns, ColumnMap{Field: f.Key, Label: f.Label, Header: hc.Text, Column: hc.Letter})
		}
	}
	for _, u := range t.Header.Unknown() {
		pv.Ignored = append(pv.Ignored, ColumnMap{Header: u.Text, Column: u.Letter})
	}
	for _, p := range t.Problems {
		pv.Problems = append(pv.Problems, toProblem(p))
	}
	for i, r := range t.Records {
		if i == 10 {
			break
		}
		sample := map[string]string{}
		for k, v := range r.Values {
			if k == "nik" || k == "no_kk" {
				v = models.MaskNIK(v)
			}
			sample[k] = v
		}
		pv.Samples = append(pv.Samples, sample)
	}
	imported := 0
	err = s.ctxDB(ctx).Transaction(func(tx *gorm.DB) error {
		for i, r := range t.Records {
			if i%200 == 0 && ctx.Err() != nil {
				return ctx.Err()
			}
			if len(r.Bad) > 0 {
				continue // the reader reported the cell (a NIK stored as a number)
			}
			var fe models.FieldErrors
			var err error
			if in.Kind == KindChildren {
				fe, err = s.importChild(ctx, tx, r)
			} else {
				fe, err = s.importFoster(tx, r)
			}
			if err != nil {
				return err
			}
			for field, msg := range fe {
				pv.Problems = append(pv.Problems, s.locate(t, r, in.Kind, field, msg))
			}
			if len(fe) == 0 {
				imported++
			}
		}
		if dry || len(pv.Problems) > 0 {
			return errDryRun
		}
		return nil
	})
	sortProblems(pv.Problems)
	switch {
	case ctx.Err() != nil:
		return pv, 0, models.NewError(models.ErrCancelled, "cancelled", "Impor dibatalkan; tidak ada yang disimpan.").Wrap(ctx.Err())
	case errors.Is(err, errDryRun) && dry:
		return pv, 0, nil
	case errors.Is(err, errDryRun):
		return pv, 0, invalidError(pv)
	case err != nil:
		return pv, 0, err
	}
	return pv, imported, nil
}

// invalidError is the refusal of an import with problems.
func invalidError(p ImportPreview) error {
	details := make([]string, len(p.Problems))
	for i, pr := range p.Problems {
		details[i] = pr.Text
	}
	e := models.NewError(models.ErrInvalid, CodeImportInvalid, fmt.Sprintf(
		"Berkas %s memuat %d masalah; perbaiki dulu, tidak ada data yang disimpan.", p.File, len(p.Problems))).WithDetails(details)
	e.Params = map[string]any{"problems": p.Problems, "file": p.File}
	return e
}

func toProblem(p xlsxutil.Problem) Problem {
	return Problem{File: p.File, Sheet: p.Sheet, Row: p.Row, Column: p.Column, Header: p.Header, Value: p.Value, Message: p.Message, Text: p.String()}
}

func sortProblems(ps []Problem) {
	for i := 1; i < len(ps); i++ {
		for j := i; j > 0 && (ps[j].Row < ps[j-1].Row || (ps[j].Row == ps[j-1].Row && ps[j].Column < ps[j-1].Column)); j-- {
			ps[j], ps[j-1] = ps[j-1], ps[j]
		}
	}
}

// fieldColumn maps a validation field (ChildInput / OrangTuaAsuh JSON name) to the
// import's column keys, the first present wins.
var fieldColumn = map[string][]string{
	"desaId": {"desa_code", "desa_name"}, "desaCode": {"desa_code", "desa_name"}, "name": {"name"}, "nik": {"nik"},
	"sex": {"sex"}, "birthDate": {"birth_date"}, "fatherDied": {"status", "father_died", "mother_died"},
	"fatherDeathDate": {"father_death_date"}, "motherDeathDate": {"mother_death_date"}, "guardianPhone": {"guardian_phone"},
	"noKk": {"no_kk"}, "school": {"school"}, "assessedOn": {"assessed_on"}, "needs": {"needs"}, "jkn": {"jkn"},
	"kind": {"kind"}, "opdId": {"opd"}, "kecamatanId": {"kecamatan_name"}, "phone": {"phone"},
	"moneyPerMonth": {"money", "school_costs", "in_kind", "mentoring"}, "capacity": {"capacity"},
	"periodStart": {"period_start"}, "periodEnd": {"period_end"}, "schoolCosts": {"school_costs"}, "mentoring": {"mentoring"},
}

// locate turns a row's field error into a problem at its cell.
func (s *Service) locate(t *xlsxutil.Table, r xlsxutil.Record, kind, field, msg string) Problem {
	p := xlsxutil.Problem{File: t.File, Sheet: t.Sheet, Row: r.Row, Message: msg}
	for _, key := range fieldColumn[field] {
		if hc, ok := t.Header.Cell(key); ok {
			p.Column, p.Header, p.Value = hc.Letter, hc.Text, r.Get(key)
			if p.Value != "" && (key == "nik" || key == "no_kk") && allDigits(p.Value) {
				p.Value = models.MaskNIK(p.Value)
			}
			break
		}
	}
	return toProblem(p)
}

// importChild converts and saves one row of children (inside the import's transaction).
func (s *Service) importChild(ctx context.Context, tx *gorm.DB, r xlsxutil.Record) (models.FieldErrors, error) {
	fe := models.FieldErrors{}
	in := ChildInput{DesaCode: r.Get("desa_code"), Name: r.Get("name"), NIK: r.Get("nik"), NoKK: r.Get("no_kk"),
		GuardianName: r.Get("guardian_name"), GuardianRelation: r.Get("guardian_relation"), GuardianPhone: r.Get("guardian_phone"),
		Address: r.Get("address"), Disability: r.Get("disability"), Note: r.Get("note")}
	if in.DesaCode == "" && r.Get("desa_name") != "" {
		id, msg := villageByName(tx, r.Get("desa_name"), r.Get("kecamatan_name"))
		if msg != "" {
			fe.Add("desaCode", msg)
		}
		in.DesaID = id
	}
	if v := r.Get("sex"); v != "" {
		if in.Sex = normSex(v); in.Sex == "" {
			fe.Add("sex", fmt.Sprintf("Jenis kelamin %q tidak dikenal; tulis L atau P.", v))
			in.Sex = "L"
		}
	}
	var ok bool
	if in.BirthDate, ok = cellDate(r.Get("birth_date")); !ok {
		fe.Add("birthDate", fmt.Sprintf("Tanggal lahir %q tidak terbaca; tulis seperti 17-08-2015.", r.Get("birth_date")))
	}
	for _, d := range []struct {
		key, field string
		dst        *string
	}{
		{"father_death_date", "fatherDeathDate", &in.FatherDeathDate}, {"mother_death_date", "motherDeathDate", &in.MotherDeathDate},
		{"assessed_on", "assessedOn", &in.AssessedOn}} {
		if *d.dst, ok = cellDate(r.Get(d.key)); !ok {
			fe.Add(d.field, fmt.Sprintf("Tanggal %q tidak terbaca; tulis seperti 17-08-2021.", r.Get(d.key)))
		}
	}
	if v := r.Get("status"); v != "" {
		if in.FatherDied, in.MotherDied, ok = categoryDied(v); !ok {
			fe.Add("fatherDied", fmt.Sprintf("Status %q tidak dikenal; tulis Yatim, Piatu atau Yatim Piatu.", v))
		}
	}
	for _, b := range []struct {
		key, field string
		dst        *bool
	}{
		{"father_died", "fatherDied", &in.FatherDied}, {"mother_died", "fatherDied", &in.MotherDied}, {"jkn", "jkn", &in.JKN}} {
		v := r.Get(b.key)
		if v == "" {
			continue
		}
		yes, ok := yesNo(v)
		if !ok {
			fe.Add(b.field, fmt.Sprintf("Isian %q tidak dikenal; tulis Ya atau Tidak.", v))
		}
		*b.dst = *b.dst || yes
	}
	in.FatherDied = in.FatherDied || in.FatherDeathDate != ""
	in.MotherDied = in.MotherDied || in.MotherDeathDate != ""
	if v := r.Get("school"); v != "" {
		if in.School = schoolCode(v); in.School == "?" {
			fe.Add("school", fmt.Sprintf("Status sekolah %q tidak dikenal; tulis Belum sekolah, SD/MI, SMP/MTs, SMA/SMK/MA, Putus sekolah atau Tidak sekolah.", v))
		}
	}
	codes, unknown := needCodes(r.Get("needs"))
	if len(unknown) > 0 {
		fe.Add("needs", fmt.Sprintf("Kebutuhan %q tidak dikenal; pakai pendidikan, kesehatan, gizi, rumah atau dokumen (akta kelahiran).", strings.Join(unknown, ", ")))
	}
	in.Needs = codes
	if len(fe) > 0 {
		return fe, nil
	}
	_, err := s.saveChild(ctx, tx, in)
	if ae := (*models.AppError)(nil); errors.As(err, &ae) && ae.Fields != nil {
		return models.FieldErrors(ae.Fields), nil
	}
	return nil, err
}

func normSex(v string) string { return households.NormSex(v) }

// villageByName finds a village by its name (and kecamatan when names repeat).
func villageByName(tx *gorm.DB, name, kec string) (uint, string) {
	var ids []uint
	q := tx.Table("desa d").Select("d.id").Joins("JOIN kecamatan k ON k.id = d.kecamatan_id").Where("lower(d.name) = lower(?)", strings.TrimSpace(name))
	if kec != "" {
		q = q.Where("lower(k.name) = lower(?)", strings.TrimSpace(kec))
	}
	q.Scan(&ids)
	switch len(ids) {
	case 0:
		return 0, fmt.Sprintf("Desa %q tidak ada di data master desa/kelurahan.", name)
	case 1:
		return ids[0], ""
	}
	return 0, fmt.Sprintf("Ada %d desa bernama %q; isi kolom Kecamatan atau Kode Desa.", len(ids), name)
}

// importFoster converts and saves one row of foster parents.
func (s *Service) importFoster(tx *gorm.DB, r xlsxutil.Record) (models.FieldErrors, error) {
	fe := models.FieldErrors{}
	o := models.OrangTuaAsuh{Name: r.Get("name"), ContactPerson: r.Get("contact_person"), Phone: r.Get("phone"),
		Address: r.Get("address"), InKind: r.Get("in_kind"), Note: r.Get("note")}
	if v := r.Get("kind"); v != "" {
		if o.Kind = fosterKind(v); o.Kind == "?" {
			fe.Add("kind", fmt.Sprintf("Jenis %q tidak dikenal; tulis ASN, Warga, Pengusaha, Baznas/UPZ, CSR, Pesantren, Masjid atau Perguruan Tinggi.", v))
		}
	}
	if v := r.Get("opd"); v != "" {
		var id uint
		tx.Model(&models.OPD{}).Select("id").Where("lower(code) = lower(?) OR lower(abbreviation) = lower(?) OR lower(name) = lower(?)", v, v, v).Limit(1).Scan(&id)
		if id == 0 {
			fe.Add("opdId", fmt.Sprintf("Perangkat daerah %q tidak ada di data master (tulis kode, singkatan atau namanya).", v))
		} else {
			o.OPDID = &id
		}
	}
	if v := r.Get("kecamatan_name"); v != "" {
		var id uint
		tx.Model(&models.Kecamatan{}).Select("id").Where("lower(name) = lower(?) OR code = ?", v, v).Limit(1).Scan(&id)
		if id == 0 {
			fe.Add("kecamatanId", fmt.Sprintf("Kecamatan %q tidak ada di data master.", v))
		} else {
			o.KecamatanID = &id
		}
	}
	if v := r.Get("money"); v != "" {
		n, err := xlsxutil.ParseInt("Uang per Bulan", strings.NewReplacer("Rp", "", "rp", "", " ", "").Replace(v))
		if err != nil {
			fe.Add("moneyPerMonth", err.Error())
		}
		o.MoneyPerMonth = n
	}
	if v := r.Get("capacity"); v != "" {
		n, err := xlsxutil.ParseInt("Jumlah Anak", v)
		if err != nil {
			fe.Add("capacity", err.Error())
		}
		o.Capacity = int(n)
	}
	for _, b := range []struct {
		key, field string
		dst        *bool
	}{{"school_costs", "schoolCosts", &o.SchoolCosts}, {"mentoring", "mentoring", &o.Mentoring}} {
		if v := r.Get(b.key); v != "" {
			yes, ok := yesNo(v)
			if !ok {
				fe.Add(b.field, fmt.Sprintf("Isian %q tidak dikenal; tulis Ya atau Tidak.", v))
			}
			*b.dst = yes
		}
	}
	var ok bool
	if o.PeriodStart, ok = cellDate(r.Get("period_start")); !ok {
		fe.Add("periodStart", fmt.Sprintf("Tanggal %q tidak terbaca; tulis seperti 01-01-2026.", r.Get("period_start")))
	}
	if o.PeriodEnd, ok = cellDate(r.Get("period_end")); !ok {
		fe.Add("periodEnd", fmt.Sprintf("Tanggal %q tidak terbaca; tulis seperti 31-12-2026.", r.Get("period_end")))
	}
	if len(fe) > 0 {
		return fe, nil
	}
	err := s.saveFoster(tx, &o)
	if ae := (*models.AppError)(nil); errors.As(err, &ae) && ae.Fields != nil {
		return models.FieldErrors(ae.Fields), nil
	}
	return nil, err
}
