/** Excel cell references, read just far enough to know how many cells a range covers. */

export const maxExcelColumn = 16_384; // XFD
export const maxExcelRow = 1_048_576;

/** "AB" → 28; 0 for anything that is not 1–3 letters. */
export function columnNumber(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return 0;
  let n = 0;
  for (const letter of letters.toUpperCase()) n = n * 26 + (letter.charCodeAt(0) - 64);
  return n;
}

const cellPattern = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/** "$B$7" → { column: 2, row: 7 }; null when it is not a single cell. */
export function parseCell(ref: string): { column: number; row: number } | null {
  const match = cellPattern.exec(ref.trim());
  if (!match) return null;
  return { column: columnNumber(match[1]!), row: Number(match[2]) };
}

/**
 * Cells a reference covers: "A1" → 1, "A1:C3" → 9. Whole rows or columns ("$9:$9", "A:A") cover all of their
 * cells; anything unreadable counts as one (the parser will refuse it on its own).
 */
export function rangeArea(ref: string): number {
  const [first, second, ...rest] = ref.trim().split(':');
  if (first === undefined || rest.length > 0) return 1;
  if (second === undefined) return 1;
  const a = parseCell(first);
  const b = parseCell(second);
  if (a && b) return (Math.abs(b.column - a.column) + 1) * (Math.abs(b.row - a.row) + 1);
  const columns = [first, second].map((part) => columnNumber(part.replace(/\$/g, '')));
  if (columns.every((c) => c > 0)) return (Math.abs(columns[1]! - columns[0]!) + 1) * maxExcelRow;
  const rows = [first, second].map((part) => Number(part.replace(/\$/g, '')));
  if (rows.every((r) => Number.isInteger(r) && r > 0)) return (Math.abs(rows[1]! - rows[0]!) + 1) * maxExcelColumn;
  return 1;
}
