package reports

import (
	"fmt"

	"sidamping/services/common"
	"sidamping/services/orphans"
)

// SheetOrphans is the quarterly sheet of the orphans registry: counts only per
// village, never a child's name (names leave the office only in the named export).
const SheetOrphans = "Anak Yatim & Orang Tua Asuh"

// orphans writes the registry's counts per accompanied village as of the quarter's end.
func (q *quarterly) orphans() (int, error) {
	svc := orphans.New(q.s.db, q.s.clock, "")
	rows, err := svc.Counts(q.ctx, svc.QuarterPeriod(q.year, q.quarter))
	if err != nil {
		return 0, err
	}
	sh, err := q.sheet(SheetOrphans, fmt.Sprintf("Anak Yatim dan Orang Tua Asuh per Desa Dampingan (jumlah saja; penyaluran bulan %s s.d. %s %d)",
		common.BulanIndonesia[q.from-1], common.BulanIndonesia[q.to-1], q.year), orphans.CountColumns())
	if err != nil {
		return 0, err
	}
	for i, r := range rows {
		if err := sh.WriteRow(append([]any{i + 1}, orphans.CountValues(r)...)...); err != nil {
			return 0, err
		}
	}
	_, err = sh.WriteTotals("Jumlah", 1, orphans.CountTotals(rows))
	return len(rows), err
}
