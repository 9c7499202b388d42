import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp-core';
import { launchChromium, startAppHarness, viewportScreenshot } from './support/browser';

/** Every page of the sidebar and the screens under them, on the demo (the fullest data a secretary sees). */
const pages = [
  '/tong-quan',
  '/ke-hoach',
  '/ke-hoach/nhap',
  '/ke-hoach/tao',
  '/ke-hoach/1',
  '/nhap-so-lieu',
  '/bao-cao',
  '/cum-khoi',
  '/khen-thuong',
  '/don-vi',
  '/nhat-ky',
  '/cai-dat',
];

/** What does not fit: the page's sideways overflow, and every visible input narrower than 40 px. */
async function layoutProblems(page: Page): Promise<{ overflow: number; narrow: string[] }> {
  return page.evaluate(() => {
    // The page itself, or anything in it wider than the window (a box that scrolls sideways inside the page counts).
    const main = document.querySelector('main');
    const overflow = Math.max(
      document.documentElement.scrollWidth - document.documentElement.clientWidth,
      main ? main.scrollWidth - main.clientWidth : 0,
      main ? Math.round(main.getBoundingClientRect().right - document.documentElement.clientWidth) : 0,
    );
    const narrow: string[] = [];
    for (const input of document.querySelectorAll<HTMLElement>(
      'input:not([type=checkbox]):not([type=radio]):not([type=file]):not([type=hidden]), textarea, .ant-select',
    )) {
      const box = input.getBoundingClientRect();
      const style = getComputedStyle(input);
      if (style.visibility === 'hidden' || style.display === 'none' || box.height === 0) continue;
      if (input.closest('.ant-select') && input.tagName === 'INPUT') continue; // measured as its select
      if (input.closest('[aria-hidden="true"]')) continue;
      if (box.width < 40) {
        const label = input.getAttribute('aria-label') ?? input.id ?? input.className;
        narrow.push(`${label} (${Math.round(box.width)} px)`);
      }
    }
    return { overflow, narrow };
  });
}

describe('every page at 1366×768, also at 125% scaling', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  // 1366×768 at 100%, and the same screen at Windows' 125% scaling (1093×614 CSS pixels).
  it.each([
    { scale: 1, width: 1366, height: 768 },
    { scale: 1.25, width: 1093, height: 614 },
  ])(
    'at $scale×: scrolls no page sideways and collapses no input below 40 px',
    async ({ scale, width, height }) => {
      const harness = await startAppHarness(join(tempDir(), 'layout.sqlite'), { demo: true });
      const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: scale, locale: 'vi-VN' });
      const found: Record<string, { overflow: number; narrow: string[] }> = {};
      try {
        for (const path of pages) {
          await page.goto(`${harness.url}#${path}`);
          await page.locator('h1, h2').first().waitFor();
          await page.waitForLoadState('networkidle');
          await page.waitForTimeout(300);
          const problems = await layoutProblems(page);
          if (problems.overflow > 0 || problems.narrow.length > 0) found[path] = problems;
          if (path === '/tong-quan' && scale > 1) await viewportScreenshot(page, 'tong-quan-125');
        }
        // The import review, with the Mỹ Tú plan's rises and falls (each has a "Năm gốc" box).
        await page.goto(`${harness.url}#/ke-hoach/nhap`);
        await page
          .getByLabel('Nội dung kế hoạch')
          .fill(readFileSync('tests/fixtures/plans/seed-000-my-tu-2023.txt', 'utf8'));
        await page.getByRole('button', { name: 'Đọc kế hoạch' }).click();
        await page.getByRole('heading', { name: 'Kiểm tra kế hoạch trước khi lưu' }).waitFor();
        const review = await layoutProblems(page);
        if (review.overflow > 0 || review.narrow.length > 0) found['/ke-hoach/nhap (kiểm tra)'] = review;
        expect(found).toEqual({});
      } finally {
        await page.close();
        await harness.close();
      }
    },
    // Thirteen screens at each size; the shared machine is slow.
    240_000,
  );
});
