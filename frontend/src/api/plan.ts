import * as PlanApp from '../../wailsjs/go/app/PlanApp'
import { assessment, models, plan, progress, realization } from '../../wailsjs/go/models'
import { call } from './errors'
import type {
  Activity, ActivityInput, Assessment, AssessmentHead, Characteristics, Entry, EntryInput, Evaluation,
  EvaluationRow, EvaluationSummary, Evidence, Issue, Monitoring, Overview, Plan, PlanCopyResult, PlanOptions,
  Potential, PotentialCheck, ProgressFilter,
} from './plan-types'

// Go nil slices arrive as null: every list is made an array here, once.
const arr = <T>(v: T[] | null | undefined): T[] => v ?? []

function activity(a: plan.Activity): Activity {
  return { ...a, budget: arr(a.budget), partners: arr(a.partners), months: arr(a.months), needIds: arr(a.needIds) }
}
function entry(e: realization.Entry): Entry {
  return { ...e, money: arr(e.money), evidence: arr(e.evidence) }
}
function assess(a: assessment.Assessment): Assessment {
  return {
    ...a, potentials: arr(a.potentials), problems: arr(a.problems),
    needs: arr(a.needs).map((n) => ({ ...n, activities: arr(n.activities) })),
  }
}
function monitoring(m: assessment.Monitoring): Monitoring {
  return { ...m, potentials: arr(m.potentials), changes: arr(m.changes) }
}
function overview(o: progress.Overview): Overview {
  return {
    ...o, groups: arr(o.groups), series: arr(o.series), behind: arr(o.behind), activities: arr(o.activities),
    byStrategy: arr(o.byStrategy),
  }
}

export const planApi = {
  options: (): Promise<PlanOptions> =>
    call(async () => {
      const o = await PlanApp.Options()
      return {
        strategies: arr(o.strategies), targetGroups: arr(o.targetGroups), fundingSources: arr(o.fundingSources),
        statuses: arr(o.statuses), categories: arr(o.categories), characteristics: arr(o.characteristics),
        priorities: arr(o.priorities),
      }
    }),

  // Assessment.
  assessment: (pid: number): Promise<Assessment> => call(async () => assess(await PlanApp.Assessment(pid))),
  saveHead: (pid: number, h: AssessmentHead): Promise<AssessmentHead> =>
    call(() => PlanApp.SaveAssessmentHead(pid, models.Asesmen.createFrom(h))),
  savePotentials: (pid: number, items: Potential[]): Promise<Potential[]> =>
    call(async () => arr(await PlanApp.SavePotentials(pid, items.map((p) => models.PotensiDesa.createFrom(p))))),
  saveIssues: (pid: number, items: Issue[]): Promise<Issue[]> =>
    call(async () => arr(await PlanApp.SaveIssues(pid, items.map((m) => models.Masalah.createFrom(m))))),
  /** Form 2 (semester 0) or Form 4 (semester 1 or 2). */
  saveCharacteristics: (pid: number, semester: number, c: Characteristics): Promise<Characteristics> =>
    call(() => PlanApp.SaveCharacteristics(pid, semester, models.Karakteristik.createFrom(c))),
  monitoring: (pid: number, semester: number): Promise<Monitoring> =>
    call(async () => monitoring(await PlanApp.Monitoring(pid, semester))),
  saveForm3: (pid: number, semester: number, items: PotentialCheck[]): Promise<Monitoring> =>
    call(async () => monitoring(await PlanApp.SaveForm3(pid, semester, items.map((p) => models.PotensiPantau.createFrom(p))))),

  // Action plan.
  plan: (pid: number): Promise<Plan> =>
    call(async () => {
      const p = await PlanApp.Plan(pid)
      return { ...p, activities: arr(p.activities).map(activity), bySource: arr(p.bySource) }
    }),
  saveActivity: (a: ActivityInput): Promise<Activity> =>
    call(async () => activity(await PlanApp.SaveActivity(plan.ActivityInput.createFrom(a)))),
  deleteActivity: (id: number): Promise<void> => call(() => PlanApp.DeleteActivity(id)),
  copyActivity: (id: number): Promise<Activity> => call(async () => activity(await PlanApp.CopyActivity(id))),
  copyPreviousYear: (pid: number): Promise<PlanCopyResult> => call(() => PlanApp.CopyPreviousYear(pid)),

  // Realisation.
  months: (activityId: number): Promise<Entry[]> => call(async () => arr(await PlanApp.Months(activityId)).map(entry)),
  saveMonth: (e: EntryInput): Promise<Entry> =>
    call(async () => entry(await PlanApp.SaveMonth(realization.EntryInput.createFrom(e)))),
  deleteMonth: (id: number): Promise<void> => call(() => PlanApp.DeleteMonth(id)),
  /** Asks for a photo or PDF; null when the dialog was cancelled. */
  addEvidence: (realisasiId: number, caption = ''): Promise<Evidence | null> =>
    call(async () => {
      const b = await PlanApp.AddEvidence(realisasiId, caption)
      return b && b.id ? b : null
    }),
  removeEvidence: (id: number): Promise<void> => call(() => PlanApp.RemoveEvidence(id)),
  openEvidence: (id: number): Promise<void> => call(() => PlanApp.OpenEvidence(id)),
  /** A data: URL of an image's thumbnail; "" for a PDF. */
  thumbnail: (id: number): Promise<string> => call(() => PlanApp.EvidenceThumbnail(id)),

  // Progress.
  progress: (f: ProgressFilter): Promise<Overview> =>
    call(async () => overview(await PlanApp.Progress(progress.Filter.createFrom(f)))),

  // Semester evaluation.
  evaluations: (year: number, semester: number): Promise<EvaluationRow[]> =>
    call(async () => arr(await PlanApp.Evaluations(year, semester))),
  evaluation: (pid: number, semester: number): Promise<EvaluationSummary> =>
    call(async () => {
      const s = await PlanApp.Evaluation(pid, semester)
      return { ...s, behind: arr(s.behind), changes: arr(s.changes) }
    }),
  saveEvaluation: (e: Evaluation): Promise<EvaluationSummary> =>
    call(async () => {
      const s = await PlanApp.SaveEvaluation(models.Evaluasi.createFrom(e))
      return { ...s, behind: arr(s.behind), changes: arr(s.changes) }
    }),
  /** Asks where to save the PDF and writes it; "" when cancelled. */
  exportEvaluationPdf: (pid: number, semester: number): Promise<string> =>
    call(() => PlanApp.ExportEvaluationPDF(pid, semester)),
}
