import type { CellRef, GridEdits } from './grid-model';
import { sameDraft } from './grid-model';

/** One undoable step: the edits as they were, and the cell the step was made in (undo goes back to it). */
export interface HistoryStep {
  edits: GridEdits;
  at: CellRef | null;
}

/** Unsaved edits' history, newest last: Ctrl+Z walks `past` back, Ctrl+Y (or Ctrl+Shift+Z) walks `future`. */
export interface EditHistory {
  past: readonly HistoryStep[];
  future: readonly HistoryStep[];
}

export const emptyHistory: EditHistory = { past: [], future: [] };

/** Enough for a morning's typing; the oldest steps fall off first. */
const maxSteps = 500;

/** Same drafts in the same cells (typing a cell's current value again is no step). */
export function sameEdits(a: GridEdits, b: GridEdits): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const [key, draft] of a) {
    const other = b.get(key);
    if (!other || !sameDraft(draft, other)) return false;
  }
  return true;
}

/**
 * Records a change of the edits as one step (a typed cell, a paste, a column set to chính thức, a discard);
 * a new step clears what could be redone.
 * @example recordStep(emptyHistory, before, after, cell).past.length === 1
 */
export function recordStep(history: EditHistory, before: GridEdits, after: GridEdits, at: CellRef | null): EditHistory {
  if (sameEdits(before, after)) return history;
  return { past: [...history.past, { edits: before, at }].slice(-maxSteps), future: [] };
}

/** The edits one step back, with the cell it touched; null when there is nothing to undo. */
export function undoStep(
  history: EditHistory,
  current: GridEdits,
  at: CellRef | null,
): { history: EditHistory; step: HistoryStep } | null {
  const step = history.past[history.past.length - 1];
  if (!step) return null;
  return {
    history: { past: history.past.slice(0, -1), future: [...history.future, { edits: current, at: step.at ?? at }] },
    step,
  };
}

/** The edits one step forward again; null when nothing was undone since the last change. */
export function redoStep(
  history: EditHistory,
  current: GridEdits,
  at: CellRef | null,
): { history: EditHistory; step: HistoryStep } | null {
  const step = history.future[history.future.length - 1];
  if (!step) return null;
  return {
    history: { past: [...history.past, { edits: current, at: step.at ?? at }], future: history.future.slice(0, -1) },
    step,
  };
}
