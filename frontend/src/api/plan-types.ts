// Plain (data-only) versions of the generated DTOs of assessment, action plans,
// realisation, progress, evaluation and the province workbooks (PlanApp, ReportsApp).
import type {
  assessment, evaluation, models, opdreport, plan, progress, realization, reports,
} from '../../wailsjs/go/models'

type Plain<T> = Omit<T, 'convertValues'>

export type Option = Plain<models.Option>
export type PlanOptions = {
  strategies: Option[]
  targetGroups: Option[]
  fundingSources: Option[]
  statuses: Option[]
  categories: Option[]
  characteristics: Option[]
  priorities: Option[]
}

// Assessment (Form 1, Form 2, problems and needs; Form 3 and Form 4).
export type AssessmentHead = Plain<models.Asesmen>
export type Potential = Plain<models.PotensiDesa>
export type Characteristics = Plain<models.Karakteristik>
export type Issue = Plain<models.Masalah>
export type LinkedActivity = Plain<assessment.LinkedActivity>
export type Need = Omit<Plain<assessment.Need>, 'activities'> & { activities: LinkedActivity[] }
export type Assessment = Omit<Plain<assessment.Assessment>, 'head' | 'potentials' | 'form2' | 'problems' | 'needs'> & {
  head: AssessmentHead
  potentials: Potential[]
  form2: Characteristics
  problems: Issue[]
  needs: Need[]
}
export type PotentialCheck = Plain<models.PotensiPantau>
export type Change = Plain<assessment.Change>
export type PotentialProgress = { potential: Potential; progress: PotentialCheck }
export type Monitoring = { semester: number; potentials: PotentialProgress[]; form4: Characteristics; changes: Change[] }

// Action plan.
export type BudgetLine = Plain<plan.BudgetLine>
export type ActivityPartner = Plain<plan.ActivityPartner>
export type PartnerInput = Plain<plan.PartnerInput>
export type Activity = Omit<Plain<plan.Activity>, 'budget' | 'partners' | 'months' | 'needIds'> & {
  budget: BudgetLine[]
  partners: ActivityPartner[]
  months: number[]
  needIds: number[]
}
export type ActivityInput = Plain<plan.ActivityInput>
export type Plan = Omit<Plain<plan.Plan>, 'activities' | 'bySource'> & { activities: Activity[]; bySource: BudgetLine[] }
export type PlanCopyResult = Plain<plan.CopyResult>

// Realisation.
export type Evidence = Plain<models.Bukti>
export type Entry = Omit<Plain<realization.Entry>, 'money' | 'evidence'> & { money: BudgetLine[]; evidence: Evidence[] }
export type EntryInput = Plain<realization.EntryInput>

// Progress views.
export type GroupBy = 'pendampingan' | 'opd' | 'kecamatan'
export type ProgressFilter = Plain<progress.Filter>
export type ProgressGroup = Plain<progress.Group>
export type ActivityStat = Plain<progress.ActivityStat>
export type MonthPoint = Plain<progress.MonthPoint>
export type Overview = Omit<Plain<progress.Overview>, 'totals' | 'groups' | 'series' | 'behind' | 'activities' | 'byStrategy'> & {
  totals: ProgressGroup
  groups: ProgressGroup[]
  series: MonthPoint[]
  behind: ActivityStat[]
  activities: ActivityStat[]
  byStrategy: ProgressGroup[]
}

// Semester evaluation.
export type Evaluation = Plain<models.Evaluasi>
export type EvaluationRow = Plain<evaluation.Row>
export type EvaluationSummary = Omit<Plain<evaluation.Summary>, 'evaluation' | 'progress' | 'behind' | 'changes'> & {
  evaluation: Evaluation
  progress: ProgressGroup
  behind: ActivityStat[]
  changes: Change[]
}

// Workbooks for the province and the OPD template round trip.
export type MonthlyLayout = 'satu-lembar' | 'per-desa'
export type ReportResult = Omit<Plain<reports.Result>, 'sheets'> & { sheets: string[] }
export type OpdTemplateResult = Plain<opdreport.TemplateResult>
export type OpdProblem = Plain<opdreport.Problem>
export type OpdPreviewRow = Plain<opdreport.PreviewRow>
export type OpdPreview = Omit<Plain<opdreport.Preview>, 'rows' | 'problems'> & { rows: OpdPreviewRow[]; problems: OpdProblem[] }
export type OpdImportResult = Plain<opdreport.Result>
