import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Harness } from '@harness/server';
import { tempDir } from '../support/temp-core';
import { collectPageErrors, launchChromium, screenshot, startAppHarness } from './support/browser';

describe('the Vietnamese shell in Chromium through the loopback harness', () => {
  let browser: Browser;
  let harness: Harness;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('first run offers demo data, then the unit list; a unit added survives a reload', async () => {
    harness = await startAppHarness(join(tempDir(), 'e2e.sqlite'));
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'vi-VN' });
    const errors = collectPageErrors(page);
    try {
      await page.goto(harness.url);
      await page.getByRole('button', { name: 'Dữ liệu mẫu: huyện Mỹ Tú năm 2023' }).waitFor();
      await screenshot(page, 'chao-mung');
      await page.getByRole('button', { name: 'Dữ liệu mẫu: huyện Mỹ Tú năm 2023' }).click();
      await expect.poll(() => page.getByText('Dữ liệu mẫu', { exact: true }).count()).toBeGreaterThan(0);

      await page.goto(`${harness.url}#/don-vi`);
      await page.getByRole('heading', { name: 'Đơn vị' }).waitFor();
      await page.getByText('Xã Long Hưng').first().waitFor();

      await page.getByRole('button', { name: 'Thêm đơn vị' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Tên đơn vị').fill('Xã Thử Nghiệm Đắk Lắk');
      await dialog.getByLabel('Loại đơn vị').click();
      await page.locator('.ant-select-dropdown').getByText('Xã', { exact: true }).click();
      await dialog.getByRole('button', { name: 'Lưu' }).click();
      await page.getByRole('cell', { name: 'Xã Thử Nghiệm Đắk Lắk' }).waitFor();

      await page.reload();
      await page.getByRole('cell', { name: 'Xã Thử Nghiệm Đắk Lắk' }).waitFor();
      // What the page shows is what the database holds.
      const stored = harness.ctx.repos.units.all().map((u) => u.name);
      expect(stored).toContain('Xã Thử Nghiệm Đắk Lắk');

      const text = await page.locator('body').innerText();
      expect(text).toContain('Thị trấn Huỳnh Hữu Nghĩa');
      expect(text).toContain('Cài đặt');
      await screenshot(page, 'shell-don-vi');

      await page
        .getByRole('link', { name: 'Cài đặt' })
        .or(page.getByRole('menuitem', { name: 'Cài đặt' }))
        .first()
        .click();
      await page.getByRole('heading', { name: 'Cài đặt' }).waitFor();
      await expect.poll(() => page.locator('body').innerText()).toContain('Mỹ Tú, ngày');
      await screenshot(page, 'cai-dat');
      expect(errors).toEqual([]);
    } finally {
      await page.close();
      await harness.close();
    }
  });
});
