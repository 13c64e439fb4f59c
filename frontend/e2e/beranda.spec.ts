// Fresh database: the programme dashboard (Beranda) on the demo data — headline figures,
// charts, the agency ranking, who has reported, the meeting brief; screenshots at 1280×800.
import { existsSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { WORK, answerDialog, expectMessage, go, shot } from './helpers'

test.describe.configure({ mode: 'serial' })
let page: Page

test.beforeAll(async ({ browser }) => {
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
})
test.afterAll(async () => {
  await page.close()
})

const tile = (key: string) => page.locator(`[data-test="tile-${key}"] .tv`)

test('the dashboard shows the demo year in figures and charts', async () => {
  await page.goto('/')
  await page.getByRole('button', { name: 'Muat data contoh (Kabupaten Contoh)' }).click()
  await expect(page.locator('[data-test="page-beranda"]')).toBeVisible({ timeout: 60_000 })
  // The demo regency: 48 priority villages, all paired with a team and a plan.
  await expect(tile('priority')).toHaveText('48')
  await expect(tile('paired')).toHaveText('48')
  await expect(page.locator('[data-test="tile-paired"] .ts')).toHaveText('48 bertim pendamping')
  await expect(tile('plan')).toHaveText('48')
  await expect(tile('budget')).toContainText('Rp 20,87 M')
  await expect(tile('absorption')).toHaveText(/^\d{1,2},\d%$/)
  await expect(tile('reported')).toHaveText(/^\d+\/42$/)
  for (const c of ['chart-sources', 'chart-opd']) await expect(page.locator(`[data-test="${c}"] canvas`)).toBeVisible()
  await expect(page.locator('[data-test="ranking-row"]')).toHaveCount(42)
  await expect(page.locator('[data-test="rep-summary"]')).toContainText('OPD sudah melapor')
  await expect(page.locator('[data-test="map-note"]')).toContainText('batas desa')
  await shot(page, '30-beranda-dasbor')
  await page.locator('[data-test="ranking"]').scrollIntoViewIfNeeded()
  await shot(page, '31-beranda-peringkat')
  await page.locator('[data-test="reporting"]').scrollIntoViewIfNeeded()
  await shot(page, '32-beranda-pelaporan')
})

test('the meeting brief and the belum-melapor list are written in one click', async () => {
  const pdf = join(WORK, 'bahan-rapat-tkpk.pdf')
  answerDialog(pdf)
  await page.locator('[data-test="brief"]').click()
  await expectMessage(page, 'Bahan rapat tersimpan')
  expect(existsSync(pdf) && statSync(pdf).size > 10_000).toBe(true)
  const xlsx = join(WORK, 'belum-melapor.xlsx')
  answerDialog(xlsx)
  await page.locator('[data-test="rep-export"]').click()
  await expectMessage(page, 'belum melapor disimpan')
  expect(existsSync(xlsx)).toBe(true)
})

test('a click on an agency opens its progress', async () => {
  const first = page.locator('[data-test="ranking-row"]').first()
  const name = (await first.locator('td').nth(1).innerText()).trim()
  await first.click()
  await expect(page.locator('[data-test="page-progres"]')).toBeVisible()
  await expect(page.locator('[data-test="page-progres"]')).toContainText(name.replace(/…$/, ''))
  await go(page, 'beranda')
  await expect(tile('priority')).toHaveText('48')
})
