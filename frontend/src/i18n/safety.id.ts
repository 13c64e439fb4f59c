// Teks layar untuk keamanan data (isu 8): jendela kedua, tanggal surat yang jauh.
export default {
  running: {
    title: 'SiDamping sudah berjalan',
    hint: 'Basis data ini sedang dipakai jendela SiDamping lain. Pakai jendela itu, atau tutup dulu lalu buka lagi.',
  },
  dateFar: {
    title: 'Tanggal surat jauh dari tahun program',
    question: 'Tetap terbitkan dengan tanggal ini?',
    confirm: 'Ya, terbitkan',
  },
}
