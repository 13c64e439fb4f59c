package opdreport

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"sidamping/models"
	"sidamping/services/xlsxutil"
)

// meta is what the hidden sheet says about a template.
type meta struct {
	Year         int
	OPDCode      string
	OPDName      string
	Month        int
	Created      string
	Fingerprints map[uint]string // activity id -> fingerprint when the template was made
}

// notTemplate is the refusal of a workbook SiDamping did not make.
func notTemplate(file, why string) error {
	e := models.NewError(models.ErrInvalid, CodeNotTemplate, fmt.Sprintf(
		"Berkas %s bukan templat laporan realisasi SiDamping (%s). Buat templat dari SiDamping (Laporan > Templat OPD), isi, lalu impor berkas itu.", file, why))
	e.Params = map[string]any{"file": file}
	return e
}

// readMeta reads and checks the hidden metadata sheet.
func readMeta(ctx context.Context, wb *xlsxutil.Workbook) (meta, error) {
	m := meta{Fingerprints: map[uint]string{}}
	if !slices.Contains(wb.Sheets(), SheetMeta) {
		return m, notTemplate(wb.Name, "lembar "+SheetMeta+" tidak ada")
	}
	if !slices.Contains(wb.Sheets(), SheetData) {
		return m, notTemplate(wb.Name, "lembar "+SheetData+" tidak ada")
	}
	sh, err := wb.ReadSheet(ctx, SheetMeta, nil)
	if err != nil {
		return m, err
	}
	kv := map[string]string{}
	inList := false
	for _, r := range sh.Rows {
		if len(r) < 2 {
			continue
		}
		k, v := strings.TrimSpace(r[0]), strings.TrimSpace(r[1])
		if k == "kode" && v == "sidik" {
			inList = true
			continue
		}
		if inList {
			if id, ok := parseCode(k); ok {
				m.Fingerprints[id] = v
			}
			continue
		}
		kv[k] = v
	}
	if kv["aplikasi"] != models.AppID || kv["jenis"] != TemplateKind {
		return m, notTemplate(wb.Name, "penanda templat tidak dikenali")
	}
	if kv["versi"] != TemplateVersion {
		return m, models.NewError(models.ErrInvalid, CodeVersion, fmt.Sprintf(
			"Templat %s berversi %s, sedangkan aplikasi ini membaca versi %s; buat templat baru dari SiDamping.", wb.Name, kv["versi"], TemplateVersion))
	}
	m.Year, _ = strconv.Atoi(kv["tahun"])
	m.Month, _ = strconv.Atoi(kv["bulan"])
	m.OPDCode, m.OPDName, m.Created = kv["opd"], kv["opd_nama"], kv["dibuat"]
	if m.Year == 0 || m.OPDCode == "" {
		return m, notTemplate(wb.Name, "tahun atau kode perangkat daerah tidak tercatat")
	}
	return m, nil
}
