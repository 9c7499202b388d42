import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Where a Chromium-based browser usually lives, most wanted first. Debian's own Chromium comes first on Linux
 * because the tests and the CLI were measured with it; elsewhere (a developer's Windows or macOS PC, a Linux
 * without the package) an installed Chrome or Edge renders the same PDFs: playwright-core drives any of them.
 * Snap's Chromium is last: its confinement breaks headless runs from other users' temp folders.
 */
export function chromiumCandidates(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter(
      (root): root is string => typeof root === 'string' && root !== '',
    );
    const underRoots = (...parts: string[]) => roots.map((root) => join(root, ...parts));
    return [
      ...underRoots('Google', 'Chrome', 'Application', 'chrome.exe'),
      ...underRoots('Microsoft', 'Edge', 'Application', 'msedge.exe'),
      ...underRoots('Chromium', 'Application', 'chrome.exe'),
    ];
  }
  if (platform === 'darwin') {
    const apps = ['/Applications', ...(env.HOME ? [join(env.HOME, 'Applications')] : [])];
    return apps.flatMap((dir) => [
      join(dir, 'Google Chrome.app', 'Contents', 'MacOS', 'Google Chrome'),
      join(dir, 'Chromium.app', 'Contents', 'MacOS', 'Chromium'),
      join(dir, 'Microsoft Edge.app', 'Contents', 'MacOS', 'Microsoft Edge'),
    ]);
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/google-chrome',
    '/opt/google/chrome/chrome',
    '/usr/bin/microsoft-edge-stable',
    '/usr/bin/microsoft-edge',
    '/snap/bin/chromium',
  ];
}

export type BrowserSearch =
  | { found: true; path: string }
  /** `looked`: what the message names, CHROMIUM_PATH when it was set, else the first usual place. */
  | { found: false; looked: string };

/**
 * The browser that prints PDFs and runs the end-to-end tests: CHROMIUM_PATH when set (and only that, so a typo is
 * reported rather than silently replaced), otherwise the first usual place that exists.
 */
export function findChromium(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  exists: (path: string) => boolean = existsSync,
): BrowserSearch {
  const chosen = env.CHROMIUM_PATH;
  if (chosen) return exists(chosen) ? { found: true, path: chosen } : { found: false, looked: chosen };
  const candidates = chromiumCandidates(platform, env);
  const path = candidates.find(exists);
  return path ? { found: true, path } : { found: false, looked: candidates[0] ?? 'chromium' };
}
