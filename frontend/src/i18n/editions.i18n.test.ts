// The edition archive/check texts and the import stages live in editions.*.ts, merged under
// "editions": identical keys, no empty text, the same placeholders.
import { describe, expect, it } from 'vitest'
import { get, messages, namespaceChecks } from './namespace.testkit'
import hhId from './editions.id'
import hhEn from './editions.en'


describe('i18n editions namespace', () => {
  const msgs = messages()
  namespaceChecks('editions', hhId, hhEn)
  it('names the import task in the progress panel', () => {
    expect(get(msgs.id, 'progress.tasks.import-households')).toBeTruthy()
    expect(get(msgs.en, 'progress.tasks.import-households')).toBeTruthy()
  })
})
