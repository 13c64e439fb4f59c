// The "Data Keluarga" menu group of the app shell (the household registry).
import type { Component, VNodeChild } from 'vue'
import type { MenuOption } from 'naive-ui'
import {
  CheckmarkDoneOutline, CloudUploadOutline, GitCompareOutline, LayersOutline, PieChartOutline, StarOutline, TrendingUpOutline,
} from '@vicons/ionicons5'

type Render = () => VNodeChild

export function householdsMenu(
  t: (key: string) => string, icon: (c: Component) => Render, link: (name: string, label: string) => Render,
): MenuOption {
  const item = (key: string, c: Component): MenuOption => ({ key, label: link(key, t(`households.menu.${key}`)), icon: icon(c) })
  return {
    key: 'households', label: t('households.menu.group'), type: 'group', children: [
      item('keluarga-impor', CloudUploadOutline),
      item('keluarga-edisi', LayersOutline),
      item('keluarga-banding', GitCompareOutline),
      { key: 'keluarga-perpindahan', label: link('keluarga-perpindahan', t('outcome.menu.keluarga-perpindahan')), icon: icon(TrendingUpOutline) },
      item('verval', CheckmarkDoneOutline),
      item('verval-ringkasan', PieChartOutline),
      item('keluarga-prioritas', StarOutline),
    ],
  }
}
