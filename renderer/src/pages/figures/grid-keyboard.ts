import type { GridPosition } from './grid-layout';

/** The parts of a keyboard event the grid reacts to. */
export interface KeyInput {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
}

/** up/down/left/right move one cell; next/previous are Tab and Shift+Tab, which wrap to the next or previous row. */
export type Step = 'up' | 'down' | 'left' | 'right' | 'next' | 'previous' | 'pageUp' | 'pageDown';
export type Jump = 'rowStart' | 'rowEnd' | 'gridStart' | 'gridEnd';

export type GridCommand =
  | { type: 'move'; step: Step }
  | { type: 'jump'; to: Jump }
  /**
   * Start editing; `text` replaces the content (typing starts editing), null keeps it (Enter, F2). `orStep`: where
   * to go instead when the cell cannot be edited (Enter on a total or a locked cell moves down).
   */
  | { type: 'edit'; text: string | null; orStep?: Step }
  | { type: 'clear' }
  /** Ước ⇄ chính thức for the active cell. */
  | { type: 'toggleStatus' }
  | { type: 'history' }
  /** Ctrl+Z: the last unsaved change taken back; Ctrl+Y or Ctrl+Shift+Z: made again. */
  | { type: 'undo' }
  | { type: 'redo' }
  /** Commit the editor's text, then move (or stay when `step` is null). */
  | { type: 'commit'; step: Step | null }
  | { type: 'cancel' }
  | { type: 'none' };

const arrowSteps: Record<string, Step> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

/** A key that types a character: one code point, no Ctrl/Alt/Cmd (AltGr on some keyboards sends Ctrl+Alt). */
function isTypedCharacter(input: KeyInput): boolean {
  if (input.ctrlKey !== input.altKey || input.metaKey) return false;
  return [...input.key].length === 1;
}

/**
 * What a key does in the entry grid, as in a spreadsheet. Navigating: arrows move; Tab/Shift+Tab move right/left
 * (wrapping to the next/previous row); Enter or F2 edits (Enter on a cell that cannot be edited moves down); Shift+Enter
 * moves up; typing a character starts editing
 * with it; Ctrl+Z undoes the last unsaved change, Ctrl+Y or Ctrl+Shift+Z redoes it; Delete clears; Backspace starts editing empty; Home/End and Ctrl+Home/End jump; F4 switches ước/chính
 * thức; Alt+↓ opens the cell's history. Editing: Enter commits and moves down (Shift+Enter up), Tab/Shift+Tab commit
 * and move right/left, ↑/↓ commit and move, Escape cancels; other keys belong to the editor.
 * @example gridCommand({ key: 'Enter', … }, true) → { type: 'commit', step: 'down' }
 */
export function gridCommand(input: KeyInput, editing: boolean): GridCommand {
  const { key, shiftKey, ctrlKey, metaKey, altKey } = input;
  if (editing) {
    switch (key) {
      case 'Enter':
        return { type: 'commit', step: shiftKey ? 'up' : 'down' };
      case 'Tab':
        return { type: 'commit', step: shiftKey ? 'previous' : 'next' };
      case 'Escape':
        return { type: 'cancel' };
      case 'ArrowUp':
      case 'ArrowDown':
        return altKey || ctrlKey || metaKey ? { type: 'none' } : { type: 'commit', step: arrowSteps[key]! };
      default:
        return { type: 'none' };
    }
  }
  if (altKey && key === 'ArrowDown') return { type: 'history' };
  if ((ctrlKey || metaKey) && !altKey) {
    const letter = key.toLowerCase();
    if (letter === 'z') return { type: shiftKey ? 'redo' : 'undo' };
    if (letter === 'y') return { type: 'redo' };
  }
  const arrow = arrowSteps[key];
  if (arrow && !altKey && !metaKey) return { type: 'move', step: arrow };
  switch (key) {
    case 'Tab':
      return { type: 'move', step: shiftKey ? 'previous' : 'next' };
    case 'Enter':
      return shiftKey ? { type: 'move', step: 'up' } : { type: 'edit', text: null, orStep: 'down' };
    case 'F2':
      return { type: 'edit', text: null };
    case 'F4':
      return { type: 'toggleStatus' };
    case 'Delete':
      return { type: 'clear' };
    case 'Backspace':
      return { type: 'edit', text: '' };
    case 'Home':
      return { type: 'jump', to: ctrlKey || metaKey ? 'gridStart' : 'rowStart' };
    case 'End':
      return { type: 'jump', to: ctrlKey || metaKey ? 'gridEnd' : 'rowEnd' };
    case 'PageUp':
      return { type: 'move', step: 'pageUp' };
    case 'PageDown':
      return { type: 'move', step: 'pageDown' };
    default:
      return isTypedCharacter(input) ? { type: 'edit', text: key } : { type: 'none' };
  }
}

export interface GridSize {
  rows: number;
  cols: number;
}

const pageRows = 10;
const clamp = (n: number, max: number) => Math.max(0, Math.min(max, n));

/**
 * The position after a step. Arrows stop at the edges; Tab past the last cell of a row goes to the first cell of the
 * next row, and returns null past the very last cell (and Shift+Tab before the first), so focus can leave the grid.
 * @example stepFrom({ row: 0, col: 2 }, 'next', { rows: 2, cols: 3 }) → { row: 1, col: 0 }
 */
export function stepFrom(position: GridPosition, step: Step, size: GridSize): GridPosition | null {
  const lastRow = size.rows - 1;
  const lastCol = size.cols - 1;
  const { row, col } = position;
  switch (step) {
    case 'up':
      return { row: clamp(row - 1, lastRow), col };
    case 'down':
      return { row: clamp(row + 1, lastRow), col };
    case 'left':
      return { row, col: clamp(col - 1, lastCol) };
    case 'right':
      return { row, col: clamp(col + 1, lastCol) };
    case 'pageUp':
      return { row: clamp(row - pageRows, lastRow), col };
    case 'pageDown':
      return { row: clamp(row + pageRows, lastRow), col };
    case 'next':
      if (col < lastCol) return { row, col: col + 1 };
      return row < lastRow ? { row: row + 1, col: 0 } : null;
    case 'previous':
      if (col > 0) return { row, col: col - 1 };
      return row > 0 ? { row: row - 1, col: lastCol } : null;
  }
}

export function jumpFrom(position: GridPosition, to: Jump, size: GridSize): GridPosition {
  switch (to) {
    case 'rowStart':
      return { row: position.row, col: 0 };
    case 'rowEnd':
      return { row: position.row, col: size.cols - 1 };
    case 'gridStart':
      return { row: 0, col: 0 };
    case 'gridEnd':
      return { row: size.rows - 1, col: size.cols - 1 };
  }
}
