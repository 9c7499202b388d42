import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp-core';
import { collectPageErrors, launchChromium, startAppHarness, viewportScreenshot } from './support/browser';

describe('Bắt đầu dùng thật: leaving the demo, in Chromium through the loopback harness', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens the demo on Tổng quan, then leaves it for an empty database with the demo backed up', async () => {
    const harness = await startAppHarness(join(tempDir(), 'start-real.sqlite'));
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN' });
    const errors = collectPageErrors(page);
    try {
      await page.goto(harness.url);
      await page.getByRole('button', { name: 'Dùng dữ liệu mẫu' }).click();
      // The demo opens on Tổng quan, where its figures are, not on the list of units.
      await page.getByRole('heading', { name: 'Tổng quan' }).waitFor();
      await page.getByText('Dữ liệu mẫu', { exact: true }).first().waitFor();
      const demoUnits = harness.ctx.repos.units.all().length;
      expect(demoUnits).toBeGreaterThan(0);

      await page.getByRole('link', { name: 'Cài đặt' }).click();
      await page.getByRole('button', { name: 'Bắt đầu dùng thật' }).click();
      await page.locator('.ant-modal-confirm-title', { hasText: 'Bắt đầu dùng thật với dữ liệu trống?' }).waitFor();
      await viewportScreenshot(page, 'cai-dat-bat-dau-dung-that');
      await page.getByRole('button', { name: 'Sao lưu và bắt đầu' }).click();

      // Tổng quan of the empty database: the getting-started list, nothing done yet, and no demo tag.
      const list = page.getByRole('region', { name: 'Bắt đầu với dữ liệu của cơ quan' });
      await list.waitFor();
      await page.getByText('Đã bắt đầu dùng thật với dữ liệu trống.', { exact: false }).waitFor();
      await expect.poll(() => list.locator('[data-done="false"]').count()).toBe(5);
      await expect.poll(() => page.getByText('Dữ liệu mẫu', { exact: true }).count()).toBe(0);
      await viewportScreenshot(page, 'tong-quan-bat-dau');
      expect(harness.ctx.repos.units.all()).toEqual([]);

      // The demo is kept, whole, as a backup listed under Sao lưu và khôi phục.
      const overview = harness.ctx.repos.settings.get('app.setup');
      expect(overview).toMatchObject({ mode: 'empty' });
      const backups = (await import('@core/backups/service')).listBackups(harness.ctx);
      const demoCopy = backups.find((b) => b.reason === 'before-restore');
      expect(demoCopy).toBeDefined();
      const copy = new Database(demoCopy!.path, { readonly: true });
      expect((copy.prepare('SELECT count(*) AS n FROM units').get() as { n: number }).n).toBe(demoUnits);
      copy.close();

      // A step done elsewhere is ticked on the way back to Tổng quan.
      await list.getByRole('link', { name: 'Mở Đơn vị' }).click();
      await page.getByRole('heading', { name: 'Đơn vị' }).waitFor();
      await page.getByRole('button', { name: 'Thêm đơn vị' }).first().click();
      await page.getByRole('dialog').getByLabel('Tên đơn vị').fill('Xã An Hòa');
      await page.getByRole('dialog').getByRole('button', { name: 'Lưu' }).click();
      await page.getByText('Xã An Hòa', { exact: true }).first().waitFor();
      await page.getByRole('link', { name: 'Tổng quan' }).click();
      await expect.poll(() => list.locator('[data-step="units"][data-done="true"]').count()).toBe(1);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
      await harness.close();
    }
  });
});
