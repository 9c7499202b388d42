import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp-core';
import { collectPageErrors, launchChromium, screenshot, startAppHarness } from './support/browser';

/** The demo district's unit codes (electron/core/demo/demo-district.ts): one template each. */
const demoUnitCodes = [
  'TT-HHN',
  'XA-LH',
  'XA-HP',
  'XA-MH',
  'XA-MT',
  'XA-MP',
  'XA-MTH',
  'XA-PM',
  'XA-TH',
  'P-NNPTNT',
  'P-VHTT',
];

describe('exports of several files in the browser mode: one folder, asked once', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('"Mỗi đơn vị một tệp" writes the 11 templates of the quarter into the folder typed once', async () => {
    const folder = join(tempDir(), 'Gửi các xã quý 2');
    mkdirSync(folder);
    const harness = await startAppHarness(join(tempDir(), 'e2e.sqlite'), { demo: true });
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN' });
    const errors = collectPageErrors(page);
    const downloads: string[] = [];
    page.on('download', (download) => downloads.push(download.suggestedFilename()));
    const exportPerUnit = async () => {
      await page.getByRole('button', { name: /Xuất mẫu nhập liệu/ }).click();
      await page.getByText('Mỗi đơn vị một tệp').click();
      const dialog = page.getByRole('dialog', { name: 'Lưu 11 tệp vào một thư mục' });
      await dialog.getByLabel('Đường dẫn đầy đủ của một thư mục có sẵn').fill(folder);
      return dialog;
    };
    try {
      await page.goto(`${harness.url}#/nhap-so-lieu/2023-Q2`);
      await page.getByRole('grid').waitFor();
      const dialog = await exportPerUnit();
      await screenshot(page, 'xuat-mau-thu-muc');
      await dialog.getByRole('button', { name: /Lưu vào đây/ }).click();

      await page.getByText(`Đã lưu 11 tệp vào thư mục ${folder}`).waitFor();
      const written = readdirSync(folder).sort();
      expect(written).toEqual(demoUnitCodes.map((code) => `mau-so-lieu-2023-Q2-${code}.xlsx`).sort());
      for (const name of written) {
        expect(readFileSync(join(folder, name)).subarray(0, 2).toString('latin1'), name).toBe('PK'); // a workbook
      }
      // Nothing went through the browser's downloads: no "multiple files" prompt, no blob: names.
      expect(downloads).toEqual([]);

      // The same export again never replaces the first set: the new files are numbered.
      await (await exportPerUnit()).getByRole('button', { name: /Lưu vào đây/ }).click();
      await expect.poll(() => readdirSync(folder).length).toBe(22);
      expect(readdirSync(folder)).toContain('mau-so-lieu-2023-Q2-XA-LH (2).xlsx');
      expect(errors).toEqual([]);
    } finally {
      await page.close();
      await harness.close();
    }
  });
});
