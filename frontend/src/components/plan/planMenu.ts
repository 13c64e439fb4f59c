// The "Rencana & Realisasi" menu group of the app shell.
import type { Component, VNodeChild } from 'vue'
import type { MenuOption } from 'naive-ui'
import {
  BarChartOutline, ClipboardOutline, DocumentAttachOutline, ListOutline, RibbonOutline, TrendingUpOutline,
} from '@vicons/ionicons5'

type Render = () => VNodeChild

export function planMenu(
  t: (key: string) => string, icon: (c: Component) => Render, link: (name: string, label: string) => Render,
): MenuOption {
  const item = (key: string, c: Component): MenuOption => ({ key, label: link(key, t(`plan.menu.${key}`)), icon: icon(c) })
  return {
    key: 'plan', label: t('plan.menu.group'), type: 'group', children: [
      item('asesmen', ClipboardOutline),
      item('rencana', ListOutline),
      item('realisasi', TrendingUpOutline),
      item('progres', BarChartOutline),
      item('evaluasi', RibbonOutline),
      item('laporan', DocumentAttachOutline),
    ],
  }
}
