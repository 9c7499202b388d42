import type { Indicator } from '@shared/domain/indicator';
import { indicatorGroupLabels, indicatorGroups, type IndicatorGroup } from '@shared/domain/target-form';
import type { Unit } from '@shared/domain/unit';
import type { CellRef } from './grid-model';

/** Rows are indicators and columns units (as the paper report), or transposed: rows are units. */
export type Orientation = 'indicators' | 'units';

/** A unit column (or row), or the whole-area total (unitId null). */
export interface ScopeItem {
  kind: 'scope';
  unitId: number | null;
  name: string;
}

export interface IndicatorItem {
  kind: 'indicator';
  indicator: Indicator;
  /** 1-based position in the grid, as the STT column of a report. */
  number: number;
}

export type AxisItem = ScopeItem | IndicatorItem;

/** A run of indicators under one field heading (Kinh tế; Văn hóa – xã hội; …). */
export interface IndicatorGroupRun {
  group: IndicatorGroup;
  label: string;
  /** Index of the first indicator of the run among the indicators of the grid. */
  start: number;
  count: number;
}

export interface GridLayout {
  orientation: Orientation;
  rows: AxisItem[];
  columns: AxisItem[];
  indicators: IndicatorItem[];
  scopes: ScopeItem[];
  groups: IndicatorGroupRun[];
}

/**
 * Indicators grouped by field in the order reports use, keeping the plan's order within a field.
 * @example groupIndicators([riceOutput, malnutrition, newJobs]) → Kinh tế: rice; Văn hóa – xã hội: malnutrition, jobs
 */
export function groupIndicators(indicators: readonly Indicator[]): {
  ordered: Indicator[];
  groups: IndicatorGroupRun[];
} {
  const ordered: Indicator[] = [];
  const groups: IndicatorGroupRun[] = [];
  for (const group of indicatorGroups) {
    const members = indicators.filter((indicator) => indicator.group === group);
    if (members.length === 0) continue;
    groups.push({ group, label: indicatorGroupLabels[group], start: ordered.length, count: members.length });
    ordered.push(...members);
  }
  return { ordered, groups };
}

/** The whole area first (its total is what the report shows), then the units in the core's order. */
export function buildLayout(
  indicators: readonly Indicator[],
  units: readonly Pick<Unit, 'id' | 'name'>[],
  orientation: Orientation,
  wholeAreaName: string,
): GridLayout {
  const { ordered, groups } = groupIndicators(indicators);
  const indicatorItems: IndicatorItem[] = ordered.map((indicator, index) => ({
    kind: 'indicator',
    indicator,
    number: index + 1,
  }));
  const scopes: ScopeItem[] = [
    { kind: 'scope', unitId: null, name: wholeAreaName },
    ...units.map((unit): ScopeItem => ({ kind: 'scope', unitId: unit.id, name: unit.name })),
  ];
  return orientation === 'indicators'
    ? { orientation, rows: indicatorItems, columns: scopes, indicators: indicatorItems, scopes, groups }
    : { orientation, rows: scopes, columns: indicatorItems, indicators: indicatorItems, scopes, groups };
}

export interface GridPosition {
  row: number;
  col: number;
}

/** The cell at a grid position, whichever way the grid is turned. */
export function cellAt(layout: GridLayout, position: GridPosition): CellRef | null {
  const row = layout.rows[position.row];
  const col = layout.columns[position.col];
  if (!row || !col) return null;
  const indicator = row.kind === 'indicator' ? row : col;
  const scope = row.kind === 'scope' ? row : col;
  if (indicator.kind !== 'indicator' || scope.kind !== 'scope') return null;
  return { indicatorId: indicator.indicator.id, unitId: scope.unitId };
}

/** Where a cell is in the grid (after turning it, the same cell stays active). */
export function positionOf(layout: GridLayout, ref: CellRef): GridPosition | null {
  const indicatorIndex = layout.indicators.findIndex((item) => item.indicator.id === ref.indicatorId);
  const scopeIndex = layout.scopes.findIndex((item) => item.unitId === ref.unitId);
  if (indicatorIndex < 0 || scopeIndex < 0) return null;
  return layout.orientation === 'indicators'
    ? { row: indicatorIndex, col: scopeIndex }
    : { row: scopeIndex, col: indicatorIndex };
}

/** Every cell of a column, top to bottom (for "set the column to chính thức"). */
export function columnCells(layout: GridLayout, col: number): CellRef[] {
  return layout.rows.flatMap((_row, row) => {
    const ref = cellAt(layout, { row, col });
    return ref ? [ref] : [];
  });
}

/** The DOM id of a cell, unique within the page. */
export function cellDomId(ref: CellRef): string {
  return `figure-cell-${ref.indicatorId}-${ref.unitId ?? 'area'}`;
}
