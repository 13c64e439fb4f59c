// Long tasks in progress (backup, restore, import, export), fed by the "progress" event.
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { onProgress } from '../api/events'
import { systemApi } from '../api/system'
import { jobsApi } from '../api/jobs'
import type { ProgressEvent } from '../api/types'

export const useTaskStore = defineStore('tasks', () => {
  const tasks = ref<Record<string, ProgressEvent>>({})
  const running = computed(() => Object.values(tasks.value))
  let stop: (() => void) | null = null
  const timers = new Map<string, ReturnType<typeof setTimeout>>()
  // Tasks whose call has returned: late events for them are ignored for a moment.
  const closed = new Map<string, number>()

  function update(ev: ProgressEvent): void {
    const at = closed.get(ev.task)
    if (at !== undefined && Date.now() - at < 2000) return
    closed.delete(ev.task)
    tasks.value = { ...tasks.value, [ev.task]: ev }
    const old = timers.get(ev.task)
    if (old) clearTimeout(old)
    // A finished task disappears shortly after; a silent one after a while.
    const finished = ev.total > 0 && ev.done >= ev.total
    timers.set(ev.task, setTimeout(() => remove(ev.task), finished ? 800 : 30000))
  }

  function remove(task: string): void {
    const t = timers.get(task)
    if (t) clearTimeout(t)
    timers.delete(task)
    if (!(task in tasks.value)) return
    const next = { ...tasks.value }
    delete next[task]
    tasks.value = next
  }

  function listen(): void {
    if (!stop) stop = onProgress(update)
  }

  /** Cancels the task's job: by its job id when the progress carries one. */
  async function cancel(task: string): Promise<void> {
    const job = tasks.value[task]?.job
    if (job) await jobsApi.cancel(job)
    else await systemApi.cancelTask(task)
    remove(task)
  }

  /** Runs a bound call that reports progress as task; its panel closes when the call returns. */
  async function track<T>(task: string, run: () => Promise<T>): Promise<T> {
    closed.delete(task)
    try {
      return await run()
    } finally {
      closed.set(task, Date.now())
      remove(task)
    }
  }

  return { tasks, running, update, remove, listen, cancel, track }
})
