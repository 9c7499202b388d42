import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { invoke } from '@core/dispatch/dispatch';
import { chromiumArgs, chromiumPath } from '@core/documents/chromium-printer';
import { startHarness } from '@harness/server';
import { note, round } from './measure';
import { buildProvinceDatabase, provinceShape } from './province-fixture';

const cells = 'td[role="gridcell"]';

/**
 * Milliseconds on the page's clock from `start` until `condition` holds on a painted frame. Checked every frame by
 * an expression the DevTools protocol evaluates (the app's CSP forbids the page itself from evaluating strings).
 */
async function until(page: Page, start: number, condition: string): Promise<number> {
  const at = (await page.evaluate(`new Promise((done) => {
    const tick = () => ((${condition}) ? requestAnimationFrame(() => done(performance.now())) : requestAnimationFrame(tick));
    tick();
  })`)) as number;
  return round(at - start);
}

// Page-side code is written as strings: this file is typechecked for Node, without the DOM's types.
const pageNow = (page: Page) => page.evaluate('performance.now()') as Promise<number>;
const domCells = (page: Page) => page.evaluate(`document.querySelectorAll('${cells}').length`) as Promise<number>;
const box = '.fg-scroll';
const boxValue = (page: Page, expression: string) =>
  page.evaluate(`(() => { const box = document.querySelector('${box}'); return ${expression}; })()`) as Promise<number>;

/**
 * The entry grid in Chromium through the browser mode, on the province database (200 units × 120 indicators, a
 * quarter of 24.120 cells), at 1366×768: time to the first grid cell, click-to-edit (a click, then a digit opening
 * the editor with it), keystroke-to-screen (a digit in the open editor), Enter-to-cell, scrolling 1.000 rows a
 * screen at a time, and the most grid cells in the DOM at any of those moments. Needs the renderer build (`npm run
 * build`). One JSON line; the `perf` lane folds it into `renderer-province` beside the Tổng quan headline.
 */
export async function benchRendererGridProvince(): Promise<Record<string, unknown>> {
  if (!existsSync(resolve('out/renderer/index.html'))) throw new Error('Thiếu out/renderer: chạy "npm run build".');
  const fixture = await buildProvinceDatabase();
  fixture.ctx.db.close();
  const harness = await startHarness({
    databasePath: fixture.path,
    log: { error: () => undefined, info: () => undefined },
  });
  // Past the welcome page: the province database is a real one, not the demo.
  await invoke(harness.ctx, 'app:setup', { mode: 'empty' });
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: chromiumArgs });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN' });
    let most = 0;
    const sample = async () => (most = Math.max(most, await domCells(page)));
    await page.goto(`${harness.url}#/tong-quan`);
    await page.waitForSelector('main');
    // From the moment the secretary opens "Nhập số liệu" (the hash route), to the first cell painted.
    const opened = await pageNow(page);
    await page.evaluate(`window.location.hash = '#/nhap-so-lieu/${provinceShape.lastYear}-Q4'`);
    const firstCellMs = await until(page, opened, `document.querySelector('${cells}')`);
    await sample();

    const target = page.locator(cells).nth(3);
    const label = await target.getAttribute('aria-label');
    const clicked = await pageNow(page);
    await target.click();
    await page.keyboard.press('7');
    const clickMs = await until(page, clicked, `document.querySelector('.fg-editor input')`);

    const typed = await pageNow(page);
    await page.keyboard.press('3');
    const keystrokeMs = await until(page, typed, `document.querySelector('.fg-editor input')?.value === '73'`);

    const entered = await pageNow(page);
    await page.keyboard.press('Enter');
    const enterMs = await until(
      page,
      entered,
      `document.querySelector('[aria-label="${label}"] .fg-cell__value')?.textContent?.startsWith('73')`,
    );
    await sample();

    // 1.000 rows a screen at a time (turned, units as rows: 201 rows), down and back up, each screen painted.
    await page.getByRole('switch', { name: 'Đơn vị theo hàng' }).click();
    await page
      .getByRole('rowheader', { name: /Xã Thử 0/ })
      .first()
      .waitFor();
    const rowHeight = 38;
    const screenRows = Math.floor((await boxValue(page, 'box.clientHeight')) / rowHeight) - 2;
    let scrolled = 0;
    let direction = 1;
    const scrollStart = await pageNow(page);
    while (scrolled < 1000) {
      const step = Math.min(screenRows, 1000 - scrolled);
      const top = await boxValue(page, `(box.scrollTop += ${direction * step * rowHeight}, box.scrollTop)`);
      const bottom = await boxValue(page, 'box.scrollHeight - box.clientHeight');
      if (top <= 0) direction = 1;
      else if (top >= bottom - rowHeight * screenRows) direction = -1;
      // The rows now in view are drawn: the row at the top of the box is a real row, not a spacer.
      await until(
        page,
        0,
        `(() => { const box = document.querySelector('.fg-scroll'); const r = box.getBoundingClientRect();
          const el = document.elementFromPoint(r.left + 100, r.top + r.height / 2); return el && el.closest('th[scope="row"]'); })()`,
      );
      scrolled += step;
      await sample();
    }
    const scrollMs = round((await pageNow(page)) - scrollStart);
    note(
      `renderer grid: first cell ${firstCellMs} ms, click-to-edit ${clickMs} ms, keystroke ${keystrokeMs} ms, ` +
        `Enter ${enterMs} ms, 1.000 rows ${scrollMs} ms, at most ${most} cells in the DOM`,
    );
    return {
      bench: 'renderer-grid-province',
      units: provinceShape.units,
      indicators: provinceShape.indicators,
      cells: provinceShape.indicators * (provinceShape.units + 1),
      firstCellMs,
      clickMs,
      keystrokeMs,
      enterMs,
      scrollMs,
      domCells: most,
    };
  } finally {
    await browser.close();
    await harness.close();
  }
}
