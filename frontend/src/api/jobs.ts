import * as JobsApp from '../../wailsjs/go/app/JobsApp'
import { EventsOn } from '../../wailsjs/runtime/runtime'
import { call } from './errors'
import type { ProgressEvent } from './types'

export const JOB_EVENT = 'job'
export const HOUSEHOLDS_IMPORT_JOB = 'households-import'

/** A long job of the backend (services/jobs): one runs at a time. */
export interface JobInfo {
  id: string
  kind: string
  task: string
  label: string
  state: 'running' | 'done' | 'failed' | 'cancelled'
  progress?: ProgressEvent
  result?: unknown
  error?: { code: string; message: string; details?: string[] }
}

export const jobsApi = {
  /** The running job, else the last finished one; null when none ran. */
  current: (): Promise<JobInfo | null> => call(() => JobsApp.Current() as unknown as Promise<JobInfo | null>),
  cancel: (id: string): Promise<boolean> => call(() => JobsApp.Cancel(id)),
}

/** Listens to jobs starting and ending; returns the function that stops listening. */
export function onJob(cb: (j: JobInfo) => void): () => void {
  const w = window as unknown as { runtime?: unknown }
  if (!w.runtime) return () => {}
  return EventsOn(JOB_EVENT, (j: JobInfo) => cb(j))
}
