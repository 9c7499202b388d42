import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * A stand-in for the parts of Electron the printer and the app start-up touch. Each fake window records its options,
 * the URL it loaded and the HTML that URL held at that moment; its web contents answer printToPDF and print.
 */
const fake = await vi.hoisted(async () => {
  const { EventEmitter } = await import('node:events');
  const { readFileSync } = await import('node:fs');
  const { fileURLToPath } = await import('node:url');
  type Decision = { cancel: boolean };
  type BeforeRequest = (details: { url: string }, callback: (decision: Decision) => void) => void;
  class FakeSession {
    beforeRequest: BeforeRequest | null = null;
    permissionRequest: ((c: unknown, p: string, callback: (granted: boolean) => void) => void) | null = null;
    permissionCheck: (() => boolean) | null = null;
    webRequest = {
      onBeforeRequest: (listener: BeforeRequest) => (this.beforeRequest = listener),
      onHeadersReceived: () => {},
    };
    setPermissionRequestHandler(handler: FakeSession['permissionRequest']) {
      this.permissionRequest = handler;
    }
    setPermissionCheckHandler(handler: FakeSession['permissionCheck']) {
      this.permissionCheck = handler;
    }
    /** The app listens for `will-download` (downloads.ts); nothing here downloads. */
    on = vi.fn();
    /** What the session's request filter decides for a URL. */
    decide(url: string): boolean {
      let cancel = false;
      this.beforeRequest!({ url }, (decision) => (cancel = decision.cancel));
      return cancel;
    }
  }
  const printSession = new FakeSession();
  const state = {
    windows: [] as FakeWindow[],
    loadFails: false,
    pdf: Buffer.from('%PDF-1.7 rapport'),
    print: { success: true, failureReason: '' },
    /** The filter's decisions, asked while a job's page is loading: [its own file, a web address]. */
    decisionsDuringLoad: [] as boolean[][],
    userData: '',
    handlers: new Map<string, (event: unknown, input: unknown) => Promise<unknown>>(),
  };
  let nextFrameId = 1;
  class FakeWindow extends EventEmitter {
    readonly options: Record<string, unknown>;
    loadedHtml = '';
    destroyed = false;
    webContents = Object.assign(new EventEmitter(), {
      mainFrame: { frameTreeNodeId: nextFrameId++, parent: null, url: '', detached: false },
      printToPDF: vi.fn(async (_options: unknown) => state.pdf),
      print: vi.fn((_options: unknown, callback: (success: boolean, failureReason: string) => void) => {
        setTimeout(() => callback(state.print.success, state.print.failureReason), 5);
      }),
    });
    loadURL = vi.fn(async (url: string) => {
      if (url.startsWith('file:') && url.endsWith('.html') && !url.includes('/renderer/')) {
        this.loadedHtml = readFileSync(fileURLToPath(url), 'utf8');
        state.decisionsDuringLoad.push([printSession.decide(url), printSession.decide('https://evil.example/a.png')]);
      }
      if (state.loadFails) throw new Error('ERR_FAILED (-2) loading');
    });
    destroy = vi.fn(() => {
      this.destroyed = true;
    });
    isDestroyed = () => this.destroyed;
    show = vi.fn();
    focus = vi.fn();
    restore = vi.fn();
    isMinimized = () => false;
    constructor(options: Record<string, unknown>) {
      super();
      this.options = options;
      state.windows.push(this);
    }
  }
  const app = Object.assign(new EventEmitter(), {
    isPackaged: true,
    requestSingleInstanceLock: () => true,
    quit: vi.fn(),
    enableSandbox: vi.fn(),
    whenReady: () => Promise.resolve(),
    getPath: () => state.userData,
    getVersion: () => '0.1.0',
  });
  const module = {
    app,
    BrowserWindow: FakeWindow,
    dialog: { showErrorBox: vi.fn(), showMessageBox: vi.fn(async () => ({ response: 1 })) },
    ipcMain: { handle: vi.fn((channel: string, handler: never) => state.handlers.set(channel, handler)) },
    Menu: { setApplicationMenu: vi.fn() },
    screen: { getPrimaryDisplay: () => ({ workAreaSize: { width: 1366, height: 728 } }) },
    shell: { openExternal: vi.fn(async () => {}) },
    session: {
      defaultSession: new FakeSession(),
      fromPartition: vi.fn((_partition: string) => printSession),
    },
  };
  return { state, module, printSession };
});

vi.mock('electron', () => fake.module);

import { createElectronPrinter, printPartition, printWindowOptions } from '@main/report-printer';
import { reportFileWords } from '@shared/i18n/vi-report-files';

const html = '<!doctype html><html lang="vi"><body><p>Báo cáo quý II — Xã Long Hưng</p></body></html>';
const log = { error: vi.fn() };
let root: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'thi-dua-desk-printer-'));
  Object.assign(fake.state, { windows: [], loadFails: false, decisionsDuringLoad: [] });
  fake.state.print = { success: true, failureReason: '' };
  vi.clearAllMocks();
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** The files left in the printer's job folder (there is one folder per printer). */
const leftovers = () => readdirSync(root).flatMap((folder) => readdirSync(join(root, folder)));

describe('the hidden print window', () => {
  it('is hidden, sandboxed, in its own session, with no preload, no JavaScript and no devtools', () => {
    const options = printWindowOptions();
    const web = options.webPreferences!;
    expect(options.show).toBe(false);
    expect(web).not.toHaveProperty('preload');
    expect(web).toMatchObject({
      partition: printPartition,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      javascript: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
    });
    expect(printPartition.startsWith('persist:')).toBe(false);
  });
});

describe('Lưu PDF through printToPDF', () => {
  it('loads the report from a private temp file, prints with the CSS page size and backgrounds, then cleans up', async () => {
    const printer = createElectronPrinter({ log, tempRoot: root });
    const pdf = await printer.toPdf(html);

    expect(pdf.equals(fake.state.pdf)).toBe(true);
    const [window] = fake.state.windows;
    expect(fake.state.windows).toHaveLength(1);
    expect(window!.options).toEqual(printWindowOptions());
    const url = window!.loadURL.mock.calls[0]![0];
    expect(url).toMatch(/^file:\/\/.*thi-dua-desk-in-[^/]+\/[0-9a-f-]{36}\.html$/);
    expect(window!.loadedHtml).toBe(html);
    expect(window!.webContents.printToPDF).toHaveBeenCalledExactlyOnceWith({
      preferCSSPageSize: true,
      printBackground: true,
    });
    // The window is gone and the file deleted as soon as the PDF exists.
    expect(window!.destroy).toHaveBeenCalledTimes(1);
    expect(leftovers()).toEqual([]);
    await printer.close();
    expect(readdirSync(root)).toEqual([]);
  });

  it('lets the page load only its own file: every other request is cancelled, every permission denied', async () => {
    const printer = createElectronPrinter({ log, tempRoot: root });
    await printer.toPdf(html);
    expect(fake.module.session.fromPartition).toHaveBeenCalledWith(printPartition);
    expect(fake.state.decisionsDuringLoad).toEqual([[false, true]]);
    // After the job not even its own file is allowed any more.
    const jobUrl = fake.state.windows[0]!.loadURL.mock.calls[0]![0];
    expect(fake.printSession.decide(jobUrl)).toBe(true);
    let granted: boolean | undefined;
    fake.printSession.permissionRequest!(null, 'media', (answer) => (granted = answer));
    expect(granted).toBe(false);
    expect(fake.printSession.permissionCheck!()).toBe(false);
    await printer.close();
  });

  it('closes the window and deletes the file when the page cannot load', async () => {
    fake.state.loadFails = true;
    const printer = createElectronPrinter({ log, tempRoot: root });
    await expect(printer.toPdf(html)).rejects.toThrow('ERR_FAILED');
    expect(fake.state.windows[0]!.destroy).toHaveBeenCalledTimes(1);
    expect(leftovers()).toEqual([]);
    await printer.close();
  });

  it('a temp folder that cannot be made fails the job, opens no window, and close() still resolves', async () => {
    const printer = createElectronPrinter({ log, tempRoot: join(root, 'missing', 'deeper') });
    await expect(printer.toPdf(html)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(fake.state.windows).toHaveLength(0);
    await expect(printer.close()).resolves.toBeUndefined();
  });

  it('runs two jobs side by side, each in its own window', async () => {
    const printer = createElectronPrinter({ log, tempRoot: root });
    const [a, b] = await Promise.all([printer.toPdf(`${html}<!-- a -->`), printer.toPdf(`${html}<!-- b -->`)]);
    expect(a.equals(b)).toBe(true);
    // Each job has its own window; which one opens first depends on the file system, not on the call order.
    expect(fake.state.windows.map((w) => w.loadedHtml.slice(-10)).sort()).toEqual(['<!-- a -->', '<!-- b -->']);
    expect(leftovers()).toEqual([]);
    await printer.close();
  });
});

describe('In through the system print dialog', () => {
  it('opens the dialog (never silent) and answers true once printed', async () => {
    const printer = createElectronPrinter({ log, tempRoot: root });
    expect(await printer.print(html)).toBe(true);
    const [window] = fake.state.windows;
    expect(window!.webContents.print.mock.calls[0]![0]).toEqual({ silent: false, printBackground: true });
    expect(window!.destroy).toHaveBeenCalledTimes(1);
    await printer.close();
  });

  it('answers false when the secretary cancels the dialog', async () => {
    fake.state.print = { success: false, failureReason: 'Print job canceled' };
    const printer = createElectronPrinter({ log, tempRoot: root });
    expect(await printer.print(html)).toBe(false);
    await printer.close();
  });

  it('reports a printer failure in Vietnamese and still cleans up', async () => {
    fake.state.print = { success: false, failureReason: 'Print job failed' };
    const printer = createElectronPrinter({ log, tempRoot: root });
    await expect(printer.print(html)).rejects.toMatchObject({
      code: 'INTERNAL',
      message: reportFileWords.printer.failed('Print job failed'),
    });
    expect(fake.state.windows[0]!.destroy).toHaveBeenCalledTimes(1);
    expect(leftovers()).toEqual([]);
    await printer.close();
  });

  it('close() shuts a window still waiting on the dialog and removes the job folder', async () => {
    fake.state.print = { success: true, failureReason: '' };
    const printer = createElectronPrinter({ log, tempRoot: root });
    const job = printer.print(html);
    await vi.waitFor(() => expect(fake.state.windows[0]?.webContents.print).toHaveBeenCalled());
    await printer.close();
    expect(fake.state.windows[0]!.destroy).toHaveBeenCalled();
    expect(readdirSync(root)).toEqual([]);
    await job;
  });
});

describe('the app prints reports through its hidden windows (electron/main/index.ts)', () => {
  beforeEach(() => {
    vi.resetModules();
    fake.state.userData = mkdtempSync(join(tmpdir(), 'thi-dua-desk-main-'));
    fake.state.handlers.clear();
    fake.module.app.removeAllListeners();
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => {
    fake.module.app.emit('will-quit');
    rmSync(fake.state.userData, { recursive: true, force: true });
    vi.restoreAllMocks();
  });

  it('"In" and "Lưu PDF" of the demo report reach the printer the core was opened with', async () => {
    await import('@main/index');
    await vi.waitFor(() => expect(fake.state.windows).toHaveLength(1));
    const [main] = fake.state.windows;
    main!.webContents.mainFrame.url = main!.loadURL.mock.calls[0]![0];
    const call = async (channel: string, input: unknown) => {
      const result = (await fake.state.handlers.get(channel)!({ senderFrame: main!.webContents.mainFrame }, input)) as {
        ok: boolean;
        value: unknown;
      };
      expect(result, channel).toMatchObject({ ok: true });
      return result.value;
    };
    await call('app:setup', { mode: 'demo', demo: 'huyen-2023' });
    const [draft] = (await call('reports:list', {})) as Array<{ id: number }>;

    expect(await call('reports:print', { id: draft!.id })).toEqual({ printed: true });
    const printWindow = fake.state.windows[1]!;
    expect(printWindow.options).toEqual(printWindowOptions());
    expect(printWindow.loadedHtml).toContain('Kết quả thực hiện chỉ tiêu thi đua quý II năm 2023');

    // The report and its annex print as two parts (each numbered on its own, Nghị định 30) joined into one file:
    // each hidden window answers with a real one-page PDF here, so the joined file has two pages.
    const onePage = await PDFDocument.create();
    onePage.addPage();
    fake.state.pdf = Buffer.from(await onePage.save());
    const pdf = (await call('reports:pdf', { id: draft!.id })) as { fileName: string; contentBase64: string };
    expect((await PDFDocument.load(Buffer.from(pdf.contentBase64, 'base64'))).getPageCount()).toBe(2);
    expect(pdf.fileName).toBe('bao-cao-thi-dua-2023-Q2-so-45.pdf');
    expect(fake.state.windows.slice(1).every((w) => w.destroyed)).toBe(true);
  });
});
