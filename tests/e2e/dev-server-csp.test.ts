import type { Session } from 'electron';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withContentSecurityPolicy } from '@main/content-security-policy';
import { guardSession } from '@main/security';
import config from '../../electron.vite.config.mjs';
import { launchChromium } from './support/browser';

type HeaderListener = (
  details: { url: string; responseHeaders?: Record<string, string[]> },
  callback: (response: { responseHeaders?: Record<string, string[]> }) => void,
) => void;

/** The session's onHeadersReceived listener, as guardSession installs it in the desktop app. */
function sessionHeaderListener(): HeaderListener {
  let listener: HeaderListener | null = null;
  const session = {
    setPermissionRequestHandler: () => {},
    setPermissionCheckHandler: () => {},
    webRequest: { onHeadersReceived: (handler: HeaderListener) => (listener = handler) },
  };
  guardSession(session as unknown as Session);
  return listener!;
}

/**
 * Plays Electron's session in Chromium: the page's document response passes through `listener` before the page
 * sees its headers, as webRequest.onHeadersReceived does in the desktop app. (Only a document's headers set its
 * policy; the hundreds of module requests of the dev server go straight through, which keeps this fast.)
 */
async function routeThrough(page: Page, listener: HeaderListener): Promise<void> {
  await page.route('**/*', async (route) => {
    if (route.request().resourceType() !== 'document') return route.continue();
    const response = await route.fetch();
    const responseHeaders: Record<string, string[]> = {};
    for (const { name, value } of response.headersArray()) (responseHeaders[name] ??= []).push(value);
    const decided = await new Promise<{ responseHeaders?: Record<string, string[]> }>((done) =>
      listener({ url: route.request().url(), responseHeaders }, done),
    );
    const headers = Object.entries(decided.responseHeaders ?? responseHeaders).map(([name, values]) => ({
      name,
      value: values.join(', '),
    }));
    await route.fulfill({ response, headers: Object.fromEntries(headers.map((h) => [h.name, h.value])) });
  });
}

function freePort(): Promise<number> {
  return new Promise((found, fail) => {
    const probe = createNetServer().once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => found(port));
    });
  });
}

/**
 * `npm run dev` serves the renderer from Vite's dev server; React's Fast Refresh needs an inline preamble script.
 * The desktop app's session must let it run, otherwise the window stays blank.
 */
describe('npm run dev: the renderer on the Vite dev server under the desktop session', () => {
  let browser: Browser;
  let server: ViteDevServer;
  let url: string;
  let cacheDir: string;

  beforeAll(async () => {
    browser = await launchChromium();
    // The project's renderer config as `electron-vite dev` resolves it.
    const resolved = await (typeof config === 'function' ? config({ command: 'serve', mode: 'development' }) : config);
    const renderer = resolved.renderer;
    if (renderer === undefined || typeof renderer === 'function') throw new Error('renderer config is not an object');
    server = await createServer({
      ...renderer,
      configFile: false,
      cacheDir: (cacheDir = mkdtempSync(join(tmpdir(), 'thidua-vite-'))),
      logLevel: 'silent',
      // HMR stays on: without it plugin-react leaves out the very preamble this is about.
      // A fixed free port as `npm run dev` has (5173): with port 0 the HMR client would dial ws://…:0.
      server: { host: '127.0.0.1', port: await freePort(), strictPort: true },
    });
    await server.listen();
    url = server.resolvedUrls!.local[0]!;
  });
  afterAll(async () => {
    await server?.close();
    await browser?.close();
    if (cacheDir) rmSync(cacheDir, { recursive: true, force: true });
  });

  /**
   * Loads the page and waits until React has mounted the app or a module has failed for want of the preamble
   * (a component module calls `$RefreshSig$()`, which only the preamble defines, so nothing can mount any more).
   */
  async function renders(listener: HeaderListener): Promise<{ mounted: boolean; errors: string[] }> {
    const page = await browser.newPage();
    const errors: string[] = [];
    let preambleMissing: () => void = () => {};
    const failed = new Promise<false>((settle) => (preambleMissing = () => settle(false)));
    page.on('pageerror', (error) => {
      errors.push(error.message);
      if (/\$Refresh(Sig|Reg)\$ is not defined|preamble/.test(error.message)) preambleMissing();
    });
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    try {
      await routeThrough(page, listener);
      await page.goto(url, { waitUntil: 'commit' });
      const mounted = page
        .waitForFunction(() => (document.getElementById('root')?.childElementCount ?? 0) > 0, null, { timeout: 90_000 })
        .then(() => true);
      return { mounted: await Promise.race([mounted, failed]), errors };
    } finally {
      await page.unrouteAll({ behavior: 'ignoreErrors' });
      await page.close();
    }
  }

  it(
    'React mounts: the session leaves the dev server responses without the CSP header',
    { timeout: 120_000 },
    async () => {
      const { mounted, errors } = await renders(sessionHeaderListener());
      expect(mounted).toBe(true);
      expect(errors.filter((e) => /Content Security Policy|\$Refresh|preamble/i.test(e))).toEqual([]);
    },
  );

  it(
    'the check is real: with the header on every response, as before, the window stays blank',
    { timeout: 120_000 },
    async () => {
      const headerEverywhere: HeaderListener = (details, callback) =>
        callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders) });
      const { mounted, errors } = await renders(headerEverywhere);
      expect(mounted).toBe(false);
      expect(errors.join('\n')).toMatch(/Content Security Policy/);
      expect(errors.join('\n')).toMatch(/\$Refresh(Sig|Reg)\$ is not defined|preamble/);
    },
  );
});
