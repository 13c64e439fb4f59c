package demo

import (
	"strings"
	"time"

	"sidamping/models"
)

const (
	bappedaAddress = "Jl. Pemuda No. 12, Contoh 59911"
	bappedaPhone   = "(0299) 321045"
	bappedaEmail   = "bappeda@contohkab.go.id"
	bappedaWeb     = "bappeda.contohkab.go.id"
)

// letterhead is the kop surat of the secretariat (Bappeda), one line per row.
var letterhead = []string{
	"PEMERINTAH KABUPATEN CONTOH",
	"BADAN PERENCANAAN PEMBANGUNAN DAERAH",
	"Jalan Pemuda Nomor 12 Contoh 59911 Telepon (0299) 321045",
	"Pos-el " + bappedaEmail + " Laman " + bappedaWeb,
}

// buildProfile makes the regency profile and its four signatories. The regent and the
// vice-regent are elected officials and have no NIP; the head of Bappeda is the head
// of the Bappeda agency in the OPD list.
func (d *dataset) buildProfile(g *gen, now time.Time) {
	d.profil = models.Profil{
		ID: 1, RegionKind: models.RegionKabupaten, RegencyName: "Contoh", Province: "Jawa Tengah", RegencyCode: RegencyCode,
		Capital: "Contoh", OfficeName: "Badan Perencanaan Pembangunan Daerah",
		Address: bappedaAddress, Phone: bappedaPhone, Email: bappedaEmail, Website: bappedaWeb,
		Letterhead: strings.Join(letterhead, "\n"), LogoMime: "image/png", Logo: Logo(), UpdatedAt: now,
	}
	sekda := g.newPerson(rankIVd, "Dr. Ir.", "M.Si.")
	var bappeda models.OPD
	for _, o := range d.opd {
		if o.Abbreviation == "Bappeda" {
			bappeda = o
		}
	}
	title := func(role string) string {
		for _, r := range models.SignatoryRoles {
			if r.Role == role {
				return r.Title
			}
		}
		return role
	}
	d.signatories = []models.Penandatangan{
		{Role: models.RoleBupati, Title: title(models.RoleBupati), Name: "H. Suryo Adi Wibowo, S.H., M.H."},
		{Role: models.RoleWakilBupati, Title: title(models.RoleWakilBupati), Name: "Hj. Endang Sri Rahayu, S.E., M.M."},
		{Role: models.RoleSekda, Title: title(models.RoleSekda), Name: sekda.name, Rank: sekda.rank, NIP: sekda.nip},
		{Role: models.RoleKepalaBappeda, Title: title(models.RoleKepalaBappeda), Name: bappeda.HeadName, Rank: bappeda.HeadRank, NIP: bappeda.HeadNIP},
	}
}
