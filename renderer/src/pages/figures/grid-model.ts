import type { FigureGrid } from '@shared/contract/figures';
import type { PeriodLockView } from '@shared/contract/locks';
import type { Figure, FigureStatus } from '@shared/domain/figure';
import { checkFigureEntry, isEmptyEntry, type FigureEntry, type FigureIssue } from '@shared/domain/figure-checks';
import { isAreaEntered, type Indicator } from '@shared/domain/indicator';
import type { Target } from '@shared/domain/plan';
import { emptyMeasure, formatCellText, parseCellText, type Measure } from './cell-parse';

/** One cell of the entry grid: an indicator for a unit, or for the whole area (unitId null). */
export interface CellRef {
  indicatorId: number;
  unitId: number | null;
}

/** @example cellKey({ indicatorId: 2, unitId: null }) === '2:area' */
export function cellKey(ref: CellRef): string {
  return `${ref.indicatorId}:${ref.unitId ?? 'area'}`;
}

/**
 * What the secretary put in a cell: a measure with its status, or text that is not a valid entry for the cell (kept
 * as typed, shown in red, and blocking the save until corrected).
 */
export type CellDraft =
  | { kind: 'entry'; measure: Measure; status: FigureStatus }
  | { kind: 'invalid'; text: string; message: string; status: FigureStatus };

/**
 * Why a cell can or cannot be typed into:
 * - editable;
 * - locked: the quarter is chốt for this unit (or for the whole-area figures);
 * - computed: the whole-area total of an indicator added up from the units (flows, stocks, intensities, counts);
 * - not_applicable: an area-only indicator (entered for the whole area only) in a unit's cell.
 * The whole-area cell of a rate or a level is editable: a rate typed there is the area's rate, and a share or an
 * average can only be entered (see `isAreaEntered`).
 */
export type CellAccess = 'editable' | 'locked' | 'computed' | 'not_applicable';

/** The quarter's locks, by unit; `area` covers the whole-area figures. */
export interface LockState {
  area: boolean;
  units: ReadonlySet<number>;
}

export function lockStateOf(locks: readonly PeriodLockView[]): LockState {
  return {
    area: locks.some((lock) => lock.unitId === null),
    units: new Set(locks.flatMap((lock) => (lock.unitId === null ? [] : [lock.unitId]))),
  };
}

export function isScopeLocked(locks: LockState, unitId: number | null): boolean {
  return unitId === null ? locks.area : locks.units.has(unitId);
}

export function cellAccess(
  ref: CellRef,
  indicator: Pick<Indicator, 'kind' | 'areaOnly'>,
  locks: LockState,
): CellAccess {
  if (ref.unitId === null && !isAreaEntered(indicator)) return 'computed';
  if (ref.unitId !== null && indicator.areaOnly) return 'not_applicable';
  return isScopeLocked(locks, ref.unitId) ? 'locked' : 'editable';
}

/** Edits made since the grid was loaded, by `cellKey`. A cell edited back to its saved value is not in the map. */
export type GridEdits = ReadonlyMap<string, CellDraft>;

/** The saved figures of the quarter, by `cellKey`. */
export function indexByCell(figures: readonly Figure[]): Map<string, Figure> {
  return new Map(figures.map((figure) => [cellKey(figure), figure]));
}

export function savedDraft(figure: Figure | undefined, defaultStatus: FigureStatus): CellDraft {
  if (!figure) return { kind: 'entry', measure: emptyMeasure, status: defaultStatus };
  const { value, numerator, denominator, achieved, status } = figure;
  return { kind: 'entry', measure: { value, numerator, denominator, achieved }, status };
}

function sameMeasure(a: Measure, b: Measure): boolean {
  return (
    a.value === b.value && a.numerator === b.numerator && a.denominator === b.denominator && a.achieved === b.achieved
  );
}

/** Same content; an empty cell is empty whatever status it would carry. */
export function sameDraft(a: CellDraft, b: CellDraft): boolean {
  if (a.kind === 'invalid' || b.kind === 'invalid') {
    return a.kind === 'invalid' && b.kind === 'invalid' && a.text === b.text && a.status === b.status;
  }
  if (!sameMeasure(a.measure, b.measure)) return false;
  return isEmptyEntry(a.measure) || a.status === b.status;
}

/** The draft a cell shows: the edit if there is one, else the saved figure. */
export function currentDraft(
  ref: CellRef,
  edits: GridEdits,
  saved: ReadonlyMap<string, Figure>,
  defaultStatus: FigureStatus,
): CellDraft {
  const key = cellKey(ref);
  return edits.get(key) ?? savedDraft(saved.get(key), defaultStatus);
}

/** Records an edit; editing a cell back to what is saved removes it from the changes. */
export function withEdit(
  edits: GridEdits,
  ref: CellRef,
  draft: CellDraft,
  saved: ReadonlyMap<string, Figure>,
): Map<string, CellDraft> {
  const key = cellKey(ref);
  const next = new Map(edits);
  const savedFigure = saved.get(key);
  if (sameDraft(draft, savedDraft(savedFigure, draft.status))) next.delete(key);
  else next.set(key, draft);
  return next;
}

/** A typed or pasted text as a draft for a cell of this indicator. */
export function draftFromText(indicator: Pick<Indicator, 'kind'>, text: string, status: FigureStatus): CellDraft {
  const parsed = parseCellText(indicator.kind, text);
  if (parsed.ok) return { kind: 'entry', measure: parsed.value, status };
  return { kind: 'invalid', text: text.trim(), message: parsed.message, status };
}

/** The text an editor opens with, and what copying the cell puts on the clipboard. */
export function draftText(indicator: Pick<Indicator, 'kind'>, draft: CellDraft): string {
  return draft.kind === 'invalid' ? draft.text : formatCellText(indicator.kind, draft.measure);
}

export function isEmptyDraft(draft: CellDraft): boolean {
  return draft.kind === 'entry' && isEmptyEntry(draft.measure);
}

/** The entry `figures:save` receives for a draft. */
export function entryOf(ref: CellRef, draft: CellDraft & { kind: 'entry' }, note: string | null): FigureEntry {
  return { indicatorId: ref.indicatorId, unitId: ref.unitId, ...draft.measure, status: draft.status, note };
}

export function refOfKey(key: string): CellRef {
  const [indicator, unit] = key.split(':');
  return { indicatorId: Number(indicator), unitId: unit === 'area' ? null : Number(unit) };
}

export interface CellIssues {
  ref: CellRef;
  issues: FigureIssue[];
}

/** What each changed cell is checked against, by `cellKey`: as the core reads it for the same quarter. */
export interface CheckSources {
  lastYear: ReadonlyMap<string, Figure>;
  previousQuarter: ReadonlyMap<string, Figure>;
  /** Each scope's own target of the year: a unit's allocation, the whole area's target. */
  targets: ReadonlyMap<string, Target>;
}

/** The sources of the loaded quarter (the first target in plan order wins, as in the core). */
export function checkSourcesOf(grid: FigureGrid): CheckSources {
  const targets = new Map<string, Target>();
  for (const target of grid.targets) if (!targets.has(cellKey(target))) targets.set(cellKey(target), target);
  return {
    lastYear: indexByCell(grid.lastYear),
    previousQuarter: indexByCell(grid.earlierQuarters.filter((f) => f.quarter === grid.quarter - 1)),
    targets,
  };
}

/**
 * Errors (block saving) and warnings (do not) of every changed cell: text that is not a number or not Đạt/Chưa đạt,
 * then the same checks the core runs (`checkFigureEntry`: missing denominator, negative counts, a rate that
 * disagrees with its parts; warnings for a quarter above the whole-year target, a jump over the quarter before,
 * ±50% against the same quarter last year, a rate above 100%, a negative flow).
 */
export function checkEdits(
  edits: GridEdits,
  indicators: ReadonlyMap<number, Indicator>,
  saved: ReadonlyMap<string, Figure>,
  sources: CheckSources,
): Map<string, FigureIssue[]> {
  const result = new Map<string, FigureIssue[]>();
  for (const [key, draft] of edits) {
    const ref = refOfKey(key);
    const indicator = indicators.get(ref.indicatorId);
    if (!indicator) continue;
    const issues: FigureIssue[] =
      draft.kind === 'invalid'
        ? [{ severity: 'error', message: draft.message }]
        : checkFigureEntry(entryOf(ref, draft, saved.get(key)?.note ?? null), indicator, {
            lastYear: sources.lastYear.get(key),
            previousQuarter: sources.previousQuarter.get(key),
            annualTarget: sources.targets.get(key),
          });
    if (issues.length > 0) result.set(key, issues);
  }
  return result;
}

export function hasErrors(issues: ReadonlyMap<string, readonly FigureIssue[]>): boolean {
  for (const list of issues.values()) if (list.some((issue) => issue.severity === 'error')) return true;
  return false;
}

/**
 * What "Lưu" sends: only the changed cells, each with the note it already had (the grid does not edit notes).
 * Returns null while any changed cell is invalid text.
 */
export function saveEntries(edits: GridEdits, saved: ReadonlyMap<string, Figure>): FigureEntry[] | null {
  const entries: FigureEntry[] = [];
  for (const [key, draft] of edits) {
    if (draft.kind === 'invalid') return null;
    entries.push(entryOf(refOfKey(key), draft, saved.get(key)?.note ?? null));
  }
  return entries;
}

/**
 * "Chuyển cả cột sang chính thức": every editable, non-empty cell among `refs` becomes chính thức (or ước).
 * Locked, computed and empty cells are left alone.
 */
export function withStatus(
  edits: GridEdits,
  refs: readonly CellRef[],
  status: FigureStatus,
  context: EditContext,
): Map<string, CellDraft> {
  let next = new Map(edits);
  for (const ref of refs) {
    const indicator = context.indicators.get(ref.indicatorId);
    if (!indicator || cellAccess(ref, indicator, context.locks) !== 'editable') continue;
    const draft = currentDraft(ref, next, context.saved, context.defaultStatus);
    if (isEmptyDraft(draft) || draft.status === status) continue;
    next = withEdit(next, ref, { ...draft, status }, context.saved);
  }
  return next;
}

/** What editing needs to know about the loaded quarter. */
export interface EditContext {
  indicators: ReadonlyMap<number, Indicator>;
  saved: ReadonlyMap<string, Figure>;
  locks: LockState;
  defaultStatus: FigureStatus;
}

export function editContextOf(grid: FigureGrid, defaultStatus: FigureStatus): EditContext {
  return {
    indicators: new Map(grid.indicators.map((indicator) => [indicator.id, indicator])),
    saved: indexByCell(grid.figures),
    locks: lockStateOf(grid.locks),
    defaultStatus,
  };
}

/**
 * Puts a text into a cell if the cell can take it; returns the edits unchanged (and `false`) for a locked, computed
 * or not-applicable cell. The status of a new figure is the page's default; an existing figure keeps its own.
 */
export function typeIntoCell(
  edits: GridEdits,
  ref: CellRef,
  text: string,
  context: EditContext,
): { edits: GridEdits; accepted: boolean } {
  const indicator = context.indicators.get(ref.indicatorId);
  if (!indicator || cellAccess(ref, indicator, context.locks) !== 'editable') return { edits, accepted: false };
  const before = currentDraft(ref, edits, context.saved, context.defaultStatus);
  const status = isEmptyDraft(before) ? context.defaultStatus : before.status;
  return { edits: withEdit(edits, ref, draftFromText(indicator, text, status), context.saved), accepted: true };
}

/** Puts an already-read draft into a cell (the two-number and Đạt/Chưa đạt editors), under the same access rules. */
export function setCellDraft(edits: GridEdits, ref: CellRef, draft: CellDraft, context: EditContext): GridEdits {
  const indicator = context.indicators.get(ref.indicatorId);
  if (!indicator || cellAccess(ref, indicator, context.locks) !== 'editable') return edits;
  return withEdit(edits, ref, draft, context.saved);
}

/**
 * The edits left after a save: those sent are dropped, unless the cell was edited again while the save was running
 * (its draft is then a different object and stays).
 */
export function withoutSaved(edits: GridEdits, sent: GridEdits): Map<string, CellDraft> {
  const next = new Map(edits);
  for (const [key, draft] of sent) if (next.get(key) === draft) next.delete(key);
  return next;
}
