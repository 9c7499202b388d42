import type { FigureGrid } from '@shared/contract/figures';
import type { Figure } from '@shared/domain/figure';
import type { FigureIssue } from '@shared/domain/figure-checks';
import type { Indicator } from '@shared/domain/indicator';
import type { QuarterTotal } from '@shared/evaluation/aggregate-units';
import { formatAchieved, formatLevel, formatMeasure } from '@renderer/format/figure-value';
import { viFigures } from '@renderer/i18n/vi-figures';
import { cellInputKind } from './cell-parse';
import type { CellView } from './GridCell';
import { cellAt, cellDomId, type GridLayout, type GridPosition } from './grid-layout';
import {
  cellAccess,
  cellKey,
  checkEdits,
  currentDraft,
  type CellRef,
  type EditContext,
  type GridEdits,
} from './grid-model';
import { draftFigures, liveTotals } from './grid-totals';

/** What the grid shows besides the cells' own drafts, recomputed when the edits change. */
export interface GridDerived {
  issues: Map<string, FigureIssue[]>;
  totals: Map<number, QuarterTotal | null>;
  lastYear: Map<string, Figure>;
  lastYearTotals: Map<number, QuarterTotal | null>;
  /** The quarter's figures with the edits laid over them (for the year to date of the active cell). */
  current: Figure[];
  names: Map<number | null, string>;
}

export function deriveGrid(grid: FigureGrid, edits: GridEdits, context: EditContext): GridDerived {
  const lastYear = new Map(grid.lastYear.map((figure) => [cellKey(figure), figure]));
  const current = draftFigures(grid.figures, edits, grid.year, grid.quarter);
  return {
    issues: checkEdits(edits, context.indicators, context.saved, lastYear),
    totals: liveTotals(grid.indicators, current),
    lastYear,
    lastYearTotals: liveTotals(grid.indicators, grid.lastYear),
    current,
    names: new Map<number | null, string>([
      [null, viFigures.grid.wholeArea],
      ...grid.units.map((unit): [number, string] => [unit.id, unit.name]),
    ]),
  };
}

/**
 * A whole-area total as the total column prints it: the level at the indicator's precision (rates with "%"), the
 * number of units meeting a standard, or Đạt / Chưa đạt.
 */
export function formatTotal(indicator: Indicator, total: QuarterTotal | null | undefined): string {
  if (!total) return '';
  if (indicator.kind === 'qualitative') return total.achieved === null ? '' : formatAchieved(total.achieved);
  return total.value === null ? '' : formatLevel(indicator, total.value);
}

const g = viFigures.grid;

function accessNote(access: CellView['access']): string | null {
  switch (access) {
    case 'locked':
      return g.lockedCell;
    case 'computed':
      return g.computed;
    case 'not_applicable':
      return g.notApplicable;
    default:
      return null;
  }
}

/** The view of one cell: what it shows, how it is marked, and what its tooltip says. */
export function cellView(
  ref: CellRef,
  position: GridPosition,
  edits: GridEdits,
  context: EditContext,
  derived: GridDerived,
  showLastYear: boolean,
): CellView {
  const indicator = context.indicators.get(ref.indicatorId)!;
  const key = cellKey(ref);
  const access = cellAccess(ref, indicator, context.locks);
  const issues = derived.issues.get(key) ?? [];
  const severity = issues.some((i) => i.severity === 'error') ? 'error' : issues.length > 0 ? 'warning' : null;

  let text: string;
  let estimated: boolean;
  let lastYearText: string;
  if (access === 'computed') {
    const total = derived.totals.get(indicator.id);
    text = formatTotal(indicator, total);
    estimated = total?.estimated ?? false;
    lastYearText = formatTotal(indicator, derived.lastYearTotals.get(indicator.id));
  } else {
    const draft = currentDraft(ref, edits, context.saved, context.defaultStatus);
    text = draft.kind === 'invalid' ? draft.text : formatMeasure(indicator, draft.measure);
    estimated = draft.kind === 'entry' && draft.status === 'uoc';
    const before = derived.lastYear.get(key);
    lastYearText = before ? formatMeasure(indicator, before) : '';
  }
  const notes = [...issues.map((issue) => issue.message), accessNote(access)].filter((n): n is string => !!n);
  if (lastYearText) notes.push(g.lastYear(lastYearText));

  const unitName = derived.names.get(ref.unitId) ?? '';
  return {
    id: cellDomId(ref),
    label: g.cellLabel(unitName, indicator.name),
    text,
    align: cellInputKind(indicator.kind) === 'achieved' ? 'center' : 'right',
    estimated,
    lastYear: showLastYear && lastYearText ? lastYearText : null,
    access,
    changed: edits.has(key),
    severity,
    title: notes.length > 0 ? notes.join('\n') : undefined,
    row: position.row,
    col: position.col,
    total: ref.unitId === null,
  };
}

/** Views computed earlier, with what they were computed from (by `cellKey`), and the rows last returned. */
export interface CellViewCache {
  cells: Map<string, { inputs: readonly unknown[]; view: CellView }>;
  rows: CellView[][];
}

export function createCellViewCache(): CellViewCache {
  return { cells: new Map(), rows: [] };
}

/**
 * The views of every cell, row by row, reusing a cell's previous view (the same object) when nothing it shows has
 * changed, and a row's previous array when none of its cells changed: a keystroke re-reads one cell and the totals,
 * not the thousands of cells of a district grid, and unchanged rows are not re-rendered.
 */
export function gridViews(
  cache: CellViewCache,
  layout: GridLayout,
  edits: GridEdits,
  context: EditContext,
  derived: GridDerived,
  showLastYear: boolean,
): CellView[][] {
  const rows = layout.rows.map((_row, row) => {
    let changed = false;
    const views = layout.columns.map((_column, col) => {
      const ref = cellAt(layout, { row, col })!;
      const key = cellKey(ref);
      const total = ref.unitId === null;
      const inputs = [
        edits.get(key),
        context,
        derived.issues.get(key),
        derived.lastYear.get(key),
        total ? derived.totals.get(ref.indicatorId) : null,
        total ? derived.lastYearTotals.get(ref.indicatorId) : null,
        derived.names.get(ref.unitId),
        showLastYear,
        row,
        col,
      ];
      const hit = cache.cells.get(key);
      if (hit && hit.inputs.every((input, i) => input === inputs[i])) return hit.view;
      changed = true;
      const view = cellView(ref, { row, col }, edits, context, derived, showLastYear);
      cache.cells.set(key, { inputs, view });
      return view;
    });
    const previous = cache.rows[row];
    return !changed && previous?.length === views.length ? previous : views;
  });
  cache.rows = rows;
  return rows;
}
