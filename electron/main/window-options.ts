import type { BrowserWindowConstructorOptions } from 'electron';

export interface MainWindowSettings {
  /** Absolute path of the built preload script (`out/preload/index.js`). */
  preloadPath: string;
  /** `app.isPackaged`: the installed app has no developer tools at all. */
  isPackaged: boolean;
}

/** The renderer's layout background (renderer/src/app/theme.ts), so the window never flashes white while React starts. */
export const windowBackgroundColor = '#f4f6f9';

/**
 * The main window's options. Every web preference that matters for security is spelled out even where
 * Electron's default is already safe, so a future default change or a careless edit shows up in review and in
 * tests/unit/electron-window.test.ts.
 */
export function mainWindowOptions({ preloadPath, isPackaged }: MainWindowSettings): BrowserWindowConstructorOptions {
  return {
    title: 'Thi Đua Desk',
    width: 1280,
    height: 800,
    // Smallest size at which the tables of targets stay readable on an office laptop (1366×768 minus the taskbar).
    minWidth: 1024,
    minHeight: 680,
    // Shown on 'ready-to-show' to avoid a blank frame while the bundle loads.
    show: false,
    backgroundColor: windowBackgroundColor,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      // Chromium's spellchecker would download Vietnamese dictionaries from Google; the app must work offline.
      spellcheck: false,
      devTools: !isPackaged,
    },
  };
}
