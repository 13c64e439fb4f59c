import { createI18n } from 'vue-i18n'
import id from './id'
import en from './en'
import planId from './plan.id'
import planEn from './plan.en'
import householdsId from './households.id'
import householdsEn from './households.en'
import orphansId from './orphans.id'
import orphansEn from './orphans.en'

export type Lang = 'id' | 'en'
export const LANGS: Lang[] = ['id', 'en']

function withTasks<P extends { tasks: object }>(progress: P, tasks: Record<string, string>): P {
  return { ...progress, tasks: { ...progress.tasks, ...tasks } }
}

export const i18n = createI18n({
  legacy: false,
  locale: 'id',
  fallbackLocale: 'id',
  // The Rencana & Realisasi screens keep their text in plan.*.ts under "plan".
  // The Data Keluarga screens keep theirs in households.*.ts under "households".
  // The orphans registry keeps its text in orphans.*.ts under "orphans" (its progress
  // task names are added to progress.tasks).
  messages: {
    id: { ...id, progress: withTasks(id.progress, orphansId.tasks), plan: planId, households: householdsId, orphans: orphansId },
    en: { ...en, progress: withTasks(en.progress, orphansEn.tasks), plan: planEn, households: householdsEn, orphans: orphansEn },
  },
})

export function setLocale(lang: string): Lang {
  const l: Lang = lang === 'en' ? 'en' : 'id'
  i18n.global.locale.value = l
  document.documentElement.lang = l
  return l
}
