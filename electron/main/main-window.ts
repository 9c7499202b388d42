import { BrowserWindow } from 'electron';
import type { Logger } from '../core/context';
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
  const window = new BrowserWindow(mainWindowOptions({ preloadPath, isPackaged }));
  window.once('ready-to-show', () => window.show());
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
