import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Harness } from '@harness/server';
import { tempDir } from '../support/temp-core';
import { collectPageErrors, launchChromium, screenshot, startAppHarness } from './support/browser';
import { gridCell } from './support/grid';

/** A cell, scrolled into view (the grid draws only the cells in view). */
const cell = gridCell;

/** What a cell shows as its own value (without the faint same-quarter-last-year line). */
const cellValue = async (page: Page, unit: string, indicator: string) =>
  (await cell(page, unit, indicator)).locator('.fg-cell__value').innerText();

/**
 * A real paste: the app may not read the clipboard (every permission is denied), so the test does what Ctrl+V does,
 * a `paste` event carrying the copied text, on the focused cell.
 */
async function pasteIntoActiveCell(page: Page, text: string): Promise<void> {
  await page.evaluate((data) => {
    const transfer = new DataTransfer();
    transfer.setData('text/plain', data);
    const event = new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true });
    document.activeElement!.dispatchEvent(event);
  }, text);
}

async function openQuarter(page: Page, harness: Harness, period: string): Promise<void> {
  await page.goto(`${harness.url}#/nhap-so-lieu/${period}`);
  await page.getByRole('grid').waitFor();
}

const typedCells = [
  ['Xã Long Hưng', 'Sản lượng lúa', '12.345,5'],
  ['Xã Long Hưng', 'Diện tích màu và cây công nghiệp ngắn ngày', '170'],
  ['Xã Long Hưng', 'Tổng đàn gia súc', '3.060'],
] as const;
/** The 3×2 block pasted at Xã Long Hưng – Giải quyết việc làm mới: three units, two indicators. */
const pastedBlock = '62\t61\t1.060\r\n55\t56\t57\r\n';
const pastedCells = [
  ['Xã Long Hưng', 'Giải quyết việc làm mới', '62'],
  ['Xã Mỹ Hương', 'Giải quyết việc làm mới', '61'],
  ['Xã Mỹ Phước', 'Giải quyết việc làm mới', '1.060'],
  ['Xã Long Hưng', 'Dạy nghề', '55'],
  ['Xã Mỹ Hương', 'Dạy nghề', '56'],
  ['Xã Mỹ Phước', 'Dạy nghề', '57'],
] as const;

describe('Nhập số liệu and Nhật ký thay đổi in Chromium, on the demo district, 2023 quarter III', () => {
  let browser: Browser;
  let harness: Harness;

  beforeAll(async () => {
    browser = await launchChromium();
    harness = await startAppHarness(join(tempDir(), 'figures-e2e.sqlite'));
  });
  afterAll(async () => {
    await harness?.close();
    await browser?.close();
  });

  it('types three values, pastes a 3×2 block, saves, finds all nine after a reload and in the audit log', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'vi-VN' });
    const errors = collectPageErrors(page);
    try {
      await page.goto(harness.url);
      await page.getByRole('button', { name: 'Dữ liệu mẫu: huyện Mỹ Tú năm 2023' }).click();
      await page.getByText('Dữ liệu mẫu', { exact: true }).first().waitFor();
      await page.getByRole('link', { name: 'Nhập số liệu', exact: true }).click();
      await page.getByRole('grid').waitFor();

      await openQuarter(page, harness, '2023-Q3');
      await expect.poll(() => page.getByRole('grid').getAttribute('aria-label')).toBe('Bảng nhập số liệu Quý III/2023');

      // Keyboard: type, Enter commits and moves down to the next indicator of the same unit.
      await (await cell(page, 'Xã Long Hưng', 'Sản lượng lúa')).click();
      for (const [, , text] of typedCells) {
        await page.keyboard.type(text);
        await page.keyboard.press('Enter');
      }
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
        .toBe('Xã Long Hưng – Đàn gia cầm');

      await (await cell(page, 'Xã Long Hưng', 'Giải quyết việc làm mới')).click();
      await pasteIntoActiveCell(page, pastedBlock);
      await expect.poll(() => page.getByTestId('figures-changed-count').innerText()).toBe('9 ô đã sửa, chưa lưu');
      // The whole-area total follows the rule of the dashboards: flows add up the units that reported.
      await expect.poll(() => cellValue(page, 'Toàn địa bàn', 'Dạy nghề')).toBe('168ư');
      await screenshot(page, 'nhap-so-lieu');

      await page.getByRole('button', { name: /Lưu$/ }).click();
      await expect
        .poll(() => page.getByTestId('figures-save-result').innerText())
        .toContain('Đã lưu: 9 mới, 0 sửa, 0 xóa.');

      await page.reload();
      await page.getByRole('grid').waitFor();
      for (const [unit, indicator, text] of [...typedCells, ...pastedCells]) {
        await expect.poll(() => cellValue(page, unit, indicator)).toBe(`${text}ư`);
      }
      // What the grid shows is what the database holds.
      const stored = harness.ctx.repos.figures.byQuarter(2023, 3);
      expect(stored).toHaveLength(9);
      expect(stored.map((f) => f.value).sort((a, b) => a! - b!)).toEqual([
        55, 56, 57, 61, 62, 170, 1060, 3060, 12345.5,
      ]);

      // The cell's history popover (Alt+↓) names the entry just saved.
      await (await cell(page, 'Xã Long Hưng', 'Sản lượng lúa')).click();
      await page.keyboard.press('Alt+ArrowDown');
      const history = page.getByRole('list', { name: 'Lịch sử sửa số liệu' });
      await expect.poll(() => history.innerText()).toContain('— → 12.345,5 · Ước');
      await page.keyboard.press('Escape');

      // The audit page, filtered to quarter III of 2023, lists the nine entries.
      await page.getByRole('link', { name: 'Nhật ký thay đổi', exact: true }).click();
      await page.getByRole('heading', { name: 'Nhật ký thay đổi' }).waitFor();
      await page.getByLabel('Năm').click();
      await page.locator('.ant-select-dropdown:visible').getByTitle('2023').click();
      await page.getByLabel('Quý').click();
      await page.locator('.ant-select-dropdown:visible').getByTitle('Quý III').click();
      await expect.poll(() => page.getByText(/\d+ bản ghi/).innerText()).toBe('9 bản ghi');
      await expect.poll(() => page.locator('.ant-select-dropdown:visible').count()).toBe(0);
      const riceRow = page.getByRole('row').filter({ hasText: 'Xã Long Hưng – Sản lượng lúa – Quý III/2023' });
      await expect.poll(() => riceRow.innerText()).toContain('12.345,5 · Ước');
      expect(await riceRow.innerText()).toContain('harness');
      await screenshot(page, 'nhat-ky');

      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('a locked quarter refuses edits through the grid: its cells are read-only', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'vi-VN' });
    const errors = collectPageErrors(page);
    try {
      await openQuarter(page, harness, '2023-Q3');
      await page.getByRole('button', { name: 'Chốt số liệu quý' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('button', { name: 'Chốt', exact: true }).click();
      await page.getByText('Đã chốt toàn bộ').waitFor();

      const locked = await cell(page, 'Xã Long Hưng', 'Sản lượng lúa');
      expect(await locked.getAttribute('aria-readonly')).toBe('true');
      await locked.click();
      await page.keyboard.type('999');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Delete');
      expect(await locked.getByRole('textbox').count()).toBe(0);
      await pasteIntoActiveCell(page, '1\t2\r\n3\t4\r\n');
      await expect
        .poll(() => page.getByText(/Số liệu quý này đã chốt|ô đã chốt hoặc tự tính/).count())
        .toBeGreaterThan(0);
      expect(await page.getByTestId('figures-changed-count').innerText()).toBe('Chưa có thay đổi');
      expect(await cellValue(page, 'Xã Long Hưng', 'Sản lượng lúa')).toBe('12.345,5ư');
      const riceId = harness.ctx.repos.indicators.all().find((i) => i.name === 'Sản lượng lúa')!.id;
      const longHungId = harness.ctx.repos.units.all().find((u) => u.name === 'Xã Long Hưng')!.id;
      expect(harness.ctx.repos.figures.one(riceId, longHungId, 2023, 3)?.value).toBe(12345.5);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
