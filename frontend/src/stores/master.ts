// Master data shared between screens: the choice lists and the kecamatan list used by
// selects and the dashboard.
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { masterApi } from '../api/master'
import type { KecamatanRow, Options } from '../api/types'

export const useMasterStore = defineStore('master', () => {
  const options = ref<Options>({ opdKinds: [], idmStatuses: [] })
  const kecamatan = ref<KecamatanRow[]>([])

  async function loadOptions(): Promise<Options> {
    if (options.value.opdKinds.length === 0) options.value = await masterApi.options()
    return options.value
  }

  async function loadKecamatan(): Promise<KecamatanRow[]> {
    kecamatan.value = await masterApi.listKecamatan('')
    return kecamatan.value
  }

  return { options, kecamatan, loadOptions, loadKecamatan }
})
