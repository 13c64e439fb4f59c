package letters

import (
	"context"
	"fmt"
	"regexp"
	"sort"
	"strings"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"

	"sidamping/models"
)

// TemplatePart describes one editable text of a letter type.
type TemplatePart struct {
	Type         string   `json:"type"`
	Part         string   `json:"part"`
	Label        string   `json:"label"`
	Multiline    bool     `json:"multiline"` // one item per line
	Text         string   `json:"text"`
	Default      string   `json:"default"`
	Placeholders []string `json:"placeholders"`
}

var decreePlaceholders = []string{"tahun", "kabupaten", "bupati", "jumlah_desa", "jumlah_opd", "ibukota"}
var assignmentPlaceholders = []string{"tahun", "kabupaten", "bupati", "jumlah_desa", "ibukota", "nama_opd", "singkatan_opd",
	"nama_desa", "kecamatan", "nomor_keputusan", "tanggal_keputusan"}

// defaultParts are the texts a new installation starts with.
var defaultParts = []TemplatePart{
	{Type: models.SuratKeputusan, Part: "judul", Label: "Judul (TENTANG)",
		Default: "Penetapan Perangkat Daerah Pendamping Desa/Kelurahan Prioritas Penanggulangan Kemiskinan dalam Gerakan Satu Perangkat Daerah Satu Desa Dampingan {kabupaten} Tahun {tahun}"},
	{Type: models.SuratKeputusan, Part: "menimbang", Label: "Menimbang", Multiline: true,
		Default: "bahwa dalam rangka percepatan penanggulangan kemiskinan di {kabupaten}, perlu dilakukan pendampingan desa/kelurahan prioritas oleh perangkat daerah melalui Gerakan Satu Perangkat Daerah Satu Desa Dampingan;\n" +
			"bahwa sesuai Surat Edaran Gubernur Jawa Tengah Nomor 450/0007383 Tahun 2021, kabupaten/kota diminta mereplikasi gerakan pendampingan desa prioritas oleh perangkat daerah;\n" +
			"bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu menetapkan Keputusan Bupati tentang Penetapan Perangkat Daerah Pendamping Desa/Kelurahan Prioritas Penanggulangan Kemiskinan Tahun {tahun};"},
	{Type: models.SuratKeputusan, Part: "mengingat", Label: "Mengingat", Multiline: true,
		Default: "Undang-Undang Nomor 6 Tahun 2014 tentang Desa;\n" +
			"Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah sebagaimana telah beberapa kali diubah, terakhir dengan Undang-Undang Nomor 6 Tahun 2023;\n" +
			"Peraturan Presiden Nomor 15 Tahun 2010 tentang Percepatan Penanggulangan Kemiskinan sebagaimana telah diubah dengan Peraturan Presiden Nomor 96 Tahun 2015;\n" +
			"Instruksi Presiden Nomor 4 Tahun 2022 tentang Percepatan Penghapusan Kemiskinan Ekstrem;\n" +
			"Peraturan Menteri Dalam Negeri Nomor 53 Tahun 2020 tentang Tata Kerja dan Penyelarasan Kerja serta Pembinaan Kelembagaan dan Sumber Daya Manusia Tim Koordinasi Penanggulangan Kemiskinan Provinsi dan Kabupaten/Kota;"},
	{Type: models.SuratKeputusan, Part: "diktum", Label: "Diktum (KESATU, KEDUA, ...)", Multiline: true,
		Default: "Menetapkan Perangkat Daerah Pendamping Desa/Kelurahan Prioritas Penanggulangan Kemiskinan {kabupaten} Tahun {tahun} sebanyak {jumlah_desa} desa/kelurahan sebagaimana tercantum dalam Lampiran yang merupakan bagian tidak terpisahkan dari Keputusan Bupati ini.\n" +
			"Perangkat Daerah Pendamping sebagaimana dimaksud dalam Diktum KESATU bertugas melakukan asesmen awal potensi desa dan karakteristik masyarakat berkesejahteraan rendah, menyusun dan melaksanakan rencana aksi, mendampingi verifikasi dan validasi data kemiskinan, serta melaporkan pelaksanaannya setiap triwulan kepada Bupati melalui Tim Koordinasi Penanggulangan Kemiskinan.\n" +
			"Segala biaya yang timbul sebagai akibat ditetapkannya Keputusan Bupati ini dibebankan pada Anggaran Pendapatan dan Belanja Daerah {kabupaten} serta sumber lain yang sah dan tidak mengikat.\n" +
			"Keputusan Bupati ini mulai berlaku pada tanggal ditetapkan."},
	{Type: models.SuratKeputusan, Part: "penandatangan", Label: "Penandatangan", Default: models.RoleBupati},
	{Type: models.SuratTugas, Part: "dasar", Label: "Dasar", Multiline: true,
		Default: "Keputusan {bupati} Nomor {nomor_keputusan} tanggal {tanggal_keputusan} tentang Penetapan Perangkat Daerah Pendamping Desa/Kelurahan Prioritas Penanggulangan Kemiskinan Tahun {tahun};\n" +
			"Surat Edaran Gubernur Jawa Tengah Nomor 450/0007383 Tahun 2021 tentang Gerakan Satu Perangkat Daerah Satu Desa Dampingan."},
	{Type: models.SuratTugas, Part: "untuk", Label: "Untuk", Multiline: true,
		Default: "Melaksanakan pendampingan Desa {nama_desa} Kecamatan {kecamatan} dalam penanggulangan kemiskinan Tahun {tahun};\n" +
			"Melakukan asesmen awal potensi desa dan karakteristik masyarakat berkesejahteraan rendah, lalu menyusun rencana aksi bersama pemerintah desa;\n" +
			"Mendampingi pemerintah desa dalam verifikasi dan validasi data kemiskinan (DTKS/DTSEN);\n" +
			"Melaporkan pelaksanaan tugas kepada Bupati melalui Kepala Bappeda selaku Sekretaris TKPK setiap triwulan;\n" +
			"Melaksanakan tugas ini dengan penuh tanggung jawab."},
	{Type: models.SuratTugas, Part: "tembusan", Label: "Tembusan", Multiline: true,
		Default: "{bupati} (sebagai laporan);\nWakil {bupati} selaku Ketua TKPK {kabupaten};\nKepala {nama_opd};\nCamat {kecamatan};\nKepala Desa {nama_desa}."},
	{Type: models.SuratTugas, Part: "penandatangan", Label: "Penandatangan", Default: models.RoleSekda},
}

func placeholdersFor(typ string) []string {
	if typ == models.SuratKeputusan {
		return decreePlaceholders
	}
	return assignmentPlaceholders
}

var rePlaceholder = regexp.MustCompile(`\{([^{}]*)\}`)

// ValidateTemplate checks that text uses only the placeholders of its letter type.
func ValidateTemplate(typ, part, text string) error {
	if part == "penandatangan" {
		for _, r := range models.SignatoryRoles {
			if r.Role == text {
				return nil
			}
		}
		return models.Invalid("template.signatory", "text", fmt.Sprintf("Penandatangan %q tidak dikenal.", text))
	}
	if strings.TrimSpace(text) == "" {
		return models.Invalid("template.empty", "text", "Teks templat tidak boleh kosong.")
	}
	allowed := map[string]bool{}
	for _, p := range placeholdersFor(typ) {
		allowed[p] = true
	}
	for _, m := range rePlaceholder.FindAllStringSubmatch(text, -1) {
		if !allowed[m[1]] {
			e := models.Invalid("template.unknown_placeholder", "text", fmt.Sprintf(
				"Isian {%s} tidak dikenal pada templat %s; yang tersedia: {%s}.", m[1], part, strings.Join(placeholdersFor(typ), "}, {")))
			e.Params = map[string]any{"placeholder": m[1]}
			return e
		}
	}
	if strings.Count(text, "{") != strings.Count(text, "}") {
		return models.Invalid("template.bad_brace", "text", "Templat memuat kurung kurawal yang tidak berpasangan.")
	}
	return nil
}

// Templates returns every part of a letter type with its saved text (or the default).
func (s *Service) Templates(ctx context.Context, typ string) ([]TemplatePart, error) {
	var saved []models.TemplateSurat
	if err := s.db.WithContext(ctx).Where("type = ?", typ).Find(&saved).Error; err != nil {
		return nil, err
	}
	byPart := map[string]string{}
	for _, t := range saved {
		byPart[t.Part] = t.Text
	}
	var out []TemplatePart
	for _, p := range defaultParts {
		if p.Type != typ {
			continue
		}
		p.Placeholders = placeholdersFor(typ)
		p.Text = p.Default
		if t, ok := byPart[p.Part]; ok {
			p.Text = t
		}
		out = append(out, p)
	}
	if len(out) == 0 {
		return nil, models.NotFound("letters.unknown_type", fmt.Sprintf("Jenis surat %q tidak dikenal.", typ))
	}
	return out, nil
}

// SaveTemplate validates and stores one part's text; an empty text restores the default.
func (s *Service) SaveTemplate(ctx context.Context, typ, part, text string) error {
	var def *TemplatePart
	for i := range defaultParts {
		if defaultParts[i].Type == typ && defaultParts[i].Part == part {
			def = &defaultParts[i]
		}
	}
	if def == nil {
		return models.NotFound("template.unknown_part", fmt.Sprintf("Bagian templat %s/%s tidak dikenal.", typ, part))
	}
	text = strings.TrimSpace(strings.ReplaceAll(text, "\r\n", "\n"))
	if text == "" {
		return s.db.WithContext(ctx).Where("type = ? AND part = ?", typ, part).Delete(&models.TemplateSurat{}).Error
	}
	if err := ValidateTemplate(typ, part, text); err != nil {
		return err
	}
	return s.db.WithContext(ctx).Clauses(clause.OnConflict{
		Columns:   []clause.Column{{Name: "type"}, {Name: "part"}},
		DoUpdates: clause.AssignmentColumns([]string{"text"}),
	}).Create(&models.TemplateSurat{Type: typ, Part: part, Text: text}).Error
}

// templateTexts returns part → text for a type, inside tx.
func templateTexts(tx *gorm.DB, typ string) (map[string]string, error) {
	out := map[string]string{}
	for _, p := range defaultParts {
		if p.Type == typ {
			out[p.Part] = p.Default
		}
	}
	var saved []models.TemplateSurat
	if err := tx.Where("type = ?", typ).Find(&saved).Error; err != nil {
		return nil, err
	}
	for _, t := range saved {
		out[t.Part] = t.Text
	}
	return out, nil
}

// expand fills placeholders; an unknown placeholder is an error naming it.
func expand(text string, vals map[string]string) (string, error) {
	var missing []string
	out := rePlaceholder.ReplaceAllStringFunc(text, func(tok string) string {
		key := tok[1 : len(tok)-1]
		v, ok := vals[key]
		if !ok {
			missing = append(missing, key)
			return tok
		}
		return v
	})
	if len(missing) > 0 {
		sort.Strings(missing)
		return "", models.Invalid("template.unknown_placeholder", "text", fmt.Sprintf("Isian {%s} tidak dikenal pada templat.", missing[0]))
	}
	return out, nil
}

// lines splits a multi-line template into its non-empty items.
func lines(text string) []string {
	var out []string
	for _, l := range strings.Split(text, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}
