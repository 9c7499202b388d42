/**
 * Turns a report's HTML into a PDF (and, in the desktop app, sends it to a printer). The Electron main process
 * provides one over a hidden window's printToPDF; the CLI and the browser harness provide one over Chromium.
 * The core only depends on this shape, so report code runs and is tested without Electron.
 */
export interface DocumentPrinter {
  toPdf(html: string): Promise<Buffer>;
  /** Opens the system print dialog; only the desktop app can. */
  print?(html: string): Promise<boolean>;
}
