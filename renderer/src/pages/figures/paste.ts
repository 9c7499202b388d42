import type { CellRef, EditContext, GridEdits } from './grid-model';
import { typeIntoCell } from './grid-model';
import { cellAt, type GridLayout, type GridPosition } from './grid-layout';

/**
 * Splits text copied from Excel (or LibreOffice, or a Word table) into rows of cells: rows end with `\r\n`, `\n` or
 * `\r`, cells are separated by tabs, and a cell Excel had to quote (because it held a line break, a tab or a quote)
 * is unquoted with `""` read as `"`. The line break Excel adds after the last row does not make an extra row.
 * @example parseClipboardBlock('1.234,5\t\r\n7\t8\r\n') → [['1.234,5', ''], ['7', '8']]
 */
export function parseClipboardBlock(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const char = text[i]!;
    if (char === '"' && cell === '') {
      const closing = findClosingQuote(text, i + 1);
      if (closing !== null) {
        cell = text.slice(i + 1, closing).replace(/""/g, '"');
        i = closing + 1;
        continue;
      }
    }
    if (char === '\t') {
      endCell();
      i += 1;
    } else if (char === '\r' || char === '\n') {
      endRow();
      i += char === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      cell += char;
      i += 1;
    }
  }
  if (cell !== '' || row.length > 0) endRow();
  return rows;
}

/** The quote that closes a quoted cell: followed by a tab, a line break or the end. Null: not a quoted cell. */
function findClosingQuote(text: string, from: number): number | null {
  let i = from;
  while (i < text.length) {
    if (text[i] === '"') {
      if (text[i + 1] === '"') {
        i += 2;
        continue;
      }
      const next = text[i + 1];
      return next === undefined || next === '\t' || next === '\r' || next === '\n' ? i : null;
    }
    i += 1;
  }
  return null;
}

export interface PasteTarget {
  position: GridPosition;
  ref: CellRef;
  text: string;
}

export interface PastePlan {
  targets: PasteTarget[];
  /** Rows and columns of the block that fell outside the grid and were dropped. */
  clippedRows: number;
  clippedCols: number;
}

/**
 * Where each cell of a pasted block goes: from the active cell rightwards and downwards, as Excel does. Whatever
 * would fall past the last row or column is dropped, never written elsewhere.
 * @example planPaste([['1','2'],['3','4']], { row: 5, col: 9 }, layout) → 4 targets when the grid is large enough
 */
export function planPaste(block: readonly (readonly string[])[], anchor: GridPosition, layout: GridLayout): PastePlan {
  const rows = layout.rows.length;
  const cols = layout.columns.length;
  const width = Math.max(0, ...block.map((line) => line.length));
  const targets: PasteTarget[] = [];
  block.forEach((line, dr) => {
    line.forEach((text, dc) => {
      const position = { row: anchor.row + dr, col: anchor.col + dc };
      if (position.row >= rows || position.col >= cols) return;
      const ref = cellAt(layout, position);
      if (ref) targets.push({ position, ref, text });
    });
  });
  return {
    targets,
    clippedRows: Math.max(0, anchor.row + block.length - rows),
    clippedCols: Math.max(0, anchor.col + width - cols),
  };
}

export interface PasteOutcome {
  edits: GridEdits;
  /** Cells that received a value (valid or not: text in a number cell is kept and shown as an error). */
  written: number;
  /** Locked, computed (whole-area totals) or not-applicable cells that were left untouched. */
  skipped: number;
  clippedRows: number;
  clippedCols: number;
}

/**
 * Pastes a block of text into the grid. Each cell is read like typed text for its indicator (Vietnamese numbers,
 * "tử số / mẫu số", Đạt/Chưa đạt); a blank cell in the block clears the grid cell, as in Excel. Cells that cannot
 * be edited are skipped and counted.
 */
export function pasteIntoGrid(
  text: string,
  anchor: GridPosition,
  layout: GridLayout,
  edits: GridEdits,
  context: EditContext,
): PasteOutcome {
  const plan = planPaste(parseClipboardBlock(text), anchor, layout);
  let next = edits;
  let written = 0;
  let skipped = 0;
  for (const target of plan.targets) {
    const result = typeIntoCell(next, target.ref, target.text, context);
    next = result.edits;
    if (result.accepted) written += 1;
    else skipped += 1;
  }
  return { edits: next, written, skipped, clippedRows: plan.clippedRows, clippedCols: plan.clippedCols };
}

/** A single cell of text (no tab, no line break) is typed into the editor; anything larger is a block paste. */
export function isBlockPaste(text: string): boolean {
  return /[\t\r\n]/.test(text.replace(/(\r\n|\n|\r)$/, ''));
}
