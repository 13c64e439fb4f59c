import { createI18n } from 'vue-i18n'
import id from './id'
import en from './en'
import planId from './plan.id'
import planEn from './plan.en'
import householdsId from './households.id'
import householdsEn from './households.en'
import editionsId from './editions.id'
import editionsEn from './editions.en'

export type Lang = 'id' | 'en'
export const LANGS: Lang[] = ['id', 'en']

export const i18n = createI18n({
  legacy: false,
  locale: 'id',
  fallbackLocale: 'id',
  // The Rencana & Realisasi screens keep their text in plan.*.ts under "plan".
  // The Data Keluarga screens keep theirs in households.*.ts under "households".
  // The editions' archive/check and the import stages (editions.*.ts) under "editions";
  // their job titles join progress.tasks.
  messages: {
    id: { ...id, plan: planId, households: householdsId, editions: editionsId, progress: { ...id.progress, tasks: { ...id.progress.tasks, ...editionsId.tasks } } },
    en: { ...en, plan: planEn, households: householdsEn, editions: editionsEn, progress: { ...en.progress, tasks: { ...en.progress.tasks, ...editionsEn.tasks } } },
  },
})

export function setLocale(lang: string): Lang {
  const l: Lang = lang === 'en' ? 'en' : 'id'
  i18n.global.locale.value = l
  document.documentElement.lang = l
  return l
}
