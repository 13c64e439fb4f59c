// The household registry texts live in households.*.ts, merged under "households": the
// merged messages keep identical keys, no empty text and the same placeholders.
import { describe, expect, it } from 'vitest'
import { get, messages, namespaceChecks } from './namespace.testkit'
import hhId from './households.id'
import hhEn from './households.en'


describe('i18n households namespace', () => {
  const msgs = messages()
  namespaceChecks('households', hhId, hhEn)
  it('names the import task in the progress panel', () => {
    expect(get(msgs.id, 'progress.tasks.import-households')).toBeTruthy()
    expect(get(msgs.en, 'progress.tasks.import-households')).toBeTruthy()
  })
})
