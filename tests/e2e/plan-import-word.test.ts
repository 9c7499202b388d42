import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Harness } from '@harness/server';
import { corpusDir, matchTargets, readExpected } from '../support/plan-labels';
import { tempDir } from '../support/temp-core';
import { collectPageErrors, launchChromium, screenshot, startAppHarness, viewportScreenshot } from './support/browser';

const wordTable = '11-docx-bang-bac-giang-2026';
const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Every text box and drop-down of the review table, with its width on screen. */
async function fieldWidths(page: Page): Promise<{ label: string; width: number }[]> {
  return page.locator('.ant-table-tbody').evaluate((body) =>
    [...body.querySelectorAll<HTMLElement>('input:not([type="checkbox"]), textarea, .ant-select')]
      .filter((field) => field.offsetParent !== null)
      .map((field) => ({
        label: field.getAttribute('aria-label') ?? field.querySelector('input')?.getAttribute('aria-label') ?? '',
        width: field.getBoundingClientRect().width,
      })),
  );
}

describe('Nhập kế hoạch from a Word file whose targets sit in a table (1366×768)', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('reads the table row by row, keeps every field usable on the screen, and saves what the plan sets', async () => {
    const expected = readExpected(wordTable);
    const harness: Harness = await startAppHarness(join(tempDir(), 'plan-word-e2e.sqlite'), {
      now: new Date('2026-01-20T02:00:00.000Z'),
    });
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN' });
    const errors = collectPageErrors(page);
    try {
      await page.goto(harness.url);
      await page.getByRole('button', { name: 'Bắt đầu trống' }).click();
      await page.getByRole('heading', { name: 'Cài đặt' }).waitFor();
      await page.getByRole('link', { name: 'Kế hoạch & chỉ tiêu' }).click();
      await page.getByRole('link', { name: 'Nhập kế hoạch' }).click();

      await page.getByLabel('Chọn tệp kế hoạch').setInputFiles({
        name: 'ke-hoach-thi-dua-2026.docx',
        mimeType: docxType,
        buffer: readFileSync(join(corpusDir, wordTable, 'plan.docx')),
      });
      await page.getByRole('heading', { name: 'Kiểm tra kế hoạch trước khi lưu' }).waitFor();
      await page.getByText(`Chỉ tiêu thi đua (${expected.targets.length})`).waitFor();
      // The letterhead is read from the Word file's own header table.
      await expect.poll(() => page.getByLabel('Số, ký hiệu').inputValue()).toBe('15/KH-UBND');
      await expect.poll(() => page.getByLabel('Địa danh').inputValue()).toBe('Bắc Giang');

      // Each row of the table is one target, read from the "Kế hoạch năm 2026" column beside its name and unit.
      const income = page.locator('tr').filter({ hasText: 'Thu nhập bình quân đầu người | Triệu đồng/người/năm' });
      await expect.poll(() => income.innerText()).toContain('Cách đọc: đọc từ bảng, cột “Kế hoạch năm 2026”');
      await expect.poll(() => income.innerText()).toContain('từ 96 triệu đồng/người/năm trở lên');
      const poverty = page.locator('tr').filter({ hasText: '10 | Tỷ lệ hộ nghèo | % | 0,92 | 0,7' });
      await expect.poll(() => poverty.innerText()).toContain('bằng hoặc dưới 0,7%');
      await page
        .locator('.ant-card-head-title', { hasText: /^Chỉ tiêu thi đua \(/ })
        .evaluate((title) => title.scrollIntoView({ block: 'start' }));
      await viewportScreenshot(page, 'ke-hoach-review-bang');

      // At 1366×768 no box is too narrow to type in.
      const narrow = (await fieldWidths(page)).filter((field) => field.width < 40);
      expect(narrow).toEqual([]);

      await page.getByRole('button', { name: 'Lưu kế hoạch' }).click();
      await page.waitForURL(/#\/ke-hoach\/\d+$/);
      const planId = Number(new URL(page.url()).hash.split('/').at(-1));
      await page.getByText('Tốc độ tăng giá trị sản xuất', { exact: true }).waitFor();
      await screenshot(page, 'ke-hoach-chi-tiet-bang');

      // What was saved is what the plan sets, as labelled by hand from the Word file.
      const plan = harness.ctx.repos.plans.byId(planId)!;
      expect([plan.number, plan.issuedOn, plan.place, plan.year]).toEqual([
        expected.header.number,
        expected.header.date,
        expected.header.place,
        expected.header.year,
      ]);
      const stored = harness.ctx.repos.targets.byPlan(planId).map((target) => ({
        text: target.sourceText ?? '',
        comparator: target.comparator,
        value: target.value,
        max: target.max,
      }));
      const { matched, unmatched } = matchTargets(stored, expected.targets);
      expect(unmatched).toEqual([]);
      expect(stored).toHaveLength(matched);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
      await harness.close();
    }
  });
});
