import { createI18n } from 'vue-i18n'
import id from './id'
import en from './en'
import planId from './plan.id'
import planEn from './plan.en'
import householdsId from './households.id'
import householdsEn from './households.en'
import safetyId from './safety.id'
import safetyEn from './safety.en'
import printId from './print.id'
import printEn from './print.en'
import docxId from './docx.id'
import docxEn from './docx.en'
import orphansId from './orphans.id'
import orphansEn from './orphans.en'
import outcomeId from './outcome.id'
import outcomeEn from './outcome.en'
import berandaId from './beranda.id'
import berandaEn from './beranda.en'
import editionsId from './editions.id'
import editionsEn from './editions.en'

export type Lang = 'id' | 'en'
export const LANGS: Lang[] = ['id', 'en']

type Messages = { errors: Record<string, unknown> }
function withDocx<M extends Messages>(base: M, docx: typeof docxId) {
  const letters = (base.errors.letters ?? {}) as Record<string, unknown>
  return { ...base, docx, errors: { ...base.errors, letters: { ...letters, docx: docx.errors.docx } } }
}

function withTasks<P extends { tasks: object }>(progress: P, tasks: Record<string, string>): P {
  return { ...progress, tasks: { ...progress.tasks, ...tasks } }
}

type WithPlan = typeof id & { plan: unknown; households: unknown }
function withOutcome<M extends WithPlan>(m: M, o: typeof outcomeId) {
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
  // Data-safety text (second window, far letter dates) is in safety.*.ts under "safety".
  // Printing many letters, the register and team import keep theirs in print.*.ts under "print".
  // The Word copies (.docx) keep theirs in docx.*.ts under "docx"; their error code
  // letters.docx is added to errors.
  // The orphans registry keeps its text in orphans.*.ts under "orphans" (its progress
  // task names are added to progress.tasks).
  // "Did it work?" (movement, targeting, aid ledger) keeps its text in outcome.*.ts under
  // "outcome", its progress titles and error codes merged into progress.tasks and errors.
  // The Beranda (dashboard, reporting tracker, meeting brief) keeps its text in beranda.*.ts.
  // The editions' archive/check and the import stages (editions.*.ts) under "editions";
  // their job titles join progress.tasks.
  messages: {
    id: withOutcome({ ...withDocx(id, docxId), progress: withTasks(id.progress, { ...orphansId.tasks, ...editionsId.tasks }), plan: planId, households: householdsId, safety: safetyId, print: printId, orphans: orphansId, beranda: berandaId, editions: editionsId }, outcomeId),
    en: withOutcome({ ...withDocx(en, docxEn), progress: withTasks(en.progress, { ...orphansEn.tasks, ...editionsEn.tasks }), plan: planEn, households: householdsEn, safety: safetyEn, print: printEn, orphans: orphansEn, beranda: berandaEn, editions: editionsEn }, outcomeEn),
  },
})

export function setLocale(lang: string): Lang {
  const l: Lang = lang === 'en' ? 'en' : 'id'
  i18n.global.locale.value = l
  document.documentElement.lang = l
  return l
}
