// Buka/Cetak and Simpan salinan of an issued letter, shared by Surat and Arsip Surat.
import { ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { lettersApi } from '../api/letters'
import { useNotify } from './useNotify'

export function useLetterActions() {
  const { t } = useI18n()
  const notify = useNotify()
  const busy = ref(0)

  async function openPdf(id: number): Promise<void> {
    busy.value = id
    try {
      await lettersApi.openPdf(id)
      notify.info(t('letters.opened'))
    } catch (e) {
      notify.fail(e)
    } finally {
      busy.value = 0
    }
  }

  async function saveCopy(id: number): Promise<void> {
    busy.value = id
    try {
      const p = await lettersApi.exportPdf(id)
      if (p) notify.ok(t('letters.copySaved', { path: p }))
    } catch (e) {
      notify.fail(e)
    } finally {
      busy.value = 0
    }
  }

  return { busy, openPdf, saveCopy }
}
