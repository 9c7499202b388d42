import { AppError } from '@shared/errors';
import { planMessages } from '@shared/i18n/vi-errors';
import { wordDocumentText } from '@shared/plan-text/word-document';
import type { Logger } from '../context';
import { guardOfficeFile } from '../import-guard/office-guard';
import { readIsolated } from '../isolation/isolated-read';
import { readWordPlan } from './word-plan';

/** Plain UTF-8 (or UTF-16 with a BOM) text; refuses files with binary content rather than importing garbage. */
function decodeText(fileName: string, bytes: Buffer): string {
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = bytes.subarray(2).toString('utf16le');
  else if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) text = bytes.subarray(3).toString('utf8');
  else text = bytes.toString('utf8');
  // NUL or other C0 controls (except tab, newlines, form feed) mean this is not a text file.
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  const controls = text.match(/[\u0000-\u0008\u000b\u000e-\u001f\ufffd]/g)?.length ?? 0;
  if (controls > Math.max(2, text.length * 0.001)) throw new AppError('FILE_INVALID', planMessages.notText(fileName));
  return text;
}

/**
 * The text of a plan file the secretary opened: `.txt` as it is, `.docx` read from the document's own structure so its
 * tables arrive as tables (one tab-separated line per row). A .docx is read in the isolated reader (guard, then the
 * Word reader), so a document that would exhaust memory is refused instead of freezing the app.
 */
export async function extractPlanText(fileName: string, bytes: Buffer, log: Pick<Logger, 'error'>): Promise<string> {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.txt')) return decodeText(fileName, bytes);
  if (lower.endsWith('.docx')) return readIsolated(log, 'read-plan-docx', { fileName, bytes }, fileName);
  throw new AppError('FILE_INVALID', planMessages.wrongExtension(fileName));
}

/**
 * In the isolated reader: sizes, names and XML checked, the archive rebuilt from its checked parts, then the Word
 * reader (paragraphs and tables from word/document.xml).
 */
export async function readDocxText(fileName: string, bytes: Buffer): Promise<string> {
  const guarded = guardOfficeFile(fileName, bytes, 'docx');
  try {
    return wordDocumentText(await readWordPlan(guarded.bytes));
  } catch (error) {
    throw new AppError('FILE_INVALID', planMessages.notDocx(fileName), { cause: error });
  }
}
