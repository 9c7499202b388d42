import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { openCore } from '@core/context';
import { invoke } from '@core/dispatch/dispatch';
import { startHarness } from '@harness/server';
import { buildProvinceDatabase, provinceShape } from './province-fixture';
import { note, round } from './measure';

const silent = { error: () => undefined, info: () => undefined };
/** Early July of the fixture's last year: Tổng quan opens on its first half, the grid on its second quarter. */
const now = new Date(`${provinceShape.lastYear}-07-05T02:00:00.000Z`);

/** Milliseconds until `until` resolves, measured in Node around the browser's work (round trips included). */
async function timed(action: () => Promise<unknown>, until: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await action();
  await until();
  return round(performance.now() - started);
}

const cellCount = (page: Page) => page.locator('td[role="gridcell"]').count();

/**
 * The app in Chromium through the browser mode on the province database (issue 20): time to the Tổng quan headline,
 * to the first cell of Nhập số liệu, from a click to the cell being selected, from a key to the digit on screen, and
 * the number of grid cells in the page. Each time is taken from Node, so it includes the DevTools round trip.
 */
export async function benchRendererProvince(): Promise<Record<string, unknown>> {
  if (!existsSync(resolve('out/renderer/index.html'))) throw new Error('Chạy "npx electron-vite build" trước.');
  const fixture = await buildProvinceDatabase();
  fixture.ctx.db.close();
  const setup = await openCore(fixture.path, { actor: 'bench', log: silent });
  await invoke(setup, 'app:setup', { mode: 'empty' });
  setup.db.close();

  const harness = await startHarness({ databasePath: fixture.path, log: silent, now: () => now });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN' });
    // The first visit also compiles the bundle and computes the year's evaluation (then kept until a write); the
    // timed one is the secretary coming back to Tổng quan.
    const headlineFirstMs = await timed(
      () => page.goto(`${harness.url}#/tong-quan`),
      () => page.getByTestId('dashboard-headline').waitFor({ timeout: 120_000 }),
    );

    const headline = page.getByTestId('dashboard-headline');
    const headlineMs = await timed(
      () => page.goto(`${harness.url}#/tong-quan`),
      () => headline.waitFor({ timeout: 120_000 }),
    );
    note(`headline: ${await headline.innerText()}`);

    const firstCell = page.locator('td[role="gridcell"]').first();
    const firstCellMs = await timed(
      () => page.goto(`${harness.url}#/nhap-so-lieu/${provinceShape.lastYear}-Q2`),
      () => firstCell.waitFor({ timeout: 120_000 }),
    );
    const domCells = await cellCount(page);
    const editable = page.locator('td.fg-cell--editable').nth(3);
    const clickMs = await timed(
      () => editable.click(),
      () => page.locator('td.fg-cell--editable[aria-selected="true"]').waitFor(),
    );
    const keystrokeMs = await timed(
      () => page.keyboard.press('7'),
      () => page.locator('td.fg-cell--active input').waitFor(),
    );
    note(`grid: ${domCells} cells in the page`);
    return {
      bench: 'renderer-province',
      units: provinceShape.units,
      indicators: provinceShape.indicators,
      headlineMs,
      headlineFirstMs,
      firstCellMs,
      clickMs,
      keystrokeMs,
      // The 1.000-row scroll belongs to the virtualised grid (issue 20 item 1, the `grid` lane).
      scrollMs: null,
      domCells,
    };
  } finally {
    await browser.close();
    await harness.close();
  }
}
