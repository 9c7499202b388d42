import { useCallback, useMemo, useRef, useState } from 'react';
import type { FigureGrid } from '@shared/contract/figures';
import type { FigureStatus } from '@shared/domain/figure';
import { buildLayout, cellAt, positionOf, type GridPosition, type Orientation } from './grid-layout';
import type { GridCommand, Step } from './grid-keyboard';
import { editContextOf, withoutSaved, type CellRef, type GridEdits } from './grid-model';
import { deriveGrid } from './grid-view';
import {
  applyCommand,
  commitText,
  discardAll,
  initialEntryState,
  pasteBlock,
  setCellStatus,
  setColumnStatus,
  type EntryEffect,
  type EntryEnv,
  type EntryState,
} from './entry-state';
import type { PasteOutcome } from './paste';
import { emptyHistory } from './edit-history';
import { viFigures } from '@renderer/i18n/vi-figures';

/**
 * The entry grid's state for one loaded quarter: the layout for the chosen orientation, the edits, the active cell
 * and the editor, and the derived totals and problems. Every change goes through the pure functions of
 * `entry-state.ts`; this hook only holds the result.
 */
export function useEntry(grid: FigureGrid, orientation: Orientation, defaultStatus: FigureStatus) {
  const layout = useMemo(
    () => buildLayout(grid.indicators, grid.units, orientation, viFigures.grid.wholeArea),
    [grid.indicators, grid.units, orientation],
  );
  const context = useMemo(() => editContextOf(grid, defaultStatus), [grid, defaultStatus]);
  const env: EntryEnv = useMemo(() => ({ layout, context }), [layout, context]);
  const [state, setState] = useState<EntryState>(initialEntryState);
  // Handlers read the latest state from here: a mousedown and the blur it causes both run before React re-renders.
  const latest = useRef(state);
  const derived = useMemo(() => deriveGrid(grid, state.edits, context), [grid, state.edits, context]);

  const update = useCallback((next: EntryState) => {
    latest.current = next;
    setState(next);
  }, []);
  const current = () => latest.current;

  return {
    env,
    state,
    derived,
    command: (cmd: GridCommand): EntryEffect => {
      const outcome = applyCommand(current(), cmd, env);
      update(outcome.state);
      return outcome.effect;
    },
    commit: (text: string, step: Step | null): EntryEffect => {
      const outcome = commitText(current(), text, step, env);
      update(outcome.state);
      return outcome.effect;
    },
    cancel: () => update({ ...current(), editing: null }),
    activate: (position: GridPosition) => update({ ...current(), active: position }),
    paste: (text: string): PasteOutcome => {
      const result = pasteBlock(current(), text, env);
      update(result.state);
      return result.outcome;
    },
    columnStatus: (col: number, status: FigureStatus) => update(setColumnStatus(current(), col, status, env)),
    cellStatus: (ref: CellRef, status: FigureStatus) => update(setCellStatus(current(), ref, status, env)),
    goTo: (ref: CellRef) => {
      const position = positionOf(layout, ref);
      if (position) update({ ...current(), active: position, editing: null });
    },
    /** Turns the grid; call with the orientation about to be shown, so the same cell stays active. */
    reorient: (next: Orientation) => {
      const ref = cellAt(layout, current().active);
      const turned = buildLayout(grid.indicators, grid.units, next, viFigures.grid.wholeArea);
      const position = ref ? positionOf(turned, ref) : null;
      update({ ...current(), active: position ?? { row: 0, col: 0 }, editing: null });
    },
    discard: () => update(discardAll(current(), env)),
    canUndo: state.history.past.length > 0,
    canRedo: state.history.future.length > 0,
    /** The state as of the last event, for a save that follows a blur in the same event. */
    snapshot: current,
    /** After a save: the refetched grid holds the saved values; cells edited again meanwhile stay changed. */
    /** Steps before a save would bring back edits relative to figures no longer saved: the history starts again. */
    dropSaved: (sent: GridEdits) =>
      update({ ...current(), edits: withoutSaved(current().edits, sent), history: emptyHistory }),
  };
}
