// Field errors of one form: client-side rules and the server's AppError.fields, shown
// beside each NFormItem through its feedback / validation-status props.
import { reactive, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { toAppError, type AppError } from '../api/errors'
import { runRules, type RuleSet } from '../utils/rules'

export function getPath(obj: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (o == null ? undefined : (o as Record<string, unknown>)[k]), obj)
}

export function useFormErrors(rules: () => RuleSet, model: () => unknown) {
  const { t } = useI18n()
  const errors = reactive<Record<string, string>>({})
  const submitted = ref(false)

  function clear(): void {
    for (const k of Object.keys(errors)) delete errors[k]
  }

  /** Checks every rule; true when the form is valid. */
  function validate(): boolean {
    submitted.value = true
    clear()
    const found = runRules(rules(), (f) => getPath(model(), f))
    for (const [f, e] of Object.entries(found)) errors[f] = t(e.key, e.params ?? {})
    return Object.keys(found).length === 0
  }

  /** Checks one field (on blur, or on input after the first submit). */
  function check(field: string): void {
    const list = rules()[field]
    delete errors[field]
    if (!list) return
    const found = runRules({ [field]: list }, (f) => getPath(model(), f))
    if (found[field]) errors[field] = t(found[field].key, found[field].params ?? {})
  }

  /** Puts the server's field messages beside the fields; false when the error has none. */
  function applyServer(e: unknown, alias: Record<string, string> = {}): boolean {
    const err: AppError = toAppError(e)
    if (!err.hasFields) return false
    for (const [f, msg] of Object.entries(err.fields)) errors[alias[f] ?? f] = msg
    return true
  }

  /** Props for an NFormItem: <n-form-item v-bind="fb('code')">. */
  function fb(field: string): { feedback?: string; validationStatus?: 'error' } {
    const msg = errors[field]
    return msg ? { feedback: msg, validationStatus: 'error' } : {}
  }

  return { errors, submitted, validate, check, applyServer, fb, clear }
}
