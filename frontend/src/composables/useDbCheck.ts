// "Periksa basis data": the full check (every table, index and reference) as the job
// "check-db", whose progress bar and Batal button are the window's TaskProgress. The
// start-up runs only the quick check. Used on Edisi and Pengaturan → Cadangan.
import { ref } from 'vue'
import { householdsApi } from '../api/households'
import type { DbCheckReport } from '../api/households-types'
import { useTaskStore } from '../stores/tasks'
import { useNotify } from './useNotify'

export function useDbCheck() {
  const tasks = useTaskStore()
  const notify = useNotify()
  const checking = ref(false)
  const check = ref<DbCheckReport | null>(null)

  async function runCheck(): Promise<void> {
    checking.value = true
    check.value = null
    try {
      check.value = await tasks.track('check-db', () => householdsApi.checkDatabase(true))
    } catch (e) {
      notify.fail(e)
    } finally {
      checking.value = false
    }
  }
  return { checking, check, runCheck }
}
