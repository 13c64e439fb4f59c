// A calm government look: white surfaces, a teal-green primary, clear type.
import type { GlobalThemeOverrides } from 'naive-ui'

export const themeOverrides: GlobalThemeOverrides = {
  common: {
    primaryColor: '#0f766e',
    primaryColorHover: '#0d9488',
    primaryColorPressed: '#115e59',
    primaryColorSuppl: '#0d9488',
    infoColor: '#0369a1',
    successColor: '#15803d',
    warningColor: '#b45309',
    errorColor: '#b91c1c',
    fontFamily: '"Segoe UI", "Noto Sans", "Helvetica Neue", Arial, sans-serif',
    fontSize: '14px',
    fontSizeMedium: '14px',
    borderRadius: '6px',
    bodyColor: '#f4f7f6',
  },
  Layout: { siderColor: '#ffffff', headerColor: '#ffffff', color: '#f4f7f6' },
  Menu: {
    itemTextColorActive: '#0f766e',
    itemIconColorActive: '#0f766e',
    itemColorActive: '#e6f4f1',
    itemColorActiveHover: '#d5ede8',
  },
  Card: { borderRadius: '8px' },
  DataTable: { thColor: '#f1f5f4', thFontWeight: '600' },
}
