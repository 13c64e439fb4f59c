// Runs one report task (save dialog → progress with Cancel → result) for a Laporan card.
import { ref } from 'vue'
import { toAppError } from '../../api/errors'
import { useNotify } from '../../composables/useNotify'
import { useTaskStore } from '../../stores/tasks'

export function useReportTask(task: string) {
  const notify = useNotify()
  const tasks = useTaskStore()
  const running = ref(false)
  const path = ref('')
  const error = ref('')

  /** run returns the saved path ("" when the dialog was cancelled). */
  async function start<T extends { path: string }>(run: () => Promise<T>, onDone?: (r: T) => void): Promise<void> {
    running.value = true
    error.value = ''
    try {
      const r = await tasks.track(task, run)
      if (!r.path) return
      path.value = r.path
      onDone?.(r)
    } catch (e) {
      const err = toAppError(e)
      path.value = ''
      if (!err.cancelled) error.value = notify.errorText(err)
      notify.fail(err)
    } finally {
      running.value = false
    }
  }
  return { running, path, error, start }
}
