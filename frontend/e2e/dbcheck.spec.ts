// Pengaturan → Cadangan: "Periksa basis data" runs the full check as a job (the window's
// progress bar) and shows the result; the start-up ran only the quick check.
import { expect, test } from '@playwright/test'
import { shot } from './helpers'

test('the full database check runs from Pengaturan → Cadangan', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'Muat data contoh (Kabupaten Contoh)' }).click()
  await expect(page.locator('[data-test="page-beranda"]')).toBeVisible({ timeout: 60_000 })
  await page.goto('/#/pengaturan/cadangan')
  const card = page.locator('[data-test="check-card"]')
  await expect(card).toBeVisible()
  await expect(card).toContainText('pemeriksaan cepat (kurang dari 1 detik)')
  await card.locator('[data-test="check-db"]').click()
  const result = card.locator('[data-test="check-result"]')
  await expect(result).toBeVisible({ timeout: 30_000 })
  await expect(result).toContainText(/Basis data baik: \d+ tabel diperiksa/)
  await shot(page, '95-periksa-basis-data')
})
