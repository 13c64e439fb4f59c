// After a restore the database holds other rows than the window remembers: a chosen
// pairing, a loaded list, a page showing one record. The window forgets every id it keeps
// outside the database (localStorage keys under "sidamping.") and reloads from the start
// page, so no screen or store keeps an id of the database it had before. The message
// "restored from …" is carried over the reload in sessionStorage.

/** The prefix of every key the window keeps in localStorage. */
export const STORAGE_PREFIX = 'sidamping.'
const NOTICE_KEY = 'sidamping.restoredFrom'

/** Removes every localStorage key under STORAGE_PREFIX (all of them hold ids or choices of one database). */
export function forgetDatabaseState(storage: Storage = localStorage): string[] {
  const keys: string[] = []
  for (let i = 0; i < storage.length; i++) {
    const k = storage.key(i)
    if (k && k.startsWith(STORAGE_PREFIX)) keys.push(k)
  }
  keys.forEach((k) => storage.removeItem(k))
  return keys
}

/** Forgets the old database's state and reloads the window on the start page. */
export function reloadAfterRestore(name: string, win: Window = window): void {
  try {
    forgetDatabaseState(win.localStorage)
    win.sessionStorage.setItem(NOTICE_KEY, name)
  } catch {
    // storage unavailable: the reload alone still resets every store
  }
  win.location.hash = '#/'
  win.location.reload()
}

/** The backup name of a restore that just reloaded the window (read once), or null. */
export function takeRestoreNotice(storage: Storage = sessionStorage): string | null {
  try {
    const name = storage.getItem(NOTICE_KEY)
    if (name !== null) storage.removeItem(NOTICE_KEY)
    return name
  } catch {
    return null
  }
}
