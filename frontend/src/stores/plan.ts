// Shared by the Rencana & Realisasi screens: the fixed choice lists, the active year's
// pairings (for the pairing picker) and the last pairing chosen, remembered across
// screens and restarts.
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { pairingApi } from '../api/pairing'
import { planApi } from '../api/plan'
import type { BoardVillage } from '../api/types'
import type { Option, PlanOptions } from '../api/plan-types'

const LAST_KEY = 'sidamping.plan.lastPairing'

const emptyOptions = (): PlanOptions => ({
  strategies: [], targetGroups: [], fundingSources: [], statuses: [], categories: [], characteristics: [], priorities: [],
})

function readLast(): number {
  try {
    return Number(localStorage.getItem(LAST_KEY) ?? 0) || 0
  } catch {
    return 0
  }
}

export const usePlanStore = defineStore('plan', () => {
  const options = ref<PlanOptions>(emptyOptions())
  const year = ref(0)
  const pairings = ref<BoardVillage[]>([])
  const loading = ref(false)
  /** The pendampingan id last chosen in any of the screens. */
  const lastPairing = ref(readLast())

  const current = computed(() => pairings.value.find((p) => p.pendampinganId === lastPairing.value) ?? null)

  async function loadOptions(): Promise<PlanOptions> {
    if (options.value.strategies.length === 0) options.value = await planApi.options()
    return options.value
  }

  /** The paired villages of a year (only those with a pendampingan). */
  async function loadPairings(y: number, force = false): Promise<BoardVillage[]> {
    if (!y) {
      pairings.value = []
      return []
    }
    if (!force && y === year.value && pairings.value.length) return pairings.value
    loading.value = true
    try {
      const b = await pairingApi.board(y)
      pairings.value = b.villages.filter((v) => v.pendampinganId > 0)
      year.value = y
      if (lastPairing.value && !pairings.value.some((p) => p.pendampinganId === lastPairing.value)) {
        lastPairing.value = 0
      }
      return pairings.value
    } finally {
      loading.value = false
    }
  }

  function choose(pid: number): void {
    lastPairing.value = pid
    try {
      localStorage.setItem(LAST_KEY, String(pid))
    } catch {
      // private mode: remembered for this session only
    }
  }

  /** The label of an option code, or the code itself. */
  function label(list: keyof PlanOptions, code: string): string {
    return (options.value[list] as Option[]).find((o) => o.code === code)?.label ?? code
  }

  return { options, year, pairings, loading, lastPairing, current, loadOptions, loadPairings, choose, label }
})
