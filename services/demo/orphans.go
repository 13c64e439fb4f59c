package demo

import (
	"fmt"
	"strings"
	"time"

	"gorm.io/gorm"

	"sidamping/models"
	"sidamping/services/orphans"
)

// insertOrphans gives the accompanied villages of year a registry of orphans: 3-9
// children each (the province's mix: about 59% yatim, 37% piatu, 4% yatim piatu),
// foster parents (ASN of the accompanying OPD, Baznas, companies, pesantren, a mosque,
// a university, residents), matches for a bit over half of the children with their
// monthly deliveries (a few months missed), and assessments of which some are older
// than six months. Everything follows from g and now.
func insertOrphans(tx *gorm.DB, g *gen, year int, now time.Time) error {
	var pairs []struct {
		DesaID, OPDID, KecamatanID uint
		Code, Abbreviation         string
	}
	if err := tx.Raw(`SELECT p.desa_id, p.opd_id, d.kecamatan_id, d.code, o.abbreviation FROM pendampingan p
		JOIN desa d ON d.id = p.desa_id JOIN opd o ON o.id = p.opd_id WHERE p.year = ? ORDER BY d.code`, year).Scan(&pairs).Error; err != nil {
		return err
	}
	if len(pairs) == 0 {
		return nil
	}
	today := now.Format("2006-01-02")
	yearStart, yearEnd := fmt.Sprintf("%d-01-01", year), fmt.Sprintf("%d-12-31", year)
	// Foster parents.
	var fosters []models.OrangTuaAsuh
	for i, p := range pairs {
		if i%2 == 1 {
			continue
		}
		kec := p.KecamatanID
		opd := p.OPDID
		male := g.r.IntN(2) == 0
		fosters = append(fosters, models.OrangTuaAsuh{Kind: "asn", Name: g.plainName(male) + " (" + p.Abbreviation + ")", OPDID: &opd,
			KecamatanID: &kec, Phone: fmt.Sprintf("0812 %04d %04d", g.between(1000, 9999), g.between(1000, 9999)),
			MoneyPerMonth: int64(g.between(2, 6)) * 50_000, SchoolCosts: g.r.IntN(3) == 0, Capacity: g.between(1, 2),
			PeriodStart: yearStart, PeriodEnd: yearEnd, CreatedAt: now, UpdatedAt: now})
	}
	institutions := []models.OrangTuaAsuh{
		{Kind: "baznas", Name: "Baznas Kabupaten Contoh", ContactPerson: "Bagian Pendistribusian", MoneyPerMonth: 300_000, SchoolCosts: true, Capacity: 40},
		{Kind: "baznas", Name: "UPZ Kantor Kementerian Agama", MoneyPerMonth: 200_000, Capacity: 15},
		{Kind: "csr", Name: "PT Bank Jateng Cabang Contoh (CSR)", MoneyPerMonth: 400_000, SchoolCosts: true, Capacity: 12},
		{Kind: "csr", Name: "PT Gula Manis Nusantara (TJSLP)", MoneyPerMonth: 250_000, InKind: "Paket sembako bulanan", Capacity: 10},
		{Kind: "pesantren", Name: "Pondok Pesantren Al-Hikmah", InKind: "Asrama dan makan", Mentoring: true, Capacity: 8},
		{Kind: "masjid", Name: "Takmir Masjid Agung Kabupaten Contoh", MoneyPerMonth: 150_000, Capacity: 10},
		{Kind: "universitas", Name: "Universitas Contoh (KKN Tematik)", Mentoring: true, InKind: "Bimbingan belajar", Capacity: 10},
		{Kind: "pengusaha", Name: "Haji " + g.plainName(true) + " (pengusaha batik)", MoneyPerMonth: 500_000, Capacity: 3},
		{Kind: "warga", Name: g.plainName(false), MoneyPerMonth: 100_000, Capacity: 1},
		{Kind: "warga", Name: g.plainName(true), MoneyPerMonth: 150_000, Capacity: 1},
	}
	for i := range institutions {
		o := &institutions[i]
		o.Phone = fmt.Sprintf("(0299) %d", g.between(321001, 325999))
		o.PeriodStart, o.CreatedAt, o.UpdatedAt = yearStart, now, now
		if i%3 != 0 {
			o.PeriodEnd = yearEnd
		}
	}
	fosters = append(fosters, institutions...)
	if err := tx.CreateInBatches(&fosters, 100).Error; err != nil {
		return err
	}
	used := make([]int, len(fosters))
	// Children, their assessments, matches and deliveries.
	seq := 0
	for pi, p := range pairs {
		n := g.between(3, 9)
		for k := 0; k < n; k++ {
			seq++
			c, as := g.child(p.DesaID, p.Code, seq, now)
			if err := tx.Create(&c).Error; err != nil {
				return err
			}
			if as != "" {
				if err := tx.Create(&models.AsesmenAnak{AnakID: c.ID, AssessedOn: as, Assessor: "Tim pendamping " + p.Abbreviation,
					Needs: c.Needs, CreatedAt: now}).Error; err != nil {
					return err
				}
			}
			if g.r.IntN(100) >= 55 {
				continue
			}
			// The accompanying OPD's ASN first (the pair's or its neighbour's), else an institution with room.
			f := -1
			if asn := pi / 2; asn < len(pairs)/2+1 && asn < len(fosters)-len(institutions) && used[asn] < fosters[asn].Capacity && g.r.IntN(2) == 0 {
				f = asn
			}
			for tries := 0; f < 0 && tries < 20; tries++ {
				x := len(fosters) - len(institutions) + g.r.IntN(len(institutions))
				if used[x] < fosters[x].Capacity {
					f = x
				}
			}
			if f < 0 {
				continue
			}
			used[f]++
			o := fosters[f]
			start := fmt.Sprintf("%d-%02d-01", year, g.between(1, max(1, int(now.Month()))))
			if start > today {
				start = yearStart
			}
			m := models.Pengasuhan{AnakID: c.ID, OTAID: o.ID, StartDate: start, EndDate: o.PeriodEnd, AmountMonth: o.MoneyPerMonth,
				Support: orphans.CommitmentText(o), CreatedAt: now}
			if err := tx.Create(&m).Error; err != nil {
				return err
			}
			var ds []models.Penyaluran
			for mon := start[:7]; mon < today[:7]; mon = nextMonth(mon) {
				if g.r.IntN(100) < 12 {
					continue // a month the foster parent missed
				}
				ds = append(ds, models.Penyaluran{PengasuhanID: m.ID, Month: mon, DeliveredOn: mon + fmt.Sprintf("-%02d", g.between(5, 25)),
					Amount: o.MoneyPerMonth, InKind: o.InKind, CreatedAt: now})
			}
			if len(ds) > 0 {
				if err := tx.CreateInBatches(&ds, 100).Error; err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// child invents one orphan of a village and the date of its assessment ("" when never).
func (g *gen) child(desaID uint, desaCode string, seq int, now time.Time) (models.AnakYatim, string) {
	male := g.r.IntN(2) == 0
	age := g.between(1, 17)
	birth := now.AddDate(-age, 0, -g.between(1, 360))
	a := models.AnakYatim{DesaID: desaID, Name: g.plainName(male), Sex: "P", BirthDate: birth.Format("2006-01-02"),
		JKN: g.r.IntN(100) < 75, CreatedAt: now, UpdatedAt: now}
	if male {
		a.Sex = "L"
	}
	switch r := g.r.IntN(100); {
	case r < 59:
		a.FatherDied = true
	case r < 96:
		a.MotherDied = true
	default:
		a.FatherDied, a.MotherDied = true, true
	}
	a.Category = models.OrphanCategory(a.FatherDied, a.MotherDied)
	death := func() string {
		span := int(now.Sub(birth).Hours() / 24)
		return birth.AddDate(0, 0, g.between(1, max(2, span-1))).Format("2006-01-02")
	}
	if a.FatherDied {
		a.FatherDeathDate = death()
	}
	if a.MotherDied {
		a.MotherDeathDate = death()
	}
	switch {
	case a.Category == models.OrphanYatimPiatu:
		a.GuardianName, a.GuardianRelation = g.plainName(g.r.IntN(2) == 0), pick(g, []string{"Kakek", "Nenek", "Paman", "Bibi"})
	case a.FatherDied:
		a.GuardianName, a.GuardianRelation = g.plainName(false), "Ibu"
	default:
		a.GuardianName, a.GuardianRelation = g.plainName(true), "Ayah"
	}
	a.GuardianPhone = fmt.Sprintf("0857 %04d %04d", g.between(1000, 9999), g.between(1000, 9999))
	switch {
	case age < 6:
		a.School = "belum_sekolah"
	case age >= 10 && g.r.IntN(100) < 8:
		a.School = "putus_sekolah"
	case age <= 12:
		a.School = "sd"
	case age <= 15:
		a.School = "smp"
	default:
		a.School = "sma"
	}
	if g.r.IntN(100) < 4 {
		a.Disability = pick(g, []string{"Tunarungu", "Tunadaksa", "Tunagrahita ringan"})
	}
	var needs []string
	for _, o := range models.ChildNeeds {
		if g.r.IntN(100) < 35 {
			needs = append(needs, o.Code)
		}
	}
	a.Needs = strings.Join(needs, ",")
	if g.r.IntN(100) < 60 {
		// Kemendagri code "33.99.01.2001" -> NIK 33 99 01 ddmmyy ssss (women's day + 40).
		d := birth.Day()
		if !male {
			d += 40
		}
		nik := strings.ReplaceAll(desaCode[:8], ".", "") + fmt.Sprintf("%02d%02d%02d%04d", d, int(birth.Month()), birth.Year()%100, seq%10000)
		a.NIK = &nik
	}
	as := ""
	if g.r.IntN(100) < 85 {
		as = now.AddDate(0, 0, -g.between(5, 330)).Format("2006-01-02")
	}
	return a, as
}

// plainName is an everyday name (no title or degree).
func (g *gen) plainName(male bool) string {
	if male {
		return pick(g, maleFirst) + " " + pick(g, maleLast)
	}
	return pick(g, femaleFirst) + " " + pick(g, femaleLast)
}

// nextMonth gives the month after "YYYY-MM".
func nextMonth(m string) string {
	t, _ := time.Parse("2006-01", m)
	return t.AddDate(0, 1, 0).Format("2006-01")
}
