// Indonesian text of the Word copies (.docx) of letters and the evaluation summary.
export default {
  saveDraft: 'Simpan draf Word',
  saveDraftHelp: 'Draf .docx tanpa nomor untuk diperiksa Bagian Hukum di Word; surat resmi tetap PDF yang diterbitkan.',
  saveLetter: 'Simpan sebagai Word',
  saveEvaluation: 'Simpan Word',
  saved: 'Dokumen Word tersimpan di {path}. PDF yang diterbitkan tetap menjadi arsip asli.',
  evaluationSaved: 'Ringkasan evaluasi (Word) disimpan di {path}.',
  errors: { docx: 'Salinan Word tidak dapat dibuat.' },
}
