import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { DemoName } from '@shared/contract/app';
import { invoke } from '@core/dispatch/dispatch';
import { chromiumPath } from '@core/documents/chromium-printer';
import type { DocumentPrinter } from '@core/documents/printer';
import { startHarness, type Harness } from '@harness/server';

export const artifactsDir = resolve('tests/e2e/artifacts');

/**
 * The machine's Chromium (Debian's, else an installed Chrome or Edge: the same finder as the PDF printer), headless,
 * with the flags this closed network needs (no background calls home). `npm test` installs Chromium first on
 * Debian and Ubuntu (scripts/prepare-test-machine.ts).
 */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--disable-dev-shm-usage',
    ],
  });
}

export interface AppHarnessOptions {
  /** The secretary's clock; 5 July 2023 (Q2 just closed) unless a test needs another day. */
  now?: Date;
  printer?: DocumentPrinter;
  /** Start with a demo already loaded: `true` is the 2023 district the older tests were written on. */
  demo?: boolean | DemoName;
}

/** The harness over the real renderer build and a fresh database file. Fails loudly if the build is missing. */
export async function startAppHarness(databasePath: string, options: AppHarnessOptions = {}): Promise<Harness> {
  if (!existsSync(resolve('out/renderer/index.html'))) {
    throw new Error('Thiếu bản dựng out/renderer: chạy "npm run build" trước (npm test tự làm việc này).');
  }
  const log = { error: (m: string, d?: unknown) => console.error(m, d), info: () => undefined };
  const now = options.now ?? new Date('2023-07-05T02:00:00.000Z');
  const harness = await startHarness({
    databasePath,
    log,
    now: () => now,
    ...(options.printer ? { printer: options.printer } : {}),
  });
  if (options.demo) {
    await invoke(harness.ctx, 'app:setup', { mode: 'demo', demo: options.demo === true ? 'huyen-2023' : options.demo });
  }
  return harness;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(artifactsDir, { recursive: true });
  const path = join(artifactsDir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Exactly what the window shows (the user guide's pictures are taken at 1366×768, a common office screen). */
export async function viewportScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(artifactsDir, { recursive: true });
  const path = join(artifactsDir, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** Collects page errors so a test can assert the page ran cleanly (no CSP violations, no exceptions). */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}
