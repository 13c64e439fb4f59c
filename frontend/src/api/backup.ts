import * as BackupApp from '../../wailsjs/go/app/BackupApp'
import { call } from './errors'
import type { BackupInfo } from './types'

export const backupApi = {
  /** Asks where to save and writes a backup; null when cancelled. */
  backupNow: (): Promise<BackupInfo | null> => call(async () => (await BackupApp.BackupNow()) ?? null),
  /** Asks for a backup file and validates it; null when cancelled. */
  chooseRestoreFile: (): Promise<BackupInfo | null> => call(async () => (await BackupApp.ChooseRestoreFile()) ?? null),
  restore: (path: string): Promise<BackupInfo> => call(() => BackupApp.Restore(path)),
  listAuto: (): Promise<BackupInfo[]> => call(async () => (await BackupApp.ListAuto()) ?? []),
}
