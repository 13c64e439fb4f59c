package app

import (
	"context"

	"sidamping/services/households"
)

// Movement computes how the desil 1-2 families moved from edition fromID to toID, per
// village, for beneficiary and non-beneficiary families and for accompanied and
// non-accompanied villages. A long job (task "movement"): progress events, cancel with
// JobsApp.Cancel.
func (a *HouseholdsApp) Movement(fromID, toID uint, opt households.MovementOptions) (households.Movement, error) {
	return runJob(a.rt, a.jobs, JobHouseholdsMove, households.MovementTask, "Perpindahan desil antaredisi", func(ctx context.Context) (households.Movement, error) {
		return a.s.Households.Movement(ctx, fromID, toID, opt)
	})
}

// Targeting checks the beneficiaries of the year's activities (or one pairing's) in the
// household edition valid at the time of the aid: tepat sasaran (desil 1-2), tepat
// lokasi (an accompanied village) and valid data, per activity and for the year.
func (a *HouseholdsApp) Targeting(f households.TargetingFilter) (households.Targeting, error) {
	return a.s.Households.Targeting(a.rt.Context(), f)
}

// Ledger lists the aid a family (No KK) or a person (NIK) received through SiDamping,
// across years and funding sources, flagging the same kind of aid twice in one year.
func (a *HouseholdsApp) Ledger(q households.LedgerQuery) (households.Ledger, error) {
	return a.s.Households.Ledger(a.rt.Context(), q)
}
