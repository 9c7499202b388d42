import { app, dialog, ipcMain, Menu, session, shell, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import { inputMessages } from '@shared/i18n/vi-errors';
import { developmentFolderName } from '@core/app/app-folders';
import { startBackupScheduler, type BackupScheduler } from '@core/backups/scheduler';
import { openAppDatabase, startNewDatabase } from '@core/backups/startup-recovery';
import { consoleLogger, type CoreContext } from '@core/context';
import { appRendererUrl } from './app-url';
import { currentAuditActor } from './audit-actor';
import { databaseLocation } from './database-path';
import { downloadSaveOptions } from './downloads';
import { bindContract, isAppTopFrame } from './ipc';
import { appUserModelId } from './app-identity';
import { createMainWindow, focusWindow } from './main-window';
import { createDialogPathPicker } from './path-picker';
import { quitAfterFinalBackup, quitBackupWords } from './quit-backup';
import { createElectronPrinter, type ElectronPrinter } from './report-printer';
import { guardAllWebContents, guardSession } from './security';
import { recoverFromDamage, startupErrorMessage, type AskSecretary } from './startup-error';

const log = consoleLogger;
const isPackaged = app.isPackaged;
// `npm run dev` and `npm start` keep their own database, backups and browser profile (app-folders.ts). Before the
// single-instance lock, which lives in this folder too, so a development copy never hands over to the installed app.
if (!isPackaged) app.setPath('userData', join(app.getPath('appData'), developmentFolderName));
// Windows groups taskbar buttons by this id: the installer gives the pinned shortcut electron-builder's appId, so
// the running window must carry the same one or it shows as a second button beside the pin.
if (process.platform === 'win32') app.setAppUserModelId(appUserModelId(isPackaged));
const rendererUrl = appRendererUrl({ isPackaged, env: process.env, mainDir: __dirname });

let mainWindow: BrowserWindow | null = null;
let core: CoreContext | null = null;
// Printing: "In" and "Lưu PDF" of reports, each job in a hidden window of its own (report-printer.ts).
let printer: ElectronPrinter | null = null;
// Backups: automatic copies while the app runs; the last one is taken at quit, bounded by a minute.
let backups: BackupScheduler | null = null;
const quitBackup = quitAfterFinalBackup({
  finalBackup: () => backups?.stop({ finalBackup: true }) ?? Promise.resolve(),
  timeoutMs: 60_000,
  quit: () => app.quit(),
  relaunch: () => app.relaunch(),
  tellSecretary: () => {
    const { title, message, detail, ok } = quitBackupWords;
    void dialog.showMessageBox({ type: 'info', title, message, detail, buttons: [ok], noLink: true });
  },
});

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
  // A second start focuses the window; while the final backup runs (no window left) it is told to wait instead.
  app.on('second-instance', () => {
    if (!quitBackup.answerSecondStart()) focusWindow(mainWindow);
  });
  app.on('window-all-closed', () => app.quit());
  // Backups: before the database closes, one last copy if anything changed since the previous one (quit-backup.ts).
  app.on('before-quit', (event) => {
    if (backups !== null && quitBackup.holdQuit()) event.preventDefault();
  });
  // After every window has closed: nothing can call the database any more, and closing checkpoints the WAL.
  app.on('will-quit', () => {
    core?.db.close();
    core = null;
    void printer?.close();
    printer = null;
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
  // A single downloaded file (a PDF, one workbook) gets a Save dialog titled with its name, not its blob: URL.
  session.defaultSession.on('will-download', (_event, item) => {
    item.setSaveDialogOptions(downloadSaveOptions(item.getFilename(), app.getPath('downloads')));
  });

  const { databasePath, backupDir } = databaseLocation(app);
  printer = createElectronPrinter({ log });
  const openOptions = {
    create: true,
    backupDir,
    actor: currentAuditActor(),
    appVersion: app.getVersion(),
    log,
    printer,
    // Paths: folders and files are picked in the native dialog only; the renderer gets tokens (paths:choose).
    picker: createDialogPathPicker(dialog, () => mainWindow),
  };
  try {
    core = await openAppDatabase(databasePath, openOptions);
  } catch (error) {
    log.error(`Could not open ${databasePath}`, error);
    // Backups: a damaged, emptied or missing file is offered its newest good backup; never replaced silently.
    const outcome = await recoverFromDamage(databasePath, error, askInDialog, log);
    if (outcome === 'not-damaged') dialog.showErrorBox('Thi Đua Desk', startupErrorMessage(error));
    if (outcome === 'not-damaged' || outcome === 'quit') {
      app.quit();
      return;
    }
    core =
      outcome === 'start-new'
        ? await startNewDatabase(databasePath, openOptions)
        : await openAppDatabase(databasePath, openOptions);
  }
  // Backups: a copy now, every 30 minutes while changes happen, and at quit (see before-quit).
  backups = startBackupScheduler(core);

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
    // Printing: a job window left open (a print dialog) would otherwise keep the app from quitting.
    void printer?.close();
  });
}

/** Backups: the damaged-database question as a modal message box; resolves to the button pressed. */
const askInDialog: AskSecretary = async ({ message, detail, buttons }) => {
  const { response } = await dialog.showMessageBox({
    type: 'error',
    title: 'Thi Đua Desk',
    message,
    detail,
    buttons,
    defaultId: 0,
    cancelId: buttons.length - 1,
    noLink: true,
  });
  return response;
};

function currentMainFrame() {
  if (mainWindow === null || mainWindow.isDestroyed()) return null;
  return mainWindow.webContents.mainFrame;
}
