// Word copies (.docx) of letters and the evaluation summary: each asks where to save
// and answers the path written, "" when the dialog was cancelled.
import * as LetterApp from '../../wailsjs/go/app/LetterApp'
import * as PlanApp from '../../wailsjs/go/app/PlanApp'
import { letters } from '../../wailsjs/go/models'
import { call } from './errors'
import type { LetterRequest } from './types'

export const docxApi = {
  /** The letter as it would be issued, without a number. */
  saveDraft: (req: LetterRequest): Promise<string> => call(() => LetterApp.SavePreviewDocx(letters.Request.createFrom(req))),
  /** An issued letter with its number and QR code. */
  saveLetter: (id: number): Promise<string> => call(() => LetterApp.SaveDocx(id)),
  saveEvaluation: (pid: number, semester: number): Promise<string> => call(() => PlanApp.ExportEvaluationDocx(pid, semester)),
}
