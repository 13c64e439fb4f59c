// Fresh database: the programme dashboard (Beranda) on the demo data — headline figures,
// charts, the agency ranking, who has reported, the meeting brief; screenshots at 1280×800.
import { existsSync, statSync, writeFileSync } from 'node:fs'
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

test('a boundary file draws the village map, priority villages outlined', async () => {
  // A synthetic boundary file of the demo regency: one square per village, kecamatan by
  // kecamatan, plus a feature that matches no village (the preview names it).
  const desa = await page.evaluate(async () => {
    const w = window as unknown as { go: { app: { MasterApp: { ListDesa: (q: unknown) => Promise<{ code: string; kecamatanId: number }[]> } } } }
    return w.go.app.MasterApp.ListDesa({ search: '', kecamatanId: 0, year: 0, priorityOnly: false })
  })
  const kec = [...new Set(desa.map((d) => d.kecamatanId))].sort((a, b) => a - b)
  const seen = new Map<number, number>()
  const sq = (x: number, y: number) => [[[x, y], [x + 0.01, y], [x + 0.01, y + 0.01], [x, y + 0.01], [x, y]]]
  const features = desa.map((d) => {
    const k = kec.indexOf(d.kecamatanId)
    const i = seen.get(d.kecamatanId) ?? 0
    seen.set(d.kecamatanId, i + 1)
    const x = 110.6 + (k % 5) * 0.05 + (i % 5) * 0.01
    const y = -6.6 - Math.floor(k / 5) * 0.05 - Math.floor(i / 5) * 0.01
    return { type: 'Feature', properties: { kode_desa: d.code }, geometry: { type: 'Polygon', coordinates: sq(x, y) } }
  })
  features.push({ type: 'Feature', properties: { kode_desa: '', nama: 'Desa Khayalan' } as never, geometry: { type: 'Polygon', coordinates: sq(111, -7) } })
  const file = join(WORK, 'batas-desa.geojson')
  writeFileSync(file, JSON.stringify({ type: 'FeatureCollection', features }))
  answerDialog(file)
  await page.locator('[data-test="map-import"]').click()
  const preview = page.locator('[data-test="map-preview"]')
  await expect(preview).toContainText(`${desa.length + 1} fitur, ${desa.length} cocok dengan desa, 1 tidak cocok`)
  await expect(preview).toContainText('desa Desa Khayalan tidak ada di daftar desa/kelurahan')
  await preview.locator('[data-test="map-save"]').click()
  await expectMessage(page, `Batas ${desa.length} desa tersimpan`)
  await expect(page.locator('[data-test="chart-map"] canvas')).toBeVisible()
  await page.locator('[data-test="map"]').scrollIntoViewIfNeeded()
  await shot(page, '33-beranda-peta')
})
