import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp-core';
import { collectPageErrors, launchChromium } from './support/browser';

/**
 * `npm run web -- --demo` is `electron-vite build && tsx electron/harness/serve.ts --demo`; `npm test` has built
 * the app already, so the test starts the second half exactly as the script does, with a fresh user data folder
 * (XDG_CONFIG_HOME is where Electron and the browser mode put per-user data on Linux).
 */
function startWebDemo(configHome: string): { child: ChildProcess; address: Promise<string>; output: () => string } {
  const child = spawn(resolve('node_modules/.bin/tsx'), ['electron/harness/serve.ts', '--demo'], {
    env: { ...process.env, XDG_CONFIG_HOME: configHome },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const address = new Promise<string>((found, fail) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /(http:\/\/127\.0\.0\.1:\d+\/\S*)\n/.exec(output);
      if (match) found(match[1]!);
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => fail(new Error(`serve.ts exited (${code}) before printing its address:\n${output}`)));
  });
  return { child, address, output: () => output };
}

function stop(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((done) => {
    child.once('exit', (code) => done(code));
    child.kill('SIGTERM');
  });
}

describe('npm run web -- --demo', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('with no other argument prints its address and serves the demo district from the user data folder', async () => {
    const configHome = tempDir();
    const demoFile = join(configHome, 'Thi Đua Desk (dev)', 'thi-dua-desk-demo.sqlite');
    const first = startWebDemo(configHome);
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'vi-VN' });
    const errors = collectPageErrors(page);
    try {
      const url = await first.address;
      await expect.poll(first.output).toContain(`Dữ liệu: ${demoFile}`);
      expect(existsSync(demoFile)).toBe(true);

      // No first-run question: the demo district is there, marked as demo data.
      await page.goto(`${url}#/don-vi`);
      await page.getByRole('heading', { name: 'Đơn vị' }).waitFor();
      await page.getByText('Xã Long Hưng').first().waitFor();
      await expect.poll(() => page.getByText('Dữ liệu mẫu', { exact: true }).count()).toBeGreaterThan(0);
      const text = await page.locator('body').innerText();
      expect(text).toContain('Thị trấn Huỳnh Hữu Nghĩa');
      expect(text).toContain('Phòng Văn hóa và Thông tin');
      expect(errors).toEqual([]);
    } finally {
      await page.close();
      expect(await stop(first.child)).toBe(0);
    }

    // A second start serves the same file as it is: the demo is loaded once (a second load would be refused).
    const second = startWebDemo(configHome);
    const again = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'vi-VN' });
    try {
      await again.goto(`${await second.address}#/don-vi`);
      await again.getByText('Xã Long Hưng').first().waitFor();
    } finally {
      await again.close();
      expect(await stop(second.child)).toBe(0);
    }
    expect(second.output()).not.toContain('Lỗi');
    // Two cold starts of tsx with the whole core (about 20 s each at a load of 20 on two cores) and a browser.
  }, 180_000);

  it('without --demo or --db it says how to call it', async () => {
    const plain = spawn(resolve('node_modules/.bin/tsx'), ['electron/harness/serve.ts'], { stdio: 'pipe' });
    let stderr = '';
    plain.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const code = await new Promise<number | null>((done) => plain.once('exit', done));
    expect(code).toBe(1);
    expect(stderr).toContain('Cần --demo hoặc --db TỆP: npm run web -- [--demo] [--db TỆP] [--port CỔNG]');
  });
});
