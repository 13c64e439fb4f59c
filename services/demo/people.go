package demo

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// gen draws everything random from one PCG stream. The maps only answer "used yet?";
// nothing iterates over them, so the output depends on the seed alone.
type gen struct {
	r     *rand.Rand
	names map[string]bool
	nips  map[string]bool
}

func newGen(seed int64) *gen {
	s := uint64(seed)
	return &gen{
		r:     rand.New(rand.NewPCG(s, s^0x9e3779b97f4a7c15)),
		names: map[string]bool{},
		nips:  map[string]bool{},
	}
}

func pick[T any](g *gen, xs []T) T { return xs[g.r.IntN(len(xs))] }

// between returns an integer in [lo, hi].
func (g *gen) between(lo, hi int) int { return lo + g.r.IntN(hi-lo+1) }

// person is a civil servant: title and name, sex (1 male, 2 female), rank and NIP.
type person struct {
	name, rank, nip string
}

// newPerson invents a civil servant with a unique name and NIP. prefix ("dr.", "Ir.")
// and degree ("M.Kes.") are used when given, otherwise a common degree is drawn.
func (g *gen) newPerson(rank, prefix, degree string) person {
	for {
		male := g.r.IntN(10) < 7 // most heads of office are men; keep some women
		var first, last string
		if male {
			first, last = pick(g, maleFirst), pick(g, maleLast)
		} else {
			first, last = pick(g, femaleFirst), pick(g, femaleLast)
		}
		plain := first + " " + last
		if g.names[plain] || first == last {
			continue
		}
		g.names[plain] = true
		if prefix == "" && degree == "" {
			// an older graduate: Drs./Dra. is a first degree, so only a master's follows
			if g.r.IntN(5) == 0 {
				prefix, degree = gendered(male, "Drs.", "Dra."), pick(g, masterDegrees)
			} else if g.r.IntN(8) == 0 {
				prefix = gendered(male, "H.", "Hj.")
			}
		}
		if degree == "" {
			degree = pick(g, generalDegrees)
		}
		name := plain + ", " + degree
		if prefix != "" {
			name = prefix + " " + name
		}
		return person{name: name, rank: rank, nip: g.nip(male)}
	}
}

// nip builds a unique 18-digit NIP: birth date (YYYYMMDD), appointment (YYYYMM),
// sex (1 male, 2 female) and a 3-digit serial. Heads of office were born 1966-1980 and
// appointed between 23 and 28 years of age.
func (g *gen) nip(male bool) string {
	for {
		by := g.between(1966, 1980)
		bm, bd := g.between(1, 12), g.between(1, 28)
		ay := by + g.between(23, 28)
		am := pick(g, []int{1, 3, 4, 12})
		sex := 2
		if male {
			sex = 1
		}
		n := fmt.Sprintf("%04d%02d%02d%04d%02d%d%03d", by, bm, bd, ay, am, sex, g.between(1, 12))
		if !g.nips[n] {
			g.nips[n] = true
			return n
		}
	}
}

func gendered(male bool, m, f string) string {
	if male {
		return m
	}
	return f
}

// phone returns an office number in the demo area code.
func (g *gen) phone() string { return fmt.Sprintf("(0299) %d", g.between(321001, 325999)) }

// emailLocal turns an abbreviation into the local part of an e-mail address.
func emailLocal(abbr string) string {
	var b strings.Builder
	for _, c := range strings.ToLower(abbr) {
		if (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') {
			b.WriteRune(c)
		}
	}
	return b.String()
}
