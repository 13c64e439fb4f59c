// Cetak banyak surat, buku agenda, kop menurut penandatangan, impor dan salin tim (isu #9).
export default {
  issuedAllTitle: '{n} Surat Tugas terbit dalam satu PDF',
  issuedAllHelp: 'PDF gabungan dibuka untuk dicetak; urutannya mengikuti lampiran keputusan. Nomor yang terpakai:',
  combine: 'Gabung & cetak ({n})',
  combineHelp: 'Centang surat di tabel untuk mencetaknya sebagai satu PDF.',
  combined: 'Gabungan {n} surat tersimpan di {path} dan dibuka untuk dicetak.',
  exportRegister: 'Ekspor buku agenda',
  registerSaved: 'Buku agenda surat keluar tersimpan di {path}.',
  registerNeedsYear: 'Pilih tahun untuk mengekspor buku agenda surat keluar.',
  kop: {
    bupati: 'Kop surat: lambang daerah di atas "{head}".',
    wakil_bupati: 'Kop surat: lambang daerah di atas "{head}".',
    sekda: 'Kop surat: "{government}" / "Sekretariat Daerah" dengan garis ganda.',
    kepala_bappeda: 'Kop surat: kop Bappeda dari Pengaturan → Profil Daerah.',
  },
  team: {
    import: 'Impor dari Excel',
    importHelp: 'Kolom: Nama, NIP, Pangkat/Golongan, Jabatan, Kedudukan (Koordinator/Anggota), Desa. Tim desa yang disebut dalam berkas diganti.',
    imported: '{n} anggota tim diimpor dari {file}: {villages}.',
    copyFrom: 'Salin tim dari {desa}',
    copied: 'Tim {desa} disalin ke desa ini.',
    copyReplaceTitle: 'Ganti tim desa ini?',
    copyReplace: 'Tim desa ini akan diganti dengan tim {desa}.',
    replace: 'Ganti',
  },
}
