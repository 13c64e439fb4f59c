// A database that cannot be opened (run.sh writes garbage into it): the app shows a
// full-screen error with the backend's message instead of the normal screens.
import { expect, test } from '@playwright/test'
import { shot } from './helpers'

test('a broken database shows the start-up error screen', async ({ page }) => {
  await page.goto('/')
  const err = page.locator('[data-test="boot-error"]')
  await expect(err).toBeVisible()
  await expect(err).toContainText('SiDamping tidak dapat dibuka')
  await expect(err).toContainText('sidamping.db')
  await shot(page, '30-galat-basis-data')
})
