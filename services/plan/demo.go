package plan

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"time"

	"gorm.io/gorm"

	"sidamping/models"
)

// DemoOptions size the generated demo data.
type DemoOptions struct {
	// Activities per pairing; 0 gives the light first-run demo (6 to 10 per pairing).
	// The benchmarks use 40.
	Activities int
	// Through is the last month (1-12) that gets realisation, Form 3/4 and evaluations;
	// 0 means none. MonthsElapsed computes it from the clock.
	Through int
	// Dense gives every activity an entry for every month 1..Through (months outside its
	// schedule carry the progress unchanged and no money): the benchmarks' worst case.
	Dense bool
}

// MonthsElapsed is the last month of year with realisation as of now: 12 for a past year,
// the current month for the current year, 0 for a future year.
func MonthsElapsed(year int, now time.Time) int {
	switch {
	case year < now.Year():
		return 12
	case year == now.Year():
		return int(now.Month())
	}
	return 0
}

// DemoSummary counts what GenerateDemo wrote.
type DemoSummary struct {
	Pairings    int `json:"pairings"`
	Activities  int `json:"activities"`
	Realisation int `json:"realisation"`
	Evaluations int `json:"evaluations"`
}

// activityTemplate is one kind of activity the demo plans.
type activityTemplate struct {
	strategy, name, group, unit, indicator string
	volume                                 float64
	budget                                 int64 // typical total, in rupiah
	sources                                []string
}

var demoActivities = []activityTemplate{
	{"beban", "Rehabilitasi rumah tidak layak huni", "rumah_tangga", "unit", "Rumah layak huni", 10, 200_000_000, []string{"apbd_kab", "baznas", "swadaya"}},
	{"beban", "Pembangunan jamban sehat keluarga", "rumah_tangga", "unit", "Jamban sehat terbangun", 25, 75_000_000, []string{"dana_desa", "csr"}},
	{"beban", "Sambungan listrik gratis bagi rumah tangga miskin", "rumah_tangga", "KK", "Rumah tangga berlistrik", 20, 30_000_000, []string{"csr"}},
	{"beban", "Sambungan air bersih perpipaan", "rumah_tangga", "SR", "Sambungan rumah aktif", 40, 120_000_000, []string{"apbd_prov", "dana_desa"}},
	{"beban", "Pendaftaran PBI Jaminan Kesehatan", "individu", "jiwa", "Warga miskin terdaftar PBI JK", 150, 15_000_000, []string{"apbd_kab"}},
	{"beban", "Beasiswa anak putus sekolah kembali sekolah", "individu", "anak", "Anak kembali bersekolah", 12, 36_000_000, []string{"baznas", "apbd_kab"}},
	{"beban", "Pemberian makanan tambahan balita stunting", "individu", "balita", "Balita mendapat PMT", 30, 24_000_000, []string{"dana_desa", "apbd_kab"}},
	{"pendapatan", "Pelatihan keterampilan menjahit", "kelompok", "orang", "Peserta bersertifikat", 20, 40_000_000, []string{"apbd_kab", "csr"}},
	{"pendapatan", "Bantuan bibit dan pupuk hortikultura", "rumah_tangga", "KK", "Petani menerima bibit", 40, 60_000_000, []string{"apbd_prov", "apbd_kab"}},
	{"pendapatan", "Bantuan ternak kambing bergulir", "kelompok", "ekor", "Ternak tersalurkan", 30, 90_000_000, []string{"apbd_kab", "baznas"}},
	{"pendapatan", "Padat karya perbaikan saluran irigasi", "sarana", "meter", "Saluran irigasi diperbaiki", 500, 150_000_000, []string{"dana_desa", "apbn"}},
	{"pendapatan", "Pelatihan budidaya ikan lele bioflok", "kelompok", "kolam", "Kolam bioflok produktif", 8, 48_000_000, []string{"apbd_kab", "csr"}},
	{"umkm", "Pendampingan legalitas usaha (NIB dan PIRT)", "kelompok", "UMKM", "UMKM memiliki NIB", 25, 10_000_000, []string{"apbd_kab"}},
	{"umkm", "Pelatihan pemasaran digital UMKM", "kelompok", "UMKM", "UMKM berjualan daring", 20, 18_000_000, []string{"apbd_kab", "csr"}},
	{"umkm", "Bantuan peralatan produksi kerajinan", "kelompok", "paket", "Paket peralatan diterima", 10, 55_000_000, []string{"apbd_prov", "lainnya"}},
	{"umkm", "Penguatan modal BUMDes", "sarana", "lembaga", "BUMDes beroperasi", 1, 100_000_000, []string{"dana_desa"}},
	{"sinergi", "Verifikasi dan validasi DTKS desa", "rumah_tangga", "KK", "Data terverifikasi", 300, 12_000_000, []string{"apbd_kab"}},
	{"sinergi", "Forum CSR untuk desa dampingan", "sarana", "kegiatan", "Komitmen CSR tercatat", 2, 8_000_000, []string{"apbd_kab", "csr"}},
	{"sinergi", "Sinkronisasi RKPDes dengan rencana aksi", "sarana", "dokumen", "RKPDes memuat rencana aksi", 1, 5_000_000, []string{"dana_desa"}},
	{"sinergi", "Rembug warga penanggulangan kemiskinan", "sarana", "kegiatan", "Rembug terlaksana", 4, 6_000_000, []string{"swadaya", "dana_desa"}},
}

var demoPotentials = []struct{ category, name, unit string }{
	{"pertanian", "Lahan sawah irigasi teknis", "ha"}, {"pertanian", "Kebun jagung", "ha"},
	{"peternakan", "Kambing etawa", "ekor"}, {"perikanan", "Kolam ikan lele", "kolam"},
	{"kerajinan", "Kerajinan anyaman bambu", "pengrajin"}, {"pariwisata", "Embung dan wisata air", "lokasi"},
	{"umkm", "Warung dan toko kelontong", "unit"}, {"sda", "Mata air", "titik"},
	{"kelembagaan", "Kelompok tani", "kelompok"}, {"sarpras", "Balai desa dan posyandu", "unit"},
}

var demoProblems = []string{"Banyak rumah tidak layak huni di dusun pinggiran", "Akses air bersih terbatas saat kemarau",
	"Pendapatan buruh tani tidak menentu", "Anak usia sekolah putus sekolah karena biaya", "Data DTKS belum mutakhir"}
var demoNeeds = []string{"Bantuan rehabilitasi rumah", "Sambungan air bersih perpipaan", "Pelatihan keterampilan dan modal usaha",
	"Beasiswa dan perlengkapan sekolah", "Verifikasi dan validasi data kemiskinan"}

// GenerateDemo fills, for every pairing of year that has no plan yet, an assessment
// (Form 1, Form 2, problems and needs), an action plan, monthly realisation through
// opt.Through, Form 3/4 and semester evaluations. It is deterministic for a seed (PCG)
// and writes through tx (the caller's transaction) with batched inserts.
func GenerateDemo(ctx context.Context, tx *gorm.DB, seed int64, year int, opt DemoOptions) (DemoSummary, error) {
	var sum DemoSummary
	db := tx.WithContext(ctx)
	var pairs []models.Pendampingan
	if err := db.Where("year = ? AND id NOT IN (SELECT pendampingan_id FROM kegiatan) AND id NOT IN (SELECT pendampingan_id FROM asesmen)", year).Order("id").Find(&pairs).Error; err != nil {
		return sum, err
	}
	var mitra []uint
	if err := db.Model(&models.Mitra{}).Order("id").Pluck("id", &mitra).Error; err != nil {
		return sum, err
	}
	var opds []uint
	if err := db.Model(&models.OPD{}).Order("id").Pluck("id", &opds).Error; err != nil {
		return sum, err
	}
	r := rand.New(rand.NewPCG(uint64(seed), uint64(year)))
	g := &demoGen{r: r, db: db, year: year, opt: opt, mitra: mitra, opds: opds}
	for _, p := range pairs {
		if err := ctx.Err(); err != nil {
			return sum, err
		}
		if err := g.pairing(p, &sum); err != nil {
			return sum, err
		}
		sum.Pairings++
	}
	return sum, nil
}

type demoGen struct {
	r     *rand.Rand
	db    *gorm.DB
	year  int
	opt   DemoOptions
	mitra []uint
	opds  []uint
}

func (g *demoGen) between(lo, hi int) int { return lo + g.r.IntN(hi-lo+1) }

func (g *demoGen) date(month, day int) string {
	return fmt.Sprintf("%04d-%02d-%02d", g.year, month, day)
}

// pairing writes one pairing's demo data.
func (g *demoGen) pairing(p models.Pendampingan, sum *DemoSummary) error {
	needs, err := g.assessment(p)
	if err != nil {
		return err
	}
	n := g.opt.Activities
	if n <= 0 {
		n = g.between(6, 10)
	}
	ks := make([]models.Kegiatan, n)
	tpls := make([]activityTemplate, n)
	offset := g.r.IntN(len(demoActivities))
	for i := range ks {
		t := demoActivities[(offset+i)%len(demoActivities)]
		name := t.name
		if round := (offset + i) / len(demoActivities); round > 0 {
			name = fmt.Sprintf("%s tahap %s", t.name, []string{"I", "II", "III", "IV"}[min(round, 3)])
		}
		start := g.between(1, 8)
		length := g.between(2, min(6, 13-start))
		months := make([]int, 0, length)
		for m := start; m < start+length; m++ {
			months = append(months, m)
		}
		exec := p.OPDID
		if g.r.IntN(4) == 0 && len(g.opds) > 0 {
			exec = g.opds[g.r.IntN(len(g.opds))]
		}
		vol := math.Round(t.volume * (0.6 + 0.8*g.r.Float64()))
		ks[i] = models.Kegiatan{PendampinganID: p.ID, Strategy: t.strategy, Name: name,
			Description: "Kegiatan " + t.name + " bagi warga miskin desa dampingan.", TargetGroup: t.group,
			TargetVolume: max(vol, 1), TargetUnit: t.unit, ExecutorOPDID: &exec, PlannedMonths: models.MaskOf(months...),
			OutputIndicator: t.indicator, SortOrder: i + 1}
		tpls[i] = t
	}
	if err := g.db.CreateInBatches(&ks, 200).Error; err != nil {
		return err
	}
	sum.Activities += n
	var budget []models.KegiatanAnggaran
	var links []models.KegiatanKebutuhan
	var partners []models.KegiatanMitra
	for i, k := range ks {
		t := tpls[i]
		total := int64(float64(t.budget)*(0.5+g.r.Float64())) / 100_000 * 100_000
		left := total
		for j, src := range t.sources {
			amt := left
			if j < len(t.sources)-1 {
				amt = left * int64(g.between(30, 60)) / 100 / 1000 * 1000
				left -= amt
			}
			budget = append(budget, models.KegiatanAnggaran{KegiatanID: k.ID, Source: src, Amount: amt})
		}
		if len(needs) > 0 {
			links = append(links, models.KegiatanKebutuhan{KegiatanID: k.ID, MasalahID: needs[i%len(needs)]})
		}
		if len(g.mitra) > 0 && g.r.IntN(3) == 0 {
			partners = append(partners, models.KegiatanMitra{KegiatanID: k.ID, MitraID: g.mitra[g.r.IntN(len(g.mitra))],
				Contribution: "Pendampingan teknis dan dana CSR", Amount: int64(g.between(1, 20)) * 1_000_000})
		}
	}
	for _, batch := range []any{&budget, &links, &partners} {
		if err := g.insertAll(batch); err != nil {
			return err
		}
	}
	real, err := g.realisation(ks, tpls, budget)
	if err != nil {
		return err
	}
	sum.Realisation += real
	ev, err := g.evaluations(p)
	sum.Evaluations += ev
	return err
}
