// The Ubah / Hapus buttons of a list row; Hapus asks for confirmation first.
import { h, type VNode } from 'vue'
import { NButton, NPopconfirm, NSpace } from 'naive-ui'

export interface RowActionText {
  edit: string
  del: string
  confirm: string
  yes: string
  no: string
}

export function rowActions(text: RowActionText, onEdit: () => void, onDelete: () => void): VNode {
  return h(NSpace, { size: 6, wrapItem: false }, {
    default: () => [
      h(NButton, { size: 'small', secondary: true, type: 'primary', onClick: onEdit, 'data-test': 'row-edit' }, { default: () => text.edit }),
      h(NPopconfirm, {
        onPositiveClick: onDelete, positiveText: text.yes, negativeText: text.no,
        positiveButtonProps: { type: 'error', 'data-test': 'confirm-delete' } as Record<string, unknown>,
      }, {
        trigger: () => h(NButton, { size: 'small', tertiary: true, type: 'error', 'data-test': 'row-delete' }, { default: () => text.del }),
        default: () => text.confirm,
      }),
    ],
  })
}
