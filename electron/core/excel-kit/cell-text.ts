import type ExcelJS from 'exceljs';

/** Excel's "Text" number format. */
export const textFormat = '@';

/**
 * First characters that make Excel (or a CSV saved from the sheet and reopened) read an entry as a formula:
 * `=`, `+`, `-`, `@`, and tab or carriage return in front of them.
 */
const formulaTriggers = /^[=+\-@\t\r]/;

/** @example looksLikeFormula('=HYPERLINK("http://x","y")') === true */
export function looksLikeFormula(text: string): boolean {
  return formulaTriggers.test(text);
}

/**
 * Writes text we do not control (unit and indicator names, notes, plan wording) so that Excel never evaluates it.
 * How: the value is always a string cell (exceljs writes it as a shared string; only a `{ formula }` value produces
 * a formula element), and the cell gets the Text number format "@" — the stored form of Excel's own leading-
 * apostrophe protection, so opening the file shows `=HYPERLINK(…)` literally and editing the cell (F2, Enter) keeps
 * it as text instead of turning it into a live formula. The text itself is not altered, so a unit named with a
 * leading "-" prints as written and a note round-trips unchanged through the importer.
 */
export function setTextCell(cell: ExcelJS.Cell, text: string): void {
  cell.value = text;
  cell.numFmt = textFormat;
}
