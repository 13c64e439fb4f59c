package orphans

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"

	"sidamping/models"
	"sidamping/services/common"
	"sidamping/services/xlsxutil"
)

// Secret is the mark of every sheet naming children.
const Secret = "RAHASIA"

// ExportInput chooses what to export: one village, one kecamatan or all; Named writes
// the list of children by name (logged), else the counts per village only.
type ExportInput struct {
	Path        string `json:"path"`
	DesaID      uint   `json:"desaId"`
	KecamatanID uint   `json:"kecamatanId"`
	Named       bool   `json:"named"`
}

// ExportResult tells what was written.
type ExportResult struct {
	Path     string `json:"path"`
	Named    bool   `json:"named"`
	Children int    `json:"children"`
	Villages int    `json:"villages"`
	Scope    string `json:"scope"`
}

// CountColumns are the columns of the counts sheet (no names), shared with the
// quarterly workbook; CountValues gives one village's row after its number.
func CountColumns() []xlsxutil.Column {
	intc := func(h string) xlsxutil.Column {
		return xlsxutil.Column{Header: h, Type: xlsxutil.TypeInt, MaxWidth: 12}
	}
	cols := []xlsxutil.Column{intc("No"), {Header: "Kode Desa", Type: xlsxutil.TypeCode}, {Header: "Kecamatan", MaxWidth: 18},
		{Header: "Desa/Kelurahan", MaxWidth: 22}, intc("Jumlah Anak"), intc("Yatim"), intc("Piatu"), intc("Yatim Piatu")}
	for _, o := range models.SchoolStatuses {
		cols = append(cols, intc(o.Label))
	}
	cols = append(cols, intc("Sudah Punya Orang Tua Asuh"), intc("Belum Punya Orang Tua Asuh"), intc("Asesmen Jatuh Tempo"),
		intc("OTA ASN"), intc("OTA Perorangan Lain"), intc("OTA Lembaga"), intc("Penyaluran"),
		xlsxutil.Column{Header: "Bantuan Uang (Rp)", Type: xlsxutil.TypeInt, NumFmt: xlsxutil.RupiahFormat, MinWidth: 16, MaxWidth: 18})
	return cols
}

// CountValues is one row of the counts sheet (after the No column).
func CountValues(v VillageCounts) []any {
	vals := []any{v.Code, v.Kecamatan, v.Desa, v.Children, v.Yatim, v.Piatu, v.YatimPiatu}
	for _, o := range models.SchoolStatuses {
		vals = append(vals, v.School[o.Code])
	}
	return append(vals, v.Matched, v.Unmatched, v.AssessmentDue, v.FostersASN, v.FostersPerson, v.FostersInst, v.Deliveries, v.Money)
}

// CountTotals are the sums of the counts sheet, by 0-based column (WriteTotals).
func CountTotals(rows []VillageCounts) map[int]any {
	sums := map[int]any{}
	for i := 4; i < len(CountColumns()); i++ {
		var t int64
		for _, r := range rows {
			switch x := CountValues(r)[i-1].(type) {
			case int:
				t += int64(x)
			case int64:
				t += x
			}
		}
		sums[i] = t
	}
	return sums
}

// Export writes the registry of a village, a kecamatan or the regency to an .xlsx.
// A named export is marked RAHASIA and recorded in the export log.
func (s *Service) Export(ctx context.Context, in ExportInput) (ExportResult, error) {
	scope, err := s.scopeText(ctx, in)
	if err != nil {
		return ExportResult{}, err
	}
	w, err := xlsxutil.NewWriter(ctx, in.Path)
	if err != nil {
		return ExportResult{}, err
	}
	defer w.Discard()
	res := ExportResult{Path: in.Path, Named: in.Named, Scope: scope}
	period := s.YearPeriod(s.clock.Now().Year())
	counts, err := s.Counts(ctx, period)
	if err != nil {
		return res, err
	}
	kids, err := s.ListChildren(ctx, ChildFilter{DesaID: in.DesaID, KecamatanID: in.KecamatanID})
	if err != nil {
		return res, err
	}
	in2 := map[string]bool{}
	for _, k := range kids {
		in2[k.DesaCode] = true
	}
	var rows []VillageCounts
	for _, c := range counts {
		if (in.DesaID == 0 && in.KecamatanID == 0 && c.Children > 0) || in2[c.Code] {
			rows = append(rows, c)
		}
	}
	res.Children, res.Villages = len(kids), len(rows)
	title := []string{"REGISTRI ANAK YATIM DAN ORANG TUA ASUH", scope, "Keadaan " + common.Tanggal(s.clock.Now())}
	sh, err := w.AddSheetWith("Rekap per Desa", title, CountColumns(), xlsxutil.SheetOptions{Print: landscape(4)})
	if err != nil {
		return res, err
	}
	for i, r := range rows {
		if err := sh.WriteRow(append([]any{i + 1}, CountValues(r)...)...); err != nil {
			return res, err
		}
	}
	if _, err := sh.WriteTotals("Jumlah", 1, CountTotals(rows)); err != nil {
		return res, err
	}
	if in.Named {
		if err := s.writeNamed(ctx, w, scope, kids); err != nil {
			return res, err
		}
	}
	if err := w.Save(); err != nil {
		return res, err
	}
	if in.Named {
		if err := s.logExport(ctx, "Daftar anak yatim (nama, NIK tersamar)", scope, len(kids), in.Path); err != nil {
			return res, err
		}
	}
	return res, nil
}

func landscape(cols int) *xlsxutil.PrintSetup {
	return &xlsxutil.PrintSetup{Landscape: true, Paper: xlsxutil.PaperF4, FitToWidth: true, RepeatHeader: true, RepeatCols: cols}
}

// writeNamed adds the sheets naming children and foster parents, marked RAHASIA in
// their title and in the printed page header.
func (s *Service) writeNamed(ctx context.Context, w *xlsxutil.Writer, scope string, kids []ChildRow) error {
	secret := Secret + " — data pribadi anak (UU 27/2022 tentang Pelindungan Data Pribadi); jangan disebarkan"
	title := []string{secret, "DAFTAR ANAK YATIM, PIATU DAN YATIM PIATU", scope}
	t := func(h string, mw float64) xlsxutil.Column { return xlsxutil.Column{Header: h, MaxWidth: mw} }
	cols := []xlsxutil.Column{{Header: "No", Type: xlsxutil.TypeInt, MaxWidth: 6}, t("Kecamatan", 18), t("Desa/Kelurahan", 20), t("Nama Anak", 28),
		{Header: "NIK", Type: xlsxutil.TypeDigits}, t("L/P", 4), {Header: "Tanggal Lahir", Type: xlsxutil.TypeDate},
		{Header: "Umur", Type: xlsxutil.TypeInt, MaxWidth: 6}, t("Status", 12), t("Wali", 22), t("Hubungan Wali", 14), t("Kontak Wali", 16),
		t("Sekolah", 14), t("JKN/KIS", 8), t("Disabilitas", 16), t("Kebutuhan", 30), t("Orang Tua Asuh", 30),
		{Header: "Asesmen Terakhir", Type: xlsxutil.TypeDate}}
	pr := landscape(4)
	pr.Header = Secret
	sh, err := w.AddSheetWith("Daftar Anak", title, cols, xlsxutil.SheetOptions{Print: pr})
	if err != nil {
		return err
	}
	for i, k := range kids {
		var needs []string
		for _, n := range k.Needs {
			needs = append(needs, models.OptionLabel(models.ChildNeeds, n))
		}
		jkn := "Tidak"
		if k.JKN {
			jkn = "Ya"
		}
		var last any
		if k.LastAssessment != "" {
			last = k.LastAssessment
		}
		if err := sh.WriteRow(i+1, k.KecamatanName, k.DesaName, k.Name, k.NIK, k.Sex, k.BirthDate, k.Age,
			models.OptionLabel(models.OrphanCategories, k.Category), k.GuardianName, k.GuardianRelation, k.GuardianPhone,
			models.OptionLabel(models.SchoolStatuses, k.School), jkn, k.Disability, strings.Join(needs, ", "), k.Fosters, last); err != nil {
			return err
		}
	}
	return nil
}

// scopeText names what an export covers.
func (s *Service) scopeText(ctx context.Context, in ExportInput) (string, error) {
	db := s.ctxDB(ctx)
	switch {
	case in.DesaID != 0:
		var r struct{ Name, Kec string }
		db.Raw(`SELECT d.name, k.name AS kec FROM desa d JOIN kecamatan k ON k.id = d.kecamatan_id WHERE d.id = ?`, in.DesaID).Scan(&r)
		if r.Name == "" {
			return "", models.NotFound(CodeNotFound, "Desa/kelurahan tidak ditemukan.")
		}
		return fmt.Sprintf("Desa/Kelurahan %s, Kecamatan %s", r.Name, r.Kec), nil
	case in.KecamatanID != 0:
		var k models.Kecamatan
		if err := db.First(&k, in.KecamatanID).Error; err != nil {
			return "", notFound(err, "Kecamatan")
		}
		return "Kecamatan " + k.Name, nil
	}
	return "Semua desa dampingan", nil
}

// logExport records an export that named children.
func (s *Service) logExport(ctx context.Context, what, scope string, rows int, path string) error {
	return s.ctxDB(ctx).Create(&models.LogEksporAnak{At: s.clock.Now(), UserName: s.User, What: what, Scope: scope,
		Rows: rows, Path: filepath.Clean(path), Channel: s.Channel}).Error
}

// ExportLog lists the exports that named children, newest first.
func (s *Service) ExportLog(ctx context.Context) ([]models.LogEksporAnak, error) {
	var out []models.LogEksporAnak
	err := s.ctxDB(ctx).Order("at DESC, id DESC").Limit(500).Find(&out).Error
	return out, err
}
