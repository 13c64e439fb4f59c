package demo

import (
	"fmt"

	"gorm.io/gorm"

	"sidamping/models"
)

// demoPartners are the companions that are not agencies.
var demoPartners = []models.Mitra{
	{Name: "Universitas Contoh", Kind: "Perguruan Tinggi", ContactName: "Dr. Retno Wulandari, M.Si.", Phone: "(0299) 320100",
		Email: "lppm@unicontoh.ac.id", Address: "Jalan Kampus Nomor 1, Contoh", Note: "KKN tematik pengentasan kemiskinan"},
	{Name: "PT Gula Manis Contoh", Kind: "CSR/Swasta", ContactName: "Hendra Saputra", Phone: "(0299) 321777",
		Email: "csr@gulamanis.example.co.id", Address: "Kawasan Industri Contoh", Note: "Program TJSLP bedah rumah"},
	{Name: "Baznas Kabupaten Contoh", Kind: "Lembaga Masyarakat", ContactName: "K.H. Ahmad Sya'roni", Phone: "(0299) 322010",
		Email: "baznas@contohkab.example.go.id", Address: "Jalan Masjid Agung, Contoh"},
}

var teamPositions = []string{"Kepala Bidang", "Kepala Subbagian Program", "Analis Kebijakan", "Penyusun Program", "Pengelola Data"}
var teamRanks = []string{"Pembina (IV/a)", "Penata Tingkat I (III/d)", "Penata (III/c)", "Penata Muda Tingkat I (III/b)"}

// insertPairings pairs every priority village of both demo years with an agency, gives
// each pairing a team, and links the partners to some. Continuation villages keep last
// year's agency. Agencies that take a second village carry the reason.
func (d *dataset) insertPairings(tx *gorm.DB, g *gen) error {
	if err := tx.Create(&demoPartners).Error; err != nil {
		return err
	}
	var leads []int // OPD indexes that lead pairings (universities accompany as partners)
	for i, o := range d.opd {
		if o.Kind != "Perguruan Tinggi" {
			leads = append(leads, i)
		}
	}
	for _, year := range []int{d.activeYear - 1, d.activeYear} {
		used := map[int]int{} // OPD index -> villages this year
		next := 0
		var prevByDesa map[int]int
		if year == d.activeYear {
			prevByDesa = d.prevPairing
		}
		d.prevPairing = map[int]int{}
		for _, f := range d.flags {
			if f.year != year {
				continue
			}
			opd, ok := -1, false
			if f.continuation {
				opd, ok = prevByDesa[f.desa]
			}
			if !ok {
				// The next agency with no village yet; once all have one, start again.
				for tries := 0; tries < len(leads); tries++ {
					cand := leads[next%len(leads)]
					next++
					if used[cand] == 0 {
						opd = cand
						break
					}
				}
				if opd < 0 {
					opd = leads[next%len(leads)]
					next++
				}
			}
			used[opd]++
			d.prevPairing[f.desa] = opd
			p := models.Pendampingan{Year: year, DesaID: d.desa[f.desa].ID, OPDID: d.opd[opd].ID}
			if used[opd] > 1 {
				p.SecondReason = fmt.Sprintf("Jumlah desa prioritas (%d) melebihi jumlah perangkat daerah pendamping", d.priorityCount(year))
			}
			if err := tx.Create(&p).Error; err != nil {
				return err
			}
			if err := tx.Create(d.team(g, p.ID, opd)).Error; err != nil {
				return err
			}
			if g.r.IntN(4) == 0 {
				m := demoPartners[g.r.IntN(len(demoPartners))]
				if err := tx.Create(&models.PendampinganMitra{PendampinganID: p.ID, MitraID: m.ID, Role: m.Note}).Error; err != nil {
					return err
				}
			}
		}
	}
	return nil
}

func (d *dataset) priorityCount(year int) int {
	n := 0
	for _, f := range d.flags {
		if f.year == year {
			n++
		}
	}
	return n
}

// team makes a coordinator and two or three members from the agency.
func (d *dataset) team(g *gen, pendampinganID uint, opd int) *[]models.AnggotaTim {
	size := g.between(3, 4)
	team := make([]models.AnggotaTim, size)
	for i := range team {
		p := g.newPerson(teamRanks[min(i, len(teamRanks)-1)], "", "")
		role, pos := models.RoleAnggota, pick(g, teamPositions[1:])
		if i == 0 {
			role, pos = models.RoleKoordinator, teamPositions[0]
		}
		team[i] = models.AnggotaTim{PendampinganID: pendampinganID, Role: role, Name: p.name, NIP: p.nip, Rank: p.rank,
			Position: pos + " " + d.opd[opd].Abbreviation, SortOrder: i}
	}
	return &team
}
