import { createI18n } from 'vue-i18n'
import id from './id'
import en from './en'

export type Lang = 'id' | 'en'
export const LANGS: Lang[] = ['id', 'en']

export const i18n = createI18n({
  legacy: false,
  locale: 'id',
  fallbackLocale: 'id',
  messages: { id, en },
})

export function setLocale(lang: string): Lang {
  const l: Lang = lang === 'en' ? 'en' : 'id'
  i18n.global.locale.value = l
  document.documentElement.lang = l
  return l
}
