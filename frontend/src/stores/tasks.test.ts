import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { useTaskStore } from './tasks'

vi.mock('../api/system', () => ({ systemApi: { cancelTask: vi.fn().mockResolvedValue(true) } }))
import { systemApi } from '../api/system'

const ev = (task: string, done: number, total: number) =>
  ({ task, stage: 'baca', done, total, percent: total ? (done * 100) / total : 0, rate: 0, etaSec: 0, message: '' })

describe('task store', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('shows progress until the call returns, then ignores late events', async () => {
    const s = useTaskStore()
    let finish: (v: number) => void = () => {}
    const p = s.track('backup', () => new Promise<number>((r) => (finish = r)))
    s.update(ev('backup', 5, 10))
    expect(s.running).toHaveLength(1)
    expect(s.running[0].percent).toBe(50)
    finish(7)
    await expect(p).resolves.toBe(7)
    expect(s.running).toHaveLength(0)
    s.update(ev('backup', 10, 10)) // arrives after the result
    expect(s.running).toHaveLength(0)
  })

  it('cancel asks the backend to stop the task', async () => {
    const s = useTaskStore()
    s.update(ev('import-opd', 1, 100))
    await s.cancel('import-opd')
    expect(systemApi.cancelTask).toHaveBeenCalledWith('import-opd')
    expect(s.running).toHaveLength(0)
  })
})
