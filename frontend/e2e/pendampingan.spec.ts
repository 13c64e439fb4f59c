// Fresh database C (sample data): the pairing board (remove two pairings, pair them again,
// one needing a reason), the team editor, partners, the decree and a Surat Tugas issued,
// the archive, verification of the decree's QR text (valid, altered, garbled, cancelled),
// the templates and numbering screen. A Surat Tugas for an OPD with two villages is refused
// until both teams are filled (the second one copied from the first); "Terbitkan semua" writes
// one combined PDF; the archive combines chosen letters and exports the register.
import { join } from 'node:path'
import { existsSync, readFileSync } from 'node:fs'
import { execFileSync } from 'node:child_process'
import { expect, test, type Locator, type Page } from '@playwright/test'
import { WORK, answerDialog, expectMessage, fill, formItem, go, modal, shot } from './helpers'
import { readFirstSheet, writeWorkbook } from './xlsx'

test.describe.configure({ mode: 'serial' })
let page: Page
const codes: string[] = []
const fresh: string[] = []
let free = ''
let decreeNumber = ''
let assignmentNumber = ''
let qrText = ''
let busyOpd = ''

test.beforeAll(async ({ browser }) => {
  page = await browser.newPage()
})
test.afterAll(async () => {
  await page.close()
})

const count = (id: string) => page.locator(`[data-test="count-${id}"]`)
const villageRow = (code: string): Locator =>
  page.locator('[data-test="board-table"] tbody tr').filter({ has: page.locator('[data-test="village"]', { hasText: code }) })
const drawer = () => page.locator('.n-drawer')

async function openDrawer(code: string): Promise<void> {
  await villageRow(code).locator('[data-test="row-detail"]').click()
  await expect(drawer()).toBeVisible()
}
async function closeDrawer(): Promise<void> {
  await drawer().locator('.n-base-close').first().click()
  await expect(drawer()).toHaveCount(0)
}
async function pickOpd(code: string, opdName: string): Promise<void> {
  const sel = villageRow(code).locator('[data-test="assign-select"]')
  await sel.click()
  await sel.locator('input').fill(opdName)
  await page.locator('.n-base-select-option').filter({ hasText: opdName }).first().click()
}

test('sample data; two more villages marked priority in the village list', async () => {
  await page.goto('/')
  await page.getByRole('button', { name: 'Muat data contoh (Kabupaten Contoh)' }).click()
  await expect(page.locator('[data-test="page-beranda"]')).toBeVisible({ timeout: 60_000 })
  await go(page, 'desa')
  const rows = page.locator('[data-test="table"] tbody tr')
  await expect(rows.first()).toBeVisible()
  const n = await rows.count()
  for (let i = 0; i < n && fresh.length < 2; i++) {
    const sw = rows.nth(i).locator('.n-switch').first() // the row's one switch: Prioritas
    if (/n-switch--active/.test((await sw.getAttribute('class')) ?? '')) continue
    fresh.push((await rows.nth(i).locator('td').first().innerText()).trim())
    await sw.click()
    await expect(sw).toHaveClass(/n-switch--active/)
  }
  expect(fresh).toHaveLength(2)
})

test('the pairing board with its counts', async () => {
  await go(page, 'papan')
  await expect(count('priority')).toHaveText('50')
  await expect(count('paired')).toHaveText('48')
  await expect(count('unpaired')).toHaveText('2')
  await expect(page.locator('[data-test="kec-group"]').first()).toBeVisible()
  await expect(villageRow(fresh[0]).locator('[data-test="assign-select"]')).toBeVisible()
  await expect(villageRow(fresh[1]).locator('[data-test="assign-select"]')).toBeVisible()
  const paired = page.locator('[data-test="board-table"] tbody tr').filter({ has: page.locator('[data-test="row-detail"]') })
  codes.push((await paired.first().locator('.vil-code').innerText()).trim())
  await shot(page, '40-01-papan')
  await page.locator('[data-test="filter-unpaired"]').click()
  await expect(page.locator('[data-test="board-table"] [data-test="village"]')).toHaveCount(2)
  await shot(page, '40-02-papan-belum-didampingi')
  await page.locator('[data-test="filter-unpaired"]').click()
})

test('the detail drawer: team with a bad NIP beside the field, history, a refused removal', async () => {
  await openDrawer(codes[0])
  await expect(drawer().locator('[data-test="team-row"]').first()).toBeVisible()
  await drawer().locator('[data-test="m-add"]').click()
  const last = drawer().locator('[data-test="team-row"]').last()
  await fill(last, 'm-name', 'Dewi Lestari, S.Sos.')
  await fill(last, 'm-nip', '19800315')
  await expect(last.locator('[data-test="m-nip-error"]')).toContainText('18 digit')
  await shot(page, '40-03-papan-tim-nip-salah')
  await fill(last, 'm-nip', '198003152005012003')
  await expect(last.locator('[data-test="m-nip-error"]')).toHaveCount(0)
  await fill(last, 'm-rank', 'Penata (III/c)')
  await fill(last, 'm-position', 'Analis Kebijakan')
  await drawer().locator('[data-test="team-save"]').click()
  await expectMessage(page, 'Tim pendamping tersimpan')
  await drawer().locator('.n-tabs-tab').filter({ hasText: 'Riwayat' }).click()
  await expect(drawer().locator('[data-test="history"] tbody tr').first()).toBeVisible()
  await shot(page, '40-04-papan-riwayat')
  // This pairing already has assessment and plan data: removing it is refused, clearly.
  await drawer().locator('.n-tabs-tab').filter({ hasText: 'Perangkat daerah' }).click()
  await drawer().locator('[data-test="unassign"]').click()
  await page.locator('[data-test="confirm-unassign"]').click()
  await expectMessage(page, 'tidak dapat dihapus')
  await shot(page, '40-05-papan-hapus-ditolak', true)
  await closeDrawer()
})

test('pair the two villages from the row select; the second village of an OPD needs a reason', async () => {
  // An OPD without a village (the side panel lists them).
  free = (await page.locator('[data-test="opd-without"] li span').first().innerText()).trim()
  await pickOpd(fresh[0], free)
  await expectMessage(page, 'sekarang didampingi')
  await expect(villageRow(fresh[0]).locator('[data-test="opd-name"]')).toHaveText(free)

  // An OPD that already accompanies a village: the server asks for a reason.
  busyOpd = (await villageRow(codes[0]).locator('[data-test="opd-name"]').innerText()).trim()
  const sel = villageRow(fresh[1]).locator('[data-test="assign-select"]')
  await sel.click()
  await expect(page.locator('.n-base-select-group-header').first()).toContainText('Belum mendampingi desa')
  await shot(page, '40-06-papan-pilih-opd')
  await sel.locator('input').fill(busyOpd)
  await page.locator('.n-base-select-option').filter({ hasText: busyOpd }).first().click()
  const dlg = modal(page)
  await expect(dlg.locator('[data-test="reason-message"]')).toContainText('sudah mendampingi')
  await dlg.locator('[data-test="form-save"]').click()
  await expect(formItem(dlg, 'f-reason')).toContainText('Wajib diisi')
  await fill(dlg, 'f-reason', 'Desa bertetangga dengan desa dampingan pertama; satu tim dapat menjangkau keduanya')
  await shot(page, '40-07-papan-alasan-desa-kedua')
  await dlg.locator('[data-test="form-save"]').click()
  await expect(dlg).toHaveCount(0)
  await expect(villageRow(fresh[1]).locator('[data-test="opd-name"]')).toHaveText(busyOpd)
  await expect(count('unpaired')).toHaveText('0')
})

test('a fresh pairing can be removed in the drawer and paired again', async () => {
  await openDrawer(fresh[0])
  await drawer().locator('.n-tabs-tab').filter({ hasText: 'Perangkat daerah' }).click()
  await drawer().locator('[data-test="unassign"]').click()
  await page.locator('[data-test="confirm-unassign"]').click()
  await expectMessage(page, 'dihapus')
  await expect(drawer()).toHaveCount(0)
  await expect(count('unpaired')).toHaveText('1')
  await pickOpd(fresh[0], free)
  await expect(villageRow(fresh[0]).locator('[data-test="opd-name"]')).toHaveText(free)
  await expect(count('unpaired')).toHaveText('0')
  await expect(count('paired')).toHaveText('50')
  await shot(page, '40-08-papan-lengkap')
})

test('export the board and look at copy-from-last-year', async () => {
  const out = join(WORK, 'pendampingan.xlsx')
  answerDialog(out)
  await page.locator('[data-test="excel-export"]').click()
  await expectMessage(page, 'Daftar pendampingan tersimpan')
  expect(existsSync(out)).toBe(true)
  await page.locator('[data-test="copy-open"]').click()
  const dlg = page.locator('[data-test="copy-dialog"]')
  await expect(dlg.locator('[data-test="copy-table"] tbody tr').first()).toBeVisible()
  await shot(page, '40-09-papan-salin-tahun-lalu')
  await dlg.getByRole('button', { name: 'Batal' }).click()
})

test('partners: validation beside the fields and a refused delete', async () => {
  await go(page, 'mitra')
  await expect(page.locator('[data-test="table"]')).toContainText('Universitas Contoh')
  await shot(page, '40-10-mitra')
  await page.locator('[data-test="add"]').click()
  await fill(modal(page), 'f-name', 'Universitas Contoh')
  await fill(modal(page), 'f-email', 'bukan-email')
  await modal(page).locator('[data-test="form-save"]').click()
  await expect(formItem(modal(page), 'f-email')).toContainText('tidak sah')
  await expect(formItem(modal(page), 'f-kind')).toContainText('Wajib diisi')
  await shot(page, '40-11-mitra-form-galat', true)
  await modal(page).getByRole('button', { name: 'Batal' }).click()
  const row = page.locator('[data-test="table"] tbody tr').filter({ hasText: 'Universitas Contoh' })
  const used = Number(await row.locator('td').nth(5).innerText())
  if (used > 0) {
    await row.locator('[data-test="row-delete"]').click()
    await page.locator('[data-test="confirm-delete"]').click()
    await expectMessage(page, 'tidak dapat dihapus')
  }
})

test('the decree: draft preview, then issued with a number', async () => {
  await go(page, 'surat')
  await page.locator('[data-test="preview"]').click()
  await expect(page.locator('[data-test="pdf-frame"]')).toBeVisible()
  await expect(page.locator('[data-test="draft-note"]')).toBeVisible()
  await page.waitForTimeout(1500) // the PDF viewer draws the pages
  await shot(page, '40-12-surat-pratinjau')
  await page.locator('[data-test="issue"]').click()
  await expect(page.locator('.n-dialog')).toContainText('Nomor surat berikutnya')
  await shot(page, '40-13-surat-konfirmasi')
  await page.locator('[data-test="confirm-issue"]').click()
  const num = page.locator('[data-test="issued-number"]')
  await expect(num).toBeVisible({ timeout: 30_000 })
  decreeNumber = (await num.innerText()).trim()
  expect(decreeNumber).toMatch(/\/\d+\/\d{4}$/)
  const copy = join(WORK, 'keputusan.pdf')
  answerDialog(copy)
  await page.locator('[data-test="issued-save"]').click()
  await expectMessage(page, 'Salinan surat tersimpan')
  expect(readFileSync(copy).subarray(0, 4).toString()).toBe('%PDF')
  await page.waitForTimeout(1200)
  await shot(page, '40-14-surat-terbit')
})

const pdfPages = (path: string): number => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path]).toString())?.[1] ?? 0)

async function chooseAssignment(opd: string): Promise<void> {
  await page.locator('[data-test="type-surat_tugas"]').click()
  await page.locator('[data-test="f-opd"]').click()
  await page.locator('.n-base-select-option').filter({ hasText: opd }).first().click()
}

test('a Surat Tugas for an OPD with two villages waits for the second team', async () => {
  await chooseAssignment(busyOpd)
  await page.locator('[data-test="preview"]').click()
  const refusal = page.locator('[data-test="letter-refusal"]')
  await expect(refusal).toContainText('belum diisi')
  await shot(page, '40-15a-surat-tugas-tim-kosong')
  // The second village's team: copied from the OPD's first village in the drawer.
  await go(page, 'papan')
  await openDrawer(fresh[1])
  await expect(drawer().locator('[data-test="team-row"]')).toHaveCount(0)
  await drawer().locator('[data-test="team-copy"]').first().click()
  await expectMessage(page, 'disalin')
  await expect(drawer().locator('[data-test="team-row"]').first()).toBeVisible()
  await shot(page, '40-15b-papan-tim-disalin')
  await closeDrawer()
  // The other new village's OPD gets its team from a workbook, so that every OPD has a team.
  const book = join(WORK, 'tim.xlsx')
  await writeWorkbook(book, 'Tim', [
    ['Nama Lengkap', 'NIP', 'Pangkat / Gol', 'Jabatan', 'Kedudukan dalam Tim'],
    ['Rina Kurniawati, S.E.', '19850412 201001 2 015', 'Penata (III/c)', 'Analis Kebijakan', 'Koordinator'],
    ['Agus Prasetyo', '', 'Penata Muda (III/a)', 'Pengelola Data', 'Anggota'],
  ])
  await openDrawer(fresh[0])
  answerDialog(book)
  await drawer().locator('[data-test="team-import"]').click()
  await expectMessage(page, '2 anggota tim diimpor')
  await expect(drawer().locator('[data-test="team-row"]')).toHaveCount(2)
  await expect(drawer().locator('[data-test="team-row"]').first().locator('[data-test="m-nip"] input')).toHaveValue('198504122010012015')
  await shot(page, '40-15c-papan-tim-impor')
  await closeDrawer()
  await go(page, 'surat')
})

test('a Surat Tugas for one OPD', async () => {
  await chooseAssignment(busyOpd)
  await page.locator('[data-test="preview"]').click()
  await expect(page.locator('[data-test="pdf-frame"]')).toBeVisible()
  await page.locator('[data-test="issue"]').click()
  await page.locator('[data-test="confirm-issue"]').click()
  const num = page.locator('[data-test="issued-number"]')
  await expect(num).toBeVisible({ timeout: 30_000 })
  assignmentNumber = (await num.innerText()).trim()
  expect(assignmentNumber).not.toBe(decreeNumber)
  await page.waitForTimeout(1200)
  await shot(page, '40-15-surat-tugas-terbit')
})

test('Terbitkan semua: one combined PDF in the lampiran order, every number listed', async () => {
  const out = join(WORK, 'surat-tugas-semua.pdf')
  answerDialog(out)
  await page.locator('[data-test="issue-all"]').click()
  await page.locator('[data-test="confirm-issue-all"]').click()
  const card = page.locator('[data-test="issued-all"]')
  await expect(card).toBeVisible({ timeout: 60_000 })
  const numbers = await card.locator('[data-test="issued-all-number"]').allInnerTexts()
  expect(numbers.length).toBeGreaterThan(10)
  expect(existsSync(out)).toBe(true)
  // One letter per OPD, in one PDF: a team of up to six fits one F4 page, a few larger
  // teams of the sample data take a second page.
  const pages = pdfPages(out)
  expect(pages).toBeGreaterThanOrEqual(numbers.length)
  expect(pages).toBeLessThanOrEqual(numbers.length + 6)
  const text = execFileSync('pdftotext', [out, '-']).toString()
  for (const n of numbers) expect(text).toContain(n)
  await shot(page, '40-15d-surat-tugas-semua')
})

test('the archive: gabung & cetak two letters, export the register', async () => {
  await go(page, 'arsip')
  const table = page.locator('[data-test="table"]')
  await expect(table).toContainText(decreeNumber)
  for (const n of [decreeNumber, assignmentNumber]) {
    await table.locator('tbody tr').filter({ hasText: n }).locator('.n-checkbox').click()
  }
  await expect(page.locator('[data-test="combine"]')).toContainText('2')
  await shot(page, '40-16a-arsip-pilih')
  // At 1280 × 800 the number stays fixed at the left with a visible scrollbar.
  await page.setViewportSize({ width: 1280, height: 800 })
  await shot(page, '40-16b-arsip-1280x800')
  await page.setViewportSize({ width: 1366, height: 820 })
  const out = join(WORK, 'gabungan.pdf')
  answerDialog(out)
  await page.locator('[data-test="combine"]').click()
  await expectMessage(page, 'Gabungan 2 surat')
  const decreePages = pdfPages(join(WORK, 'keputusan.pdf'))
  // The decree and the Surat Tugas (this OPD's two-village team may take a second page).
  const combinedPages = pdfPages(out)
  expect(combinedPages).toBeGreaterThan(decreePages)
  expect(combinedPages).toBeLessThanOrEqual(decreePages + 2)
  const text = execFileSync('pdftotext', [out, '-']).toString()
  expect(text).toContain(decreeNumber)
  expect(text).toContain(assignmentNumber)
  const reg = join(WORK, 'agenda.xlsx')
  answerDialog(reg)
  await page.locator('[data-test="export-register"]').click()
  await expectMessage(page, 'Buku agenda surat keluar tersimpan')
  const { rows } = readFirstSheet(reg)
  expect(rows.some((r) => r.includes('Nomor Surat') && r.includes('Penandatangan'))).toBe(true)
  expect(rows.some((r) => r.includes(decreeNumber))).toBe(true)
  expect(rows.some((r) => r.includes(assignmentNumber))).toBe(true)
})

test('the archive lists both numbers; preview and verification code', async () => {
  await go(page, 'arsip')
  const table = page.locator('[data-test="table"]')
  await expect(table).toContainText(decreeNumber)
  await expect(table).toContainText(assignmentNumber)
  await shot(page, '40-16-arsip')
  const row = table.locator('tbody tr').filter({ hasText: decreeNumber })
  await row.locator('[data-test="row-preview"]').click()
  await expect(page.locator('[data-test="pdf-modal"] [data-test="pdf-frame"]')).toBeVisible()
  await page.waitForTimeout(1500)
  await shot(page, '40-17-arsip-pratinjau')
  await page.keyboard.press('Escape')
  await row.locator('[data-test="row-more"]').click()
  await page.locator('.n-dropdown-option').filter({ hasText: 'Kode verifikasi' }).click()
  const qr = page.locator('[data-test="qr-text"] textarea')
  await expect(qr).toHaveValue(new RegExp(decreeNumber.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')))
  qrText = await qr.inputValue()
  await shot(page, '40-18-arsip-kode-verifikasi')
  await page.keyboard.press('Escape')
})

test('verification: SAH, altered text TIDAK SAH, garbled text', async () => {
  await go(page, 'verifikasi')
  const text = page.locator('[data-test="f-qr-text"] textarea')
  await text.fill(qrText)
  await page.locator('[data-test="verify-text"]').click()
  await expect(page.locator('[data-test="verdict"]')).toHaveText('SAH')
  await expect(page.locator('[data-test="verify-result"]')).toContainText(decreeNumber)
  await shot(page, '40-19-verifikasi-sah')
  // Alter one character of the subject.
  const altered = qrText.replace(/Perihal: (\S)/, (_m, c: string) => `Perihal: ${c === 'K' ? 'X' : 'K'}`)
  expect(altered).not.toBe(qrText)
  await text.fill(altered)
  await page.locator('[data-test="verify-text"]').click()
  await expect(page.locator('[data-test="verdict"]')).toHaveText('TIDAK SAH')
  await shot(page, '40-20-verifikasi-tidak-sah')
  await text.fill('halo, ini bukan kode surat')
  await page.locator('[data-test="verify-text"]').click()
  await expect(page.locator('[data-test="verdict"]')).toHaveText('TEKS TIDAK DIKENALI')
  await expect(formItem(page, 'f-qr-text')).toContainText('bukan kode verifikasi')
  await shot(page, '40-21-verifikasi-teks-rusak')
})

test('cancelling the Surat Tugas keeps its number; verification says DIBATALKAN', async () => {
  await go(page, 'arsip')
  const row = page.locator('[data-test="table"] tbody tr').filter({ hasText: assignmentNumber })
  await row.locator('[data-test="row-more"]').click()
  await page.locator('.n-dropdown-option').filter({ hasText: 'Batalkan' }).click()
  await modal(page).locator('[data-test="form-save"]').click()
  await expect(formItem(modal(page), 'f-cancel-reason')).toContainText('Wajib diisi')
  await fill(modal(page), 'f-cancel-reason', 'Salah susunan tim; diganti surat baru')
  await shot(page, '40-22-arsip-batalkan')
  await modal(page).locator('[data-test="form-save"]').click()
  await expectMessage(page, 'dibatalkan')
  await expect(row.locator('[data-test="letter-status"]')).toHaveText('batal')
  await row.locator('[data-test="row-more"]').click()
  await page.locator('.n-dropdown-option').filter({ hasText: 'Kode verifikasi' }).click()
  const code = (await page.locator('[data-test="short-code"]').innerText()).trim()
  await page.keyboard.press('Escape')
  await go(page, 'verifikasi')
  await page.locator('.n-tabs-tab').filter({ hasText: 'Nomor + kode singkat' }).click()
  await fill(page, 'f-number', assignmentNumber)
  await fill(page, 'f-code', code)
  await page.locator('[data-test="verify-code"]').click()
  await expect(page.locator('[data-test="verdict"]')).toHaveText('DIBATALKAN')
  await shot(page, '40-23-verifikasi-dibatalkan')
})

test('templates: placeholder chips, an unknown placeholder named, numbering and a manual number', async () => {
  await go(page, 'templat')
  const judul = page.locator('[data-test="part-judul"]')
  await expect(judul.locator('[data-test="chip"]').first()).toBeVisible()
  const input = judul.locator('[data-test="t-text"] input')
  await input.fill('Pendampingan Desa Tahun {nama_camat}')
  await judul.locator('[data-test="t-save"]').click()
  await expect(judul).toContainText('{nama_camat}')
  await expect(formItem(judul, 't-text')).toContainText('tidak dikenal')
  await input.fill('Pendampingan Desa Tahun ')
  await input.press('End')
  await judul.locator('[data-test="chip"]').filter({ hasText: '{tahun}' }).click()
  await expect(input).toHaveValue('Pendampingan Desa Tahun {tahun}')
  await shot(page, '40-24-templat')
  await judul.locator('[data-test="t-save"]').click()
  await expectMessage(page, 'tersimpan')
  await judul.locator('[data-test="t-restore"]').click()
  await page.locator('.n-popconfirm').getByRole('button', { name: 'Kembalikan bawaan' }).click()
  await expectMessage(page, 'dikembalikan')

  const num = page.locator('[data-test="numbering-keputusan"]')
  await expect(num.locator('[data-test="numbers"]')).toContainText(decreeNumber)
  await expect(num.locator('[data-test="p-example"]')).not.toHaveText('—')
  const seq = Number(decreeNumber.split('/')[1])
  await fill(num, 'm-seq', String(seq))
  await num.locator('[data-test="m-save"]').click()
  await expect(formItem(num, 'm-seq')).toContainText('sudah terpakai')
  await fill(num, 'm-seq', String(seq + 5))
  await fill(num, 'm-note', 'Diambil manual untuk undangan rapat TKPK')
  await num.locator('[data-test="m-save"]').click()
  await expectMessage(page, 'dicatat')
  await num.scrollIntoViewIfNeeded()
  await shot(page, '40-25-templat-penomoran')
})
