// Fresh database B: a hand-entered profile (a bad NIP is rejected beside the field), an OPD
// and a village created by hand, a village workbook imported (first with a bad row, which
// saves nothing, then fixed), and the OPD list exported and read back.
import { join } from 'node:path'
import zlib from 'node:zlib'
import { existsSync, writeFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { WORK, answerDialog, choose, expectMessage, expectRowCount, fill, formItem, go, modal, shot } from './helpers'
import { readFirstSheet, writeWorkbook } from './xlsx'

test.describe.configure({ mode: 'serial' })
let page: Page
const NIP_BUPATI = '197001011990031001'
const NIP_KEPALA = '196805121994031007'

test.beforeAll(async ({ browser }) => {
  page = await browser.newPage()
})
test.afterAll(async () => {
  await page.close()
})

test('hand-entered profile: a bad NIP is shown beside the field, then fixed', async () => {
  await page.goto('/')
  await expect(page.getByText('Selamat datang di SiDamping')).toBeVisible()
  await page.locator('[data-test="own-profile"]').click()
  await fill(page, 'regencyName', 'Kabupaten Jepara')
  await fill(page, 'province', 'Jawa Tengah')
  await fill(page, 'regencyCode', '33.20')
  await fill(page, 'capital', 'Jepara')
  await fill(page, 'officeName', 'Badan Perencanaan Pembangunan Daerah')
  await fill(page, 'address', 'Jl. Kartini No. 1, Jepara')
  await fill(page, 'phone', '(0291) 591000')
  await fill(page, 'email', 'bappeda@jepara.go.id')
  await fill(page, 'letterhead', 'PEMERINTAH KABUPATEN JEPARA\nBADAN PERENCANAAN PEMBANGUNAN DAERAH')
  await page.evaluate(() => window.scrollTo(0, 0))
  await shot(page, '19-setup-form')
  const bupati = page.locator('[data-test="sig-bupati"]')
  await fill(bupati, 'sig-name', 'Budi Santoso')
  await fill(bupati, 'sig-rank', 'Pembina Utama (IV/e)')
  await fill(bupati, 'sig-nip', '19700101199003')
  await page.locator('[data-test="profile-save"]').click()
  const feedback = formItem(bupati, 'sig-nip')
  await expect(feedback).toContainText('18 digit')
  await shot(page, '20-setup-nip-salah', true)
  await fill(bupati, 'sig-nip', NIP_BUPATI)
  await expect(feedback).not.toContainText('18 digit')
  await shot(page, '21-setup-profil')
  await page.locator('[data-test="profile-save"]').click()
  await expect(page.locator('[data-test="page-beranda"]')).toBeVisible()
  await expect(page.locator('[data-test="header-regency"]')).toHaveText('Kabupaten Jepara')
  await expect(page.locator('[data-test="year-switcher"]')).toContainText(String(new Date().getFullYear()))
  await shot(page, '22-beranda-kosong')
})

test('create a kecamatan and a village (kind follows the code)', async () => {
  await go(page, 'kecamatan')
  await page.locator('[data-test="add"]').click()
  await fill(modal(page), 'f-code', '33.20.01')
  await fill(modal(page), 'f-name', 'Kedung')
  await modal(page).locator('[data-test="form-save"]').click()
  await expectRowCount(page, 1)

  await go(page, 'desa')
  await page.locator('[data-test="add"]').click()
  const m = modal(page)
  await fill(m, 'f-code', '33.20.01.1001')
  await expect(m.locator('[data-test="kind-derived"]')).toContainText('Kelurahan')
  await fill(m, 'f-code', '33.20.01.2001')
  await expect(m.locator('[data-test="kind-derived"]')).toContainText('Desa')
  await fill(m, 'f-name', 'Bugel')
  await expect(m.locator('[data-test="f-kecamatan"]')).toContainText('Kedung')
  await fill(m, 'f-population', '4250')
  await fill(m, 'f-households', '1200')
  await fill(m, 'f-poor', '310')
  await choose(page, m, 'f-idm', 'Berkembang')
  await m.locator('[data-test="f-priority"]').click()
  await shot(page, '23-desa-baru')
  await m.locator('[data-test="form-save"]').click()
  await expectMessage(page, 'Data tersimpan')
  await expectRowCount(page, 1)
  await expect(page.locator('[data-test="table"]')).toContainText('Bugel')
  await expect(page.locator('[data-test="table"]')).toContainText('4.250')
})

test('create an OPD; a bad NIP is shown beside the field', async () => {
  await go(page, 'opd')
  await page.locator('[data-test="add"]').click()
  const m = modal(page)
  await fill(m, 'f-code', '1.01.01')
  await fill(m, 'f-name', 'Dinas Pendidikan, Kepemudaan dan Olahraga')
  await fill(m, 'f-abbr', 'Disdikpora')
  await choose(page, m, 'f-kind', 'Dinas')
  await fill(m, 'f-headName', 'Siti Aminah, S.Pd., M.M.')
  await fill(m, 'f-headRank', 'Pembina Utama Muda (IV/c)')
  await fill(m, 'f-headNip', '1968051219940310')
  await m.locator('[data-test="form-save"]').click()
  await expect(formItem(m, 'f-headNip')).toContainText('18 digit')
  await shot(page, '24-opd-nip-salah', true)
  await fill(m, 'f-headNip', NIP_KEPALA)
  await m.locator('[data-test="form-save"]').click()
  await expectMessage(page, 'Data tersimpan')
  await expectRowCount(page, 1)
})

const header = ['Kode Kecamatan', 'Nama Kecamatan', 'Kode Desa', 'Nama Desa', 'Jumlah Penduduk', 'Jumlah KK/RT', 'RT Miskin (desil 1-2)', 'Status IDM']
const good = [
  ['33.20.01', 'Kedung', '33.20.01.2002', 'Kalianyar', 3100, 900, 120, 'Maju'],
  ['33.20.01', 'Kedung', '33.20.01.2003', 'Tedunan', 5200, 1500, 410, 'Berkembang'],
  ['33.20.02', 'Pecangaan', '33.20.02.2001', 'Gemulung', 2800, 820, 95, 'Mandiri'],
]

test('import a village workbook: a bad row is listed and nothing is saved', async () => {
  await go(page, 'desa')
  await expectRowCount(page, 1)
  const bad = join(WORK, 'desa-salah.xlsx')
  await writeWorkbook(bad, 'Desa', [header, good[0], ['33.20.01', 'Kedung', '33.20.01.20X3', 'Tedunan', 5200, 1500, 410, 'Berkembang'], good[2]])
  answerDialog(bad)
  await page.locator('[data-test="excel-import"]').click()
  const dlg = page.locator('[data-test="import-preview"]')
  await expect(dlg).toBeVisible()
  await expect(dlg.locator('[data-test="preview-problems"]')).toBeVisible()
  await expect(dlg.locator('[data-test="preview-problems"]')).toContainText('20X3')
  await expect(dlg.locator('[data-test="import-save"]')).toBeDisabled()
  await shot(page, '25-impor-galat')
  await dlg.getByRole('button', { name: 'Batal' }).click()
  await expectRowCount(page, 1)
})

test('a file that is not a workbook gets a clear message', async () => {
  const csv = join(WORK, 'bukan-excel.xlsx')
  writeFileSync(csv, 'kode,nama\n33.20.01.2009,Contoh\n')
  answerDialog(csv)
  await page.locator('[data-test="excel-import"]').click()
  await expect(page.locator('.n-message').filter({ hasText: /xlsx|Excel|buku kerja/i }).first()).toBeVisible()
  await expect(page.locator('[data-test="import-preview"]')).toHaveCount(0)
  await expectRowCount(page, 1)
})

test('import the fixed workbook: rows appear', async () => {
  const fixed = join(WORK, 'desa-benar.xlsx')
  await writeWorkbook(fixed, 'Desa', [header, ...good])
  answerDialog(fixed)
  await page.locator('[data-test="excel-import"]').click()
  const dlg = page.locator('[data-test="import-preview"]')
  await expect(dlg.locator('[data-test="preview-ok"]')).toBeVisible()
  await expect(dlg.locator('[data-test="import-save"]')).toBeEnabled()
  await shot(page, '26-impor-pratinjau')
  await dlg.locator('[data-test="import-save"]').click()
  await expectMessage(page, 'Impor selesai')
  await expectRowCount(page, 4)
  await expect(page.locator('[data-test="table"]')).toContainText('Gemulung')
  await shot(page, '27-desa-setelah-impor', true)
})

test('export the OPD list and read it back', async () => {
  await go(page, 'opd')
  const out = join(WORK, 'opd-ekspor.xlsx')
  answerDialog(out)
  await page.locator('[data-test="excel-export"]').click()
  await expectMessage(page, 'Daftar tersimpan di')
  expect(existsSync(out)).toBe(true)
  const { rows, sheetXml } = readFirstSheet(out)
  const head = rows.find((r) => r.includes('Kode')) ?? [] // a title row may come first
  expect(head).toContain('Kode')
  expect(head).toContain('Nama Perangkat Daerah')
  expect(head).toContain('NIP')
  const row = rows.find((r) => r.includes('Disdikpora'))
  expect(row, JSON.stringify(rows)).toBeTruthy()
  expect(row).toContain('1.01.01')
  expect(row).toContain('Dinas Pendidikan, Kepemudaan dan Olahraga')
  expect(row).toContain(NIP_KEPALA) // the NIP is a text cell, all 18 digits kept
  expect(sheetXml).toContain('<pane') // frozen header row
  expect(sheetXml).toContain('autoFilter')
  await shot(page, '28-opd-ekspor', true)
})

// A small valid PNG (a teal square) for the logo.
function png(size: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4)
    len.writeUInt32BE(data.length)
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(zlib.crc32(body) >>> 0)
    return Buffer.concat([len, body, crc])
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(size, 0)
  ihdr.writeUInt32BE(size, 4)
  ihdr.set([8, 2, 0, 0, 0], 8)
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array(size).fill([15, 118, 110]).flat())])
  const raw = Buffer.concat(Array(size).fill(row))
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0)),
  ])
}

test('profile settings: a bad logo is refused, a PNG is shown', async () => {
  await go(page, 'profil')
  const bad = join(WORK, 'bukan-gambar.png')
  writeFileSync(bad, 'ini bukan gambar')
  answerDialog(bad)
  await page.locator('[data-test="logo-choose"]').click()
  await expect(page.locator('[data-test="logo-error"]')).toContainText('bukan gambar')
  const good = join(WORK, 'logo.png')
  writeFileSync(good, png(64))
  answerDialog(good)
  await page.locator('[data-test="logo-choose"]').click()
  await expect(page.locator('[data-test="logo-img"]')).toBeVisible()
  await expect(page.locator('[data-test="logo-error"]')).toHaveCount(0)
  await page.locator('[data-test="logo-picker"]').scrollIntoViewIfNeeded()
  await shot(page, '29-profil-logo')
})
