// The pairing board of the active year (Papan Pendampingan), shared by the board, its
// drawer and the letters screen (which OPD can get a Surat Tugas).
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { pairingApi } from '../api/pairing'
import type { AssignInput, Board, MitraRow } from '../api/types'
import { orderOpdChoices } from '../utils/pairing'

const emptyBoard = (year = 0): Board => ({
  year, villages: [], opds: [],
  counts: { priorityVillages: 0, paired: 0, unpaired: 0, opdTotal: 0, opdWithout: 0, opdWithSeveral: 0 },
})

export const usePairingStore = defineStore('pairing', () => {
  const board = ref<Board>(emptyBoard())
  const loading = ref(false)
  const partners = ref<MitraRow[]>([])

  const opdChoices = computed(() => orderOpdChoices(board.value.opds))
  const opdsWithout = computed(() => opdChoices.value.filter((o) => o.villageCount === 0))
  const pairedOpds = computed(() => board.value.opds.filter((o) => o.villageCount > 0))

  async function load(year: number): Promise<Board> {
    if (!year) {
      board.value = emptyBoard()
      return board.value
    }
    loading.value = true
    try {
      board.value = await pairingApi.board(year)
      return board.value
    } finally {
      loading.value = false
    }
  }

  /** Pairs a village; rejects with the server's AppError (pairing.second_needs_reason asks for a reason). */
  async function assign(input: AssignInput): Promise<void> {
    await pairingApi.assign(input)
    await load(input.year)
  }

  async function loadPartners(): Promise<MitraRow[]> {
    partners.value = await pairingApi.listMitra('')
    return partners.value
  }

  return { board, loading, partners, opdChoices, opdsWithout, pairedOpds, load, assign, loadPartners }
})
