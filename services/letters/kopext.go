package letters

import (
	"strings"

	"sidamping/models"
	"sidamping/services/letters/render"
)

// SecretariatLetterhead is the secretariat's letterhead from the profile as the
// letters print it; without kop lines it is the government and the office's names.
func SecretariatLetterhead(p models.Profil) render.Letterhead {
	l := regency{profile: p}.letterheadFor("") // the secretariat's own kop, as for a letter its head signs
	if len(l.Lines) == 0 && p.RegionTitle() != "" {
		l.Lines = []string{strings.ToUpper(p.Government())}
		if p.OfficeName != "" {
			l.Lines = append(l.Lines, strings.ToUpper(p.OfficeName))
		}
	}
	return l
}
