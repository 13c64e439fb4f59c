// The regency profile (setup screen and Pengaturan → Profil Daerah).
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { profileApi } from '../api/profile'
import type { Profile } from '../api/types'

export const SIGNATORY_ROLES = ['bupati', 'wakil_bupati', 'sekda', 'kepala_bappeda'] as const

/** An empty profile with the four signatory roles, for the first-run form. */
export function emptyProfile(): Profile {
  return {
    id: 0, regionKind: 'Kabupaten', regencyName: '', province: 'Jawa Tengah', regencyCode: '', capital: '', officeName: '',
    address: '', phone: '', email: '', website: '', letterhead: '', logoMime: '', updatedAt: null,
    hasLogo: false,
    signatories: SIGNATORY_ROLES.map((role) => ({ id: 0, role, title: '', name: '', rank: '', nip: '' })),
  }
}

/** Makes sure every role is present, in display order. */
export function withAllRoles(p: Profile): Profile {
  const byRole = new Map((p.signatories ?? []).map((s) => [s.role, s]))
  return {
    ...p,
    signatories: SIGNATORY_ROLES.map((role) => byRole.get(role) ?? { id: 0, role, title: '', name: '', rank: '', nip: '' }),
  }
}

export const useProfileStore = defineStore('profile', () => {
  const profile = ref<Profile | null>(null)
  const logoUrl = ref('')

  async function load(): Promise<Profile> {
    profile.value = withAllRoles(await profileApi.get())
    logoUrl.value = profile.value.hasLogo ? await profileApi.logoDataURL() : ''
    return profile.value
  }

  async function save(p: Profile): Promise<Profile> {
    profile.value = withAllRoles(await profileApi.save(p))
    return profile.value
  }

  /** Opens the file dialog; true when a logo was stored. */
  async function chooseLogo(): Promise<boolean> {
    const ok = await profileApi.chooseLogo()
    if (ok) logoUrl.value = await profileApi.logoDataURL()
    return ok
  }

  async function removeLogo(): Promise<void> {
    await profileApi.removeLogo()
    logoUrl.value = ''
  }

  return { profile, logoUrl, load, save, chooseLogo, removeLogo }
})
