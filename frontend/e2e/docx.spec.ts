// Word copies (.docx): the decree's draft and issued letter from Surat, a letter from
// Arsip Surat, and the evaluation summary; each file is read back (document.xml).
import { join } from 'node:path'
import { existsSync, readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { strFromU8, unzipSync } from 'fflate'
import { WORK, answerDialog, expectMessage, go, shot } from './helpers'

test.describe.configure({ mode: 'serial' })
let page: Page
let number = ''

test.beforeAll(async ({ browser }) => {
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
})
test.afterAll(async () => {
  await page.close()
})

/** The text of a .docx's body, tags removed, once the file is there (a message of
 * the step before may still be showing). */
async function wordText(path: string): Promise<{ xml: string; text: string; media: string[] }> {
  await expect.poll(() => existsSync(path), { timeout: 20_000 }).toBe(true)
  const files = unzipSync(readFileSync(path))
  const xml = strFromU8(files['word/document.xml'])
  return { xml, text: xml.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' '), media: Object.keys(files).filter((f) => f.startsWith('word/media/')) }
}

test('sample data', async () => {
  await page.goto('/')
  await page.getByRole('button', { name: 'Muat data contoh (Kabupaten Contoh)' }).click()
  await expect(page.locator('[data-test="page-beranda"]')).toBeVisible({ timeout: 60_000 })
})

test('Surat: the draft decree saved as Word has no number yet', async () => {
  await go(page, 'surat')
  await page.locator('[data-test="preview"]').click()
  await expect(page.locator('[data-test="draft-note"]')).toBeVisible()
  await expect(page.locator('[data-test="save-docx"]')).toHaveText(/Simpan draf Word/)
  const path = join(WORK, 'draf-keputusan.docx')
  answerDialog(path)
  await page.locator('[data-test="save-docx"]').click()
  await expectMessage(page, 'Dokumen Word tersimpan')
  const w = await wordText(path)
  expect(w.xml).toContain('<w:pgSz w:w="12189" w:h="18709"/>')
  expect(w.text).toContain('NOMOR ........................')
  expect(w.text).toContain('LAMPIRAN KEPUTUSAN BUPATI CONTOH')
  await page.waitForTimeout(1200)
  await shot(page, '60-01-surat-draf-word')
})

test('Surat: the issued decree saved as Word carries its number and QR', async () => {
  await page.locator('[data-test="issue"]').click()
  await page.locator('[data-test="confirm-issue"]').click()
  const num = page.locator('[data-test="issued-number"]')
  await expect(num).toBeVisible({ timeout: 30_000 })
  number = (await num.innerText()).trim()
  await expect(page.locator('[data-test="save-docx"]')).toHaveText(/Simpan sebagai Word/)
  const path = join(WORK, 'keputusan.docx')
  answerDialog(path)
  await page.locator('[data-test="save-docx"]').click()
  await expectMessage(page, 'Dokumen Word tersimpan')
  const w = await wordText(path)
  expect(w.text).toContain(`NOMOR ${number}`)
  expect(w.xml).toContain('<w:tblHeader')
  expect(w.media.length).toBe(2) // emblem and QR code
  await page.waitForTimeout(1200)
  await shot(page, '60-02-surat-terbit-word')
})

test('Arsip Surat: "Simpan sebagai Word" of an issued letter', async () => {
  await go(page, 'arsip')
  const row = page.locator('[data-test="table"] tbody tr').filter({ hasText: number })
  await row.locator('[data-test="row-more"]').click()
  await expect(page.locator('.n-dropdown-option').filter({ hasText: 'Simpan sebagai Word' })).toBeVisible()
  await shot(page, '60-03-arsip-menu-word')
  const path = join(WORK, 'arsip.docx')
  answerDialog(path)
  await page.locator('.n-dropdown-option').filter({ hasText: 'Simpan sebagai Word' }).click()
  await expectMessage(page, 'Dokumen Word tersimpan')
  expect((await wordText(path)).text).toContain(`NOMOR ${number}`)
})

test('Evaluasi: the summary saved as Word', async () => {
  await go(page, 'evaluasi')
  await page.locator('[data-test="picker-village"]').click()
  await page.locator('.n-base-select-option').first().click()
  await expect(page.locator('[data-test="eval-docx"]')).toBeVisible()
  await page.locator('[data-test="page-evaluasi"] h1').scrollIntoViewIfNeeded()
  await shot(page, '60-04-evaluasi-word')
  const path = join(WORK, 'evaluasi.docx')
  answerDialog(path)
  await page.locator('[data-test="eval-docx"]').click()
  await expectMessage(page, 'Ringkasan evaluasi (Word) disimpan')
  const w = await wordText(path)
  expect(w.text).toContain('RINGKASAN EVALUASI SEMESTER')
  expect(w.text).toContain('Mengetahui,')
})
