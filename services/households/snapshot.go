package households

import (
	"context"
	"slices"
	"strings"
	"sync/atomic"

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

// snapMember is one member with a 16-digit NIK.
type snapMember struct {
	nik   uint64
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

// snapProgress reports the rows read by the snapshots of a comparison (both editions
// are read at once, so it counts atomically).
type snapProgress struct {
	p     *common.Progress
	stage string
	done  atomic.Int64
	total int64
}

func (sp *snapProgress) add(n int64) {
	done := sp.done.Add(n)
	if sp.p != nil {
		sp.p.Report(sp.stage, done, sp.total)
	}
}

// snapshot reads an edition. Cancelling ctx stops it between rows. An import writes an
// edition's families and members with consecutive ids, so both are read as ranges of
// the tables' rowids (no index lookups); rows of another edition inside a range are
// skipped. The queries return few columns, packed where they can be (every column
// costs a call into SQLite per row): a family's village and desil as desa*16+desil.
// Only members with a valid NIK are read.
func (s *Service) snapshot(ctx context.Context, ed models.Edisi, sp *snapProgress) (*editionSnap, error) {
	db := s.db.WithContext(ctx)
	snap := &editionSnap{ed: ed, fams: make([]snapFamily, 0, ed.Families), mems: make([]snapMember, 0, ed.Members)}
	var fr struct{ Lo, Hi int64 } // hi -1: an empty range
	if err := db.Raw(`SELECT COALESCE(MIN(id), 0) AS lo, COALESCE(MAX(id), -1) AS hi FROM keluarga WHERE edisi_id = ?`, ed.ID).Scan(&fr).Error; err != nil {
		return nil, cancelledOr(ctx, err)
	}
	rows, err := db.Raw(`SELECT id, COALESCE(no_kk, ''), desa_id * 16 + COALESCE(desil, 0) FROM keluarga
		WHERE id BETWEEN ? AND ? AND edisi_id = ? ORDER BY id`, fr.Lo, fr.Hi, ed.ID).Rows()
	if err != nil {
		return nil, cancelledOr(ctx, err)
	}
	var n, packed int64
	for rows.Next() {
		var f snapFamily
		if err := rows.Scan(&f.id, &f.kk, &packed); err != nil {
			rows.Close()
			return nil, err
		}
		f.desa, f.desil = uint(packed/16), int8(packed%16)
		snap.fams = append(snap.fams, f)
		if n++; n&0x3fff == 0 {
			if ctx.Err() != nil {
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
	snap.byKK = make(map[string]int32, len(snap.fams))
	for i, f := range snap.fams {
		if f.kk == "" {
			continue
		}
		if _, dup := snap.byKK[f.kk]; !dup {
			snap.byKK[f.kk] = int32(i)
		}
	}
	if len(snap.fams) == 0 {
		return snap, nil
	}

	// The members' id range comes from the family index (it carries the rowid).
	var mr struct{ Lo, Hi int64 } // hi -1: an empty range
	if err := db.Raw(`SELECT COALESCE(MIN(id), 0) AS lo, COALESCE(MAX(id), -1) AS hi FROM individu WHERE keluarga_id BETWEEN ? AND ?`,
		fr.Lo, fr.Hi).Scan(&mr).Error; err != nil {
		return nil, cancelledOr(ctx, err)
	}
	rows, err = db.Raw(`SELECT keluarga_id, CAST(nik AS INTEGER) FROM individu WHERE id BETWEEN ? AND ? AND nik_flag = 'valid'`, mr.Lo, mr.Hi).Rows()
	if err != nil {
		return nil, cancelledOr(ctx, err)
	}
	defer rows.Close()
	n = 0
	var famID uint
	var nik int64
	fi := 0
	for rows.Next() {
		if err := rows.Scan(&famID, &nik); err != nil {
			return nil, err
		}
		if n++; n&0x3fff == 0 {
			if ctx.Err() != nil {
				return nil, errCompareCancelled(ctx)
			}
			sp.add(0x4000)
		}
		// Members mostly follow their families: try the next family before searching.
		if snap.fams[fi].id != famID {
			if fi+1 < len(snap.fams) && snap.fams[fi+1].id == famID {
				fi++
			} else {
				j, ok := slices.BinarySearchFunc(snap.fams, famID, func(f snapFamily, id uint) int { return cmpUint(f.id, id) })
				if !ok {
					continue // a member of another edition within the range
				}
				fi = j
			}
		}
		snap.mems = append(snap.mems, snapMember{nik: uint64(nik), fam: int32(fi), valid: true})
	}
	if err := rows.Err(); err != nil {
		return nil, cancelledOr(ctx, err)
	}
	sp.add(n & 0x3fff)
	slices.SortFunc(snap.mems, func(a, b snapMember) int {
		if a.nik != b.nik {
			return cmpU64(a.nik, b.nik)
		}
		return int(a.fam - b.fam)
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
	if err == nil {
		return nil
	}
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
