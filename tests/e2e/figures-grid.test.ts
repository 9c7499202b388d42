import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Harness } from '@harness/server';
import { tempDir } from '../support/temp-core';
import { collectPageErrors, launchChromium, startAppHarness, viewportScreenshot } from './support/browser';

const cell = (page: Page, unit: string, indicator: string) =>
  page.getByRole('gridcell', { name: `${unit} – ${indicator}`, exact: true });
const cellValue = (page: Page, unit: string, indicator: string) =>
  cell(page, unit, indicator).locator('.fg-cell__value').innerText();
const changedCount = (page: Page) => page.getByTestId('figures-changed-count').innerText();
const activeLabel = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label'));

/** Issue 19: the entry grid on a 1366×768 office screen, with undo, on the demo district, 2023 quarter III. */
describe('Nhập số liệu at 1366×768: the window height, frozen ĐVT, Ctrl+Z', () => {
  let browser: Browser;
  let harness: Harness;

  beforeAll(async () => {
    browser = await launchChromium();
    harness = await startAppHarness(join(tempDir(), 'figures-grid-e2e.sqlite'), { demo: true });
  });
  afterAll(async () => {
    await harness?.close();
    await browser?.close();
  });

  it('runs the grid to the window bottom, keeps ĐVT beside the name, and Ctrl+Z takes back three edits', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN' });
    const errors = collectPageErrors(page);
    try {
      await page.goto(`${harness.url}#/nhap-so-lieu/2023-Q3`);
      await page.getByRole('grid').waitFor();

      // The grid's box runs to the window's bottom (less the page's own margin), wholly in view: what scrolls is the
      // grid, not the page around it.
      await expect
        .poll(async () => {
          const box = await page.locator('.fg-scroll').boundingBox();
          return box!.y + box!.height;
        })
        .toBeGreaterThan(768 - 40);
      const box = await page.locator('.fg-scroll').boundingBox();
      expect(box!.y + box!.height).toBeLessThanOrEqual(768);
      expect(box!.height).toBeGreaterThan(300);

      // Three figures typed, Enter after each (the cursor goes down the unit's column).
      await cell(page, 'Xã Long Hưng', 'Sản lượng lúa').click();
      for (const text of ['12.345', '170', '3.060']) {
        await page.keyboard.type(text);
        await page.keyboard.press('Enter');
      }
      await expect.poll(() => changedCount(page)).toBe('3 ô đã sửa, chưa lưu');
      expect(await cellValue(page, 'Xã Long Hưng', 'Tổng đàn gia súc')).toBe('3.060ư');
      await viewportScreenshot(page, 'nhap-so-lieu-1366');

      await page.keyboard.press('Control+z');
      await expect.poll(() => changedCount(page)).toBe('2 ô đã sửa, chưa lưu');
      expect(await cellValue(page, 'Xã Long Hưng', 'Tổng đàn gia súc')).toBe('');
      expect(await activeLabel(page)).toBe('Xã Long Hưng – Tổng đàn gia súc');
      await page.keyboard.press('Control+z');
      await page.keyboard.press('Control+z');
      await expect.poll(() => changedCount(page)).toBe('Chưa có thay đổi');
      expect(await cellValue(page, 'Xã Long Hưng', 'Sản lượng lúa')).toBe('');
      expect(await activeLabel(page)).toBe('Xã Long Hưng – Sản lượng lúa');
      await page.keyboard.press('Control+y');
      await expect.poll(() => cellValue(page, 'Xã Long Hưng', 'Sản lượng lúa')).toBe('12.345ư');
      await page.keyboard.press('Control+z');
      await expect.poll(() => changedCount(page)).toBe('Chưa có thay đổi');

      // Scrolled to the right, the units pass under the frozen STT, name and ĐVT: ĐVT is never covered.
      await page.locator('.fg-scroll').evaluate((element) => (element.scrollLeft = 500));
      const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Sản lượng lúa' }) });
      const name = await row.getByRole('rowheader').boundingBox();
      const measure = await row.locator('.fg-meta--unit').boundingBox();
      expect(measure!.x).toBeGreaterThanOrEqual(name!.x + name!.width - 1);
      const topmost = await page.evaluate(
        ([x, y]) => document.elementFromPoint(x!, y!)?.closest('td')?.textContent,
        [measure!.x + measure!.width / 2, measure!.y + measure!.height / 2],
      );
      expect(topmost).toBe('tấn');
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
