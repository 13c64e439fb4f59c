// Form 2 / Form 4 item codes (plan.Options.characteristics) and their Karakteristik fields.
import type { Characteristics } from '../../api/plan-types'

export type CountField = 'rtlh' | 'tanpaJamban' | 'tanpaListrik' | 'tanpaAir' | 'kkTidakBekerja' | 'putusSekolah' | 'tanpaJkn' | 'lansiaDisabilitas'

export const COUNT_FIELDS: Record<string, CountField> = {
  rtlh: 'rtlh',
  tanpa_jamban: 'tanpaJamban',
  tanpa_listrik: 'tanpaListrik',
  tanpa_air: 'tanpaAir',
  kk_tidak_bekerja: 'kkTidakBekerja',
  putus_sekolah: 'putusSekolah',
  tanpa_jkn: 'tanpaJkn',
  lansia_disabilitas: 'lansiaDisabilitas',
}

export const blankCharacteristics = (pid: number, semester: number): Characteristics => ({
  id: 0, pendampinganId: pid, semester, scannedOn: '', source: '', totalPoor: 0, rtlh: 0, tanpaJamban: 0, tanpaListrik: 0,
  tanpaAir: 0, kkTidakBekerja: 0, putusSekolah: 0, tanpaJkn: 0, lansiaDisabilitas: 0, updatedAt: null,
})
