import type { HTMLAttributes } from 'vue'

/** Row attributes for the end-to-end tests: data-test and one data-* value per row. */
export const rowProps = <T>(id: string, key: string, value: (r: T) => string) =>
  (r: T): HTMLAttributes => ({ 'data-test': id, [`data-${key}`]: value(r) }) as unknown as HTMLAttributes
