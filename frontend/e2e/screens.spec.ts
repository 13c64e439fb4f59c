// Lists on the demo data at 1280×800 (issue #9 item 10): the columns staff need are inside the
// viewport without scrolling the table sideways, and no column header breaks inside a word.
import { expect, test, type Page } from '@playwright/test'
import { go, shot } from './helpers'

test.describe.configure({ mode: 'serial' })
let page: Page

test.beforeAll(async ({ browser }) => {
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
  await page.goto('/')
  await page.getByRole('button', { name: 'Muat data contoh (Kabupaten Contoh)' }).click()
  await expect(page.locator('[data-test="page-beranda"]')).toBeVisible({ timeout: 60_000 })
})
test.afterAll(async () => {
  await page.close()
})

/** Checks the headers named are fully inside the viewport, the table is not scrolled and no header wraps. */
async function checkList(menu: string, headers: string[]): Promise<void> {
  await go(page, menu)
  const table = page.locator(`[data-test="page-${menu}"] .n-data-table`).first()
  await expect(table.locator('thead th').first()).toBeVisible()
  await page.waitForTimeout(500)
  await shot(page, `70-layar-${menu}`)
  const scrollLeft = await table.locator('.n-scrollbar-container').first().evaluate((e) => e.scrollLeft).catch(() => 0)
  expect(scrollLeft).toBe(0)
  for (const name of headers) {
    const th = table.locator('thead th').filter({ hasText: name }).first()
    await expect(th, `header ${name}`).toBeVisible()
    const box = await th.boundingBox()
    expect(box, `header ${name}`).not.toBeNull()
    expect(box!.x, `header ${name} left edge`).toBeGreaterThanOrEqual(0)
    expect(box!.x + box!.width, `header ${name} right edge`).toBeLessThanOrEqual(1280)
    // …and not hidden under the actions column pinned to the right.
    const pinned = await table.locator('thead th.n-data-table-th--fixed-right').first().boundingBox()
    if (pinned) expect(box!.x + box!.width, `header ${name} under the actions column`).toBeLessThanOrEqual(pinned.x + 1)
  }
  // No header breaks inside a word: each title sits on one line and is not cut.
  const bad = await table.locator('thead th').evaluateAll((ths) => ths.flatMap((th) => {
    const title = th.querySelector('.n-data-table-th__title') as HTMLElement | null
    if (!title || !title.textContent?.trim()) return []
    const lh = parseFloat(getComputedStyle(title).lineHeight) || 20
    const wraps = title.getBoundingClientRect().height > lh * 1.5
    const cut = title.scrollWidth > title.clientWidth + 1
    return wraps || cut ? [`${title.textContent.trim()} (${Math.round(title.getBoundingClientRect().height)}px)`] : []
  }))
  expect.soft(bad, `${menu}: headers that wrap or are cut`).toEqual([])
}

test('Desa: RT miskin and prioritas visible', async () => {
  await checkList('desa', ['RT miskin', 'Prioritas'])
})

test('Arsip: OPD, tanggal and penandatangan visible', async () => {
  await checkList('arsip', ['Perangkat daerah', 'Tanggal', 'Penandatangan'])
})

test('OPD: NIP visible', async () => {
  await checkList('opd', ['NIP'])
})
