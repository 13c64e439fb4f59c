import * as SystemApp from '../../wailsjs/go/app/SystemApp'
import { call } from './errors'
import type { SystemInfo } from './types'

export const systemApi = {
  info: (): Promise<SystemInfo> => call(() => SystemApp.Info()),
  setLanguage: (lang: string): Promise<void> => call(() => SystemApp.SetLanguage(lang)),
  cancelTask: (task: string): Promise<boolean> => call(() => SystemApp.CancelTask(task)),
  openDataFolder: (): Promise<void> => call(() => SystemApp.OpenDataFolder()),
}
