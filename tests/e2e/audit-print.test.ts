import { writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Harness } from '@harness/server';
import { checkNd30 } from '../support/nd30-conformance';
import { tempDir } from '../support/temp-core';
import { artifactsDir, launchChromium, startAppHarness } from './support/browser';

/**
 * "In" on the Nhật ký page prints the audit log through the browser's own print: the printed pages are what
 * `page.pdf()` makes of the page in print media (Electron's print dialog lays out the same). They pass the same
 * Nghị định 30 check as every document (A4, margins, Times, page numbers from page 2, no broken words), and every
 * record is named in Vietnamese: a person by name, an award by its title and recipient, years as 2022.
 */
describe('the printed audit log', () => {
  let browser: Browser;
  let harness: Harness;

  beforeAll(async () => {
    browser = await launchChromium();
    harness = await startAppHarness(join(tempDir(), 'audit.sqlite'), { demo: true });
  });

  afterAll(async () => {
    await harness?.close();
    await browser?.close();
  });

  it('conforms to Nghị định 30 and names every record in Vietnamese', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN' });
    try {
      // The print dialog is the browser's; here the page is printed to PDF as it would be on paper.
      await page.addInitScript(() => {
        window.print = () => undefined;
      });
      await page.goto(`${harness.url}#/nhat-ky`);
      await page.getByRole('heading', { name: 'Nhật ký thay đổi' }).waitFor();
      await page.getByRole('button', { name: 'In' }).click();
      await page.locator('.audit-print').waitFor({ state: 'attached' });
      await page.emulateMedia({ media: 'print' });
      const pdf = join(artifactsDir, 'nd30-nhat-ky.pdf');
      writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));

      const failures = checkNd30(pdf, {
        parts: ['landscape'],
        type: null,
        subject: false,
        letterhead: false,
        authority: { kind: 'none' },
        tokens: ['Thời gian', 'Lý do'],
      });
      expect(failures).toEqual([]);

      // In reading order, a cell's wrapped lines joined.
      const text = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      // Names, not ids; years as written; Vietnamese kinds for the commendation records.
      expect(text).not.toMatch(/#\d+/);
      expect(text).not.toMatch(/Năm[^:\n]*: 2\.0\d\d/);
      expect(text).toMatch(/Năm: 20\d\d/);
      expect(text).toContain('Khen thưởng: Lao động tiên tiến – ');
      expect(text).toContain('Cá nhân: Nguyễn Văn An');
      expect(text).toContain('Quyết định khen thưởng: Số 1735/QĐ-UBND');
      expect(text).toMatch(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
      execFileSync('pdftoppm', [
        '-r',
        '60',
        '-png',
        '-f',
        '2',
        '-l',
        '2',
        '-singlefile',
        pdf,
        join(artifactsDir, 'nhat-ky-in-trang-2'),
      ]);
    } finally {
      await page.close();
    }
  });
});
