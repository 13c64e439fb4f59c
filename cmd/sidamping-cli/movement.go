package main

import (
	"encoding/json"
	"fmt"
	"strings"

	"sidamping/models"
	"sidamping/services/common"
	"sidamping/services/households"
)

// RunMovement computes the movement of desil 1-2 families between two editions (by
// name): --json prints the service's object (regency totals, accompanied and
// non-accompanied villages, villages[] with code, low_a, up, still_low, gone, no_desil,
// new_low; with byBeneficiaries each split into beneficiary / non-beneficiary families).
func RunMovement(e *env, from, to string, byBeneficiaries bool) (output, error) {
	db, _, err := e.openDB(false)
	if err != nil {
		return output{}, err
	}
	defer models.Close(db)
	svc := households.New(db, e.clock, common.NopEmitter{}, nil)
	a, err := svc.EditionByName(e.ctx, from)
	if err != nil {
		return output{}, err
	}
	b, err := svc.EditionByName(e.ctx, to)
	if err != nil {
		return output{}, err
	}
	mv, err := svc.Movement(e.ctx, a.ID, b.ID, households.MovementOptions{ByBeneficiaries: byBeneficiaries})
	if err != nil {
		return output{}, err
	}
	raw, err := json.Marshal(mv)
	if err != nil {
		return output{}, models.Internal(err)
	}
	data := map[string]any{}
	if err := json.Unmarshal(raw, &data); err != nil {
		return output{}, models.Internal(err)
	}
	return output{data: data, text: movementText(mv, byBeneficiaries)}, nil
}

// movementText is the movement for people: the regency, the comparison groups, then
// one line per village.
func movementText(mv households.Movement, split bool) string {
	var b strings.Builder
	line := func(label string, f households.MovementFigures) {
		fmt.Fprintf(&b, "%-34s desil 1-2 %6d  naik %6d (%5.1f%%)  tetap %6d  keluar %6d  tanpa desil %5d  baru 1-2 %6d\n",
			label, f.LowA, f.Up, f.UpRate, f.StillLow, f.Gone, f.NoDesil, f.NewLow)
	}
	fmt.Fprintf(&b, "Perpindahan %s → %s (dicocokkan No KK %d, NIK %d)\n", mv.From.Name, mv.To.Name, mv.MatchedByKK, mv.MatchedByNIK)
	line("Kabupaten", mv.Total.MovementFigures)
	line(fmt.Sprintf("Desa dampingan (%d)", mv.Accompanied.Villages), mv.Accompanied.MovementFigures)
	line(fmt.Sprintf("Desa bukan dampingan (%d)", mv.NonAccompanied.Villages), mv.NonAccompanied.MovementFigures)
	line("Keluarga penerima manfaat", mv.ByBeneficiaries.Beneficiary)
	line("Keluarga bukan penerima", mv.ByBeneficiaries.NonBeneficiary)
	b.WriteString(mv.Note + "\n\n")
	for _, v := range mv.Villages {
		line(v.Code+" "+v.Desa, v.MovementFigures)
		if split && v.ByBeneficiaries != nil {
			line("  penerima", v.ByBeneficiaries.Beneficiary)
			line("  bukan penerima", v.ByBeneficiaries.NonBeneficiary)
		}
	}
	return strings.TrimRight(b.String(), "\n")
}
