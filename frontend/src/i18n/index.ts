import { createI18n } from 'vue-i18n'
import id from './id'
import en from './en'
import planId from './plan.id'
import planEn from './plan.en'
import householdsId from './households.id'
import householdsEn from './households.en'
import berandaId from './beranda.id'
import berandaEn from './beranda.en'

export type Lang = 'id' | 'en'
export const LANGS: Lang[] = ['id', 'en']

export const i18n = createI18n({
  legacy: false,
  locale: 'id',
  fallbackLocale: 'id',
  // The Rencana & Realisasi screens keep their text in plan.*.ts under "plan".
  // The Data Keluarga screens keep theirs in households.*.ts under "households".
  // The Beranda (dashboard, reporting tracker, meeting brief) keeps its text in beranda.*.ts.
  messages: {
    id: { ...id, plan: planId, households: householdsId, beranda: berandaId },
    en: { ...en, plan: planEn, households: householdsEn, beranda: berandaEn },
  },
})

export function setLocale(lang: string): Lang {
  const l: Lang = lang === 'en' ? 'en' : 'id'
  i18n.global.locale.value = l
  document.documentElement.lang = l
  return l
}
