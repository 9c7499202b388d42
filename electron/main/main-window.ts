import { BrowserWindow, dialog, Menu, screen } from 'electron';
import type { Logger } from '@core/context';
import { applyZoom, contextMenuTemplate, zoomShortcut } from './context-menu';
import { mainWindowOptions } from './window-options';

export interface CreateMainWindowSettings {
  rendererUrl: string;
  preloadPath: string;
  isPackaged: boolean;
  log: Pick<Logger, 'error'>;
}

/**
 * Creates the secretary's window, hidden until its first paint is ready, and loads the app's page by the same
 * URL the IPC sender check expects (loadURL rather than loadFile, which would build its own file URL).
 */
export function createMainWindow({
  rendererUrl,
  preloadPath,
  isPackaged,
  log,
}: CreateMainWindowSettings): BrowserWindow {
  const workArea = screen.getPrimaryDisplay().workAreaSize;
  const window = new BrowserWindow(mainWindowOptions({ preloadPath, isPackaged, workArea }));
  window.once('ready-to-show', () => window.show());
  const contents = window.webContents;
  // Right-click menu and zoom (context-menu.ts): Ctrl+=/-/0, Ctrl+wheel (Electron only reports it) and the menu.
  contents.on('context-menu', (_event, params) => {
    const zoom = (step: Parameters<typeof applyZoom>[1]) => applyZoom(contents, step);
    Menu.buildFromTemplate(contextMenuTemplate(params, zoom)).popup({ window });
  });
  contents.on('before-input-event', (event, input) => {
    const step = zoomShortcut(input);
    if (step === null) return;
    event.preventDefault();
    applyZoom(contents, step);
  });
  contents.on('zoom-changed', (_event, direction) => applyZoom(contents, direction));
  window.webContents.on('will-prevent-unload', (event) => {
    // The entry grid refuses to unload while figures are unsaved; Electron then silently keeps the window open
    // unless we ask. Leaving is the secretary's choice, staying the default.
    if (confirmLeaveWithUnsaved(window)) event.preventDefault();
  });
  window.loadURL(rendererUrl).catch((error: unknown) => log.error(`Could not load ${rendererUrl}`, error));
  return window;
}

/** Brings the window forward when the secretary starts the app a second time. */
export function focusWindow(window: BrowserWindow | null): void {
  if (window === null || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

export const leaveDialogWords = {
  title: 'Thi Đua Desk',
  message: 'Còn số liệu chưa lưu.',
  detail: 'Nếu đóng bây giờ, các thay đổi chưa lưu sẽ mất.',
  leave: 'Đóng, bỏ thay đổi',
  stay: 'Ở lại để lưu',
};

/** True when the secretary chooses to leave and lose the unsaved changes. */
export function confirmLeaveWithUnsaved(window: BrowserWindow): boolean {
  const choice = dialog.showMessageBoxSync(window, {
    type: 'warning',
    title: leaveDialogWords.title,
    message: leaveDialogWords.message,
    detail: leaveDialogWords.detail,
    buttons: [leaveDialogWords.leave, leaveDialogWords.stay],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  });
  return choice === 0;
}
