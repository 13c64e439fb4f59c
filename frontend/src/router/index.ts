import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router'

export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'beranda', component: () => import('../views/BerandaView.vue') },
  { path: '/kecamatan', name: 'kecamatan', component: () => import('../views/KecamatanView.vue') },
  { path: '/desa', name: 'desa', component: () => import('../views/DesaView.vue') },
  { path: '/opd', name: 'opd', component: () => import('../views/OpdView.vue') },
  { path: '/tahun', name: 'tahun', component: () => import('../views/TahunView.vue') },
  { path: '/pengaturan/profil', name: 'profil', component: () => import('../views/ProfilView.vue') },
  { path: '/pengaturan/cadangan', name: 'cadangan', component: () => import('../views/CadanganView.vue') },
  { path: '/pengaturan/bahasa', name: 'bahasa', component: () => import('../views/BahasaView.vue') },
  { path: '/:pathMatch(.*)*', redirect: '/' },
]

export const router = createRouter({ history: createWebHashHistory(), routes })
