import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Harness } from '@harness/server';
import { reportMessages } from '@shared/i18n/vi-errors';
import { tempDir } from '../support/temp-core';
import { collectPageErrors, launchChromium, screenshot, startAppHarness } from './support/browser';

const edited = 'Kiểm thử e2e: giải ngân vốn đầu tư công ở một số xã còn chậm so với kế hoạch.';
const flat = (text: string) => text.replace(/\s+/g, ' ');

/** Clicks a button and returns the file the page downloads. */
async function download(page: Page, button: RegExp, dir: string): Promise<{ name: string; path: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const path = join(dir, file.suggestedFilename());
  await file.saveAs(path);
  return { name: file.suggestedFilename(), path };
}

describe('Báo cáo: the demo Q2/2023 report from draft to issued PDF, in Chromium through the harness', () => {
  let browser: Browser;
  let harness: Harness;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens the draft, edits and saves a section, previews it, issues it and saves the PDF with the edit', async () => {
    const dir = tempDir();
    harness = await startAppHarness(join(dir, 'e2e.sqlite'));
    const page = await browser.newPage({
      viewport: { width: 1280, height: 900 },
      locale: 'vi-VN',
      acceptDownloads: true,
    });
    const errors = collectPageErrors(page);
    try {
      await page.goto(harness.url);
      await page.getByRole('button', { name: 'Dữ liệu mẫu: huyện Mỹ Tú năm 2023' }).click();
      await expect.poll(() => page.getByText('Dữ liệu mẫu', { exact: true }).count()).toBeGreaterThan(0);

      // The sidebar entry, then the period picker, which starts on the draft in progress: 2023, Quý II.
      await page.getByRole('link', { name: 'Báo cáo', exact: true }).click();
      await page.getByRole('heading', { name: 'Báo cáo', level: 2 }).waitFor();
      await page
        .getByRole('row', { name: /Quý II năm 2023/ })
        .getByText('Nháp')
        .waitFor();
      await page.getByRole('button', { name: /Lập báo cáo$/ }).click();
      await page.getByRole('heading', { name: 'Quý II năm 2023', level: 3 }).waitFor();
      expect(await page.getByLabel('Số văn bản').inputValue()).toBe('45');
      expect(await page.getByLabel('Ngày văn bản').inputValue()).toBe('05/07/2023');

      // Edit "Tồn tại, hạn chế", save, and see the text in the sandboxed preview of the same HTML the PDF is made of.
      const preview = page.locator('iframe[title="Bản xem trước báo cáo"]');
      expect(await preview.getAttribute('sandbox')).toBe('');
      await page.getByLabel('Tồn tại, hạn chế').fill(`${edited}\n\n- Một số xã báo cáo số liệu chậm.`);
      await page.getByText('Có thay đổi chưa lưu').waitFor();
      expect(await page.getByRole('button', { name: /Phát hành$/ }).isDisabled()).toBe(true);
      await page.getByRole('button', { name: /Lưu nháp$/ }).click();
      await page.getByText('Đã lưu bản nháp.').waitFor();
      await page.frameLocator('iframe[title="Bản xem trước báo cáo"]').getByText(edited).waitFor();
      expect(await preview.getAttribute('srcdoc')).toContain('<li>Một số xã báo cáo số liệu chậm.</li>');
      await page.getByText('Đã lưu bản nháp.').waitFor({ state: 'hidden' });
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(page, 'bao-cao');

      // "In" needs the desktop app's print dialog: the browser build says so in Vietnamese.
      await page.getByRole('button', { name: /In$/ }).click();
      await page.getByText(reportMessages.noPrinter).waitFor();

      // Phát hành, after the confirmation.
      await page.getByRole('button', { name: /Phát hành$/ }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByText('Sau khi phát hành').waitFor();
      await dialog.getByRole('button', { name: 'Phát hành' }).click();
      await page.getByText('Đã phát hành báo cáo.').waitFor();
      await page.getByText('Báo cáo đã phát hành lúc').waitFor();
      expect(await page.getByLabel('Tồn tại, hạn chế').count()).toBe(0);

      // The PDF of the issued report carries the edited text; Word and Excel download too.
      const pdf = await download(page, /Lưu PDF$/, dir);
      expect(pdf.name).toBe('bao-cao-thi-dua-2023-Q2-so-45.pdf');
      const text = flat(execFileSync('pdftotext', ['-layout', pdf.path, '-'], { encoding: 'utf8' }));
      expect(text).toContain(flat(edited));
      expect(text).toContain('Số: 45/BC-UBND');
      expect(text).toContain('Mỹ Tú, ngày 05 tháng 7 năm 2023');
      const word = await download(page, /Xuất Word$/, dir);
      const documentXml = await (
        await JSZip.loadAsync(execFileSync('cat', [word.path]))
      )
        .file('word/document.xml')!
        .async('string');
      expect(documentXml).toContain(edited);
      expect((await download(page, /Xuất Excel$/, dir)).name).toBe('bao-cao-thi-dua-2023-Q2-so-45.xlsx');

      // Back in the list: issued, when and by whom, with reprint and PDF on the row.
      await page.getByRole('button', { name: /Danh sách báo cáo$/ }).click();
      const row = page.getByRole('row', { name: /Quý II năm 2023/ });
      await row.getByText('Đã phát hành').waitFor();
      expect(flat(await row.innerText())).toMatch(/05\/07\/2023 \d\d:\d\d — harness/);
      await row.getByRole('button', { name: /In lại$/ }).waitFor();
      expect(harness.ctx.repos.reports.list().map((r) => r.status)).toEqual(['phat_hanh']);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
      await harness.close();
    }
  });
});
