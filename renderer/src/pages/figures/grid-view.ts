import type { FigureGrid } from '@shared/contract/figures';
import type { Figure } from '@shared/domain/figure';
import type { FigureIssue } from '@shared/domain/figure-checks';
import type { Indicator } from '@shared/domain/indicator';
import type { QuarterTotal } from '@shared/evaluation/aggregate-units';
import { formatAchieved, formatLevel, formatMeasure } from '@renderer/format/figure-value';
import { viFigures } from '@renderer/i18n/vi-figures';
import { shownDecimals } from '@shared/domain/display-decimals';
import { unitsAchievedCell } from '@shared/report/report-cells';
import { notAggregableReason } from './not-aggregable';

const g = viFigures.grid;
import { cellInputKind } from './cell-parse';
import type { CellView } from './GridCell';
import { cellAt, cellDomId, type GridLayout, type GridPosition } from './grid-layout';
import {
  cellAccess,
  cellKey,
  checkEdits,
  checkSourcesOf,
  currentDraft,
  type CellRef,
  type CheckSources,
  type EditContext,
  type GridEdits,
} from './grid-model';
import { draftFigures, liveTotals } from './grid-totals';

/** What the grid shows besides the cells' own drafts, recomputed when the edits change. */
export interface GridDerived {
  issues: Map<string, FigureIssue[]>;
  /** What the checks compare each cell with (last year, the quarter before, the scope's target). */
  checkSources: CheckSources;
  totals: Map<number, QuarterTotal | null>;
  lastYear: Map<string, Figure>;
  lastYearTotals: Map<number, QuarterTotal | null>;
  /** The quarter's figures with the edits laid over them (for the year to date of the active cell). */
  current: Figure[];
  /** The decimals each indicator's totals are shown with: enough for the parts typed beside them. */
  decimals: Map<number, number>;
  /** Qualitative indicators judged unit by unit this quarter: how many units are Đạt of those judged. */
  unitsAchieved: Map<number, { achieved: number; total: number }>;
  names: Map<number | null, string>;
}

/** What a loaded quarter is checked against, read once per load (a province quarter holds 24.000 figures). */
const sourcesOfGrid = new WeakMap<FigureGrid, CheckSources>();

export function deriveGrid(grid: FigureGrid, edits: GridEdits, context: EditContext): GridDerived {
  const checkSources = sourcesOfGrid.get(grid) ?? checkSourcesOf(grid);
  sourcesOfGrid.set(grid, checkSources);
  const lastYear = checkSources.lastYear as Map<string, Figure>;
  const current = draftFigures(grid.figures, edits, grid.year, grid.quarter);
  const valuesOf = new Map<number, Array<number | null>>();
  for (const figure of current) {
    const values = valuesOf.get(figure.indicatorId);
    if (values) values.push(figure.value);
    else valuesOf.set(figure.indicatorId, [figure.value]);
  }
  return {
    issues: checkEdits(edits, context.indicators, context.saved, checkSources),
    checkSources,
    totals: liveTotals(grid.indicators, current),
    lastYear,
    lastYearTotals: liveTotals(grid.indicators, grid.lastYear),
    current,
    unitsAchieved: unitsAchievedOf(grid.indicators, current),
    decimals: new Map(
      grid.indicators.map((indicator) => [indicator.id, shownDecimals(indicator, valuesOf.get(indicator.id) ?? [])]),
    ),
    names: new Map<number | null, string>([
      [null, viFigures.grid.wholeArea],
      ...grid.units.map((unit): [number, string] => [unit.id, unit.name]),
    ]),
  };
}

function unitsAchievedOf(indicators: readonly Indicator[], figures: readonly Figure[]) {
  const result = new Map<number, { achieved: number; total: number }>();
  for (const indicator of indicators) {
    if (indicator.kind !== 'qualitative' || indicator.areaOnly) continue;
    const judged = figures.filter((f) => f.indicatorId === indicator.id && f.unitId !== null && f.achieved !== null);
    if (judged.length > 0) {
      result.set(indicator.id, { achieved: judged.filter((f) => f.achieved).length, total: judged.length });
    }
  }
  return result;
}

/**
 * A whole-area total as the total column prints it: the level at the decimals shown (rates with "%"), the number of
 * units meeting a standard, Đạt / Chưa đạt, or "không tổng hợp được" when the units' figures make no total.
 * @example formatTotal(rice, { value: 425.5, … }, 1) === '425,5'
 */
export function formatTotal(
  indicator: Indicator,
  total: QuarterTotal | null | undefined,
  decimals = indicator.decimals,
): string {
  if (!total) return '';
  if (total.notAggregable !== null) return g.notAggregable;
  if (indicator.kind === 'qualitative') return total.achieved === null ? '' : formatAchieved(total.achieved);
  return total.value === null ? '' : formatLevel(indicator, total.value, decimals);
}

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
  let hint = false;
  let reason: string | null = null;
  const decimals = derived.decimals.get(indicator.id) ?? indicator.decimals;
  if (access === 'computed') {
    const total = derived.totals.get(indicator.id);
    text = formatTotal(indicator, total, decimals);
    estimated = total?.estimated ?? false;
    lastYearText = formatTotal(indicator, derived.lastYearTotals.get(indicator.id));
    reason = notAggregableReason(total, derived.names);
  } else {
    const draft = currentDraft(ref, edits, context.saved, context.defaultStatus);
    text = draft.kind === 'invalid' ? draft.text : formatMeasure(indicator, draft.measure);
    estimated = draft.kind === 'entry' && draft.status === 'uoc';
    const before = derived.lastYear.get(key);
    lastYearText = before ? formatMeasure(indicator, before) : '';
    // An empty whole-area cell of a rate or a level shows what the units add up to (or why they do not), greyed:
    // typing a figure there replaces it.
    if (ref.unitId === null && text === '' && !indicator.areaOnly) {
      const total = derived.totals.get(indicator.id);
      const byUnits = derived.unitsAchieved.get(indicator.id);
      text = byUnits === undefined ? formatTotal(indicator, total, decimals) : unitsAchievedCell(byUnits);
      hint = text !== '';
      estimated = hint && (total?.estimated ?? false);
      reason = notAggregableReason(total, derived.names);
    }
  }
  const notes = [
    ...issues.map((issue) => issue.message),
    reason,
    hint && reason === null ? g.fromUnits : null,
    accessNote(access),
  ].filter((n): n is string => !!n);
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
    hint,
    severity,
    title: notes.length > 0 ? notes.join('\n') : undefined,
    row: position.row,
    col: position.col,
    total: ref.unitId === null,
  };
}

/** Views computed earlier, with what they were computed from (by `cellKey`), and the row arrays last returned. */
export interface CellViewCache {
  cells: Map<string, { inputs: readonly unknown[]; view: CellView }>;
  rows: Map<number, CellView[]>;
}

export function createCellViewCache(): CellViewCache {
  return { cells: new Map(), rows: new Map() };
}

/**
 * The views of the cells drawn (`rows` × `cols`, row by row), reusing a cell's previous view (the same object) when
 * nothing it shows has changed, and a row's previous array when none of its drawn cells changed: a keystroke re-reads
 * the cells in view and the totals, never the 24.000 cells of a province, and unchanged rows are not re-rendered.
 */
export function windowViews(
  cache: CellViewCache,
  layout: GridLayout,
  rows: readonly number[],
  cols: readonly number[],
  edits: GridEdits,
  context: EditContext,
  derived: GridDerived,
  showLastYear: boolean,
): Map<number, CellView[]> {
  const result = new Map<number, CellView[]>();
  for (const row of rows) {
    const views = cols.map((col) => viewAt(cache, layout, { row, col }, edits, context, derived, showLastYear));
    const previous = cache.rows.get(row);
    const same = previous?.length === views.length && views.every((view, i) => view === previous[i]);
    const kept = same ? previous : views;
    cache.rows.set(row, kept);
    result.set(row, kept);
  }
  return result;
}

function viewAt(
  cache: CellViewCache,
  layout: GridLayout,
  position: GridPosition,
  edits: GridEdits,
  context: EditContext,
  derived: GridDerived,
  showLastYear: boolean,
): CellView {
  const ref = cellAt(layout, position)!;
  const key = cellKey(ref);
  const total = ref.unitId === null;
  const inputs = [
    edits.get(key),
    context,
    derived.issues.get(key),
    derived.lastYear.get(key),
    total ? derived.totals.get(ref.indicatorId) : null,
    total ? derived.decimals.get(ref.indicatorId) : null,
    total ? derived.unitsAchieved.get(ref.indicatorId) : null,
    total ? derived.lastYearTotals.get(ref.indicatorId) : null,
    derived.names.get(ref.unitId),
    showLastYear,
    position.row,
    position.col,
  ];
  const hit = cache.cells.get(key);
  if (hit && hit.inputs.every((input, i) => input === inputs[i])) return hit.view;
  const view = cellView(ref, position, edits, context, derived, showLastYear);
  cache.cells.set(key, { inputs, view });
  return view;
}
