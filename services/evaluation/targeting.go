package evaluation

import (
	"context"
	"fmt"
	"strings"

	"sidamping/services/common"
	"sidamping/services/households"
)

// The semester evaluation's tepat lokasi and tepat sasaran are filled from the
// targeting check of the pairing's beneficiaries (households.Targeting) up to the
// semester's end: the figures, and a narrative written from them that the user may
// replace (Evaluasi.NarasiLokasi / NarasiSasaran; empty means the written one).

// Ketepatan is the targeting of a pairing's beneficiaries with the narratives.
type Ketepatan struct {
	Figures          households.TargetingFigures `json:"figures"`
	Editions         []string                    `json:"editions"`
	SuggestedLokasi  string                      `json:"suggestedLokasi"`
	SuggestedSasaran string                      `json:"suggestedSasaran"`
	Lokasi           string                      `json:"lokasi"`  // the user's text, else the suggested one
	Sasaran          string                      `json:"sasaran"` // idem
}

// ketepatan checks the pairing's beneficiaries picked from January to the semester's end.
func (s *Service) ketepatan(ctx context.Context, sum Summary) (Ketepatan, error) {
	tg, err := households.New(s.db, s.clock, nil, nil).Targeting(ctx, households.TargetingFilter{
		Year: sum.Year, PendampinganID: sum.PendampinganID, UntilMonth: sum.Semester * 6})
	if err != nil {
		return Ketepatan{}, err
	}
	k := Ketepatan{Figures: tg.Total, Editions: tg.Editions}
	k.SuggestedLokasi, k.SuggestedSasaran = narratives(tg, sum.Semester)
	k.Lokasi, k.Sasaran = k.SuggestedLokasi, k.SuggestedSasaran
	if t := strings.TrimSpace(sum.Evaluation.NarasiLokasi); t != "" {
		k.Lokasi = t
	}
	if t := strings.TrimSpace(sum.Evaluation.NarasiSasaran); t != "" {
		k.Sasaran = t
	}
	return k, nil
}

// narratives writes the tepat lokasi and tepat sasaran texts from the figures.
func narratives(tg households.Targeting, semester int) (lokasi, sasaran string) {
	f := tg.Total
	sem := []string{"", "I", "II"}[semester]
	if f.Beneficiaries == 0 {
		none := fmt.Sprintf("Sampai akhir semester %s belum ada penerima manfaat yang dipilih dari data keluarga, sehingga ketepatan ini belum dapat dihitung.", sem)
		return none, none
	}
	eds := "edisi data keluarga yang berlaku saat bantuan diberikan"
	if len(tg.Editions) > 0 {
		eds += " (" + strings.Join(tg.Editions, ", ") + ")"
	}
	lokasi = fmt.Sprintf("Sampai akhir semester %s tercatat %s penerima manfaat dari %s keluarga; %s orang (%s) tinggal di desa dampingan tahun %d menurut %s.",
		sem, common.Angka(f.Beneficiaries), common.Angka(f.Families), common.Angka(f.OnLocation), percent(f.OnLocationPct, 1), tg.Year, eds)
	sasaran = fmt.Sprintf("%s dari %s penerima manfaat (%s) termasuk desil 1-2 pada %s.", common.Angka(f.OnTarget), common.Angka(f.Beneficiaries),
		percent(f.OnTargetPct, 1), eds)
	if f.NotFound > 0 {
		sasaran += fmt.Sprintf(" %s penerima tidak ditemukan pada edisi tersebut.", common.Angka(f.NotFound))
	}
	sasaran += fmt.Sprintf(" %s penerima (%s) tidak tercatat meninggal, pindah, ganda atau tidak layak dalam verifikasi data.",
		common.Angka(f.Valid), percent(f.ValidPct, 1))
	return lokasi, sasaran
}
