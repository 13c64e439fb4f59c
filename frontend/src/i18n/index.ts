import { createI18n } from 'vue-i18n'
import id from './id'
import en from './en'
import planId from './plan.id'
import planEn from './plan.en'
import householdsId from './households.id'
import householdsEn from './households.en'
import outcomeId from './outcome.id'
import outcomeEn from './outcome.en'

export type Lang = 'id' | 'en'
export const LANGS: Lang[] = ['id', 'en']

type Messages = typeof id & { plan: unknown; households: unknown }
function withOutcome<M extends Messages>(m: M, o: typeof outcomeId) {
  const errors = m.errors as Record<string, unknown>
  const hhErrors = (errors.households ?? {}) as Record<string, unknown>
  return {
    ...m,
    outcome: o,
    progress: { ...m.progress, tasks: { ...m.progress.tasks, ...o.tasks } },
    errors: { ...errors, households: { ...hhErrors, ...o.errors } },
  }
}

export const i18n = createI18n({
  legacy: false,
  locale: 'id',
  fallbackLocale: 'id',
  // The Rencana & Realisasi screens keep their text in plan.*.ts under "plan".
  // The Data Keluarga screens keep theirs in households.*.ts under "households".
  // "Did it work?" (movement, targeting, aid ledger) keeps its text in outcome.*.ts under
  // "outcome", its progress titles and error codes merged into progress.tasks and errors.
  messages: {
    id: withOutcome({ ...id, plan: planId, households: householdsId }, outcomeId),
    en: withOutcome({ ...en, plan: planEn, households: householdsEn }, outcomeEn),
  },
})

export function setLocale(lang: string): Lang {
  const l: Lang = lang === 'en' ? 'en' : 'id'
  i18n.global.locale.value = l
  document.documentElement.lang = l
  return l
}
