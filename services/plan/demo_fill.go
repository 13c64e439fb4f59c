package plan

import (
	"math"
	"reflect"

	"sidamping/models"
)

// insertAll batch-inserts the slice behind ptr when it is not empty.
func (g *demoGen) insertAll(ptr any) error {
	if reflect.ValueOf(ptr).Elem().Len() == 0 {
		return nil
	}
	return g.db.CreateInBatches(ptr, 500).Error
}

// assessment writes Form 1, Form 2, problems and needs (and Form 3/4 for the semesters
// that have passed); it returns the ids of the needs.
func (g *demoGen) assessment(p models.Pendampingan) ([]uint, error) {
	if err := g.db.Create(&models.Asesmen{PendampinganID: p.ID, AssessedOn: g.date(1, g.between(10, 28)),
		Assessor: "Tim pendamping", Note: "Asesmen awal bersama perangkat desa."}).Error; err != nil {
		return nil, err
	}
	var pots []models.PotensiDesa
	for i, j := range g.r.Perm(len(demoPotentials))[:g.between(5, 8)] {
		d := demoPotentials[j]
		pots = append(pots, models.PotensiDesa{PendampinganID: p.ID, Category: d.category, Name: d.name,
			Description: "Potensi " + d.name + " yang dapat dikembangkan.", Quantity: float64(g.between(2, 60)),
			Unit: d.unit, Developable: g.r.IntN(4) != 0, SortOrder: i + 1})
	}
	if err := g.insertAll(&pots); err != nil {
		return nil, err
	}
	total := g.between(80, 400)
	base := models.Karakteristik{PendampinganID: p.ID, Semester: 0, ScannedOn: g.date(2, g.between(1, 27)),
		Source: "DTKS " + g.date(1, 1)[:4] + " dan musyawarah desa", TotalPoor: total}
	counts := []*int{&base.Rtlh, &base.TanpaJamban, &base.TanpaListrik, &base.TanpaAir, &base.KKTidakBekerja, &base.PutusSekolah, &base.TanpaJKN, &base.LansiaDisabilitas}
	for _, c := range counts {
		*c = total * g.between(5, 45) / 100
	}
	karak := []models.Karakteristik{base}
	var pantau []models.PotensiPantau
	for sem := 1; sem <= 2; sem++ {
		if g.opt.Through < sem*6 {
			break
		}
		k := base
		k.Semester, k.ScannedOn, k.Source = sem, g.date(sem*6, 25), "Pemantauan tim pendamping"
		kc := []*int{&k.Rtlh, &k.TanpaJamban, &k.TanpaListrik, &k.TanpaAir, &k.KKTidakBekerja, &k.PutusSekolah, &k.TanpaJKN, &k.LansiaDisabilitas}
		for i, c := range kc {
			*c = *counts[i] * (100 - sem*g.between(5, 20)) / 100
		}
		k.TotalPoor = total * (100 - sem*g.between(3, 10)) / 100
		karak = append(karak, k)
		for _, pd := range pots {
			pantau = append(pantau, models.PotensiPantau{PotensiID: pd.ID, Semester: sem,
				Quantity: math.Round(pd.Quantity * (1 + 0.1*float64(sem))), Progress: "Mulai dikembangkan bersama kelompok."})
		}
	}
	if err := g.insertAll(&karak); err != nil {
		return nil, err
	}
	if err := g.insertAll(&pantau); err != nil {
		return nil, err
	}
	var ms []models.Masalah
	for i, j := range g.r.Perm(len(demoProblems))[:3] {
		ms = append(ms, models.Masalah{PendampinganID: p.ID, Kind: models.KindMasalah, Description: demoProblems[j], Priority: i + 1, SortOrder: i + 1})
		ms = append(ms, models.Masalah{PendampinganID: p.ID, Kind: models.KindKebutuhan, Description: demoNeeds[j], Priority: i + 1, SortOrder: i + 1})
	}
	if err := g.insertAll(&ms); err != nil {
		return nil, err
	}
	var needs []uint
	for _, m := range ms {
		if m.Kind == models.KindKebutuhan {
			needs = append(needs, m.ID)
		}
	}
	return needs, nil
}

// realisation writes the monthly entries of activities through opt.Through: progress
// ramps up over the planned months (some activities lag behind), money follows progress
// in the proportions of the budget lines.
func (g *demoGen) realisation(ks []models.Kegiatan, tpls []activityTemplate, budget []models.KegiatanAnggaran) (int, error) {
	lines := map[uint][]models.KegiatanAnggaran{}
	for _, b := range budget {
		lines[b.KegiatanID] = append(lines[b.KegiatanID], b)
	}
	type pending struct {
		r     models.Realisasi
		money []models.RealisasiDana
	}
	var all []pending
	for _, k := range ks {
		months := k.PlannedMonths.Months()
		first, last := months[0], months[len(months)-1]
		pace := 0.55 + 0.5*g.r.Float64() // below ~0.9 the activity lags behind schedule
		prev := 0.0
		households := 0
		start := first
		if g.opt.Dense {
			start = 1
		}
		for m := start; m <= g.opt.Through && m <= 12; m++ {
			planned := float64(k.PlannedMonths.CountUpTo(m)) / float64(len(months)) * 100
			prog := math.Min(100, math.Round(planned*pace))
			if m >= last+2 {
				prog = math.Min(100, prev+20)
			}
			prog = math.Max(prog, prev)
			delta := prog - prev
			if delta <= 0 && m > last && !g.opt.Dense {
				break
			}
			status := "berjalan"
			if prog == 0 {
				status = "belum"
			}
			if prog >= 100 {
				status = "selesai"
			}
			households = int(math.Round(k.TargetVolume * prog / 100))
			e := pending{r: models.Realisasi{KegiatanID: k.ID, Month: m, Status: status,
				Volume: math.Round(k.TargetVolume*delta) / 100, Progress: prog, BeneficiaryHouseholds: households,
				BeneficiaryPeople: households * g.between(3, 4)}}
			if pace < 0.8 && g.r.IntN(2) == 0 {
				e.r.Kendala = "Pencairan anggaran terlambat; cuaca menghambat pekerjaan."
				e.r.TindakLanjut = "Koordinasi dengan BPKAD dan penjadwalan ulang."
			}
			for _, b := range lines[k.ID] {
				amt := int64(float64(b.Amount)*delta/100) / 1000 * 1000
				if amt > 0 {
					e.money = append(e.money, models.RealisasiDana{Source: b.Source, Amount: amt})
				}
			}
			all = append(all, e)
			prev = prog
		}
	}
	rs := make([]models.Realisasi, len(all))
	for i, e := range all {
		rs[i] = e.r
	}
	if err := g.insertAll(&rs); err != nil {
		return 0, err
	}
	var money []models.RealisasiDana
	for i, e := range all {
		for _, d := range e.money {
			d.RealisasiID = rs[i].ID
			money = append(money, d)
		}
	}
	return len(rs), g.insertAll(&money)
}

// evaluations writes the evaluation of every semester that has passed.
func (g *demoGen) evaluations(p models.Pendampingan) (int, error) {
	var evs []models.Evaluasi
	for sem := 1; sem <= 2 && g.opt.Through >= sem*6; sem++ {
		evs = append(evs, models.Evaluasi{PendampinganID: p.ID, Semester: sem, EvaluatedOn: g.date(sem*6, 28),
			Evaluator: "Sekretariat TKPK", ScoreLokasi: g.between(3, 5), ScoreSasaran: g.between(2, 5),
			ScoreManfaat: g.between(2, 5), ScoreKolaborasi: g.between(1, 5),
			Findings:        "Sebagian besar kegiatan tepat sasaran; beberapa kegiatan terlambat karena pencairan anggaran.",
			Recommendations: "Percepat pencairan anggaran dan perluas kemitraan dengan CSR pada tahun berikutnya."})
	}
	return len(evs), g.insertAll(&evs)
}
