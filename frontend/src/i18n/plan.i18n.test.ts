// The Rencana & Realisasi texts live in plan.id.ts / plan.en.ts, merged under "plan":
// the merged messages must keep identical keys, no empty text and the same placeholders.
import { describe } from 'vitest'
import { namespaceChecks } from './namespace.testkit'
import planId from './plan.id'
import planEn from './plan.en'

describe('i18n plan namespace', () => {
  namespaceChecks('plan', planId, planEn)
})
