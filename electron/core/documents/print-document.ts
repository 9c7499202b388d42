import { PDFDocument } from 'pdf-lib';
import { documentParts } from './document-html';
import type { DocumentPrinter } from './printer';

/**
 * A document's PDF: each part printed on its own (so each annex restarts its page numbers), then joined in order.
 * The parts print side by side: the printer's browser lays them out in parallel.
 */
export async function printDocumentPdf(printer: DocumentPrinter, html: string): Promise<Buffer> {
  const parts = documentParts(html);
  const pdfs = await Promise.all(parts.map((part) => printer.toPdf(part)));
  if (pdfs.length === 1) return pdfs[0]!;
  const joined = await PDFDocument.create();
  for (const [i, bytes] of pdfs.entries()) {
    const part = await PDFDocument.load(bytes, { updateMetadata: false });
    // The document's title (its <title>, which Chromium writes into the first part) stays on the joined file.
    if (i === 0) joined.setTitle(part.getTitle() ?? '');
    for (const page of await joined.copyPages(part, part.getPageIndices())) joined.addPage(page);
  }
  // Plain objects rather than object streams: quicker to write, and every reader counts the pages.
  return Buffer.from(await joined.save({ useObjectStreams: false }));
}
