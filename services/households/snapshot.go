package households

import (
	"context"
	"slices"
	"strconv"
	"strings"

	"sidamping/models"
	"sidamping/services/common"
)

// Comparing two editions (Compare, Movement) reads each edition once into compact
// slices: its families (id, No KK, village, desil) and its members that carry a NIK,
// packed as a number (16 digits fit in a uint64) and sorted, so two editions of a
// million members are matched by a merge in a few dozen megabytes instead of by
// correlated sub-queries or maps of rows.

// snapFamily is one family of an edition.
type snapFamily struct {
	id    uint
	kk    string // "" when the family has no No KK (never matched by it)
	desa  uint
	desil int8 // 0 when unknown
}

// snapMember is one member with a NIK.
type snapMember struct {
	nik   uint64
	id    uint
	fam   int32 // index in editionSnap.fams
	valid bool  // nik_flag = valid
}

// editionSnap is an edition held for comparing.
type editionSnap struct {
	ed   models.Edisi
	fams []snapFamily // by id
	mems []snapMember // by NIK, then id
	byKK map[string]int32
}

// snapProgress reports the rows read by the snapshots of a comparison.
type snapProgress struct {
	p     *common.Progress
	stage string
	done  int64
	total int64
}

func (sp *snapProgress) add(n int64) {
	sp.done += n
	if sp.p != nil {
		sp.p.Report(sp.stage, sp.done, sp.total)
	}
}

// snapshot reads an edition. Cancelling ctx stops it between rows.
func (s *Service) snapshot(ctx context.Context, ed models.Edisi, sp *snapProgress) (*editionSnap, error) {
	db := s.db.WithContext(ctx)
	snap := &editionSnap{ed: ed, fams: make([]snapFamily, 0, ed.Families), mems: make([]snapMember, 0, ed.Members)}
	rows, err := db.Raw(`SELECT id, COALESCE(no_kk, ''), desa_id, COALESCE(desil, 0) FROM keluarga WHERE edisi_id = ?`, ed.ID).Rows()
	if err != nil {
		return nil, err
	}
	var n int64
	for rows.Next() {
		var f snapFamily
		if err := rows.Scan(&f.id, &f.kk, &f.desa, &f.desil); err != nil {
			rows.Close()
			return nil, err
		}
		snap.fams = append(snap.fams, f)
		if n++; n&0x3fff == 0 {
			if err := ctx.Err(); err != nil {
				rows.Close()
				return nil, errCompareCancelled(ctx)
			}
			sp.add(0x4000)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, cancelledOr(ctx, err)
	}
	sp.add(n & 0x3fff)
	slices.SortFunc(snap.fams, func(a, b snapFamily) int { return cmpUint(a.id, b.id) })
	snap.byKK = make(map[string]int32, len(snap.fams))
	for i, f := range snap.fams {
		if f.kk == "" {
			continue
		}
		if _, dup := snap.byKK[f.kk]; !dup {
			snap.byKK[f.kk] = int32(i)
		}
	}

	rows, err = db.Raw(`SELECT i.id, i.keluarga_id, i.nik, i.nik_flag = 'valid' FROM keluarga k JOIN individu i ON i.keluarga_id = k.id
		WHERE k.edisi_id = ? AND i.nik IS NOT NULL`, ed.ID).Rows()
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	n = 0
	var nik string
	var famID uint
	for rows.Next() {
		var m snapMember
		if err := rows.Scan(&m.id, &famID, &nik, &m.valid); err != nil {
			return nil, err
		}
		if n++; n&0x3fff == 0 {
			if err := ctx.Err(); err != nil {
				return nil, errCompareCancelled(ctx)
			}
			sp.add(0x4000)
		}
		v, err := strconv.ParseUint(nik, 10, 64)
		if err != nil || len(nik) != 16 {
			continue // a temporary NIK that is not 16 digits cannot equal a real one
		}
		fi, ok := slices.BinarySearchFunc(snap.fams, famID, func(f snapFamily, id uint) int { return cmpUint(f.id, id) })
		if !ok {
			continue
		}
		m.nik, m.fam = v, int32(fi)
		snap.mems = append(snap.mems, m)
	}
	if err := rows.Err(); err != nil {
		return nil, cancelledOr(ctx, err)
	}
	sp.add(n & 0x3fff)
	slices.SortFunc(snap.mems, func(a, b snapMember) int {
		if a.nik != b.nik {
			return cmpU64(a.nik, b.nik)
		}
		return cmpUint(a.id, b.id)
	})
	return snap, nil
}

// findNIK finds the first member carrying nik.
func (e *editionSnap) findNIK(nik uint64) (int, bool) {
	return slices.BinarySearchFunc(e.mems, nik, func(m snapMember, v uint64) int { return cmpU64(m.nik, v) })
}

// match gives, for each family of a, the index of the family of b with the same No KK
// (-1 when none).
func matchByKK(a, b *editionSnap) []int32 {
	out := make([]int32, len(a.fams))
	for i, f := range a.fams {
		out[i] = -1
		if f.kk == "" {
			continue
		}
		if j, ok := b.byKK[f.kk]; ok {
			out[i] = j
		}
	}
	return out
}

// errCompareCancelled is the coded error of a comparison stopped by the user.
func errCompareCancelled(ctx context.Context) error {
	return models.NewError(models.ErrCancelled, "cancelled", "Perbandingan edisi dibatalkan.").Wrap(ctx.Err())
}

// cancelledOr turns the error of a query stopped by ctx into the coded cancel.
func cancelledOr(ctx context.Context, err error) error {
	if ctx.Err() != nil || strings.Contains(err.Error(), "interrupted") {
		return errCompareCancelled(ctx)
	}
	return err
}

func cmpUint(a, b uint) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func cmpU64(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// villageInfo is a village's code, name and kecamatan.
type villageInfo struct {
	Code, Name, Kecamatan string
}

// villageInfos maps desa id → its code, name and kecamatan.
func (s *Service) villageInfos(ctx context.Context) (map[uint]villageInfo, error) {
	var rows []struct {
		ID                    uint
		Code, Name, Kecamatan string
	}
	err := s.db.WithContext(ctx).Raw(`SELECT d.id, d.code, d.name, k.name AS kecamatan FROM desa d JOIN kecamatan k ON k.id = d.kecamatan_id`).Scan(&rows).Error
	out := make(map[uint]villageInfo, len(rows))
	for _, r := range rows {
		out[r.ID] = villageInfo{r.Code, r.Name, r.Kecamatan}
	}
	return out, err
}
