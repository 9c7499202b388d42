import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invoke } from '@core/dispatch/dispatch';
import { createChromiumPrinter } from '@core/documents/chromium-printer';
import type { Harness } from '@harness/server';
import { tempDir } from '../support/temp-core';
import { collectPageErrors, launchChromium, screenshot, startAppHarness } from './support/browser';

describe('Cụm, khối thi đua in Chromium through the loopback harness', () => {
  let browser: Browser;
  let harness: Harness;
  const printer = createChromiumPrinter();

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await printer.close();
    await browser?.close();
  });

  it('scores a unit, sees its rank change, and prints the summary in rank order', async () => {
    harness = await startAppHarness(join(tempDir(), 'e2e.sqlite'), {
      now: new Date('2023-12-22T02:00:00.000Z'),
      printer,
      demo: true,
    });
    const page = await browser.newPage({
      viewport: { width: 1400, height: 900 },
      locale: 'vi-VN',
      acceptDownloads: true,
    });
    const errors = collectPageErrors(page);
    try {
      await page.goto(`${harness.url}#/cum-khoi`);
      await page.getByRole('heading', { name: 'Cụm, khối thi đua' }).waitFor();
      await page.getByText('Cụm thi đua số 1').first().waitFor();
      await page.getByRole('button', { name: 'Tổng kết năm (2023-Y)' }).first().click();
      await page.getByText('Xếp hạng', { exact: true }).first().waitFor();

      const list = await invoke(harness.ctx, 'clusters:list', { year: 2023 });
      const roundId = list.clusters[0]!.rounds[0]!.id;
      const before = await invoke(harness.ctx, 'scores:round', { roundId });
      const last = before.units[before.units.length - 1]!;
      expect(last.rank).toBe(5);

      await page.getByLabel('Đơn vị đang chấm').click();
      await page.locator('.ant-select-dropdown').getByText(last.name, { exact: true }).click();
      for (const code of ['4', '5']) {
        const input = page.getByLabel(`Hội đồng ${code} ${last.name}`);
        await input.fill('150');
        await input.blur();
        await expect
          .poll(async () => {
            const round = await invoke(harness.ctx, 'scores:round', { roundId });
            const c = round.criteria.find((r) => r.code === code)!;
            return round.units.find((u) => u.unitId === last.unitId)!.criteria.find((s) => s.criterionId === c.id)!
              .layers.hoi_dong.points;
          })
          .toBe(150);
      }
      const after = await invoke(harness.ctx, 'scores:round', { roundId });
      const moved = after.units.find((u) => u.unitId === last.unitId)!;
      expect(moved.rank).toBeLessThan(last.rank);
      // The ranking table on screen shows the new order.
      const firstRow = page
        .getByRole('table')
        .first()
        .locator('tbody tr')
        .nth(moved.rank - 1);
      await expect.poll(() => firstRow.innerText()).toContain(last.name);
      await screenshot(page, 'cum-khoi');

      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'PDF bảng tổng hợp' }).click();
      const file = await download;
      const pdfPath = join(tempDir(), file.suggestedFilename());
      await file.saveAs(pdfPath);
      expect(file.suggestedFilename()).toMatch(/^tong-hop-cum-thi-dua-so-1-2023-Y\.pdf$/);
      const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
      writeFileSync(join(resolve('tests/e2e/artifacts'), 'cum-khoi-tong-hop.txt'), text);
      // In reading order, a name wrapped in its cell joined again.
      const raw = execFileSync('pdftotext', ['-raw', pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      const positions = after.units.map((u) => raw.indexOf(u.name));
      expect(positions.every((p) => p >= 0)).toBe(true);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      // A BÁO CÁO of the cluster (numbered …/BC-CTĐ: type and symbol agree, Nghị định 30 Phụ lục III), portrait.
      expect(text).toContain('BÁO CÁO');
      expect(text).toMatch(/Số: …\/BC-CTĐ/);
      const size = /Page\s+1 size:\s+([\d.]+) x ([\d.]+)/.exec(
        execFileSync('pdfinfo', ['-f', '1', '-l', '1', pdfPath], { encoding: 'utf8' }),
      );
      expect(Number(size![1])).toBeLessThan(Number(size![2]));
      expect(readFileSync(pdfPath).subarray(0, 4).toString()).toBe('%PDF');
      expect(errors).toEqual([]);
    } finally {
      await page.close();
      await harness.close();
    }
  }, 120_000);
});
