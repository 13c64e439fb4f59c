package evaluation

import (
	"fmt"
	"strings"

	"sidamping/models"
	"sidamping/services/common"
	"sidamping/services/profile"
	"sidamping/services/progress"
)

// What the summary says, shared by the PDF (pdf.go) and the Word copy (docx.go).

// infoRows are the pairing's particulars under the title.
func infoRows(s Summary) [][2]string {
	info := [][2]string{{"Desa/Kelurahan", s.DesaName}, {"Kecamatan", s.KecamatanName}, {"Perangkat Daerah Pendamping", s.OPDName}}
	if e := s.Evaluation; e.ID != 0 {
		info = append(info, [2]string{"Tanggal evaluasi", dateText(e.EvaluatedOn)}, [2]string{"Evaluator", e.Evaluator})
	}
	return info
}

// progressRows is section 1's table: the plan's progress at the semester's end.
func progressRows(g progress.Group) [][]string {
	return [][]string{
		{"Jumlah kegiatan", common.Angka(int64(g.Activities))},
		{"Selesai / berjalan / belum dimulai", fmt.Sprintf("%d / %d / %d", g.Done, g.Running, g.NotStarted)},
		{"Kegiatan terlambat dari jadwal", common.Angka(int64(g.Behind))},
		{"Anggaran rencana", common.Rupiah(g.Budget)},
		{"Realisasi anggaran", common.Rupiah(g.Spent)},
		{"Serapan anggaran", percent(g.Absorption, 1)},
		{"Rata-rata progres fisik", percent(g.Progress, 1)},
		{"Penerima manfaat (RT / jiwa)", fmt.Sprintf("%s / %s", common.Angka(int64(g.Households)), common.Angka(int64(g.People)))},
	}
}

// behindRows lists the activities behind schedule, at most ten.
func behindRows(s Summary) [][]string {
	var rows [][]string
	for i, a := range s.Behind {
		if i == 10 {
			rows = append(rows, []string{"", fmt.Sprintf("... dan %d kegiatan lain", len(s.Behind)-10), "", ""})
			break
		}
		rows = append(rows, []string{fmt.Sprint(i + 1), truncate(a.Name, 60), percent(a.Progress, 0), percent(a.Expected, 0)})
	}
	return rows
}

// scoreRows is section 2's table: the four scores and their average.
func scoreRows(s Summary) [][]string {
	e := s.Evaluation
	score := func(v int) string {
		if v == 0 {
			return ScoreLabels[0]
		}
		return fmt.Sprintf("%d — %s", v, ScoreLabels[v])
	}
	return [][]string{
		{"Tepat lokasi", score(e.ScoreLokasi)}, {"Tepat sasaran", score(e.ScoreSasaran)},
		{"Tepat manfaat", score(e.ScoreManfaat)}, {"Kolaborasi mitra", score(e.ScoreKolaborasi)},
		{"Rata-rata", strings.Replace(fmt.Sprintf("%.2f", s.Average), ".", ",", 1)},
	}
}

// changeRows is section 3's table: Form 4 against Form 2.
func changeRows(s Summary) [][]string {
	var rows [][]string
	for _, c := range s.Changes {
		cur, ch, pct := "-", "-", "-"
		if c.Recorded {
			cur, ch, pct = common.Angka(int64(c.Current)), signed(c.Change), percent(c.Percent, 1)
		}
		rows = append(rows, []string{c.Label, common.Angka(int64(c.Baseline)), cur, ch, pct})
	}
	return rows
}

// kopLines splits the profile's letterhead into its bold lines (upper case) and contact
// lines; without a letterhead, the government and office names.
func kopLines(h head) (bold, contact []string) {
	for _, l := range strings.Split(strings.ReplaceAll(h.profile.Letterhead, "\r", ""), "\n") {
		if l = strings.TrimSpace(l); l == "" {
			continue
		}
		if l == strings.ToUpper(l) {
			bold = append(bold, l)
		} else {
			contact = append(contact, l)
		}
	}
	if len(bold) == 0 && h.profile.RegionTitle() != "" {
		bold = []string{strings.ToUpper(h.profile.Government())}
		if h.profile.OfficeName != "" {
			bold = append(bold, strings.ToUpper(h.profile.OfficeName))
		}
	}
	return bold, contact
}

// signatories are the two columns of the signature block: "Mengetahui, Wakil Bupati ...
// selaku Ketua TKPK" at the left, place and date and the head of Bappeda as secretary
// of the TKPK at the right.
func signatories(h head, today string) (left, right []string, chair, sec models.Penandatangan) {
	place := strings.TrimSpace(h.profile.Capital)
	dated := dateText(today)
	if place != "" {
		dated = place + ", " + dated
	}
	left = []string{"", "Mengetahui,", "Wakil " + h.profile.HeadTitle(), "selaku Ketua TKPK,"}
	right = append([]string{dated}, profile.SecretaryOffice(h.profile)...)
	return left, right, h.sigs[models.RoleWakilBupati], h.sigs[models.RoleKepalaBappeda]
}

// title is the summary's title lines.
func title(s Summary, h head) []string {
	sem := []string{"", "I", "II"}[s.Semester]
	t := []string{fmt.Sprintf("RINGKASAN EVALUASI SEMESTER %s TAHUN %d", sem, s.Year), "GERAKAN SATU PERANGKAT DAERAH SATU DESA DAMPINGAN"}
	if region := h.profile.RegionTitle(); region != "" {
		t = append(t, strings.ToUpper(region))
	}
	return t
}

// ketepatanRows are the targeting check's figures (tepat lokasi / tepat sasaran).
func ketepatanRows(s Summary) [][]string {
	kf := s.Ketepatan.Figures
	return [][]string{
		{"Penerima manfaat dari data keluarga (orang / keluarga)", fmt.Sprintf("%s / %s", common.Angka(kf.Beneficiaries), common.Angka(kf.Families)), ""},
		{"Tinggal di desa dampingan (tepat lokasi)", common.Angka(kf.OnLocation), percent(kf.OnLocationPct, 1)},
		{"Desil 1-2 pada edisi saat bantuan (tepat sasaran)", common.Angka(kf.OnTarget), percent(kf.OnTargetPct, 1)},
		{"Tidak ditemukan pada edisi saat bantuan", common.Angka(kf.NotFound), ""},
		{"Data valid (bukan meninggal/pindah/ganda/tidak layak)", common.Angka(kf.Valid), percent(kf.ValidPct, 1)},
	}
}

// sections are the numbered sections' headings.
func sections(s Summary) []string {
	sem := []string{"", "I", "II"}[s.Semester]
	return []string{"Pelaksanaan Rencana Aksi (keadaan akhir semester)", "Penilaian",
		"Ketepatan Lokasi dan Sasaran Penerima Manfaat",
		fmt.Sprintf("Perubahan Karakteristik Rumah Tangga Miskin (Form 4 Semester %s terhadap Form 2)", sem),
		"Temuan", "Rekomendasi untuk Tahun Berikutnya"}
}

func printedOn(today string) string { return "Dicetak dari SiDamping pada " + dateText(today) }
