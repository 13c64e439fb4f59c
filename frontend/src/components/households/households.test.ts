// Component tests of the registry screens' parts: NIK masked until a row is revealed,
// the family's cells once per family, and the mapping editor's state and markers.
import { describe, expect, it, vi } from 'vitest'
import { defineComponent, h, reactive } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { NMessageProvider } from 'naive-ui'
import { i18n } from '../../i18n'
import type { FamilyRow, SheetPreview } from '../../api/households-types'
import { initMapping, setColumn } from '../../utils/households'
import FamilyTable from './FamilyTable.vue'
import MappingEditor from './MappingEditor.vue'
import ImportResultCard from './ImportResultCard.vue'
import RowErrorTable from './RowErrorTable.vue'

vi.mock('../../api/households', () => ({
  householdsApi: { reveal: vi.fn(async (id: number) => ({ id, nik: '3399022000010001', noKk: '3399020000010001' })) },
}))
import { householdsApi } from '../../api/households'

function withProviders(comp: unknown, props: Record<string, unknown>) {
  return mount(defineComponent({ render: () => h(NMessageProvider, null, { default: () => h(comp as never, props) }) }), {
    global: { plugins: [createPinia(), i18n] },
    attachTo: document.body,
  })
}

const member = (id: number, name: string, nik: string) => ({
  id, keluargaId: 1, edisiId: 1, nik, nikFlag: '', noKk: '3399xxxxxxxx0001', name, relationship: 'ANAK', sex: 'LAKI-LAKI',
  birthPlace: 'BLORA', birthDate: '1980-01-12', desaId: 1, desa: 'Banyulor', kecamatan: 'Sukorejo', address: 'DUSUN KRAJAN',
  rt: '001', rw: '001', status: id === 2 ? 'meninggal' : '', statusDate: '', verifierName: '', statusNote: '',
})
const family: FamilyRow = {
  id: 1, noKk: '3399xxxxxxxx0001', address: 'DUSUN KRAJAN', rt: '001', rw: '001', desil: 1, status: '', statusDate: '',
  verifierName: '', statusNote: '',
  members: [member(1, 'SRI WARGA', '3399xxxxxxxx0001'), member(2, 'BUDI WARGA', '3399xxxxxxxx0002')],
}

describe('FamilyTable', () => {
  it('shows NIK masked until the row is revealed', async () => {
    const w = withProviders(FamilyTable, { families: [family], loading: false, checked: [] })
    await flushPromises()
    const niks = () => w.findAll('[data-test="nik"]').map((n) => n.text())
    expect(niks()).toEqual(['3399xxxxxxxx0001', '3399xxxxxxxx0002'])
    expect(w.findAll('[data-test="member-row"]')).toHaveLength(2)
    await w.findAll('[data-test="reveal"]')[0].trigger('click')
    await flushPromises()
    expect(householdsApi.reveal).toHaveBeenCalledWith(1)
    expect(niks()).toEqual(['3399022000010001', '3399xxxxxxxx0002'])
    expect(w.text()).toContain('3399020000010001') // the family's No KK, revealed with its member
    await w.findAll('[data-test="reveal"]')[0].trigger('click')
    expect(niks()[0]).toBe('3399xxxxxxxx0001')
    w.unmount()
  })
})

describe('MappingEditor', () => {
  const sheet: SheetPreview = {
    file: '/data/dtks.xlsx', sheet: 'DTKS', source: 'dtks', headerRow: 2, headers: ['NIK', 'NAMA', 'KET'],
    columns: ['nik', 'name', ''], remembered: true, missing: [], samples: [['3399022000010001', 'SRI', 'x']],
  }
  const fields = [{ key: 'nik', label: 'NIK', required: true }, { key: 'name', label: 'Nama', required: true }, { key: '', label: 'Tambahan', required: false }]
  it('marks a remembered mapping, then a changed one with a missing required field', async () => {
    const state = reactive(initMapping([sheet])[0])
    const w = withProviders(MappingEditor, { state, fields, samples: sheet.samples, headerRow: 2, source: 'dtks' })
    await flushPromises()
    expect(w.find('[data-test="mapping-remembered"]').exists()).toBe(true)
    expect(w.find('[data-test="mapping-missing"]').exists()).toBe(false)
    expect(w.text()).toContain('3399022000010001')
    setColumn(state, 1, '')
    await flushPromises()
    expect(w.find('[data-test="mapping-missing"]').text()).toContain('Nama')
    expect(w.text()).toContain('Pemetaan diubah')
    w.unmount()
  })
})

describe('ImportResultCard', () => {
  const base = {
    editionId: 1, edition: 'DTKS Oktober', source: 'dtks', rowsRead: 4, imported: 4, families: 2, skipped: 0, errorCount: 0,
    errors: [], errorReport: '', notes: ['1 baris diimpor dengan NIK sementara (bukan 16 angka); lengkapi NIK-nya saat verifikasi.'], seconds: 0.4,
  }
  const row = { file: '/data/dtks.xlsx', sheet: 'DTKS', row: 3, column: 'C', header: 'NIK', value: 'SEMENTARA-01', code: 'households.nik_temporary', message: 'NIK SEMENTARA-01 bukan 16 angka.' }
  it('counts and lists the rows kept with a temporary NIK', async () => {
    const w = withProviders(ImportResultCard, { result: { ...base, flagged: [row], flaggedCount: 1 } })
    await flushPromises()
    expect(w.find('[data-test="result-flagged"]').text()).toContain('NIK sementara: 1 baris')
    // the table virtual-scrolls (no rows in jsdom): check what it is given
    const tables = w.findAllComponents(RowErrorTable).filter((c) => c.element.closest('[data-test="result-flagged-rows"]'))
    expect(tables).toHaveLength(1)
    expect(tables[0].props('errors')).toEqual([row])
    expect(w.text()).toContain('1 baris diimpor dengan NIK sementara')
    w.unmount()
  })
  it('shows no flagged block when every NIK is valid', async () => {
    const w = withProviders(ImportResultCard, { result: { ...base, notes: [], flagged: [], flaggedCount: 0 } })
    await flushPromises()
    expect(w.find('[data-test="result-flagged"]').exists()).toBe(false)
    w.unmount()
  })
})
