import type { FigureStatus } from '@shared/domain/figure';
import { formatNumber } from '@renderer/format/number-format';
import { cellInputKind, joinRateText, parseAchievedText } from './cell-parse';
import { emptyHistory, recordStep, redoStep, undoStep, type EditHistory } from './edit-history';
import { cellAt, columnCells, positionOf, type GridLayout, type GridPosition } from './grid-layout';
import { jumpFrom, stepFrom, type GridCommand, type Step } from './grid-keyboard';
import {
  cellAccess,
  currentDraft,
  draftText,
  isEmptyDraft,
  setCellDraft,
  typeIntoCell,
  withStatus,
  type CellAccess,
  type CellRef,
  type EditContext,
  type GridEdits,
} from './grid-model';
import { pasteIntoGrid, type PasteOutcome } from './paste';

/** Where the secretary is and what she has changed: the whole interactive state of the entry grid. */
export interface EntryState {
  edits: GridEdits;
  active: GridPosition;
  /**
   * The editor is open, starting from this text, on the cell it was opened on (`at`): a click on another cell moves
   * the active cell first, and the editor then commits into its own cell as it loses focus.
   */
  editing: { text: string; at: GridPosition } | null;
  /** Unsaved edits' undo and redo steps (Ctrl+Z, Ctrl+Y). */
  history: EditHistory;
}

export interface EntryEnv {
  layout: GridLayout;
  context: EditContext;
}

/** What the page does after a command besides re-rendering. */
export type EntryEffect =
  | 'none'
  /** Tab past the last cell (or Shift+Tab before the first): let the browser move focus out of the grid. */
  | 'leave'
  /** The command targeted a cell that cannot be edited. */
  | 'readOnly'
  | 'history';

export interface EntryOutcome {
  state: EntryState;
  effect: EntryEffect;
}

export const initialEntryState: EntryState = {
  edits: new Map(),
  active: { row: 0, col: 0 },
  editing: null,
  history: emptyHistory,
};

/** `after` with its change of the edits recorded as one undo step, made in the cell being edited or the active one. */
function recorded(before: EntryState, after: EntryState, env: EntryEnv): EntryState {
  const at = cellAt(env.layout, before.editing?.at ?? before.active);
  const history = recordStep(before.history, before.edits, after.edits, at);
  return history === before.history ? after : { ...after, history };
}

/** Ctrl+Z / Ctrl+Y: the edits one step back or forward, the cell it touched made active again. */
function travel(state: EntryState, direction: 'undo' | 'redo', env: EntryEnv): EntryState {
  const at = cellAt(env.layout, state.active);
  const moved = (direction === 'undo' ? undoStep : redoStep)(state.history, state.edits, at);
  if (!moved) return state;
  const position = moved.step.at ? positionOf(env.layout, moved.step.at) : null;
  return {
    ...state,
    edits: moved.step.edits,
    history: moved.history,
    active: position ?? state.active,
    editing: null,
  };
}

function size(layout: GridLayout) {
  return { rows: layout.rows.length, cols: layout.columns.length };
}

export function activeRef(state: EntryState, layout: GridLayout): CellRef | null {
  return cellAt(layout, state.active);
}

export function accessAt(env: EntryEnv, ref: CellRef | null): CellAccess | null {
  if (!ref) return null;
  const indicator = env.context.indicators.get(ref.indicatorId);
  return indicator ? cellAccess(ref, indicator, env.context.locks) : null;
}

function moved(state: EntryState, step: Step | null, env: EntryEnv): EntryOutcome {
  if (step === null) return { state, effect: 'none' };
  const next = stepFrom(state.active, step, size(env.layout));
  if (next === null) return { state, effect: 'leave' };
  return { state: { ...state, active: next }, effect: 'none' };
}

const achievedCycle: Array<boolean | null> = [null, true, false];

/**
 * Applies a keyboard command (see `gridCommand`) to the grid. Typing into a Đạt/Chưa đạt cell sets it at once when
 * the key means one of them ("đ", "x", "1" / "c", "k", "0"; Space cycles); other keys open its list.
 */
export function applyCommand(state: EntryState, command: GridCommand, env: EntryEnv): EntryOutcome {
  if (command.type === 'undo' || command.type === 'redo') {
    return { state: travel(state, command.type, env), effect: 'none' };
  }
  const outcome = applyEdit(state, command, env);
  return { ...outcome, state: recorded(state, outcome.state, env) };
}

function applyEdit(state: EntryState, command: GridCommand, env: EntryEnv): EntryOutcome {
  const ref = activeRef(state, env.layout);
  const access = accessAt(env, ref);
  const none = { state, effect: 'none' } as const;
  switch (command.type) {
    case 'move':
      return moved(state, command.step, env);
    case 'jump':
      return { state: { ...state, active: jumpFrom(state.active, command.to, size(env.layout)) }, effect: 'none' };
    case 'history':
      return ref ? { state, effect: 'history' } : none;
    case 'none':
    case 'undo':
    case 'redo':
      return none;
    case 'cancel':
      return { state: { ...state, editing: null }, effect: 'none' };
    case 'commit':
      return state.editing ? commitRaw(state, state.editing.text, command.step, env) : moved(state, command.step, env);
    case 'edit': {
      if (ref && access !== 'editable' && command.orStep) return moved(state, command.orStep, env);
      if (!ref || access !== 'editable') return { state, effect: ref ? 'readOnly' : 'none' };
      const indicator = env.context.indicators.get(ref.indicatorId)!;
      if (cellInputKind(indicator.kind) === 'achieved' && command.text !== null && command.text !== '') {
        const draft = currentDraft(ref, state.edits, env.context.saved, env.context.defaultStatus);
        if (command.text === ' ') {
          const now = draft.kind === 'entry' ? draft.measure.achieved : null;
          const next = achievedCycle[(achievedCycle.indexOf(now) + 1) % achievedCycle.length]!;
          return commitRaw(state, next === null ? '' : next ? 'đạt' : 'chưa đạt', null, env);
        }
        if (parseAchievedText(command.text).ok) return commitRaw(state, command.text, null, env);
      }
      const draft = currentDraft(ref, state.edits, env.context.saved, env.context.defaultStatus);
      let text = command.text ?? draftText(indicator, draft);
      // Typing into a two-number cell replaces the numerator and keeps the denominator, which rarely changes
      // between quarters (all households, all children weighed).
      const inputKind = cellInputKind(indicator.kind);
      if (
        (inputKind === 'ratio' || inputKind === 'rate') &&
        command.text !== null &&
        !['', '/'].includes(command.text)
      ) {
        const measure = draft.kind === 'entry' ? draft.measure : null;
        const kept = measure === null ? null : measure.denominator;
        const denominator = kept === null ? '' : formatNumber(kept);
        // A rate typed as a percentage stays one; a rate kept as numerator and denominator keeps that form.
        const asRate = inputKind === 'rate' && (measure === null || measure.numerator === null);
        text = asRate
          ? joinRateText({ rate: command.text, numerator: '', denominator })
          : `${command.text} / ${denominator}`;
      }
      return { state: { ...state, editing: { text, at: state.active } }, effect: 'none' };
    }
    case 'clear':
      if (!ref || access !== 'editable') return { state, effect: ref ? 'readOnly' : 'none' };
      return commitRaw(state, '', null, env);
    case 'toggleStatus': {
      if (!ref || access !== 'editable') return { state, effect: ref ? 'readOnly' : 'none' };
      const draft = currentDraft(ref, state.edits, env.context.saved, env.context.defaultStatus);
      if (isEmptyDraft(draft)) return none;
      const status: FigureStatus = draft.status === 'uoc' ? 'chinh_thuc' : 'uoc';
      return {
        state: { ...state, edits: setCellDraft(state.edits, ref, { ...draft, status }, env.context) },
        effect: 'none',
      };
    }
  }
}

/** Writes text into the cell being edited (or the active cell), closes the editor and moves from that cell. */
export function commitText(state: EntryState, text: string, step: Step | null, env: EntryEnv): EntryOutcome {
  const outcome = commitRaw(state, text, step, env);
  return { ...outcome, state: recorded(state, outcome.state, env) };
}

function commitRaw(state: EntryState, text: string, step: Step | null, env: EntryEnv): EntryOutcome {
  const at = state.editing?.at ?? state.active;
  const ref = cellAt(env.layout, at);
  if (!ref) return { state: { ...state, editing: null }, effect: 'none' };
  const result = typeIntoCell(state.edits, ref, text, env.context);
  const next = { ...state, edits: result.edits, editing: null };
  if (!result.accepted) return { state: next, effect: 'readOnly' };
  if (step === null) return { state: next, effect: 'none' };
  // Tab on the last cell commits and stays rather than leaving the grid with the editor's value in mid-air.
  const position = stepFrom(at, step, size(env.layout));
  return { state: { ...next, active: position ?? at }, effect: 'none' };
}

/** Pastes a block at the active cell (closing any editor first). */
export function pasteBlock(
  state: EntryState,
  text: string,
  env: EntryEnv,
): { state: EntryState; outcome: PasteOutcome } {
  const outcome = pasteIntoGrid(text, state.active, env.layout, state.edits, env.context);
  return { state: recorded(state, { ...state, edits: outcome.edits, editing: null }, env), outcome };
}

/** "Chuyển cả cột sang chính thức/ước". */
export function setColumnStatus(state: EntryState, col: number, status: FigureStatus, env: EntryEnv): EntryState {
  const edits = withStatus(state.edits, columnCells(env.layout, col), status, env.context);
  return recorded(state, { ...state, edits }, env);
}

/** Sets ước/chính thức of one cell (from the active-cell bar). */
export function setCellStatus(state: EntryState, ref: CellRef, status: FigureStatus, env: EntryEnv): EntryState {
  const draft = currentDraft(ref, state.edits, env.context.saved, env.context.defaultStatus);
  if (isEmptyDraft(draft) || draft.status === status) return state;
  return recorded(state, { ...state, edits: setCellDraft(state.edits, ref, { ...draft, status }, env.context) }, env);
}

/** "Hủy thay đổi" (after its confirmation): every unsaved edit dropped, as one step Ctrl+Z can still take back. */
export function discardAll(state: EntryState, env: EntryEnv): EntryState {
  return recorded(state, { ...state, edits: new Map(), editing: null }, env);
}
