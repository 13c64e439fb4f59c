package demo

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"time"

	"sidamping/models"
)

// villagesPerDistrict is the average; the 20 districts hold 400 villages in all.
const villagesPerDistrict = 20

// buildRegions makes the 20 kecamatan and their 400 villages: six kelurahan in the
// capital district, desa everywhere else.
func (d *dataset) buildRegions(g *gen, now time.Time) {
	counts := make([]int, len(kecamatanNames))
	for i := 0; i < len(counts); i += 2 {
		off := g.r.IntN(4) // pairs keep the total at exactly 20 per district on average
		counts[i], counts[i+1] = villagesPerDistrict+off, villagesPerDistrict-off
	}
	g.r.Shuffle(len(counts), func(i, j int) { counts[i], counts[j] = counts[j], counts[i] })

	names := villageNames(g)
	next := 0
	for k, kname := range kecamatanNames {
		kcode := fmt.Sprintf("%s.%02d", RegencyCode, k+1)
		d.kecamatan = append(d.kecamatan, models.Kecamatan{Code: kcode, Name: kname, CreatedAt: now, UpdatedAt: now})
		desaNo := 2001
		for i := 0; i < counts[k]; i++ {
			v := models.Desa{Kind: models.KindDesa, CreatedAt: now, UpdatedAt: now}
			if k == 0 && i < len(kelurahanNames) {
				v.Kind, v.Name = models.KindKelurahan, kelurahanNames[i]
				v.Code = fmt.Sprintf("%s.%04d", kcode, 1001+i)
			} else {
				v.Name = names[next]
				next++
				v.Code = fmt.Sprintf("%s.%04d", kcode, desaNo)
				desaNo++
			}
			g.fillVillage(&v)
			d.desa = append(d.desa, v)
			d.desaKec = append(d.desaKec, k)
		}
	}
}

// villageNames returns the prefix+suffix names in a seeded order, without repeats.
func villageNames(g *gen) []string {
	var out []string
	for _, p := range villagePrefixes {
		for _, s := range villageSuffixes {
			if strings.EqualFold(p, s) {
				continue
			}
			out = append(out, p+s)
		}
	}
	g.r.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out
}

// fillVillage sets population, households, poor households, poverty % and IDM status.
// Kelurahan are larger and less poor, and have no IDM status (the index is for desa).
func (g *gen) fillVillage(v *models.Desa) {
	u := g.r.Float64()
	if v.Kind == models.KindKelurahan {
		v.Population = g.between(5500, 9000)
	} else {
		v.Population = 1500 + (g.r.IntN(7501)+g.r.IntN(7501))/2
	}
	v.Households = int(math.Round(float64(v.Population) / (3.1 + g.r.Float64()*0.4)))
	ratio := 0.05 + 0.20*math.Pow(u, 1.6)
	if v.Kind == models.KindKelurahan {
		ratio = 0.05 + 0.06*u
	}
	v.PoorHouseholds = int(math.Round(float64(v.Households) * ratio))
	v.PovertyPct = math.Round(float64(v.PoorHouseholds)*10000/float64(v.Households)) / 100
	if v.Kind == models.KindDesa {
		v.IDMStatus = g.idmStatus(v.PovertyPct)
	}
}

// idmStatus draws an IDM status, poorer villages weighing towards "Tertinggal".
func (g *gen) idmStatus(pct float64) string {
	var w []int // Sangat Tertinggal, Tertinggal, Berkembang, Maju, Mandiri
	switch {
	case pct >= 20:
		w = []int{10, 40, 40, 10, 0}
	case pct >= 15:
		w = []int{3, 25, 52, 18, 2}
	case pct >= 10:
		w = []int{1, 12, 55, 27, 5}
	default:
		w = []int{0, 5, 45, 38, 12}
	}
	n := g.r.IntN(100)
	for i, x := range w {
		if n < x {
			return models.IDMStatuses[i]
		}
		n -= x
	}
	return models.IDMStatuses[2]
}

// choosePriorities flags the PriorityCount poorest villages (by poverty %) as priority in
// the active year. The previous year took 48 villages drawn from the poorest 96, so
// about half of this year's are continuations.
func (d *dataset) choosePriorities(g *gen) {
	order := make([]int, len(d.desa))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		va, vb := d.desa[order[a]], d.desa[order[b]]
		if va.PovertyPct != vb.PovertyPct {
			return va.PovertyPct > vb.PovertyPct
		}
		return va.Code < vb.Code
	})
	pool := append([]int(nil), order[:min(2*PriorityCount, len(order))]...)
	g.r.Shuffle(len(pool), func(i, j int) { pool[i], pool[j] = pool[j], pool[i] })
	prev := pool[:min(PriorityCount, len(pool))]
	sort.Ints(prev)
	wasPriority := make([]bool, len(d.desa))
	for _, i := range prev {
		wasPriority[i] = true
		d.flags = append(d.flags, flag{desa: i, year: d.activeYear - 1})
	}
	current := append([]int(nil), order[:min(PriorityCount, len(order))]...)
	sort.Ints(current)
	for _, i := range current {
		d.flags = append(d.flags, flag{desa: i, year: d.activeYear, continuation: wasPriority[i]})
	}
}

// buildOPD makes the 44 agencies with their heads.
func (d *dataset) buildOPD(g *gen, now time.Time) {
	for _, s := range opdSpecs {
		head := g.newPerson(pick(g, s.ranks), s.prefix, s.degree)
		o := models.OPD{
			Code: s.code, Name: s.name, Abbreviation: s.abbr, Kind: s.kind,
			HeadName: head.name, HeadRank: head.rank, HeadNIP: head.nip,
			Phone: g.phone(), Email: emailLocal(s.abbr) + "@contohkab.go.id",
			CreatedAt: now, UpdatedAt: now,
		}
		switch {
		case s.setda:
			o.Address = "Jl. Pemuda No. 1 (Kompleks Sekretariat Daerah), Contoh 59911"
			o.Email = "setda." + strings.TrimPrefix(emailLocal(s.abbr), "bagian") + "@contohkab.go.id"
		case s.kind == "Perguruan Tinggi":
			o.Address = fmt.Sprintf("%s No. %d, Contoh 59915", pick(g, streets), g.between(1, 120))
			o.Email = "humas@" + emailLocal(s.abbr) + ".ac.id"
		case s.kind == "Kecamatan":
			o.Address = fmt.Sprintf("Jl. Raya %s No. %d, %s", strings.TrimPrefix(s.name, "Kecamatan "), g.between(1, 60), strings.TrimPrefix(s.name, "Kecamatan "))
			o.Email = "kec" + strings.ToLower(strings.TrimPrefix(s.name, "Kecamatan ")) + "@contohkab.go.id"
		default:
			o.Address = fmt.Sprintf("%s No. %d, Contoh 599%02d", pick(g, streets), g.between(1, 150), g.between(11, 19))
		}
		if s.abbr == "Bappeda" {
			o.Address, o.Phone = bappedaAddress, bappedaPhone
		}
		d.opd = append(d.opd, o)
	}
}
