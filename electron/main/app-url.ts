import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface RendererUrlSettings {
  isPackaged: boolean;
  env: NodeJS.ProcessEnv;
  /** The directory of the built main bundle (`out/main`), i.e. the bundle's `__dirname`. */
  mainDir: string;
}

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The one URL the main window shows. Loading it and checking IPC senders both use this value, so the two can never
 * disagree. `electron-vite dev` points ELECTRON_RENDERER_URL at its loopback dev server; the installed app ignores
 * the variable, otherwise anyone able to set an environment variable could give a web page `window.api`.
 */
export function appRendererUrl({ isPackaged, env, mainDir }: RendererUrlSettings): string {
  const devUrl = env.ELECTRON_RENDERER_URL;
  if (!isPackaged && devUrl && isLoopbackHttpUrl(devUrl)) return devUrl;
  return pathToFileURL(join(mainDir, '../renderer/index.html')).href;
}

function isLoopbackHttpUrl(value: string): boolean {
  const url = parseUrl(value);
  return url !== null && (url.protocol === 'http:' || url.protocol === 'https:') && loopbackHosts.has(url.hostname);
}

/**
 * Whether a frame shows the app's own page. The hash (`#/don-vi`) and query are ignored: the renderer routes with
 * the hash. For the built file the path must match; Windows paths are case-insensitive and Chromium may
 * percent-encode "Đ" differently from Node, so paths are compared decoded and lower-cased. For the dev server the
 * origin is enough.
 */
export function isAppRendererUrl(candidate: string, rendererUrl: string): boolean {
  const actual = parseUrl(candidate);
  const expected = parseUrl(rendererUrl);
  if (actual === null || expected === null || actual.protocol !== expected.protocol) return false;
  if (expected.protocol !== 'file:') return actual.origin === expected.origin;
  const actualPath = comparablePath(actual.pathname);
  return actual.host === expected.host && actualPath !== null && actualPath === comparablePath(expected.pathname);
}

/**
 * Documents a subframe of the app may show: the report preview renders a generated document in an iframe, either
 * from `srcdoc` or from a blob: URL the renderer created. A blob URL carries its creator's origin, so only blobs
 * made by the app's own page pass. Everything else (web pages, file: paths, data: URLs) is refused.
 */
export function isAppSubframeUrl(candidate: string, rendererUrl: string): boolean {
  if (candidate === 'about:srcdoc' || candidate === 'about:blank') return true;
  if (!candidate.startsWith('blob:')) return false;
  const creator = parseUrl(candidate.slice('blob:'.length));
  const app = parseUrl(rendererUrl);
  return creator !== null && app !== null && creator.protocol === app.protocol && creator.host === app.host;
}

function comparablePath(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname).toLowerCase();
  } catch {
    return null; // malformed escapes never match
  }
}

export function parseUrl(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}
