// The app/system store: installation info, the boot state, the language and the active
// programme year shown in the header.
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { systemApi } from '../api/system'
import { masterApi } from '../api/master'
import { AppError, toAppError } from '../api/errors'
import type { SystemInfo, YearRow } from '../api/types'
import { setLocale, type Lang } from '../i18n'

export const useAppStore = defineStore('app', () => {
  const info = ref<SystemInfo | null>(null)
  const bootError = ref<AppError | null>(null)
  const loading = ref(true)
  const years = ref<YearRow[]>([])
  const lang = ref<Lang>('id')

  const configured = computed(() => info.value?.configured === true)
  const activeYear = computed(() => info.value?.activeYear ?? 0)
  const regencyName = computed(() => info.value?.regencyName ?? '')

  async function boot(): Promise<void> {
    loading.value = true
    bootError.value = null
    try {
      info.value = await systemApi.info()
      lang.value = setLocale(info.value.language)
      if (info.value.configured) await loadYears()
    } catch (e) {
      bootError.value = toAppError(e)
    } finally {
      loading.value = false
    }
  }

  async function refreshInfo(): Promise<void> {
    info.value = await systemApi.info()
  }

  async function loadYears(): Promise<void> {
    years.value = await masterApi.listYears()
  }

  async function setActiveYear(year: number): Promise<void> {
    await masterApi.setActiveYear(year)
    await Promise.all([refreshInfo(), loadYears()])
  }

  async function setLanguage(l: Lang): Promise<void> {
    await systemApi.setLanguage(l)
    lang.value = setLocale(l)
  }

  return {
    info, bootError, loading, years, lang, configured, activeYear, regencyName,
    boot, refreshInfo, loadYears, setActiveYear, setLanguage,
  }
})
