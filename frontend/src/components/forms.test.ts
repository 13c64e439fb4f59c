import { describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { NMessageProvider } from 'naive-ui'
import { i18n, setLocale } from '../i18n'
import { emptyProfile } from '../stores/profile'
import { isValidNip, kindFromCode, nip } from '../utils/rules'
import DesaCodeField from './DesaCodeField.vue'
import ProfileForm from './ProfileForm.vue'

vi.mock('../api/profile', () => ({
  profileApi: { save: vi.fn(), get: vi.fn(), logoDataURL: vi.fn(), chooseLogo: vi.fn(), removeLogo: vi.fn(), loadDemo: vi.fn() },
}))
import { profileApi } from '../api/profile'

function withProviders(comp: unknown, props: Record<string, unknown>) {
  return mount(defineComponent({ render: () => h(NMessageProvider, null, { default: () => h(comp as never, props) }) }), {
    global: { plugins: [createPinia(), i18n] },
    attachTo: document.body,
  })
}

describe('rules', () => {
  it('derives desa/kelurahan from the code', () => {
    expect(kindFromCode('33.20.01.2001')).toBe('desa')
    expect(kindFromCode('33.20.01.1005')).toBe('kelurahan')
    expect(kindFromCode('3320012001')).toBe('desa')
    expect(kindFromCode('33.20.01')).toBe('')
    expect(kindFromCode('33.20.01.3001')).toBe('')
  })
  it('checks NIP', () => {
    expect(isValidNip('197001011990031001')).toBe(true)
    expect(isValidNip('19700101 199003 1 001')).toBe(true)
    expect(isValidNip('1970010119900310')).toBe(false)
    expect(nip('')).toBeNull()
    expect(nip('12345')).toEqual({ key: 'rules.nip', params: { n: 5 } })
    expect(nip('19700101199003100A')?.key).toBe('rules.nip')
  })
})

describe('DesaCodeField', () => {
  it('shows the kind live as the user types', async () => {
    setLocale('id')
    const w = mount(DesaCodeField, { props: { modelValue: '' }, global: { plugins: [i18n] } })
    expect(w.find('[data-test="kind-derived"]').exists()).toBe(false)
    const input = w.find('input')
    await input.setValue('33.20.01.1001')
    expect(w.emitted('kind')?.at(-1)).toEqual(['kelurahan'])
    await w.setProps({ modelValue: '33.20.01.1001' })
    expect(w.find('[data-test="kind-derived"]').text()).toContain('Kelurahan')
    await w.setProps({ modelValue: '33.20.01.2001' })
    expect(w.find('[data-test="kind-derived"]').text()).toContain('Desa')
  })
})

describe('ProfileForm', () => {
  it('shows a bad NIP beside its field and does not save', async () => {
    setLocale('id')
    const p = emptyProfile()
    Object.assign(p, { regencyName: 'Kabupaten Jepara', province: 'Jawa Tengah', regencyCode: '33.20' })
    p.signatories[0].nip = '12345'
    const w = withProviders(ProfileForm, { initial: p })
    await w.find('form').trigger('submit')
    await nextTick()
    const item = w.find('[data-test="sig-bupati"]')
    expect(item.text()).toContain('NIP harus 18 digit angka (sekarang 5 digit).')
    expect(profileApi.save).not.toHaveBeenCalled()
    w.unmount()
  })

  it('puts the server’s field errors beside the fields', async () => {
    setLocale('id')
    vi.mocked(profileApi.save).mockRejectedValueOnce({
      code: 'profile.invalid', message: 'x',
      fields: { 'signatories.sekda.nip': 'NIP Sekretaris Daerah (1) harus 18 digit angka.', regencyCode: 'Kode salah.' },
    })
    const p = emptyProfile()
    Object.assign(p, { regencyName: 'Kabupaten Jepara', province: 'Jawa Tengah', regencyCode: '33.20' })
    const w = withProviders(ProfileForm, { initial: p })
    await w.find('form').trigger('submit')
    await flushPromises()
    expect(profileApi.save).toHaveBeenCalledOnce()
    expect(w.find('[data-test="sig-sekda"]').text()).toContain('NIP Sekretaris Daerah (1) harus 18 digit angka.')
    expect(w.text()).toContain('Kode salah.')
    w.unmount()
  })

  it('takes the kind out of a name typed as "Kota Semarang"', async () => {
    setLocale('id')
    vi.mocked(profileApi.save).mockImplementationOnce(async (p) => p as never)
    const p = emptyProfile()
    Object.assign(p, { regencyName: '', province: 'Jawa Tengah', regencyCode: '33.74' })
    const w = withProviders(ProfileForm, { initial: p })
    const input = w.find('[data-test="regencyName"] input')
    await input.setValue('Kota Semarang')
    await input.trigger('blur')
    await nextTick()
    expect((input.element as HTMLInputElement).value).toBe('Semarang')
    expect(w.text()).toContain('Tertulis di laporan dan surat sebagai “Kota Semarang”.')
    await w.find('form').trigger('submit')
    await flushPromises()
    expect(vi.mocked(profileApi.save).mock.calls.at(-1)?.[0]).toMatchObject({ regionKind: 'Kota', regencyName: 'Semarang' })
    w.unmount()
  })
})
