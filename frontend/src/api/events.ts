import { EventsOn } from '../../wailsjs/runtime/runtime'
import type { ProgressEvent } from './types'

export const PROGRESS_EVENT = 'progress'

/** Listens to the progress of every long task; returns the function that stops listening. */
export function onProgress(cb: (ev: ProgressEvent) => void): () => void {
  const w = window as unknown as { runtime?: unknown }
  if (!w.runtime) return () => {}
  return EventsOn(PROGRESS_EVENT, (ev: ProgressEvent) => cb(ev))
}
