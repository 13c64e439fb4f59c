/** A deep copy of plain data (works on reactive proxies, unlike structuredClone). */
export function clone<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T
}
