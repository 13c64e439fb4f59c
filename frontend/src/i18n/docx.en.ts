// English text of the Word copies (.docx) of letters and the evaluation summary.
export default {
  saveDraft: 'Save Word draft',
  saveDraftHelp: 'An unnumbered .docx draft for the legal section to review in Word; the official letter stays the issued PDF.',
  saveLetter: 'Save as Word',
  saveEvaluation: 'Save Word',
  saved: 'Word document saved to {path}. The issued PDF stays the archived original.',
  evaluationSaved: 'Evaluation summary (Word) saved to {path}.',
  errors: { docx: 'The Word copy could not be made.' },
}
