// Printing many letters, the register, letterhead by signatory, team import and copy (issue #9).
export default {
  issuedAllTitle: '{n} assignment letters issued in one PDF',
  issuedAllHelp: 'The combined PDF opens for printing, in the order of the decree’s appendix. Numbers taken:',
  combine: 'Combine & print ({n})',
  combineHelp: 'Tick letters in the table to print them as one PDF.',
  combined: '{n} letters combined into {path}, opened for printing.',
  exportRegister: 'Export register',
  registerSaved: 'Register of outgoing letters saved to {path}.',
  registerNeedsYear: 'Choose a year to export the register of outgoing letters.',
  kop: {
    bupati: 'Letterhead: the emblem above "{head}".',
    wakil_bupati: 'Letterhead: the emblem above "{head}".',
    sekda: 'Letterhead: "{government}" / "Sekretariat Daerah" with a double rule.',
    kepala_bappeda: 'Letterhead: Bappeda’s letterhead from Settings → Regency profile.',
  },
  team: {
    import: 'Import from Excel',
    importHelp: 'Columns: Nama, NIP, Pangkat/Golongan, Jabatan, Kedudukan (Koordinator/Anggota), Desa. The teams of the villages in the file are replaced.',
    imported: '{n} team members imported from {file}: {villages}.',
    copyFrom: 'Copy the team of {desa}',
    copied: 'The team of {desa} was copied to this village.',
    copyReplaceTitle: 'Replace this village’s team?',
    copyReplace: 'This village’s team will be replaced by the team of {desa}.',
    replace: 'Replace',
  },
}
