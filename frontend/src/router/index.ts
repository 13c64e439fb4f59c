import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router'

export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'beranda', component: () => import('../views/BerandaView.vue') },
  { path: '/kecamatan', name: 'kecamatan', component: () => import('../views/KecamatanView.vue') },
  { path: '/desa', name: 'desa', component: () => import('../views/DesaView.vue') },
  { path: '/opd', name: 'opd', component: () => import('../views/OpdView.vue') },
  { path: '/tahun', name: 'tahun', component: () => import('../views/TahunView.vue') },
  { path: '/pendampingan/papan', name: 'papan', component: () => import('../views/PapanView.vue') },
  { path: '/pendampingan/mitra', name: 'mitra', component: () => import('../views/MitraView.vue') },
  { path: '/surat', name: 'surat', component: () => import('../views/SuratView.vue') },
  { path: '/surat/arsip', name: 'arsip', component: () => import('../views/ArsipView.vue') },
  { path: '/surat/verifikasi', name: 'verifikasi', component: () => import('../views/VerifikasiView.vue') },
  { path: '/pengaturan/templat', name: 'templat', component: () => import('../views/TemplatView.vue') },
  // Rencana & Realisasi (issue 4).
  { path: '/rencana/asesmen', name: 'asesmen', component: () => import('../views/AsesmenView.vue') },
  { path: '/rencana/aksi', name: 'rencana', component: () => import('../views/PlanView.vue') },
  { path: '/rencana/realisasi', name: 'realisasi', component: () => import('../views/RealisasiView.vue') },
  { path: '/rencana/progres', name: 'progres', component: () => import('../views/ProgresView.vue') },
  { path: '/rencana/evaluasi', name: 'evaluasi', component: () => import('../views/EvaluasiView.vue') },
  { path: '/rencana/laporan', name: 'laporan', component: () => import('../views/LaporanView.vue') },
  // Data Keluarga: the household registry (issue 5).
  { path: '/keluarga/impor', name: 'keluarga-impor', component: () => import('../views/KeluargaImporView.vue') },
  { path: '/keluarga/edisi', name: 'keluarga-edisi', component: () => import('../views/EdisiView.vue') },
  { path: '/keluarga/banding', name: 'keluarga-banding', component: () => import('../views/EdisiBandingView.vue') },
  { path: '/keluarga/perpindahan', name: 'keluarga-perpindahan', component: () => import('../views/PerpindahanView.vue') },
  { path: '/keluarga/verval', name: 'verval', component: () => import('../views/VervalView.vue') },
  { path: '/keluarga/ringkasan', name: 'verval-ringkasan', component: () => import('../views/VervalRingkasanView.vue') },
  { path: '/keluarga/prioritas', name: 'keluarga-prioritas', component: () => import('../views/KeluargaPrioritasView.vue') },
  // Anak Yatim & Orang Tua Asuh (issue 11); the follow-up list is the dashboard's link.
  { path: '/anak-yatim', name: 'anak-yatim', component: () => import('../views/AnakYatimView.vue') },
  { path: '/anak-yatim/orang-tua-asuh', name: 'orang-tua-asuh', component: () => import('../views/OrangTuaAsuhView.vue') },
  { path: '/anak-yatim/tindak-lanjut', name: 'anak-tindak-lanjut', component: () => import('../views/AnakTindakLanjutView.vue') },
  { path: '/anak-yatim/impor', name: 'anak-impor', component: () => import('../views/AnakImporView.vue') },
  { path: '/anak-yatim/log-ekspor', name: 'anak-log', component: () => import('../views/AnakLogView.vue') },
  { path: '/pengaturan/status-verval', name: 'status-verval', component: () => import('../views/VervalStatusView.vue') },
  { path: '/pengaturan/profil', name: 'profil', component: () => import('../views/ProfilView.vue') },
  { path: '/pengaturan/cadangan', name: 'cadangan', component: () => import('../views/CadanganView.vue') },
  { path: '/pengaturan/bahasa', name: 'bahasa', component: () => import('../views/BahasaView.vue') },
  { path: '/:pathMatch(.*)*', redirect: '/' },
]

export const router = createRouter({ history: createWebHashHistory(), routes })
