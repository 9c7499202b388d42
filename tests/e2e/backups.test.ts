import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invoke } from '@core/dispatch/dispatch';
import type { Harness } from '@harness/server';
import { tempDir } from '../support/temp-core';
import { collectPageErrors, launchChromium, screenshot, startAppHarness } from './support/browser';

const newUnit = 'Xã Thử Sao Lưu';

/** Moves through the sidebar, so the page (and its query cache) is never reloaded between steps. */
async function go(page: Page, label: string): Promise<void> {
  await page
    .getByRole('link', { name: label })
    .or(page.getByRole('menuitem', { name: label }))
    .first()
    .click();
  await page.getByRole('heading', { name: label, exact: true }).waitFor();
}

async function addUnit(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Thêm đơn vị' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Tên đơn vị').fill(name);
  await dialog.getByLabel('Loại đơn vị').click();
  await page.locator('.ant-select-dropdown').getByText('Xã', { exact: true }).click();
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await page.getByRole('cell', { name }).waitFor();
}

/** Confirms the open antd confirmation with its OK button and waits for it to close. */
async function confirm(page: Page, ok: string): Promise<void> {
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: ok, exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
}

/** Screenshots without a hover tooltip or a focus ring left over from the last click. */
async function settle(page: Page): Promise<void> {
  await page.mouse.move(1, 1);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

describe('Sao lưu và khôi phục in Chromium through the loopback harness', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('"Sao lưu ngay", add a unit, restore the copy (unit gone), undo (unit back)', async () => {
    const harness: Harness = await startAppHarness(join(tempDir(), 'sao-luu.sqlite'));
    await invoke(harness.ctx, 'app:setup', { mode: 'demo', demo: 'huyen-2023' });
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'vi-VN' });
    const errors = collectPageErrors(page);
    const card = page.getByTestId('backup-section');
    const stored = () => harness.ctx.repos.units.all().map((u) => u.name);
    try {
      await page.goto(`${harness.url}#/cai-dat`);
      await card.getByText('Chưa có bản sao lưu nào.').waitFor();
      await expect.poll(() => card.innerText()).toContain('mỗi ngày một bản');

      await card.getByRole('button', { name: 'Sao lưu ngay', exact: true }).click();
      const manual = card.locator('tr[data-row-key]').filter({ hasText: 'Sao lưu ngay' });
      await manual.waitFor();
      const [entry] = (await invoke(harness.ctx, 'backups:list', {})).backups;
      expect(entry?.reason).toBe('manual');
      await card.getByText(`Đã sao lưu: ${entry!.fileName} (${entry!.sizeText}).`).waitFor();
      expect(await manual.innerText()).toContain(entry!.takenAtText);
      expect(await manual.innerText()).toContain(entry!.sizeText);

      await go(page, 'Đơn vị');
      await addUnit(page, newUnit);
      expect(stored()).toContain(newUnit);

      await go(page, 'Cài đặt');
      await manual.getByRole('button', { name: /^Khôi phục/ }).click();
      await expect
        .poll(() => page.getByRole('dialog').innerText())
        .toContain('Dữ liệu hiện tại sẽ được sao lưu trước, có thể hoàn tác.');
      await confirm(page, 'Khôi phục');
      await card.getByText(/^Đã khôi phục dữ liệu về bản sao lưu lúc/).waitFor();
      const undo = card.getByRole('button', { name: 'Hoàn tác lần khôi phục gần nhất' });
      await undo.waitFor();
      // The copy of the data just before the restore is listed, kept out of rotation.
      await card
        .locator('tr[data-row-key]')
        .filter({ hasText: 'Trước khi khôi phục' })
        .getByText('Không tự xóa')
        .waitFor();
      expect(stored()).not.toContain(newUnit);
      // The "Đã thêm đơn vị" toast from the units page has gone by now; wait for it rather than photograph it.
      await expect.poll(() => page.locator('.ant-message-notice').count(), { timeout: 10_000 }).toBe(0);
      await settle(page);
      await screenshot(page, 'sao-luu');

      await go(page, 'Đơn vị');
      await page.getByText('Xã Long Hưng').first().waitFor();
      expect(await page.getByRole('cell', { name: newUnit }).count()).toBe(0);

      await go(page, 'Cài đặt');
      await undo.click();
      await confirm(page, 'Hoàn tác');
      await card.getByText('Đã hoàn tác lần khôi phục; dữ liệu trở lại như trước khi khôi phục.').waitFor();
      expect(stored()).toContain(newUnit);

      await go(page, 'Đơn vị');
      await page.getByRole('cell', { name: newUnit }).waitFor();
      expect(errors).toEqual([]);
    } finally {
      await page.close();
      await harness.close();
    }
  });
});
