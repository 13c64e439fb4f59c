// The "Anak Yatim" menu group of the app shell (the orphans registry).
import type { Component, VNodeChild } from 'vue'
import type { MenuOption } from 'naive-ui'
import { AlarmOutline, CloudUploadOutline, HeartOutline, ListOutline, ReceiptOutline } from '@vicons/ionicons5'

type Render = () => VNodeChild

export function orphansMenu(
  t: (key: string) => string, icon: (c: Component) => Render, link: (name: string, label: string) => Render,
): MenuOption {
  const item = (key: string, c: Component): MenuOption => ({ key, label: link(key, t(`orphans.menu.${key}`)), icon: icon(c) })
  return {
    key: 'orphans', label: t('orphans.menu.group'), type: 'group', children: [
      item('anak-yatim', ListOutline),
      item('orang-tua-asuh', HeartOutline),
      item('anak-tindak-lanjut', AlarmOutline),
      item('anak-impor', CloudUploadOutline),
      item('anak-log', ReceiptOutline),
    ],
  }
}
