// The household registry's shared state: editions, verification statuses, the import's
// field and source lists, and the edition chosen on the registry screens.
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { householdsApi } from '../api/households'
import type { Edition, FieldInfo, HhOption, StatusVerval } from '../api/households-types'

export const useHouseholdsStore = defineStore('households', () => {
  const editions = ref<Edition[]>([])
  const statuses = ref<StatusVerval[]>([])
  const fields = ref<FieldInfo[]>([])
  const sources = ref<HhOption[]>([])
  const editionId = ref<number | null>(null)

  const edition = computed(() => editions.value.find((e) => e.id === editionId.value) ?? null)
  const statusLabel = computed(() => new Map(statuses.value.map((s) => [s.code, s.label])))

  async function loadEditions(): Promise<Edition[]> {
    editions.value = await householdsApi.editions()
    if (!editions.value.some((e) => e.id === editionId.value)) editionId.value = editions.value[0]?.id ?? null
    return editions.value
  }
  async function loadStatuses(): Promise<StatusVerval[]> {
    statuses.value = await householdsApi.statuses()
    return statuses.value
  }
  async function loadLists(): Promise<void> {
    if (fields.value.length && sources.value.length) return
    const [f, s] = await Promise.all([householdsApi.fields(), householdsApi.sources()])
    fields.value = f
    sources.value = s
  }

  return { editions, statuses, fields, sources, editionId, edition, statusLabel, loadEditions, loadStatuses, loadLists }
})
