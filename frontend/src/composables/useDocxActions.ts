// "Simpan sebagai Word" of letters (draft or issued) and of the evaluation summary,
// shared by Surat, Arsip Surat and Evaluasi.
import { ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { docxApi } from '../api/docx'
import type { LetterRequest } from '../api/types'
import { useNotify } from './useNotify'

export function useDocxActions() {
  const { t } = useI18n()
  const notify = useNotify()
  const saving = ref(false)

  async function run(save: () => Promise<string>, done: string): Promise<void> {
    saving.value = true
    try {
      const path = await save()
      if (path) notify.ok(t(done, { path }))
    } catch (e) {
      notify.fail(e)
    } finally {
      saving.value = false
    }
  }

  return {
    saving,
    saveDraft: (req: LetterRequest) => run(() => docxApi.saveDraft(req), 'docx.saved'),
    saveLetter: (id: number) => run(() => docxApi.saveLetter(id), 'docx.saved'),
    saveEvaluation: (pid: number, semester: number) => run(() => docxApi.saveEvaluation(pid, semester), 'docx.evaluationSaved'),
  }
}
