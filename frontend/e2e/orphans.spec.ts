// Sample data, then the orphans registry: a child is registered (NIK masked, revealed on
// request), a foster parent is registered, the two are matched from the child's support
// drawer, and the child leaves the "belum punya orang tua asuh" list for the matched one.
// The follow-up list and the export log open.
import { expect, test, type Page } from '@playwright/test'
import { expectMessage, fill, go, modal, shot } from './helpers'

test.describe.configure({ mode: 'serial' })
let page: Page

test.beforeAll(async ({ browser }) => {
  page = await browser.newPage()
  page.on('pageerror', (e) => console.log('pageerror:', e.stack))
  page.on('console', (m) => m.type() === 'error' && console.log('console:', m.text()))
})
test.afterAll(async () => {
  await page.close()
})

const CHILD = 'Putri Anak Uji'
const FOSTER = 'Ibu Asuh Uji'
const NIK = '3399014101150777'

/** Picks the option containing text (or the first one) of the NSelect marked id. */
async function pick(id: string, text?: string): Promise<string> {
  const sel = page.locator(`[data-test="${id}"]`).last()
  await sel.click()
  if (text) await page.keyboard.type(text)
  const opt = page.locator('.n-base-select-menu:visible .n-base-select-option').filter({ hasText: text ?? '' }).first()
  const label = (await opt.innerText()).trim()
  await opt.click()
  await expect(page.locator('.n-base-select-menu:visible')).toHaveCount(0)
  return label
}

const childRow = () => page.locator(`[data-test="child-row"][data-name="${CHILD}"]`)

async function showStatus(label: string): Promise<void> {
  await pick('filter-status', label)
}

test('sample data, then the children list', async () => {
  await page.goto('/')
  await page.getByRole('button', { name: 'Muat data contoh (Kabupaten Contoh)' }).click()
  await expect(page.locator('[data-test="page-beranda"]')).toBeVisible({ timeout: 60_000 })
  await go(page, 'anak-yatim')
  await expect(page.locator('[data-test="child-row"]').first()).toBeVisible()
  await shot(page, '110-01-anak-yatim')
})

test('register a child: bad NIK refused beside the field, then saved with NIK masked', async () => {
  await page.locator('[data-test="add"]').click()
  const m = modal(page)
  await expect(m).toBeVisible()
  await pick('f-desa')
  await fill(m, 'f-name', CHILD)
  await fill(m, 'f-nik', '33990141011507')
  await m.locator('[data-test="f-sex-P"]').click()
  await fill(m, 'f-birth', '17-08-2015')
  await m.locator('[data-test="f-father"]').click()
  await pick('f-school', 'SD/MI')
  await fill(m, 'f-guardian', 'Sumarni')
  await page.locator('[data-test="form-save"]').click()
  await expect(m.getByText('Harus 16 digit angka.')).toBeVisible()
  await fill(m, 'f-nik', NIK)
  await shot(page, '110-02-form-anak')
  await page.locator('[data-test="form-save"]').click()
  await expect(m).toBeHidden()
  await showStatus('Belum punya orang tua asuh')
  await page.locator('[data-test="search"] input').fill(CHILD)
  await expect(childRow()).toBeVisible()
  await expect(childRow().locator('[data-test="nik"]')).toHaveText('3399xxxxxxxx0777')
  await expect(childRow().locator('[data-test="no-foster"]')).toBeVisible()
  await childRow().locator('[data-test="reveal"]').click()
  await expect(childRow().locator('[data-test="nik"]')).toHaveText(NIK)
})

test('register a foster parent', async () => {
  await go(page, 'orang-tua-asuh')
  await page.locator('[data-test="add"]').click()
  const m = modal(page)
  await fill(m, 'o-name', FOSTER)
  await pick('o-kind', 'Warga')
  await fill(m, 'o-money', '300000')
  await fill(m, 'o-phone', '0812 3456 7890')
  await page.locator('[data-test="form-save"]').click()
  await expect(m).toBeHidden()
  await expect(page.locator(`[data-test="foster-row"][data-name="${FOSTER}"]`)).toBeVisible()
  await shot(page, '110-03-orang-tua-asuh')
})

test('match them: the child leaves the unmatched list', async () => {
  await go(page, 'anak-yatim')
  await showStatus('Belum punya orang tua asuh')
  await page.locator('[data-test="search"] input').fill(CHILD)
  await expect(childRow()).toBeVisible()
  await childRow().locator('[data-test="row-support"]').click()
  const drawer = page.locator('.n-drawer')
  await expect(drawer.getByText(`Pengasuhan ${CHILD}`)).toBeVisible()
  await expect(drawer.locator('[data-test="candidate"]').filter({ hasText: FOSTER })).toBeVisible()
  await drawer.locator('[data-test="candidate"]').filter({ hasText: FOSTER }).locator('[data-test="use-candidate"]').click()
  await expect(drawer.locator('[data-test="m-foster"]')).toContainText(FOSTER)
  await shot(page, '110-04-jodohkan')
  await drawer.locator('[data-test="m-save"]').click()
  await expectMessage(page, `${CHILD} kini diasuh ${FOSTER}.`)
  await expect(drawer.locator('[data-test="match-row"]').filter({ hasText: FOSTER })).toContainText('Berjalan')
  await page.keyboard.press('Escape')
  await expect(drawer).toBeHidden()
  await expect(childRow()).toHaveCount(0)
  await showStatus('Sudah punya orang tua asuh')
  await expect(childRow()).toBeVisible()
  await expect(childRow()).toContainText(FOSTER)
  await shot(page, '110-05-sudah-diasuh')
})

test('follow-up list and export log open', async () => {
  await go(page, 'anak-tindak-lanjut')
  await expect(page.locator('[data-test="follow-row"]').first()).toBeVisible()
  await shot(page, '110-06-tindak-lanjut')
  await go(page, 'anak-log')
  await expect(page.getByText('Belum ada ekspor bernama.')).toBeVisible()
})
