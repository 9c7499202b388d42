import { BrowserWindow, session, type BrowserWindowConstructorOptions, type WebContents } from 'electron';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AppError } from '@shared/errors';
import { reportFileWords } from '@shared/i18n/vi-report-files';
import type { Logger } from '@core/context';
import type { DocumentPrinter } from '@core/documents/printer';
import { isAppRendererUrl } from './app-url';
import { guardSession } from './security';

/**
 * Printing in the desktop app: each job loads the report's HTML into its own hidden window and either saves it as a
 * PDF (`printToPDF`, "Lưu PDF") or opens the system print dialog (`print`, "In"), then closes the window.
 *
 * How the HTML gets into the window: it is written to a private temporary file (a folder made by mkdtemp, the file
 * readable by the user only) and loaded with `loadURL(file://…)`, then deleted. Not a data: URL, because Chromium
 * caps URLs at 2 MB and a province-wide report with its per-unit annex is larger than that.
 * Why this stays safe with the guards of security.ts:
 * - the window has no preload (so no `window.api`), JavaScript disabled, a sandbox, no devtools;
 * - `loadURL` is our own navigation, which `will-navigate`/`will-frame-navigate` do not see, so the guards that
 *   guardAllWebContents attaches to every web contents (including this one) stay as they are and still cancel
 *   any navigation the page itself might attempt; the report has no frames;
 * - the report carries its own CSP (`default-src 'none'`), and the window's session (an in-memory partition of its
 *   own) cancels every request except the job's file, denies every permission and adds the app's CSP header;
 * - the IPC sender check answers the main window's top frame only, so even a compromised print page gets nothing.
 */

/** An in-memory partition (no "persist:"), used by nothing else: its request filter cannot affect the app. */
export const printPartition = 'report-printer';

/** The hidden window's options: every security preference spelled out, as for the main window. */
export function printWindowOptions(): BrowserWindowConstructorOptions {
  return {
    show: false,
    // A4 at 96 dpi: layout before printing sees a page-sized viewport.
    width: 794,
    height: 1123,
    webPreferences: {
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
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: false,
    },
  };
}

/** What Chromium reports when the secretary closes the print dialog without printing. */
const cancelled = /cancel/i;

export interface ElectronPrinterOptions {
  log: Pick<Logger, 'error'>;
  /** Where the private job folder is made; the OS temp folder by default. */
  tempRoot?: string;
}

export type ElectronPrinter = DocumentPrinter & {
  print(html: string): Promise<boolean>;
  /** Closes any job window still open and removes the job folder (on quit); never rejects. */
  close(): Promise<void>;
};

export function createElectronPrinter({ log, tempRoot = tmpdir() }: ElectronPrinterOptions): ElectronPrinter {
  let folder: Promise<string> | undefined;
  let sessionGuarded = false;
  /** file: URLs of the jobs in progress: the only requests the print session lets through. */
  const jobUrls = new Set<string>();
  const windows = new Set<BrowserWindow>();

  function guardPrintSession(): void {
    if (sessionGuarded) return;
    const printSession = session.fromPartition(printPartition);
    guardSession(printSession);
    printSession.webRequest.onBeforeRequest((details, callback) => {
      // Compared as decoded, lower-cased paths: Chromium and Node may percent-encode "Đ" in a user folder differently.
      const allowed = [...jobUrls].some((url) => isAppRendererUrl(details.url, url));
      if (!allowed) log.error('Refused a request from a report being printed', { url: details.url.slice(0, 200) });
      callback({ cancel: !allowed });
    });
    sessionGuarded = true;
  }

  async function withReportWindow<T>(html: string, job: (contents: WebContents) => Promise<T>): Promise<T> {
    // A failed mkdtemp (a full disk) is not remembered: the next job tries again.
    folder ??= mkdtemp(join(tempRoot, 'thi-dua-desk-in-')).catch((error: unknown) => {
      folder = undefined;
      throw error;
    });
    const file = join(await folder, `${randomUUID()}.html`);
    await writeFile(file, html, { encoding: 'utf8', mode: 0o600 });
    const url = pathToFileURL(file).href;
    jobUrls.add(url);
    let window: BrowserWindow | null = null;
    try {
      guardPrintSession();
      window = new BrowserWindow(printWindowOptions());
      windows.add(window);
      await window.loadURL(url);
      return await job(window.webContents);
    } finally {
      jobUrls.delete(url);
      if (window) {
        windows.delete(window);
        if (!window.isDestroyed()) window.destroy();
      }
      await rm(file, { force: true });
    }
  }

  return {
    toPdf: (html) =>
      withReportWindow(html, (contents) => contents.printToPDF({ preferCSSPageSize: true, printBackground: true })),
    print: (html) =>
      withReportWindow(
        html,
        (contents) =>
          new Promise<boolean>((resolve, reject) => {
            contents.print({ silent: false, printBackground: true }, (success, failureReason) => {
              if (success) resolve(true);
              else if (cancelled.test(failureReason)) resolve(false);
              else {
                log.error('Printing failed', failureReason);
                reject(new AppError('INTERNAL', reportFileWords.printer.failed(failureReason)));
              }
            });
          }),
      ),
    async close() {
      for (const window of windows) if (!window.isDestroyed()) window.destroy();
      windows.clear();
      const made = folder;
      folder = undefined;
      // Never rejects: it runs as the app quits, where a leftover temp folder is not worth an error.
      if (made) {
        await made
          .then((path) => rm(path, { recursive: true, force: true }))
          .catch((error: unknown) => log.error('Could not remove the print folder', error));
      }
    },
  };
}
