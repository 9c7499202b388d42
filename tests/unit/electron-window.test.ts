import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * A stand-in for the parts of Electron the main process touches, recording what it is asked to do. The real
 * package cannot load here (no binary), and index.ts runs on import, so each test imports it afresh.
 */
const fake = await vi.hoisted(async () => {
  const { EventEmitter } = await import('node:events');
  const state = {
    lock: true,
    isPackaged: true,
    userData: '',
    appData: '',
    /** The primary display's work area: a 1366×768 laptop at 100 % minus the taskbar. */
    workArea: { width: 1366, height: 728 },
    zoomLevel: 0,
    pickedFolder: null as string | null,
    windows: [] as FakeWindow[],
    handlers: new Map<string, (event: unknown, input: unknown) => Promise<unknown>>(),
    permissionHandlerSet: false,
    windowFails: false,
    ready: Promise.resolve(),
    /** The button the secretary picks in the unsaved-changes dialog: 0 leaves, 1 stays. */
    leaveChoice: 1,
  };
  let nextFrameId = 1;
  class FakeWindow extends EventEmitter {
    readonly options: Record<string, unknown>;
    loadURL = vi.fn(async (_url: string) => {});
    show = vi.fn();
    focus = vi.fn();
    restore = vi.fn();
    isMinimized = () => false;
    isDestroyed = () => false;
    webContents = Object.assign(new EventEmitter(), {
      mainFrame: { frameTreeNodeId: nextFrameId++, parent: null, url: '', detached: false },
      getZoomLevel: () => state.zoomLevel,
      setZoomLevel: vi.fn((level: number) => (state.zoomLevel = level)),
    });
    constructor(options: Record<string, unknown>) {
      super();
      if (state.windowFails) throw new Error('GPU process crashed');
      this.options = options;
      state.windows.push(this);
    }
  }
  const app = Object.assign(new EventEmitter(), {
    requestSingleInstanceLock: vi.fn(() => state.lock),
    quit: vi.fn(),
    enableSandbox: vi.fn(),
    whenReady: () => state.ready,
    getPath: vi.fn(
      (name: string) =>
        ({ userData: state.userData, appData: state.appData, downloads: '/home/thu-ky/Tải về' })[name] ?? '/nowhere',
    ),
    setPath: vi.fn((name: string, path: string) => {
      if (name === 'userData') state.userData = path;
    }),
    setAppUserModelId: vi.fn(),
    relaunch: vi.fn(),
    getVersion: () => '0.1.0',
  });
  // A getter, not a copied value: each test decides whether it plays the installed app.
  Object.defineProperty(app, 'isPackaged', { get: () => state.isPackaged });
  const module = {
    app,
    BrowserWindow: FakeWindow,
    dialog: {
      showErrorBox: vi.fn(),
      showMessageBoxSync: vi.fn(() => state.leaveChoice),
      showMessageBox: vi.fn(async () => ({ response: 0, checkboxChecked: false })),
      /** The folder the secretary picks in the app's folder dialog (null: cancelled). */
      showOpenDialog: vi.fn(async (..._args: unknown[]) =>
        state.pickedFolder === null
          ? { canceled: true, filePaths: [] }
          : { canceled: false, filePaths: [state.pickedFolder] },
      ),
    },
    ipcMain: { handle: vi.fn((channel: string, handler: never) => state.handlers.set(channel, handler)) },
    Menu: {
      setApplicationMenu: vi.fn(),
      buildFromTemplate: vi.fn((template: Array<{ label?: string; click?: () => void }>) => ({
        template,
        popup: vi.fn(),
      })),
    },
    screen: { getPrimaryDisplay: () => ({ workAreaSize: state.workArea }) },
    shell: { openExternal: vi.fn(async () => {}) },
    session: {
      defaultSession: Object.assign(new EventEmitter(), {
        setPermissionRequestHandler: () => (state.permissionHandlerSet = true),
        setPermissionCheckHandler: () => {},
        webRequest: { onHeadersReceived: () => {} },
      }),
    },
  };
  return { state, module };
});

vi.mock('electron', () => fake.module);

import { channelNames } from '@shared/contract';
import { dbMessages, inputMessages } from '@shared/i18n/vi-errors';
import { currentAuditActor, fallbackActor } from '@main/audit-actor';
import { databaseLocation } from '@main/database-path';
import { startupErrorMessage } from '@main/startup-error';
import { mainWindowOptions } from '@main/window-options';
import { AppError } from '@shared/errors';

/** Logical work areas (screen ÷ scale, minus Windows 11's 48-pixel taskbar) of the council offices' screens. */
const workAreas = {
  laptop1366at100: { width: 1366, height: 768 - 48 },
  fullHdAt150: { width: 1920 / 1.5, height: 1080 / 1.5 - 48 },
  fullHdAt100: { width: 1920, height: 1080 - 48 },
};

describe('main window options', () => {
  const installed = mainWindowOptions({
    preloadPath: 'C:\\app\\out\\preload\\index.js',
    isPackaged: true,
    workArea: workAreas.fullHdAt100,
  });
  const web = installed.webPreferences!;

  it('isolates the page: context isolation, sandbox, no Node, web security on', () => {
    expect(web.contextIsolation).toBe(true);
    expect(web.sandbox).toBe(true);
    expect(web.nodeIntegration).toBe(false);
    expect(web.nodeIntegrationInSubFrames).toBe(false);
    expect(web.nodeIntegrationInWorker).toBe(false);
    expect(web.webSecurity).toBe(true);
    expect(web.allowRunningInsecureContent).toBe(false);
    expect(web.webviewTag).toBe(false);
    expect(web.experimentalFeatures).toBe(false);
    expect(web.spellcheck).toBe(false);
    expect(web.preload).toBe('C:\\app\\out\\preload\\index.js');
  });

  it('has developer tools only outside the installed app', () => {
    expect(web.devTools).toBe(false);
    const dev = mainWindowOptions({ preloadPath: '/p.js', isPackaged: false, workArea: workAreas.fullHdAt100 });
    expect(dev.webPreferences!.devTools).toBe(true);
  });

  it('opens hidden at 1280×800 where there is room, titled and coloured', () => {
    expect(installed).toMatchObject({ width: 1280, height: 800, show: false });
    expect(installed.title).toBe('Thi Đua Desk');
    expect(installed.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
  });

  it('fits the work area of a 1080p screen at 150 % and of a 1366×768 laptop, minimum size included', () => {
    for (const [screen, workArea] of Object.entries(workAreas)) {
      const options = mainWindowOptions({ preloadPath: '/p.js', isPackaged: true, workArea });
      expect(options.height!, screen).toBeLessThanOrEqual(workArea.height);
      expect(options.width!, screen).toBeLessThanOrEqual(workArea.width);
      expect(options.minHeight!, screen).toBeLessThanOrEqual(workArea.height);
      expect(options.minWidth!, screen).toBeLessThanOrEqual(workArea.width);
    }
    // The figure: at 1080p/150 % the work area is 1280×672; the minimum leaves the taskbar room to spare.
    const fullHd = mainWindowOptions({ preloadPath: '/p.js', isPackaged: true, workArea: workAreas.fullHdAt150 });
    expect(fullHd).toMatchObject({ width: 1280, height: 672 });
    expect(fullHd.minHeight).toBeLessThanOrEqual(650);
    expect(fullHd.minWidth).toBe(1024);
  });

  it('on a smaller screen still opens inside it', () => {
    const small = { width: 1093, height: 574 }; // 1366×768 at 125 %
    expect(mainWindowOptions({ preloadPath: '/p.js', isPackaged: true, workArea: small })).toMatchObject({
      width: 1093,
      height: 574,
      minWidth: 1024,
      minHeight: 574,
    });
  });
});

describe('startup helpers', () => {
  it('the database and its backups live in the user data folder', () => {
    const userData = join('C:', 'Users', 'thu-ky', 'AppData', 'Roaming', 'Thi Đua Desk');
    expect(databaseLocation({ getPath: () => userData })).toEqual({
      databasePath: join(userData, 'thi-dua-desk.sqlite'),
      backupDir: join(userData, 'backups'),
    });
  });

  it('the audit actor is the Windows user, with a fallback when none can be read', () => {
    expect(currentAuditActor(() => ({ username: 'nguyenvana' }))).toBe('nguyenvana');
    expect(currentAuditActor(() => ({ username: '  ' }))).toBe(fallbackActor);
    expect(
      currentAuditActor(() => {
        throw new Error('uv_os_get_passwd ENOENT');
      }),
    ).toBe(fallbackActor);
  });

  it('a start-up failure reads in Vietnamese: the core message, or "cannot open" with the detail', () => {
    expect(startupErrorMessage(new AppError('DB_TOO_NEW', dbMessages.tooNew(9, 2)))).toBe(dbMessages.tooNew(9, 2));
    expect(startupErrorMessage(new Error('EACCES: permission denied'))).toBe(
      dbMessages.cannotOpen('EACCES: permission denied'),
    );
  });
});

describe('app start-up (electron/main/index.ts)', () => {
  let appData: string;
  let userData: string;
  const mainDir = join(__dirname, '../../electron/main');
  const databasePath = () => join(userData, 'thi-dua-desk.sqlite');

  beforeEach(() => {
    vi.resetModules();
    vi.clearAllMocks();
    // Electron's layout: the app's folder, named after productName, inside the per-user appData folder.
    appData = mkdtempSync(join(tmpdir(), 'thi-dua-desk-main-'));
    userData = join(appData, 'Thi Đua Desk');
    mkdirSync(userData);
    Object.assign(fake.state, {
      lock: true,
      isPackaged: true,
      userData,
      appData,
      zoomLevel: 0,
      windows: [],
      permissionHandlerSet: false,
      windowFails: false,
      leaveChoice: 1,
    });
    fake.state.handlers.clear();
    fake.module.app.removeAllListeners();
    fake.module.session.defaultSession.removeAllListeners();
    delete process.env.ELECTRON_RENDERER_URL;
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });

  afterEach(() => {
    fake.module.app.emit('will-quit'); // closes the database so the folder can be removed
    rmSync(appData, { recursive: true, force: true });
    vi.restoreAllMocks();
  });

  async function start() {
    await import('@main/index');
    // Started: a window, an error box, or the quit after the recovery question.
    await vi.waitFor(() => {
      expect(
        fake.state.windows.length +
          fake.module.dialog.showErrorBox.mock.calls.length +
          fake.module.app.quit.mock.calls.length,
      ).toBeGreaterThan(0);
    });
    return fake.state.windows[0];
  }

  it('a second copy of the app quits at once and touches nothing', async () => {
    fake.state.lock = false;
    await import('@main/index');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fake.module.app.quit).toHaveBeenCalledTimes(1);
    expect(fake.state.windows).toHaveLength(0);
    expect(fake.state.handlers.size).toBe(0);
    expect(existsSync(databasePath())).toBe(false);
  });

  it('opens the database in user data, binds every channel, guards the session, then shows one window', async () => {
    const window = (await start())!;
    expect(existsSync(databasePath())).toBe(true);
    expect(new Set(fake.state.handlers.keys())).toEqual(new Set(channelNames));
    expect(fake.state.permissionHandlerSet).toBe(true);
    expect(fake.module.app.enableSandbox).toHaveBeenCalled();
    expect(fake.module.app.listenerCount('web-contents-created')).toBe(1);
    expect(fake.module.Menu.setApplicationMenu).toHaveBeenCalledWith(null);

    expect(fake.state.windows).toHaveLength(1);
    const webPreferences = window.options.webPreferences as Record<string, unknown>;
    expect(webPreferences.preload).toBe(join(mainDir, '../preload/index.js'));
    expect(webPreferences.devTools).toBe(false);
    const loaded = window.loadURL.mock.calls[0]![0];
    expect(loaded).toMatch(/^file:\/\/.*\/renderer\/index\.html$/);

    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledTimes(1);
  });

  it('closing with unsaved figures asks first: staying keeps the window, leaving lets it close', async () => {
    const window = (await start())!;
    const unload = () => {
      const event = { preventDefault: vi.fn() };
      window.webContents.emit('will-prevent-unload', event);
      return event.preventDefault;
    };
    fake.state.leaveChoice = 1;
    expect(unload()).not.toHaveBeenCalled();
    fake.state.leaveChoice = 0;
    expect(unload()).toHaveBeenCalledTimes(1);
    const [, options] = fake.module.dialog.showMessageBoxSync.mock.calls[0] as unknown as [
      unknown,
      { buttons: string[]; cancelId: number },
    ];
    expect(options.buttons).toEqual(['Đóng, bỏ thay đổi', 'Ở lại để lưu']);
    expect(options.cancelId).toBe(1);
  });

  it('answers the window it created, by the URL it loaded, and refuses any other frame', async () => {
    const window = (await start())!;
    const mainFrame = { ...window.webContents.mainFrame, url: `${window.loadURL.mock.calls[0]![0]}#/don-vi` };
    window.webContents.mainFrame = mainFrame;
    const info = fake.state.handlers.get('app:info')!;

    const answer = (await info({ senderFrame: mainFrame }, {})) as { ok: boolean; value: { databasePath: string } };
    expect(answer.ok).toBe(true);
    expect(answer.value.databasePath).toBe(databasePath());

    const subframe = { ...mainFrame, frameTreeNodeId: 999, parent: mainFrame };
    expect(await info({ senderFrame: subframe }, {})).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN_SENDER', message: inputMessages.forbiddenSender },
    });
  });

  it('a data file that is not SQLite any more is damage: the recovery question, in Vietnamese, then quit', async () => {
    const bytes = Buffer.from('Bảng tổng hợp thi đua năm 2024\n'.repeat(20));
    writeFileSync(databasePath(), bytes);
    await start();
    expect(fake.module.dialog.showErrorBox).not.toHaveBeenCalled();
    const [options] = fake.module.dialog.showMessageBox.mock.calls[0] as unknown as [
      { message: string; detail: string; buttons: string[] },
    ];
    expect(options.message).toMatch(/^Tệp dữ liệu bị hỏng và không tìm thấy bản sao lưu nào còn tốt/);
    expect(options.detail).toBe(dbMessages.headerless(databasePath()));
    expect(options.buttons).toEqual(['Thoát']);
    expect(readFileSync(databasePath()).equals(bytes)).toBe(true);
    expect(fake.module.app.quit).toHaveBeenCalled();
    expect(fake.state.windows).toHaveLength(0);
    expect(fake.state.handlers.size).toBe(0);
  });

  it('any other start-up failure still tells the secretary, in Vietnamese, and quits', async () => {
    fake.state.windowFails = true;
    await start();
    expect(fake.module.dialog.showErrorBox).toHaveBeenCalledExactlyOnceWith('Thi Đua Desk', inputMessages.internal);
    expect(fake.module.app.quit).toHaveBeenCalledTimes(1);
  });

  it('in development it loads the dev server and keeps the menu and devtools', async () => {
    fake.state.isPackaged = false;
    process.env.ELECTRON_RENDERER_URL = 'http://localhost:5173/';
    const window = (await start())!;
    expect(window.loadURL).toHaveBeenCalledExactlyOnceWith('http://localhost:5173/');
    expect(fake.module.Menu.setApplicationMenu).not.toHaveBeenCalled();
    expect((window.options.webPreferences as Record<string, unknown>).devTools).toBe(true);
  });

  it('a second start focuses the window; closing it quits and closes the database', async () => {
    const window = (await start())!;
    fake.module.app.emit('second-instance');
    expect(window.focus).toHaveBeenCalledTimes(1);

    // WAL mode keeps a -wal file while the connection is open; closing the last connection removes it.
    expect(existsSync(`${databasePath()}-wal`)).toBe(true);
    fake.module.app.emit('window-all-closed');
    expect(fake.module.app.quit).toHaveBeenCalledTimes(1);
    fake.module.app.emit('will-quit');
    expect(existsSync(`${databasePath()}-wal`)).toBe(false);
  });

  it('the installed app keeps its data folder; a development copy uses its own, even for the instance lock', async () => {
    await start();
    expect(fake.module.app.setPath).not.toHaveBeenCalled();
    expect(existsSync(databasePath())).toBe(true);
    fake.module.app.emit('will-quit');

    vi.resetModules();
    rmSync(databasePath());
    fake.state.isPackaged = false;
    fake.state.windows = [];
    fake.module.app.removeAllListeners();
    await start();
    const devFolder = join(appData, 'Thi Đua Desk (dev)');
    expect(fake.module.app.setPath).toHaveBeenCalledExactlyOnceWith('userData', devFolder);
    const [setPathOrder] = fake.module.app.setPath.mock.invocationCallOrder;
    const lockOrders = fake.module.app.requestSingleInstanceLock.mock.invocationCallOrder;
    expect(setPathOrder).toBeLessThan(lockOrders[lockOrders.length - 1]!);
    expect(existsSync(join(devFolder, 'thi-dua-desk.sqlite'))).toBe(true);
    expect(existsSync(databasePath())).toBe(false);
  });

  it("on Windows the window carries the installer's appId, so it groups with the pinned shortcut", async () => {
    const appId = /^appId:\s*(\S+)$/m.exec(readFileSync(join(__dirname, '../../electron-builder.yml'), 'utf8'))![1];
    const platform = Object.getOwnPropertyDescriptor(process, 'platform')!;
    Object.defineProperty(process, 'platform', { value: 'win32' });
    try {
      await start();
      expect(fake.module.app.setAppUserModelId).toHaveBeenCalledExactlyOnceWith(appId);
      fake.module.app.emit('will-quit');
      vi.resetModules();
      vi.clearAllMocks();
      fake.state.isPackaged = false;
      fake.state.windows = [];
      fake.module.app.removeAllListeners();
      await start();
      expect(fake.module.app.setAppUserModelId).toHaveBeenCalledExactlyOnceWith(`${appId}.dev`);
    } finally {
      Object.defineProperty(process, 'platform', platform);
    }
  });

  it('right-click opens a Vietnamese menu on the window; Ctrl+=, Ctrl+wheel and the menu zoom the page', async () => {
    const window = (await start())!;
    const editFlags = { canCut: false, canCopy: true, canPaste: true, canSelectAll: true };
    window.webContents.emit('context-menu', {}, { isEditable: true, selectionText: '', editFlags });
    const menu = fake.module.Menu.buildFromTemplate.mock.results[0]!.value as {
      template: Array<{ label?: string; enabled?: boolean; click?: () => void }>;
      popup: ReturnType<typeof vi.fn>;
    };
    expect(menu.template.map((item) => item.label).filter(Boolean)).toEqual([
      'Cắt',
      'Sao chép',
      'Dán',
      'Chọn tất cả',
      'Phóng to',
      'Thu nhỏ',
      'Cỡ bình thường (100%)',
    ]);
    expect(menu.template[0]!.enabled).toBe(false);
    expect(menu.popup).toHaveBeenCalledExactlyOnceWith({ window });

    menu.template.find((item) => item.label === 'Phóng to')!.click!();
    expect(fake.state.zoomLevel).toBe(0.5);
    const key = { preventDefault: vi.fn() };
    window.webContents.emit('before-input-event', key, { type: 'keyDown', key: '=', code: 'Equal', control: true });
    expect(key.preventDefault).toHaveBeenCalled();
    expect(fake.state.zoomLevel).toBe(1);
    window.webContents.emit('zoom-changed', {}, 'out');
    expect(fake.state.zoomLevel).toBe(0.5);
    window.webContents.emit(
      'before-input-event',
      { preventDefault: vi.fn() },
      {
        type: 'keyDown',
        key: '0',
        code: 'Digit0',
        control: true,
      },
    );
    expect(fake.state.zoomLevel).toBe(0);
  });

  it('started again while the final backup runs: says so, then reopens once the backup is done', async () => {
    const window = (await start())!;
    window.emit('closed');
    const quitting = { preventDefault: vi.fn() };
    fake.module.app.emit('before-quit', quitting);
    expect(quitting.preventDefault).toHaveBeenCalled();

    fake.module.app.emit('second-instance');
    fake.module.app.emit('second-instance');
    expect(window.focus).not.toHaveBeenCalled();
    expect(fake.module.dialog.showMessageBox).toHaveBeenCalledTimes(1);
    expect(fake.module.dialog.showMessageBox).toHaveBeenCalledWith(
      expect.objectContaining({
        message: 'Thi Đua Desk đang sao lưu dữ liệu trước khi đóng.',
        detail: 'Phần mềm sẽ tự mở lại ngay khi sao lưu xong, thường chỉ sau vài giây.',
      }),
    );
    await vi.waitFor(() => expect(fake.module.app.quit).toHaveBeenCalled());
    expect(fake.module.app.relaunch).toHaveBeenCalledTimes(1);
    expect(fake.module.app.relaunch.mock.invocationCallOrder[0]).toBeLessThan(
      fake.module.app.quit.mock.invocationCallOrder[0]!,
    );
    // The quit that follows the backup goes through.
    const final = { preventDefault: vi.fn() };
    fake.module.app.emit('before-quit', final);
    expect(final.preventDefault).not.toHaveBeenCalled();
  });

  it("a single downloaded file's Save dialog is titled with its name, not a blob: URL", async () => {
    await start();
    const item = { getFilename: () => 'bao-cao-thi-dua-2023-Q2-so-45.pdf', setSaveDialogOptions: vi.fn() };
    fake.module.session.defaultSession.emit('will-download', {}, item);
    expect(item.setSaveDialogOptions).toHaveBeenCalledExactlyOnceWith({
      title: 'Lưu tệp bao-cao-thi-dua-2023-Q2-so-45.pdf',
      buttonLabel: 'Lưu',
      defaultPath: join('/home/thu-ky/Tải về', 'bao-cao-thi-dua-2023-Q2-so-45.pdf'),
      filters: [{ name: 'Tệp PDF', extensions: ['pdf'] }],
    });
  });

  it("several exported files: one folder from the app's own dialog, then every file written there", async () => {
    const window = (await start())!;
    const mainFrame = { ...window.webContents.mainFrame, url: window.loadURL.mock.calls[0]![0] };
    window.webContents.mainFrame = mainFrame;
    const call = (channel: string, input: unknown) =>
      fake.state.handlers.get(channel)!({ senderFrame: mainFrame }, input);
    fake.state.pickedFolder = mkdtempSync(join(tmpdir(), 'thi-dua-desk-export-'));
    const files = ['Xã Long Hưng', 'Xã Hưng Phú', 'Xã Mỹ Hương'].map((name) => ({
      fileName: `${name}.xlsx`,
      contentBase64: Buffer.from(name).toString('base64'),
    }));
    try {
      const chosen = (await call('paths:choose', { purpose: 'export-files-folder' })) as {
        ok: true;
        value: { token: string; path: string };
      };
      expect(chosen.value.path).toBe(fake.state.pickedFolder);
      expect(fake.module.dialog.showOpenDialog).toHaveBeenCalledTimes(1);
      const [parent, options] = fake.module.dialog.showOpenDialog.mock.calls[0]! as [unknown, { title: string }];
      expect(parent).toBe(window);
      expect(options.title).toBe('Chọn thư mục để lưu các tệp');

      const saved = await call('files:saveToFolder', { folder: chosen.value.token, files });
      expect(saved).toEqual({
        ok: true,
        value: { folder: fake.state.pickedFolder, fileNames: files.map((f) => f.fileName) },
      });
      expect(fake.module.dialog.showOpenDialog).toHaveBeenCalledTimes(1);
      expect(readFileSync(join(fake.state.pickedFolder, 'Xã Hưng Phú.xlsx'), 'utf8')).toBe('Xã Hưng Phú');
    } finally {
      rmSync(fake.state.pickedFolder, { recursive: true, force: true });
      fake.state.pickedFolder = null;
    }
  });
});
