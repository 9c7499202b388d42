import { chromium, type Browser } from 'playwright-core';
import { AppError } from '@shared/errors';
import { reportMessages } from '@shared/i18n/vi-errors';
import { findChromium } from './find-chromium';
import type { DocumentPrinter } from './printer';

/** The browser found on the machine (find-chromium.ts): CHROMIUM_PATH, Debian's Chromium, else Chrome or Edge. */
export function chromiumPath(): string {
  const search = findChromium();
  if (!search.found) throw new AppError('NOT_SUPPORTED', reportMessages.noChromium(search.looked));
  return search.path;
}

/** The flags every headless Chromium here runs with: no sandbox (containers), nothing calling home. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
];

/**
 * PDFs through a headless Chromium, for the CLI and the browser harness. The page honours the document's own
 * @page rules (A4, landscape annex, page numbers from page 2), exactly as Electron's printToPDF does. Like the
 * desktop app's print window, it runs no script: a stored report's HTML is a document, never a program.
 */
export function createChromiumPrinter(): DocumentPrinter & { close(): Promise<void> } {
  let browser: Promise<Browser> | undefined;
  return {
    async toPdf(html) {
      browser ??= chromium.launch({ executablePath: chromiumPath(), headless: true, args: chromiumArgs });
      const page = await (await browser).newPage({ javaScriptEnabled: false });
      try {
        // Reports are self-contained: block any request so a stray URL in a name can never reach the network.
        await page.route('**/*', (route) => route.abort());
        await page.setContent(html, { waitUntil: 'load' });
        return await page.pdf({ preferCSSPageSize: true, printBackground: true });
      } finally {
        await page.close();
      }
    },
    async close() {
      if (browser) await (await browser).close();
      browser = undefined;
    },
  };
}
