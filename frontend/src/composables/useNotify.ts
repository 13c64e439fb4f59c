// Success and error messages in one place; errors show the server's (Indonesian) message.
import { useMessage } from 'naive-ui'
import { useI18n } from 'vue-i18n'
import { toAppError } from '../api/errors'

export function useNotify() {
  const message = useMessage()
  const { t, te } = useI18n()

  function errorText(e: unknown): string {
    const err = toAppError(e)
    const key = `errors.${err.code}`
    return te(key) ? t(key) : err.message
  }

  return {
    errorText,
    ok: (text: string) => message.success(text, { duration: 4000, closable: true }),
    info: (text: string) => message.info(text, { duration: 5000, closable: true }),
    warn: (text: string) => message.warning(text, { duration: 3500, closable: true }),
    fail: (e: unknown) => {
      const err = toAppError(e)
      if (err.cancelled) message.warning(errorText(err), { duration: 4000 })
      else message.error(errorText(err), { duration: 10000, closable: true })
    },
  }
}
