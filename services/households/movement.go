package households

import (
	"context"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"

	"sidamping/models"
	"sidamping/services/common"
)

// Movement between two editions answers "did the poor families get out of desil 1-2?":
// of the families in desil 1-2 in edition A, how many are in desil 3 or above in edition
// B (naik), still in 1-2, no longer in the list (keluar), or in B without a desil; and
// how many families entered desil 1-2 in B. Families are matched by No KK and, where the
// No KK changed (a new family card), by the NIK of their members. The figures are given
// per village and for the regency, for beneficiary against non-beneficiary families and
// for accompanied against non-accompanied villages: a simple comparison group, not a
// proof of cause and effect.

// CodeSameEdition refuses comparing an edition with itself.
const CodeSameEdition = "households.same_edition"

// MovementTask is the task name of the movement's progress events (and of its cancel).
const MovementTask = "movement"

// CompareTask is the task name of the comparison's progress events.
const CompareTask = "compare"

// MovementNote says plainly what the comparison groups are not.
const MovementNote = "Perbandingan penerima dengan bukan penerima dan desa dampingan dengan desa bukan dampingan adalah " +
	"perbandingan sederhana, bukan bukti sebab-akibat: keluarga dan desa tidak dipilih secara acak, dan perubahan desil " +
	"dipengaruhi banyak hal di luar kegiatan pendampingan."

// MovementFigures are the movement counts of a group of families.
type MovementFigures struct {
	LowA     int64   `json:"low_a"`     // families in desil 1-2 in edition A
	Up       int64   `json:"up"`        // of those, in desil ≥ 3 in B
	StillLow int64   `json:"still_low"` // of those, still in desil 1-2 in B
	Gone     int64   `json:"gone"`      // of those, not in B
	NoDesil  int64   `json:"no_desil"`  // of those, in B without a desil
	NewLow   int64   `json:"new_low"`   // in desil 1-2 in B, not in 1-2 or absent in A
	UpRate   float64 `json:"up_rate"`   // up / low_a, percent (1 decimal)
}

// MovementSplit divides figures between beneficiary and non-beneficiary families.
type MovementSplit struct {
	Beneficiary    MovementFigures `json:"beneficiary"`
	NonBeneficiary MovementFigures `json:"non_beneficiary"`
}

// MovementVillage is one village's movement (the village of A for low_a and what
// follows from it, the village of B for new_low).
type MovementVillage struct {
	DesaID      uint   `json:"desa_id"`
	Code        string `json:"code"`
	Desa        string `json:"desa"`
	Kecamatan   string `json:"kecamatan"`
	Accompanied bool   `json:"accompanied"`
	MovementFigures
	ByBeneficiaries *MovementSplit `json:"by_beneficiaries,omitempty"`
}

// MovementGroup is the figures of a group of villages with their beneficiary split.
type MovementGroup struct {
	Villages int `json:"villages"`
	MovementFigures
	ByBeneficiaries *MovementSplit `json:"by_beneficiaries,omitempty"`
}

// Movement is the movement from edition A (from) to edition B (to).
type Movement struct {
	From            models.Edisi      `json:"from"`
	To              models.Edisi      `json:"to"`
	Total           MovementGroup     `json:"total"`
	Accompanied     MovementGroup     `json:"accompanied"`
	NonAccompanied  MovementGroup     `json:"non_accompanied"`
	ByBeneficiaries *MovementSplit    `json:"by_beneficiaries,omitempty"`
	MatchedByKK     int64             `json:"matched_by_kk"`
	MatchedByNIK    int64             `json:"matched_by_nik"`
	YearsFrom       int               `json:"years_from"` // accompanied: paired in a year from..to
	YearsTo         int               `json:"years_to"`
	AidUntil        string            `json:"aid_until"` // beneficiaries: aid recorded up to this month (YYYY-MM), "" = all
	Note            string            `json:"note"`
	Villages        []MovementVillage `json:"villages"`
}

// MovementOptions chooses what the movement splits.
type MovementOptions struct {
	ByBeneficiaries bool `json:"byBeneficiaries"`
}

// Movement computes the movement from edition fromID to edition toID, reporting
// progress (task MovementTask); cancelling ctx stops it.
func (s *Service) Movement(ctx context.Context, fromID, toID uint, opt MovementOptions) (Movement, error) {
	var mv Movement
	a, b, err := s.snapshots(ctx, fromID, toID, MovementTask)
	if err != nil {
		return mv, err
	}
	mv.From, mv.To, mv.Note = a.ed, b.ed, MovementNote

	// Match by No KK, then the families left on both sides by their members' NIK.
	aToB := matchByKK(a, b)
	bToA := make([]int32, len(b.fams))
	for i := range bToA {
		bToA[i] = -1
	}
	for i, j := range aToB {
		if j >= 0 && bToA[j] < 0 {
			bToA[j] = int32(i)
			mv.MatchedByKK++
		} else if j >= 0 {
			aToB[i] = -1 // a No KK twice in A: only the first is matched
		}
	}
	mv.MatchedByNIK = matchByNIK(a, b, aToB, bToA)

	// The comparison groups.
	yA, yB := editionYear(a.ed), editionYear(b.ed)
	if yA > yB {
		yA, yB = yB, yA
	}
	mv.YearsFrom, mv.YearsTo = yA, yB
	accompanied, err := s.accompaniedVillages(ctx, yA, yB)
	if err != nil {
		return mv, err
	}
	until := editionMonth(b.ed)
	if until > 0 {
		mv.AidUntil = fmt.Sprintf("%04d-%02d", until/100, until%100)
	}
	benA, err := s.beneficiaryFamilies(ctx, a.ed.ID, until)
	if err != nil {
		return mv, err
	}
	benB, err := s.beneficiaryFamilies(ctx, b.ed.ID, until)
	if err != nil {
		return mv, err
	}
	isBen := func(ai, bi int32) bool {
		return (ai >= 0 && benA[a.fams[ai].id]) || (bi >= 0 && benB[b.fams[bi].id])
	}

	// Count per village.
	byDesa := map[uint]*MovementVillage{}
	village := func(desa uint) *MovementVillage {
		v := byDesa[desa]
		if v == nil {
			v = &MovementVillage{DesaID: desa, Accompanied: accompanied[desa], ByBeneficiaries: &MovementSplit{}}
			byDesa[desa] = v
		}
		return v
	}
	count := func(v *MovementVillage, ben bool, add func(*MovementFigures)) {
		add(&v.MovementFigures)
		if ben {
			add(&v.ByBeneficiaries.Beneficiary)
		} else {
			add(&v.ByBeneficiaries.NonBeneficiary)
		}
	}
	for _, e := range []*editionSnap{a, b} {
		for _, f := range e.fams {
			village(f.desa) // every village with families is listed, even with nothing to count
		}
	}
	for i, f := range a.fams {
		if !lowDesil(f.desil) {
			continue
		}
		j := aToB[i]
		count(village(f.desa), isBen(int32(i), j), func(m *MovementFigures) {
			m.LowA++
			switch {
			case j < 0:
				m.Gone++
			case lowDesil(b.fams[j].desil):
				m.StillLow++
			case b.fams[j].desil == 0:
				m.NoDesil++
			default:
				m.Up++
			}
		})
	}
	for j, f := range b.fams {
		i := bToA[j]
		if !lowDesil(f.desil) || (i >= 0 && lowDesil(a.fams[i].desil)) {
			continue
		}
		count(village(f.desa), isBen(i, int32(j)), func(m *MovementFigures) { m.NewLow++ })
	}

	// Villages in code order, the groups and the regency.
	info, err := s.villageInfos(ctx)
	if err != nil {
		return mv, err
	}
	mv.Villages = make([]MovementVillage, 0, len(byDesa))
	mv.Total.ByBeneficiaries, mv.Accompanied.ByBeneficiaries, mv.NonAccompanied.ByBeneficiaries = &MovementSplit{}, &MovementSplit{}, &MovementSplit{}
	for _, v := range byDesa {
		vi := info[v.DesaID]
		v.Code, v.Desa, v.Kecamatan = vi.Code, vi.Name, vi.Kecamatan
		g := &mv.NonAccompanied
		if v.Accompanied {
			g = &mv.Accompanied
		}
		for _, grp := range []*MovementGroup{&mv.Total, g} {
			grp.Villages++
			grp.add(v.MovementFigures, *v.ByBeneficiaries)
		}
		mv.Villages = append(mv.Villages, *v)
	}
	slices.SortFunc(mv.Villages, func(x, y MovementVillage) int { return strings.Compare(x.Code, y.Code) })
	for i := range mv.Villages {
		v := &mv.Villages[i]
		v.rate()
		if opt.ByBeneficiaries {
			v.ByBeneficiaries.rate()
		} else {
			v.ByBeneficiaries = nil
		}
	}
	for _, g := range []*MovementGroup{&mv.Total, &mv.Accompanied, &mv.NonAccompanied} {
		g.rate()
		g.ByBeneficiaries.rate()
	}
	// The regency's beneficiary split is always given (the screen's comparison table).
	mv.ByBeneficiaries = mv.Total.ByBeneficiaries
	return mv, nil
}

// snapshots reads both editions for a comparison, with progress under task.
func (s *Service) snapshots(ctx context.Context, fromID, toID uint, task string) (*editionSnap, *editionSnap, error) {
	if fromID == toID {
		return nil, nil, models.Invalid(CodeSameEdition, "to", "Pilih dua edisi yang berbeda untuk dibandingkan.")
	}
	if ctx.Err() != nil {
		return nil, nil, errCompareCancelled(ctx)
	}
	ea, err := s.edition(ctx, fromID)
	if err != nil {
		return nil, nil, err
	}
	eb, err := s.edition(ctx, toID)
	if err != nil {
		return nil, nil, err
	}
	// The two editions are read at once, on two connections (WAL readers).
	sp := &snapProgress{p: common.NewProgress(s.em, task), total: int64(ea.Families + ea.Members + eb.Families + eb.Members),
		stage: "Membaca edisi " + ea.Name + " dan " + eb.Name}
	var a, b *editionSnap
	var errA, errB error
	var wg sync.WaitGroup
	bctx, stopB := context.WithCancel(ctx)
	defer stopB()
	wg.Add(1)
	go func() {
		defer wg.Done()
		b, errB = s.snapshot(bctx, eb, sp)
	}()
	if a, errA = s.snapshot(ctx, ea, sp); errA != nil {
		stopB()
	}
	wg.Wait()
	if errA != nil {
		return nil, nil, errA
	}
	if errB != nil {
		return nil, nil, errB
	}
	sp.p.Finish("Mencocokkan", "")
	return a, b, nil
}

// matchByNIK pairs the families of A and B left unmatched by No KK that share members
// (by NIK): each A family goes to the B family it shares most members with (the lowest
// id on a tie), each B family at most once. It returns how many were paired.
func matchByNIK(a, b *editionSnap, aToB, bToA []int32) int64 {
	votes := map[[2]int32]int{}
	for _, m := range a.mems {
		if !m.valid || aToB[m.fam] >= 0 {
			continue
		}
		k, ok := b.findNIK(m.nik)
		for ; ok && k < len(b.mems) && b.mems[k].nik == m.nik; k++ {
			if bf := b.mems[k].fam; b.mems[k].valid && bToA[bf] < 0 {
				votes[[2]int32{m.fam, bf}]++
			}
		}
	}
	if len(votes) == 0 {
		return 0
	}
	pairs := make([][3]int32, 0, len(votes))
	for k, n := range votes {
		pairs = append(pairs, [3]int32{k[0], k[1], int32(n)})
	}
	// Most shared members first, then A's and B's order.
	slices.SortFunc(pairs, func(x, y [3]int32) int {
		if x[2] != y[2] {
			return int(y[2] - x[2])
		}
		if x[0] != y[0] {
			return int(x[0] - y[0])
		}
		return int(x[1] - y[1])
	})
	var n int64
	for _, p := range pairs {
		if aToB[p[0]] < 0 && bToA[p[1]] < 0 {
			aToB[p[0]], bToA[p[1]] = p[1], p[0]
			n++
		}
	}
	return n
}

func lowDesil(d int8) bool { return d == 1 || d == 2 }

// editionYear is the year of an edition's data (its data date, else its import).
func editionYear(e models.Edisi) int {
	if m := editionMonth(e); m > 0 {
		return m / 100
	}
	return e.CreatedAt.Year()
}

// editionMonth is YYYYMM of the edition's data date, else of its import; 0 if neither.
func editionMonth(e models.Edisi) int {
	if len(e.DataDate) >= 7 {
		y, err1 := strconv.Atoi(e.DataDate[:4])
		m, err2 := strconv.Atoi(e.DataDate[5:7])
		if err1 == nil && err2 == nil {
			return y*100 + m
		}
	}
	if e.CreatedAt.IsZero() {
		return 0
	}
	return e.CreatedAt.Year()*100 + int(e.CreatedAt.Month())
}

// accompaniedVillages are the villages paired with an OPD in a year from y1 to y2.
func (s *Service) accompaniedVillages(ctx context.Context, y1, y2 int) (map[uint]bool, error) {
	var ids []uint
	err := s.db.WithContext(ctx).Raw(`SELECT DISTINCT desa_id FROM pendampingan WHERE year BETWEEN ? AND ?`, y1, y2).Scan(&ids).Error
	out := make(map[uint]bool, len(ids))
	for _, id := range ids {
		out[id] = true
	}
	return out, err
}

// beneficiaryFamilies are the families of an edition that received aid recorded in
// SiDamping up to month until (YYYYMM; 0 for all): a picked member's No KK, or the NIK
// of a picked member, is in the family.
func (s *Service) beneficiaryFamilies(ctx context.Context, editionID uint, until int) (map[uint]bool, error) {
	if until <= 0 {
		until = 999999
	}
	var ids []uint
	err := s.db.WithContext(ctx).Raw(`WITH picked AS (
			SELECT DISTINCT i.nik, i.nik_flag, pk.no_kk FROM penerima_manfaat p
			JOIN kegiatan g ON g.id = p.kegiatan_id JOIN pendampingan d ON d.id = g.pendampingan_id
			JOIN individu i ON i.id = p.individu_id JOIN keluarga pk ON pk.id = i.keluarga_id
			WHERE d.year * 100 + p.month <= ?)
		SELECT k.id FROM picked JOIN keluarga k ON k.no_kk = picked.no_kk WHERE k.edisi_id = ?
		UNION
		SELECT j.keluarga_id FROM picked JOIN individu j ON j.edisi_id = ? AND j.nik = picked.nik
		WHERE picked.nik_flag = 'valid'`, until, editionID, editionID).Scan(&ids).Error
	out := make(map[uint]bool, len(ids))
	for _, id := range ids {
		out[id] = true
	}
	return out, err
}

func (g *MovementGroup) add(f MovementFigures, sp MovementSplit) {
	g.MovementFigures.plus(f)
	g.ByBeneficiaries.Beneficiary.plus(sp.Beneficiary)
	g.ByBeneficiaries.NonBeneficiary.plus(sp.NonBeneficiary)
}

func (m *MovementFigures) plus(o MovementFigures) {
	m.LowA += o.LowA
	m.Up += o.Up
	m.StillLow += o.StillLow
	m.Gone += o.Gone
	m.NoDesil += o.NoDesil
	m.NewLow += o.NewLow
}

func (m *MovementFigures) rate() {
	m.UpRate = 0
	if m.LowA > 0 {
		m.UpRate = math.Round(float64(m.Up)*1000/float64(m.LowA)) / 10
	}
}

func (sp *MovementSplit) rate() {
	if sp != nil {
		sp.Beneficiary.rate()
		sp.NonBeneficiary.rate()
	}
}
