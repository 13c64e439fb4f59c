// The orphans registry texts live in orphans.*.ts, merged under "orphans": identical
// keys in both languages, no empty text, the same placeholders, task names merged.
import { describe, expect, it } from 'vitest'
import { get, messages, namespaceChecks } from './namespace.testkit'
import orId from './orphans.id'
import orEn from './orphans.en'

describe('i18n orphans namespace', () => {
  const msgs = messages()
  namespaceChecks('orphans', orId, orEn)
  it('names the import and export tasks in the progress panel, keeping the others', () => {
    expect(get(msgs.id, 'progress.tasks.import-orphans')).toBe('Mengimpor data anak yatim')
    expect(get(msgs.en, 'progress.tasks.export-orphans')).toBeTruthy()
    expect(get(msgs.id, 'progress.tasks.import-households')).toBeTruthy()
  })
})
