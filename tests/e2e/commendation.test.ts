import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invoke } from '@core/dispatch/dispatch';
import { createChromiumPrinter } from '@core/documents/chromium-printer';
import type { Harness } from '@harness/server';
import { tempDir } from '../support/temp-core';
import { artifactsDir, collectPageErrors, launchChromium, screenshot, startAppHarness } from './support/browser';

/** Clicks a button, waits for the file it downloads, and returns the text pdftotext reads from it. */
async function downloadPdfText(page: Page, button: string, artifact: string): Promise<{ name: string; text: string }> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file = await download;
  const path = join(tempDir(), file.suggestedFilename());
  await file.saveAs(path);
  expect(readFileSync(path).subarray(0, 4).toString()).toBe('%PDF');
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  writeFileSync(join(artifactsDir, artifact), text);
  return { name: file.suggestedFilename(), text };
}

describe('Khen thưởng in Chromium through the loopback harness (demo data)', () => {
  let browser: Browser;
  let harness: Harness;
  const printer = createChromiumPrinter();

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await printer.close();
    await browser?.close();
  });

  it('proposes CSTĐ cấp tỉnh 2023, issues the decision, finds it in the history and prints the lists', async () => {
    harness = await startAppHarness(join(tempDir(), 'e2e.sqlite'), {
      now: new Date('2024-01-20T02:00:00.000Z'),
      printer,
      demo: true,
    });
    const page = await browser.newPage({
      viewport: { width: 1440, height: 900 },
      locale: 'vi-VN',
      acceptDownloads: true,
    });
    const errors = collectPageErrors(page);
    try {
      await page.goto(`${harness.url}#/khen-thuong`);
      await page.getByRole('heading', { name: 'Khen thưởng', exact: true }).waitFor();
      await expect.poll(() => page.getByRole('menuitem', { name: 'Khen thưởng' }).count()).toBe(1);

      // 1. A proposal for CSTĐ cấp tỉnh, year-end 2023.
      await page.getByRole('button', { name: 'Tạo đề nghị' }).click();
      const dialog = page.getByRole('dialog');
      // The year starts on the demo plan's year (2023), not the calendar's (the browser's clock is in 2026).
      await expect.poll(() => dialog.getByLabel('Năm').inputValue()).toBe('2023');
      await dialog.getByLabel('Danh hiệu / hình thức').click();
      await page.locator('.ant-select-dropdown').getByText('Chiến sĩ thi đua cấp tỉnh', { exact: true }).click();
      // On a loaded machine the list's closing animation can still cover the dialog's button: wait until it is gone,
      // as a user waits for the list to close before clicking.
      await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').waitFor({ state: 'hidden' });
      await dialog.getByRole('button', { name: 'Tạo đề nghị' }).click();
      await page.getByRole('heading', { name: 'Chiến sĩ thi đua cấp tỉnh – Tổng kết năm 2023' }).waitFor();

      // 2. Bích is not eligible, with the reason in Vietnamese; An is.
      const eligibility = page.getByRole('table', { name: 'Đối chiếu tiêu chuẩn' });
      const bich = eligibility.locator('tr', { hasText: 'Trần Thị Bích' });
      await expect.poll(() => bich.innerText()).toContain('thiếu CSTĐCS năm 2022');
      expect(await bich.innerText()).toContain('Chưa đủ tiêu chuẩn');
      const an = eligibility.locator('tr', { hasText: 'Nguyễn Văn An' });
      expect(await an.innerText()).toContain('Đủ tiêu chuẩn');

      // 3. Add An with his achievements and propose him upward.
      await page.getByRole('button', { name: 'Thêm Nguyễn Văn An vào đề nghị' }).click();
      const add = page.getByRole('dialog');
      await add.getByLabel('Thành tích').fill('03 năm liền đạt CSTĐCS (2020–2022); sáng kiến cấp tỉnh năm 2022.');
      await add.getByRole('button', { name: 'Lưu' }).click();
      const entries = page.getByRole('table', { name: 'Danh sách đề nghị' });
      await entries.getByText('03 năm liền đạt CSTĐCS', { exact: false }).waitFor();
      await page.getByLabel('Trạng thái của Nguyễn Văn An').click();
      await page.locator('.ant-select-dropdown:visible').getByText('Đề nghị cấp trên', { exact: true }).click();
      const proposals = await invoke(harness.ctx, 'proposals:list', { year: 2023 });
      const proposalId = proposals.find((p) => p.titleCode === 'CSTD_TINH')!.id;
      await expect
        .poll(async () => (await invoke(harness.ctx, 'proposals:get', { id: proposalId })).entries[0]?.status)
        .toBe('de_nghi_cap_tren');
      await expect.poll(() => an.innerText()).toContain('Đã có trong đề nghị');
      await expect
        .poll(() => page.getByRole('button', { name: 'In danh sách kèm Tờ trình (PDF)' }).isEnabled())
        .toBe(true);
      await expect
        .poll(() => page.locator('.ant-select-dropdown:visible, .ant-message-notice').count(), { timeout: 10_000 })
        .toBe(0);
      await screenshot(page, 'khen-thuong');

      const submission = await downloadPdfText(page, 'In danh sách kèm Tờ trình (PDF)', 'khen-thuong-to-trinh.txt');
      expect(submission.text).toContain('Nguyễn Văn An');
      expect(submission.text).not.toContain('Trần Thị Bích');

      // 4. The decision, from the proposal's lines, with prize money at the base salary of its date.
      await page.getByRole('button', { name: 'Ban hành quyết định' }).click();
      await page.getByText('Ban hành quyết định khen thưởng').waitFor();
      await page.getByLabel('Số quyết định').fill('3012/QĐ-UBND');
      await page.getByLabel('Ngày ký').fill('15/01/2024');
      await page.getByLabel('Ngày ký').press('Enter');
      await page.getByLabel('Người ký', { exact: true }).fill('Lâm Văn Mẫu');
      await page.getByLabel('Thẩm quyền').fill('Chủ tịch UBND tỉnh');
      // The province's decision is recorded here, not issued: its list prints as received.
      await page.getByLabel('Cấp quyết định').click();
      await page.locator('.ant-select-dropdown:visible').getByTitle('Cấp trên (văn bản đến, ghi nhận)').click();
      await page.getByRole('button', { name: 'Ban hành quyết định' }).click();
      await page.getByRole('heading', { name: 'Quyết định số 3012/QĐ-UBND ngày 15/01/2024' }).waitFor();
      const recipients = page.getByRole('table', { name: 'Danh sách được khen thưởng' });
      const row = recipients.locator('tr', { hasText: 'Nguyễn Văn An' });
      expect(await row.innerText()).toContain('5.400.000 đ');
      expect(await row.innerText()).toContain('1.800.000 đ');
      await page
        .frameLocator('iframe[title="Xem trước danh sách kèm theo quyết định"]')
        .getByText('Nguyễn Văn An')
        .waitFor();
      await expect.poll(() => page.locator('.ant-message-notice').count(), { timeout: 10_000 }).toBe(0);
      await screenshot(page, 'khen-thuong-quyet-dinh');

      const annex = await downloadPdfText(page, 'Lưu PDF', 'khen-thuong-danh-sach.txt');
      expect(annex.name).toBe('QD-3012-QD-UBND-2024-01-15-danh-sach.pdf');
      expect(annex.text).toContain('Nguyễn Văn An');
      expect(annex.text).toContain('5.400.000');
      expect(annex.text).toContain('(Theo Quyết định số 3012/QĐ-UBND');
      // Not on our letterhead, not signed in our name.
      expect(annex.text).not.toContain('ỦY BAN NHÂN DÂN HUYỆN MỸ TÚ');
      expect(annex.text).not.toMatch(/TM\.|CHỦ TỊCH/);

      // 5. The person's history, found by a name typed without accents.
      await page.getByRole('tab', { name: 'Tra cứu' }).click();
      await page.getByLabel('Tìm cá nhân theo tên').fill('nguyen van an');
      await page.getByRole('button', { name: 'Tìm', exact: true }).click();
      await page.getByRole('button', { name: 'Xem lịch sử Nguyễn Văn An' }).click();
      const history = page.locator('.ant-card', { hasText: 'Lịch sử khen thưởng của Nguyễn Văn An' });
      await history.getByText('Số 3012/QĐ-UBND ngày 15/01/2024').waitFor();
      expect(await history.innerText()).toContain('Số 1735/QĐ-UBND ngày 26/12/2022');
      await screenshot(page, 'khen-thuong-tra-cuu');

      expect(errors).toEqual([]);
    } finally {
      await page.close();
      await harness.close();
    }
  }, 180_000);
});
