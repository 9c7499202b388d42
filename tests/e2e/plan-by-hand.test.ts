import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp-core';
import { collectPageErrors, launchChromium, startAppHarness, viewportScreenshot } from './support/browser';

/** A row of the plan page's targets table, found by the indicator's name. */
const targetRow = (page: Page, name: string) =>
  page.locator('tr').filter({ has: page.getByText(name, { exact: true }) });

/** Three rows as a secretary copies them from an Excel sheet: STT, name, unit, plan; no header. */
const pastedRows = ['1\tSản lượng lúa\ttấn\t45.000', '2\tTỷ lệ hộ nghèo\t%\tdưới 2'].join('\n');

describe('Tạo kế hoạch: a plan typed by hand, in Chromium through the loopback harness', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('types the header, one target by hand and two pasted from Excel, and keeps the plan', async () => {
    const harness = await startAppHarness(join(tempDir(), 'plan-by-hand.sqlite'));
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN' });
    const errors = collectPageErrors(page);
    try {
      await page.goto(harness.url);
      await page.getByRole('button', { name: 'Bắt đầu trống' }).click();
      await page.getByRole('heading', { name: 'Cài đặt' }).waitFor();
      await page.getByRole('link', { name: 'Kế hoạch & chỉ tiêu' }).click();
      await page.getByRole('link', { name: 'Tạo kế hoạch' }).click();
      await page.getByRole('heading', { name: 'Tạo kế hoạch' }).waitFor();

      await page.getByLabel('Số, ký hiệu').fill('07/KH-UBND');
      await page.getByLabel('Tiêu đề').fill('Kế hoạch phát động phong trào thi đua năm 2023');
      const year = page.getByLabel('Năm kế hoạch');
      await year.fill('2023');

      // Saving without a title for the typed target's indicator is refused, naming the row.
      await page.getByRole('button', { name: 'Thêm chỉ tiêu' }).click();
      await page.getByText('Nhập tên chỉ số mới.').first().waitFor();
      await page.getByLabel('Tên chỉ số (chỉ tiêu 1)').fill('Số hộ dùng nước sạch');
      await page.getByLabel('Đơn vị tính (chỉ tiêu 1)').fill('hộ');
      await page.getByLabel('Giá trị (chỉ tiêu 1)').fill('1.250');

      await page.getByRole('button', { name: 'Dán bảng chỉ tiêu' }).click();
      await page.getByRole('textbox', { name: 'Bảng chỉ tiêu' }).fill(pastedRows);
      await viewportScreenshot(page, 'ke-hoach-tao-dan-bang');
      await page.getByRole('button', { name: 'Đọc bảng' }).click();
      await page.getByText('Đã thêm 2 chỉ tiêu đọc từ bảng', { exact: false }).waitFor();
      await expect.poll(() => page.locator('tbody tr[data-review-state]').count()).toBe(3);
      await page.getByText('Chỉ tiêu thi đua (3)').scrollIntoViewIfNeeded();
      await viewportScreenshot(page, 'ke-hoach-tao');

      await page.getByRole('button', { name: 'Lưu kế hoạch' }).click();
      await page.getByText('Đã lưu kế hoạch "Kế hoạch phát động phong trào thi đua năm 2023".').waitFor();
      await expect.poll(() => targetRow(page, 'Số hộ dùng nước sạch').innerText()).toContain('từ 1.250 hộ trở lên');
      await expect.poll(() => targetRow(page, 'Sản lượng lúa').innerText()).toContain('45.000 tấn');
      await expect.poll(() => targetRow(page, 'Tỷ lệ hộ nghèo').innerText()).toContain('2');

      const [plan] = harness.ctx.repos.plans.all();
      expect(plan).toMatchObject({ number: '07/KH-UBND', year: 2023 });
      const targets = harness.ctx.repos.targets.byYear(2023);
      expect(targets.map((t) => [t.comparator, t.value, t.sourceText])).toEqual([
        ['gte', 1250, null],
        ['gte', 45000, expect.stringContaining('Sản lượng lúa')],
        ['lt', 2, expect.stringContaining('Tỷ lệ hộ nghèo')],
      ]);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
      await harness.close();
    }
  });
});
