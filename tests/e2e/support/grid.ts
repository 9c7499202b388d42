import type { Locator, Page } from 'playwright-core';

/**
 * A cell of the entry grid, scrolled into view first as the secretary would: the grid draws only the rows and unit
 * columns in view, so a cell further down or right exists once the grid is scrolled to it. Scrolls the grid's box a
 * screen at a time (down each column of screens, then right) until the cell is drawn.
 */
export async function gridCell(page: Page, unit: string, indicator: string): Promise<Locator> {
  const label = `${unit} – ${indicator}`;
  const locator = page.getByRole('gridcell', { name: label, exact: true });
  if ((await locator.count()) > 0) {
    await locator.scrollIntoViewIfNeeded();
    return locator;
  }
  const found = await page.evaluate(async (wanted) => {
    const box = document.querySelector<HTMLElement>('.fg-scroll');
    if (!box) return false;
    const frame = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    const drawn = () =>
      [...document.querySelectorAll('td[role="gridcell"]')].some((td) => td.getAttribute('aria-label') === wanted);
    for (let left = 0; left <= box.scrollWidth; left += Math.max(1, box.clientWidth / 2)) {
      for (let top = 0; top <= box.scrollHeight; top += Math.max(1, box.clientHeight / 2)) {
        box.scrollTo(left, top);
        await frame();
        if (drawn()) return true;
      }
    }
    return false;
  }, label);
  if (!found) throw new Error(`Không thấy ô "${label}" trong bảng.`);
  await locator.scrollIntoViewIfNeeded();
  return locator;
}
