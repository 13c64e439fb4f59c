// How a clerk should read a progress figure: on schedule, a little late, or behind
// (the backend marks an activity behind when it trails its schedule by more than
// BEHIND_TOLERANCE points; progress.BehindTolerance in Go).

export const BEHIND_TOLERANCE = 10

export type Level = 'done' | 'ok' | 'late' | 'behind' | 'none'

/** Physical progress against the share of planned months passed (both 0-100). */
export function progressLevel(progress: number, expected: number): Level {
  if (progress >= 100) return 'done'
  if (expected <= 0) return progress > 0 ? 'ok' : 'none'
  const gap = expected - progress
  if (gap > BEHIND_TOLERANCE) return 'behind'
  if (gap > 0) return 'late'
  return 'ok'
}

/** Budget absorption (0-100+) against the share of the planned budget due by now. */
export function absorptionLevel(absorption: number, plannedShare: number): Level {
  if (plannedShare <= 0) return absorption > 0 ? 'ok' : 'none'
  return progressLevel(absorption, plannedShare)
}

/** Colour of a level, matching the app's palette. */
export function levelColor(level: Level): string {
  switch (level) {
    case 'done': return '#0f766e'
    case 'ok': return '#18a058'
    case 'late': return '#d97706'
    case 'behind': return '#d03050'
    default: return '#8a9a98'
  }
}

/** The Naive UI tag type of a level. */
export function levelTag(level: Level): 'success' | 'warning' | 'error' | 'info' | 'default' {
  switch (level) {
    case 'done': return 'info'
    case 'ok': return 'success'
    case 'late': return 'warning'
    case 'behind': return 'error'
    default: return 'default'
  }
}

/** Percentage of part in whole, 0 when whole is 0. */
export function percentOf(part: number, whole: number): number {
  return whole > 0 ? (part * 100) / whole : 0
}
