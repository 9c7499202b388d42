import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '@cli/run';
import { invoke } from '@core/dispatch/dispatch';
import type { Harness } from '@harness/server';
import type { StatusCounts, TargetEvaluation } from '@shared/evaluation/evaluate-plan';
import { evaluationStatuses } from '@shared/evaluation/status';
import { formatVietnameseNumber } from '@shared/domain/vietnamese-number';
import { tempDir } from '../support/temp-core';
import { collectPageErrors, launchChromium, screenshot, startAppHarness } from './support/browser';

interface CliSummary {
  year: number;
  period: string;
  headline: string;
  counts: StatusCounts;
  targets: TargetEvaluation[];
}

/** `npm run cli -- summary … --json`, in-process, on the file the harness holds open (WAL lets both read it). */
async function cliSummary(databasePath: string): Promise<CliSummary> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(['summary', '--db', databasePath, '--year', '2023', '--period', 'Q2', '--json'], {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
  });
  expect(err).toEqual([]);
  expect(code).toBe(0);
  return JSON.parse(out.join('\n')) as CliSummary;
}

/** Screenshots without a hover tooltip or a focus ring left over from the last click. */
async function settle(page: Page): Promise<void> {
  await page.mouse.move(1, 1);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

/** Picks an option of the antd Select labelled `label`. */
async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  await page.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: true }).click();
}

describe('Tổng quan in Chromium through the loopback harness', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("shows the same headline, counts and % KH as the CLI for 2023 Quý II, then one target's charts", async () => {
    const databasePath = join(tempDir(), 'tong-quan.sqlite');
    const harness: Harness = await startAppHarness(databasePath);
    await invoke(harness.ctx, 'app:setup', { mode: 'demo', demo: 'huyen-2023' });
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'vi-VN' });
    const errors = collectPageErrors(page);
    try {
      // A fresh browser: the app opens on Tổng quan, which settles on the demo's plan year.
      await page.goto(harness.url);
      await page.getByRole('heading', { name: 'Tổng quan' }).waitFor();
      expect(page.url()).toContain('#/tong-quan');
      await page.getByTestId('dashboard-headline').waitFor();

      // Through another quarter first, so the page is seen to follow the filter.
      await choose(page, 'Năm', 'Năm 2023');
      await choose(page, 'Kỳ báo cáo', 'Quý I');
      await page.locator('[data-period-key="2023-Q1"][aria-busy="false"]').waitFor();
      await choose(page, 'Kỳ báo cáo', 'Quý II');
      await page.locator('[data-period-key="2023-Q2"][aria-busy="false"]').waitFor();
      await expect.poll(() => page.getByText('Kết quả thực hiện chỉ tiêu thi đua Quý II năm 2023').count()).toBe(1);

      const cli = await cliSummary(databasePath);
      expect(cli.headline).toMatch(/^\d+\/17 chỉ tiêu đạt và vượt tiến độ/);

      // The headline and every status count on the page are the CLI's.
      expect(await page.getByTestId('dashboard-headline').innerText()).toBe(cli.headline);
      for (const status of evaluationStatuses) {
        const tag = await page.getByTestId(`status-count-${status}`).innerText();
        expect(Number(/(\d+)\s*$/.exec(tag)?.[1]), status).toBe(cli.counts[status]);
      }

      // One indicator's row: % KH and Đánh giá as the CLI computes them.
      const rice = cli.targets.find((t) => t.indicator === 'Sản lượng lúa')!;
      const table = page.getByRole('region', { name: 'Bảng kết quả chỉ tiêu' });
      const riceRow = table
        .getByRole('row')
        .filter({ has: page.getByRole('link', { name: 'Sản lượng lúa', exact: true }) });
      const cells = riceRow.getByRole('cell');
      expect(await cells.nth(6).innerText()).toBe(`${formatVietnameseNumber(rice.percentOfPlan!, 1)}%`);
      expect(await cells.nth(5).innerText()).toBe(`${formatVietnameseNumber(rice.ytd!, rice.decimals)} (ước)`);
      expect(await cells.nth(9).innerText()).toBe('Chậm');
      expect(rice.status).toBe('cham');

      // The heatmap has a row per commune and a legend; its table view holds the same numbers.
      await page.getByTestId('unit-heatmap').getByRole('link', { name: 'Xã Long Hưng' }).waitFor();
      await settle(page);
      await screenshot(page, 'tong-quan');

      await table.getByRole('link', { name: 'Sản lượng lúa', exact: true }).click();
      await page.getByRole('heading', { name: 'Sản lượng lúa' }).waitFor();
      expect(page.url()).toContain(`#/tong-quan/chi-tieu/${rice.targetId}`);
      await page.getByTestId('progress-chart').locator('svg .recharts-line').first().waitFor();
      await page.getByTestId('unit-bars-chart').locator('svg .recharts-bar-rectangle').first().waitFor();
      const facts = await page.getByTestId('target-facts').innerText();
      expect(facts).toContain(`${formatVietnameseNumber(rice.percentOfPlan!, 1)}%`);
      // The ranking puts the commune furthest along its own allocation first.
      const best = [...rice.units].sort((a, b) => b.percentOfPlan! - a.percentOfPlan!)[0]!;
      const firstRanked = page.getByTestId('unit-ranking').locator('tbody tr').first();
      expect(await firstRanked.innerText()).toContain(best.name);
      await settle(page);
      await screenshot(page, 'chi-tieu');

      // Drill down from the ranking to the commune's own page.
      await firstRanked.getByRole('link', { name: best.name }).click();
      await page.getByRole('heading', { name: best.name }).waitFor();
      await page.getByTestId('unit-targets').waitFor();
      expect(page.url()).toContain(`#/tong-quan/don-vi/${best.unitId}`);

      expect(errors).toEqual([]);
    } finally {
      await page.close();
      await harness.close();
    }
  });
});
