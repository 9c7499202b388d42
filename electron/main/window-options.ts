import type { BrowserWindowConstructorOptions } from 'electron';

export interface MainWindowSettings {
  /** Absolute path of the built preload script (`out/preload/index.js`). */
  preloadPath: string;
  /** `app.isPackaged`: the installed app has no developer tools at all. */
  isPackaged: boolean;
  /** The primary display's work area in logical pixels (screen minus taskbar), `screen.getPrimaryDisplay()`. */
  workArea: { width: number; height: number };
}

/** The size the window opens at when the screen has room for it. */
export const preferredWindowSize = { width: 1280, height: 800 };

/**
 * The smallest size at which the tables of targets stay readable. It must fit the work area of the screens in
 * the council offices: 1366×768 at 100 % (1366×728 without the taskbar) and 1920×1080 at 150 % (1280×720 logical,
 * 1280×672 without Windows 11's taskbar). A minimum taller than the work area pushes the bottom of the window,
 * with its buttons, under the taskbar.
 */
export const minimumWindowSize = { width: 1024, height: 640 };

/** The renderer's layout background (renderer/src/app/theme.ts), so the window never flashes white while React starts. */
export const windowBackgroundColor = '#f4f6f9';

/**
 * The main window's options. Every web preference that matters for security is spelled out even where
 * Electron's default is already safe, so a future default change or a careless edit shows up in review and in
 * tests/unit/electron-window.test.ts.
 */
export function mainWindowOptions({
  preloadPath,
  isPackaged,
  workArea,
}: MainWindowSettings): BrowserWindowConstructorOptions {
  // Never larger than the work area, even on a smaller screen than the ones above.
  const fit = (size: { width: number; height: number }) => ({
    width: Math.min(size.width, workArea.width),
    height: Math.min(size.height, workArea.height),
  });
  const opening = fit(preferredWindowSize);
  const minimum = fit(minimumWindowSize);
  return {
    title: 'Thi Đua Desk',
    width: opening.width,
    height: opening.height,
    minWidth: minimum.width,
    minHeight: minimum.height,
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
