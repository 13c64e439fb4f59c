// "Did it work?": the movement of desil 1-2 families between editions (HouseholdsApp.Movement).
import * as HouseholdsApp from '../../wailsjs/go/app/HouseholdsApp'
import { households } from '../../wailsjs/go/models'
import { call } from './errors'

type Plain<T> = Omit<T, 'convertValues'>
export type MovementFigures = Plain<households.MovementFigures>
export type MovementSplit = { beneficiary: MovementFigures; non_beneficiary: MovementFigures }
export type MovementVillage = Omit<Plain<households.MovementVillage>, 'by_beneficiaries'> & { by_beneficiaries?: MovementSplit }
export type MovementGroup = Omit<Plain<households.MovementGroup>, 'by_beneficiaries'> & { by_beneficiaries?: MovementSplit }
export type Movement = Omit<Plain<households.Movement>, 'villages' | 'total' | 'accompanied' | 'non_accompanied' | 'by_beneficiaries'> & {
  total: MovementGroup
  accompanied: MovementGroup
  non_accompanied: MovementGroup
  by_beneficiaries?: MovementSplit
  villages: MovementVillage[]
}

/** The progress task of a movement (its panel and cancel). */
export const MOVEMENT_TASK = 'movement'

export type LedgerEntry = Plain<households.LedgerEntry>
export type Ledger = Omit<Plain<households.Ledger>, 'entries'> & { entries: LedgerEntry[] }

export const outcomeApi = {
  /** The aid of the family (scope "keluarga") or the person ("individu") of a member. */
  ledger: (memberId: number, scope: 'keluarga' | 'individu'): Promise<Ledger> =>
    call(async () => {
      const l = await HouseholdsApp.Ledger(households.LedgerQuery.createFrom({ memberId, scope, noKk: '', nik: '' }))
      return { ...l, years: l.years ?? [], entries: (l.entries ?? []).map((e) => ({ ...e, sources: e.sources ?? [] })) }
    }),
  movement: (fromId: number, toId: number, byBeneficiaries: boolean): Promise<Movement> =>
    call(async () => {
      const m = await HouseholdsApp.Movement(fromId, toId, households.MovementOptions.createFrom({ byBeneficiaries }))
      return { ...(m as unknown as Movement), villages: (m.villages ?? []) as unknown as MovementVillage[] }
    }),
}
