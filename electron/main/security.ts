import type { App, Session, WebContents } from 'electron';
import type { Logger } from '@core/context';
import { isAppSubframeUrl } from './app-url';
import { withContentSecurityPolicy } from './content-security-policy';
import { isDevToolsShortcut } from './devtools-shortcuts';
import { isVettedExternalUrl } from './external-links';

export interface ContentsGuardOptions {
  /** The app's own page (see appRendererUrl); subframes may only show documents it created. */
  rendererUrl: string;
  /** `shell.openExternal`: vetted links open in the secretary's browser, never inside the app. */
  openExternal: (url: string) => Promise<void>;
  /** Production (`app.isPackaged`): swallow the devtools shortcuts. */
  blockDevTools: boolean;
  log: Pick<Logger, 'error'>;
}

/**
 * Locks one web contents to the page it was loaded with (Electron's security checklist: limit navigation, limit
 * new windows, no shell.openExternal with untrusted content, no <webview>):
 * - the top frame never navigates: `will-navigate` and `will-redirect` are cancelled; a click on a vetted https
 *   link opens it in the browser instead. Our own loads (`loadURL`) do not emit these events.
 * - subframes may only navigate to the report preview's documents (about:srcdoc, about:blank, blob: URLs made by
 *   the app's page); anything else is cancelled.
 * - `window.open` and target=_blank never create a window; vetted https links go to the browser.
 * - `<webview>` is refused even though the web preference already disables it.
 * - in production the devtools shortcuts are swallowed before the page sees them.
 */
export function guardWebContents(contents: WebContents, options: ContentsGuardOptions): void {
  const openIfVetted = (url: string) => {
    if (!isVettedExternalUrl(url)) return;
    options.openExternal(url).catch((error: unknown) => options.log.error('Could not open an external link', error));
  };

  contents.on('will-navigate', (event) => {
    event.preventDefault();
    openIfVetted(event.url);
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-frame-navigate', (event) => {
    // The top frame is will-navigate's business (cancelled above); cancelling here as well costs nothing.
    if (event.isMainFrame || !isAppSubframeUrl(event.url, options.rendererUrl)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    openIfVetted(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.on('before-input-event', (event, input) => {
    if (options.blockDevTools && isDevToolsShortcut(input)) event.preventDefault();
  });
}

/**
 * Applies guardWebContents to every web contents the app ever creates (windows, hidden print windows, frames
 * opened by a bug), so no code path can forget it. Must be called before the first window exists.
 */
export function guardAllWebContents(app: Pick<App, 'on'>, options: ContentsGuardOptions): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, options));
}

/**
 * The app needs no browser permission (camera, microphone, notifications, geolocation, clipboard reading, HID,
 * serial…): every request and every check is denied, in development as in the installed app. Ctrl+C/Ctrl+V keep
 * working, they are not permission-gated.
 *
 * The built app's `file:` responses also get the renderer's Content-Security-Policy as a header (Electron runs
 * webRequest for file: since version 9). The dev server's pages do not: `npm run dev` relies on an inline script
 * (@vitejs/plugin-react's Fast Refresh preamble) that the policy forbids, and the header would leave a blank
 * window. The meta tag in index.html still applies there, after that preamble.
 */
export function guardSession(
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'webRequest'>,
): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    if (!details.url.startsWith('file:')) return callback({});
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders) });
  });
}
