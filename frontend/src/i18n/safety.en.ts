// Screen text for data safety (issue 8): a second window, a letter date far away.
export default {
  running: {
    title: 'SiDamping is already running',
    hint: 'Another SiDamping window is using this database. Use that window, or close it first and start again.',
  },
  dateFar: {
    title: 'Letter date far from the programme year',
    question: 'Issue it with this date anyway?',
    confirm: 'Yes, issue',
  },
}
