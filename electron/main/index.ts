import { app, dialog, ipcMain, Menu, session, shell, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import { inputMessages } from '../../shared/i18n/vi-errors';
import { consoleLogger, openCore, type CoreContext } from '../core/context';
import { appRendererUrl } from './app-url';
import { currentAuditActor } from './audit-actor';
import { databaseLocation } from './database-path';
import { bindContract, isAppTopFrame } from './ipc';
import { createMainWindow, focusWindow } from './main-window';
import { guardAllWebContents, guardSession } from './security';
import { startupErrorMessage } from './startup-error';

const log = consoleLogger;
const isPackaged = app.isPackaged;
const rendererUrl = appRendererUrl({ isPackaged, env: process.env, mainDir: __dirname });

let mainWindow: BrowserWindow | null = null;
let core: CoreContext | null = null;

// Two copies of the app writing one SQLite file would fight over it; the second start only focuses the first.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // Sandbox every renderer, including windows created later (print preview), whatever their own options say.
  app.enableSandbox();
  guardAllWebContents(app, {
    rendererUrl,
    blockDevTools: isPackaged,
    openExternal: (url) => shell.openExternal(url),
    log,
  });
  app.on('second-instance', () => focusWindow(mainWindow));
  app.on('window-all-closed', () => app.quit());
  // After every window has closed: nothing can call the database any more, and closing checkpoints the WAL.
  app.on('will-quit', () => {
    core?.db.close();
    core = null;
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      // A bug rather than a bad database: without this the app would hang with no window and no word.
      log.error('Start-up failed', error);
      dialog.showErrorBox('Thi Đua Desk', inputMessages.internal);
      app.quit();
    });
}

async function start(): Promise<void> {
  guardSession(session.defaultSession);

  const { databasePath, backupDir } = databaseLocation(app);
  try {
    core = await openCore(databasePath, {
      create: true,
      backupDir,
      actor: currentAuditActor(),
      appVersion: app.getVersion(),
      log,
    });
  } catch (error) {
    log.error(`Could not open ${databasePath}`, error);
    dialog.showErrorBox('Thi Đua Desk', startupErrorMessage(error));
    app.quit();
    return;
  }

  bindContract(ipcMain, core, (event) => isAppTopFrame(event.senderFrame, currentMainFrame(), rendererUrl));
  // The default menu offers Reload and Toggle Developer Tools; the installed app needs neither.
  if (isPackaged) Menu.setApplicationMenu(null);

  mainWindow = createMainWindow({
    rendererUrl,
    preloadPath: join(__dirname, '../preload/index.js'),
    isPackaged,
    log,
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

function currentMainFrame() {
  if (mainWindow === null || mainWindow.isDestroyed()) return null;
  return mainWindow.webContents.mainFrame;
}
