// A letter dated more than a year away from its programme year is refused by the backend
// with letters.date_far (the CLI has --force-date). The window asks once, naming the
// date, and on "Ya, terbitkan" issues again with forceDate; nothing is issued otherwise.
import { h } from 'vue'
import { useDialog } from 'naive-ui'
import { useI18n } from 'vue-i18n'
import { toAppError, type AppError } from '../api/errors'

export const DATE_FAR = 'letters.date_far'

/**
 * Runs run(false); when that is refused with letters.date_far, asks (ask resolves true to
 * go on) and runs run(true). Resolves to null when the user declines; other errors, and
 * the refusal when asked nothing, are thrown as they came.
 */
export async function retryOnDateFar<T>(run: (forceDate: boolean) => Promise<T>, ask: (err: AppError) => Promise<boolean>): Promise<T | null> {
  try {
    return await run(false)
  } catch (e) {
    const err = toAppError(e)
    if (err.code !== DATE_FAR) throw e
    if (!(await ask(err))) return null
    return await run(true)
  }
}

/** The dialog for retryOnDateFar: the backend's message (it names the date and the year) and a question. */
export function useDateFarConfirm() {
  const dialog = useDialog()
  const { t } = useI18n()

  function ask(err: AppError): Promise<boolean> {
    return new Promise((resolve) => {
      dialog.warning({
        title: t('safety.dateFar.title'),
        content: () => h('div', { 'data-test': 'date-far-text' }, [h('p', err.message), h('p', t('safety.dateFar.question'))]),
        positiveText: t('safety.dateFar.confirm'),
        negativeText: t('common.cancel'),
        positiveButtonProps: { 'data-test': 'confirm-date-far' } as Record<string, unknown>,
        onPositiveClick: () => resolve(true),
        onNegativeClick: () => resolve(false),
        onClose: () => resolve(false),
        onMaskClick: () => resolve(false),
        onEsc: () => resolve(false),
      })
    })
  }

  return { withDateConfirm: <T>(run: (forceDate: boolean) => Promise<T>) => retryOnDateFar(run, ask) }
}
