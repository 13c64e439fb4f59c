// The print texts (issue #9) live in print.*.ts, merged under "print": the
// merged messages keep identical keys, no empty text and the same placeholders.
import { describe, expect, it } from 'vitest'
import { namespaceChecks } from './namespace.testkit'
import prId from './print.id'
import prEn from './print.en'

describe('i18n print namespace', () => {
  namespaceChecks('print', prId, prEn)
  it('has a letterhead hint for every signatory role', () => {
    expect(Object.keys(prId.kop).sort()).toEqual(['bupati', 'kepala_bappeda', 'sekda', 'wakil_bupati'])
  })
})
