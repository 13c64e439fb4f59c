import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, type Locator, type Page } from '@playwright/test'

const here = dirname(fileURLToPath(import.meta.url))
export const SHOTS = join(here, '..', 'test-results', 'screenshots')
export const WORK = process.env.E2E_WORK ?? '/tmp/sidamping-e2e'
mkdirSync(SHOTS, { recursive: true })
mkdirSync(WORK, { recursive: true })

/** The next file dialog of the app answers with path (SIDAMPING_DIALOG_FILE). */
export function answerDialog(path: string): void {
  const f = process.env.E2E_DIALOG_FILE
  if (!f) throw new Error('E2E_DIALOG_FILE is not set (run through e2e/run.sh)')
  writeFileSync(f, `${path}\n`)
}

/** Saves a screenshot; messages are hidden unless keepMessages (they cover the header). */
export async function shot(page: Page, name: string, keepMessages = false): Promise<void> {
  await page.waitForTimeout(300) // let transitions settle
  const style = keepMessages ? null : await page.addStyleTag({ content: '.n-message-container { display: none !important; }' })
  await page.screenshot({ path: join(SHOTS, `${name}.png`) })
  await style?.evaluate((el) => el.remove())
}

/** The <input> or <textarea> inside a Naive UI field marked data-test=id. */
export function field(scope: Page | Locator, id: string): Locator {
  return scope.locator(`[data-test="${id}"]`).locator('input, textarea').first()
}

export async function fill(scope: Page | Locator, id: string, value: string): Promise<void> {
  const f = field(scope, id)
  await f.fill(value)
  await f.blur()
}

/** Picks an option of the NSelect marked data-test=id. */
export async function choose(page: Page, scope: Page | Locator, id: string, option: string): Promise<void> {
  await scope.locator(`[data-test="${id}"]`).click()
  await page.locator('.n-base-select-option').filter({ hasText: option }).first().click()
}

export async function go(page: Page, menu: string): Promise<void> {
  await page.locator(`[data-test="menu-${menu}"]`).click()
  await expect(page.locator(`[data-test="page-${menu}"]`)).toBeVisible()
}

/** Waits for a Naive UI message containing text. */
export async function expectMessage(page: Page, text: string | RegExp): Promise<Locator> {
  const m = page.locator('.n-message').filter({ hasText: text }).first()
  await expect(m).toBeVisible()
  return m
}

export async function rowCount(page: Page): Promise<number> {
  const text = (await page.locator('[data-test="row-count"]').innerText()).replace(/\./g, '')
  return Number(text.match(/\d+/)?.[0] ?? NaN)
}

export async function expectRowCount(page: Page, n: number): Promise<void> {
  await expect.poll(() => rowCount(page)).toBe(n)
}

/** The open form dialog. */
export function modal(page: Page): Locator {
  return page.locator('[data-test="form-modal"]')
}

/** The NFormItem (label, field and the message beside it) that holds data-test=id. */
export function formItem(scope: Page | Locator, id: string): Locator {
  return scope.locator(`.n-form-item:has([data-test="${id}"])`).last()
}
