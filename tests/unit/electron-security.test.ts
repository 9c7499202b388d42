import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { App, HandlerDetails, Session, WebContents, WindowOpenHandlerResponse } from 'electron';
import { describe, expect, it, vi } from 'vitest';

// Main-process modules must never load the real package here: it would try to download the Electron binary.
vi.mock('electron', () => ({}));

import { appRendererUrl, isAppRendererUrl, isAppSubframeUrl } from '@main/app-url';
import { contentSecurityPolicy } from '@main/content-security-policy';
import { isDevToolsShortcut } from '@main/devtools-shortcuts';
import { isVettedExternalUrl } from '@main/external-links';
import { isAppTopFrame, type FrameIdentity } from '@main/ipc';
import { guardAllWebContents, guardSession, guardWebContents } from '@main/security';

const builtRendererUrl = 'file:///C:/Program%20Files/Thi%20%C4%90ua%20Desk/resources/app.asar/out/renderer/index.html';
const devRendererUrl = 'http://localhost:5173/';

/** A web contents as far as the guards are concerned: an event emitter plus the window-open handler slot. */
class FakeContents extends EventEmitter {
  windowOpenHandler: ((details: HandlerDetails) => WindowOpenHandlerResponse) | null = null;
  setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse) {
    this.windowOpenHandler = handler;
  }
  /** Emits like Electron: the listener gets an event whose preventDefault we can observe. */
  fire(name: string, details: object = {}, ...rest: unknown[]) {
    const event = { preventDefault: vi.fn(), ...details };
    this.emit(name, event, ...rest);
    return event.preventDefault;
  }
  openWindow(url: string) {
    return this.windowOpenHandler!({ url } as HandlerDetails);
  }
}

function guarded({ blockDevTools = true, rendererUrl = builtRendererUrl } = {}) {
  const contents = new FakeContents();
  const openExternal = vi.fn(async (_url: string) => {});
  const log = { error: vi.fn() };
  guardWebContents(contents as unknown as WebContents, { rendererUrl, openExternal, blockDevTools, log });
  return { contents, openExternal, log };
}

const hostileUrls = [
  'javascript:alert(1)',
  'file:///C:/Windows/System32/calc.exe',
  'http://thuvienphapluat.vn/van-ban',
  'https://evil.example/',
  'https://chinhphu.vn.evil.example/',
  'https://evilchinhphu.vn/',
  'https://user:secret@chinhphu.vn/',
  'https://chinhphu.vn:8443/',
  'data:text/html,<script>alert(1)</script>',
  'not a url',
];

describe('links that leave the app', () => {
  it('only https links to the vetted legal-text sites are opened', () => {
    expect(isVettedExternalUrl('https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Nghi-dinh-98-2023.aspx')).toBe(
      true,
    );
    expect(isVettedExternalUrl('https://vanban.chinhphu.vn/?pageid=27160&docid=209286')).toBe(true);
    expect(isVettedExternalUrl('https://moha.gov.vn/')).toBe(true);
    for (const url of hostileUrls) expect(isVettedExternalUrl(url), url).toBe(false);
  });

  it('window.open and target=_blank never create a window; vetted links go to the browser, nothing else does', () => {
    const { contents, openExternal } = guarded();
    expect(contents.openWindow('https://vbpl.vn/TW/Pages/vbpq-toanvan.aspx?ItemID=160000')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledTimes(1);
    expect(openExternal).toHaveBeenCalledWith('https://vbpl.vn/TW/Pages/vbpq-toanvan.aspx?ItemID=160000');

    for (const url of hostileUrls) expect(contents.openWindow(url), url).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledTimes(1);
  });

  it('a browser that fails to open is logged, not thrown into Electron', async () => {
    const { contents, openExternal, log } = guarded();
    openExternal.mockRejectedValueOnce(new Error('no default browser'));
    contents.openWindow('https://moha.gov.vn/');
    await vi.waitFor(() => expect(log.error).toHaveBeenCalledTimes(1));
  });
});

describe('navigation is locked to the app page', () => {
  it('every top-frame navigation is cancelled, even to the app page itself', () => {
    const { contents, openExternal } = guarded();
    for (const url of [builtRendererUrl, 'https://evil.example/', 'file:///C:/Users/thu-ky/Desktop/x.html']) {
      expect(contents.fire('will-navigate', { url, isMainFrame: true }), url).toHaveBeenCalledTimes(1);
    }
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('a plain click on a vetted link is cancelled in the app and opened in the browser', () => {
    const { contents, openExternal } = guarded();
    expect(
      contents.fire('will-navigate', { url: 'https://thuvienphapluat.vn/', isMainFrame: true }),
    ).toHaveBeenCalled();
    expect(openExternal).toHaveBeenCalledWith('https://thuvienphapluat.vn/');
  });

  it('every server redirect is cancelled', () => {
    const { contents } = guarded();
    expect(contents.fire('will-redirect', { url: 'https://evil.example/', isMainFrame: true })).toHaveBeenCalledTimes(
      1,
    );
    expect(contents.fire('will-redirect', { url: 'about:srcdoc', isMainFrame: false })).toHaveBeenCalledTimes(1);
  });

  it('subframes may show the report preview (srcdoc, blank, blobs the app made) and nothing else', () => {
    const { contents } = guarded();
    const subframe = (url: string) => contents.fire('will-frame-navigate', { url, isMainFrame: false });
    for (const url of ['about:srcdoc', 'about:blank', 'blob:file:///0b8f1c1e-6f5e-4d8a-9c2e-0d9d7f1f2a11']) {
      expect(subframe(url), url).not.toHaveBeenCalled();
    }
    for (const url of [
      'https://evil.example/',
      'blob:https://evil.example/0b8f1c1e-6f5e-4d8a-9c2e-0d9d7f1f2a11',
      'file:///C:/Windows/win.ini',
      'data:text/html,<b>x</b>',
      builtRendererUrl,
    ]) {
      expect(subframe(url), url).toHaveBeenCalledTimes(1);
    }
    expect(contents.fire('will-frame-navigate', { url: 'about:srcdoc', isMainFrame: true })).toHaveBeenCalledTimes(1);
  });

  it('in development the preview blobs come from the dev server origin', () => {
    expect(isAppSubframeUrl('blob:http://localhost:5173/0b8f1c1e', devRendererUrl)).toBe(true);
    expect(isAppSubframeUrl('blob:http://localhost:5174/0b8f1c1e', devRendererUrl)).toBe(false);
    expect(isAppSubframeUrl('blob:file:///0b8f1c1e', devRendererUrl)).toBe(false);
  });

  it('<webview> is refused', () => {
    const { contents } = guarded();
    expect(contents.fire('will-attach-webview', {}, {}, { src: 'https://evil.example/' })).toHaveBeenCalledTimes(1);
  });

  it('guards every web contents the app creates, including ones made later', () => {
    const app = new EventEmitter();
    guardAllWebContents(app as unknown as App, {
      rendererUrl: builtRendererUrl,
      openExternal: async () => {},
      blockDevTools: true,
      log: { error: vi.fn() },
    });
    const later = new FakeContents();
    app.emit('web-contents-created', { preventDefault: vi.fn() }, later);
    expect(later.windowOpenHandler).not.toBeNull();
    expect(later.fire('will-navigate', { url: 'https://evil.example/', isMainFrame: true })).toHaveBeenCalled();
  });
});

describe('developer tools in the installed app', () => {
  const key = (key: string, code: string, modifiers: { control?: boolean; shift?: boolean; alt?: boolean } = {}) => ({
    type: 'keyDown',
    key,
    code,
    control: false,
    shift: false,
    alt: false,
    meta: false,
    ...modifiers,
  });
  const devtoolsKeys = [
    key('F12', 'F12'),
    key('I', 'KeyI', { control: true, shift: true }),
    key('J', 'KeyJ', { control: true, shift: true }),
    key('C', 'KeyC', { control: true, shift: true }),
  ];
  const ordinaryKeys = [
    key('c', 'KeyC', { control: true }),
    key('v', 'KeyV', { control: true }),
    key('I', 'KeyI', { shift: true }),
    key('F5', 'F5'),
    key('K', 'KeyK', { control: true, shift: true }),
  ];

  it('F12 and Ctrl+Shift+I/J/C are swallowed in production, copy and paste are not', () => {
    const { contents } = guarded({ blockDevTools: true });
    for (const input of devtoolsKeys)
      expect(contents.fire('before-input-event', {}, input), input.code).toHaveBeenCalled();
    for (const input of ordinaryKeys) {
      expect(contents.fire('before-input-event', {}, input), input.code).not.toHaveBeenCalled();
    }
  });

  it('developers keep the shortcuts', () => {
    const { contents } = guarded({ blockDevTools: false });
    for (const input of devtoolsKeys) {
      expect(contents.fire('before-input-event', {}, input), input.code).not.toHaveBeenCalled();
    }
  });

  it('the physical key decides, whatever the Vietnamese input method makes of it', () => {
    expect(isDevToolsShortcut(key('Ỉ', 'KeyI', { control: true, shift: true }))).toBe(true);
    expect(isDevToolsShortcut(key('I', 'KeyI', { control: true, shift: true, alt: true }))).toBe(false);
  });
});

describe('the session', () => {
  function guardedSession() {
    const calls = {
      request: null as null | ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void),
      check: null as null | ((...args: unknown[]) => boolean),
      headers: null as
        | null
        | ((
            details: { url: string; responseHeaders?: Record<string, string[]> },
            callback: (response: { responseHeaders?: Record<string, string[]> }) => void,
          ) => void),
    };
    const session = {
      setPermissionRequestHandler: (handler: typeof calls.request) => (calls.request = handler),
      setPermissionCheckHandler: (handler: typeof calls.check) => (calls.check = handler),
      webRequest: { onHeadersReceived: (handler: typeof calls.headers) => (calls.headers = handler) },
    };
    guardSession(session as unknown as Session);
    return calls;
  }

  it('denies every permission request and every permission check', () => {
    const { request, check } = guardedSession();
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal', 'hid']) {
      const callback = vi.fn();
      request!({}, permission, callback);
      expect(callback, permission).toHaveBeenCalledExactlyOnceWith(false);
      expect(check!({}, permission, 'file://', {}), permission).toBe(false);
    }
  });

  it("adds the Content-Security-Policy header to the built app's file: responses, keeping a stricter one", () => {
    const { headers } = guardedSession();
    const reply = vi.fn();
    headers!({ url: builtRendererUrl, responseHeaders: { 'Content-Type': ['text/html'] } }, reply);
    expect(reply).toHaveBeenCalledExactlyOnceWith({
      responseHeaders: { 'Content-Type': ['text/html'], 'Content-Security-Policy': [contentSecurityPolicy] },
    });

    const second = vi.fn();
    headers!({ url: builtRendererUrl, responseHeaders: { 'content-security-policy': ["default-src 'none'"] } }, second);
    expect(second.mock.calls[0]![0].responseHeaders).toEqual({
      'content-security-policy': ["default-src 'none'", contentSecurityPolicy],
    });
  });

  it("leaves the dev server's responses alone: the header would block React's Fast Refresh preamble", () => {
    const { headers, request } = guardedSession();
    for (const url of [devRendererUrl, `${devRendererUrl}src/main.tsx`, 'http://localhost:5173/@react-refresh']) {
      const reply = vi.fn();
      headers!({ url, responseHeaders: { 'Content-Type': ['text/html'] } }, reply);
      expect(reply, url).toHaveBeenCalledExactlyOnceWith({});
    }
    // The permission handlers are installed all the same.
    const callback = vi.fn();
    request!({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
  });

  it('the header policy is the meta tag policy of renderer/index.html: no remote origin, no eval', () => {
    const html = readFileSync(join(__dirname, '../../renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
    expect(meta, 'renderer/index.html has a CSP meta tag').not.toBeNull();
    const directives = (policy: string) =>
      policy
        .split(';')
        .map((d) => d.trim().replace(/\s+/g, ' '))
        .filter(Boolean);
    expect(directives(contentSecurityPolicy)).toEqual(directives(meta![1]!));
    expect(contentSecurityPolicy).not.toMatch(/https?:|unsafe-eval|\*/);
    expect(contentSecurityPolicy).toContain("script-src 'self'");
    expect(contentSecurityPolicy).toContain("object-src 'none'");
  });
});

describe('which frame may call window.api', () => {
  const mainFrame: FrameIdentity = {
    frameTreeNodeId: 7,
    parent: null,
    url: `${builtRendererUrl}#/don-vi`,
    detached: false,
  };

  it('the main window top frame showing the app page is accepted', () => {
    expect(isAppTopFrame(mainFrame, mainFrame, builtRendererUrl)).toBe(true);
    // Chromium may spell the path differently from Node (escapes, drive letter case): still the same file.
    const respelled = {
      ...mainFrame,
      url: 'file:///c:/Program Files/Thi Đua Desk/resources/app.asar/out/renderer/index.html',
    };
    expect(isAppTopFrame(respelled, mainFrame, builtRendererUrl)).toBe(true);
  });

  it('a subframe is refused, even one showing the app page', () => {
    const preview = { frameTreeNodeId: 9, parent: mainFrame, url: builtRendererUrl, detached: false };
    expect(isAppTopFrame(preview, mainFrame, builtRendererUrl)).toBe(false);
    expect(isAppTopFrame({ ...mainFrame, parent: mainFrame }, mainFrame, builtRendererUrl)).toBe(false);
  });

  it('another window is refused, even one showing the app page', () => {
    const otherWindow = { ...mainFrame, frameTreeNodeId: 8 };
    expect(isAppTopFrame(otherWindow, mainFrame, builtRendererUrl)).toBe(false);
  });

  it('the main frame showing a foreign page is refused', () => {
    for (const url of [
      'https://evil.example/',
      'file:///C:/Users/thu-ky/Downloads/index.html',
      'file:///C:/Program%20Files/Thi%20%C4%90ua%20Desk/resources/app.asar/out/renderer/other.html',
      'http://localhost:5173/',
      'about:blank',
    ]) {
      expect(isAppTopFrame({ ...mainFrame, url }, mainFrame, builtRendererUrl), url).toBe(false);
    }
  });

  it('no frame, no window or a frame being unloaded is refused', () => {
    expect(isAppTopFrame(null, mainFrame, builtRendererUrl)).toBe(false);
    expect(isAppTopFrame(mainFrame, null, builtRendererUrl)).toBe(false);
    expect(isAppTopFrame({ ...mainFrame, detached: true }, mainFrame, builtRendererUrl)).toBe(false);
  });

  it('in development the dev server origin is the app page, any route of it', () => {
    const devFrame = { ...mainFrame, url: 'http://localhost:5173/#/chi-tieu' };
    expect(isAppTopFrame(devFrame, devFrame, devRendererUrl)).toBe(true);
    expect(isAppRendererUrl('http://localhost:5174/', devRendererUrl)).toBe(false);
    expect(isAppRendererUrl('https://localhost:5173/', devRendererUrl)).toBe(false);
  });
});

describe('the app page URL', () => {
  const mainDir = join('/opt', 'Thi Đua Desk', 'resources', 'app.asar', 'out', 'main');

  it('is the built index.html beside the main bundle', () => {
    const url = appRendererUrl({ isPackaged: true, env: {}, mainDir });
    expect(url).toBe('file:///opt/Thi%20%C4%90ua%20Desk/resources/app.asar/out/renderer/index.html');
  });

  it('the installed app ignores ELECTRON_RENDERER_URL; development honours it only on loopback', () => {
    const env = { ELECTRON_RENDERER_URL: 'http://localhost:5173/' };
    expect(appRendererUrl({ isPackaged: true, env, mainDir })).toMatch(/^file:\/\//);
    expect(appRendererUrl({ isPackaged: false, env, mainDir })).toBe('http://localhost:5173/');
    const remote = { ELECTRON_RENDERER_URL: 'https://evil.example/' };
    expect(appRendererUrl({ isPackaged: false, env: remote, mainDir })).toMatch(/^file:\/\//);
  });
});
