import type { Figure, FigureStatus } from '@shared/domain/figure';
import type { Indicator } from '@shared/domain/indicator';
import type { Quarter } from '@shared/domain/period';
import { aggregateOverQuarters, type AggregateValue } from '@shared/evaluation/aggregate-time';
import { totalAtQuarter, type QuarterTotal } from '@shared/evaluation/aggregate-units';
import { indexFigures, type QuarterFigures } from '@shared/evaluation/figure-index';
import { isEmptyEntry } from '@shared/domain/figure-checks';
import { cellKey, type GridEdits } from './grid-model';

/**
 * The quarter's figures as the grid shows them right now: saved figures with the unsaved edits laid over them.
 * An edit that is not a valid entry yet (text in a number cell) leaves the cell out, so totals never count it.
 */
export function draftFigures(saved: readonly Figure[], edits: GridEdits, year: number, quarter: Quarter): Figure[] {
  const byKey = new Map(saved.map((figure) => [cellKey(figure), figure]));
  for (const [key, draft] of edits) {
    const before = byKey.get(key);
    if (draft.kind === 'invalid' || isEmptyEntry(draft.measure)) {
      byKey.delete(key);
      continue;
    }
    const [indicator, unit] = key.split(':');
    byKey.set(key, {
      indicatorId: Number(indicator),
      unitId: unit === 'area' ? null : Number(unit),
      year,
      quarter,
      ...draft.measure,
      status: draft.status,
      note: before?.note ?? null,
    });
  }
  return [...byKey.values()];
}

function quarterFiguresOf(figures: readonly Figure[], indicatorId: number): QuarterFigures {
  const result: QuarterFigures = { area: null, units: new Map() };
  for (const figure of figures) {
    if (figure.indicatorId !== indicatorId) continue;
    if (figure.unitId === null) result.area = figure;
    else result.units.set(figure.unitId, figure);
  }
  return result;
}

/**
 * The whole-area value of every indicator for the quarter, by the same rule as the dashboards and the report
 * (`totalAtQuarter`): flows and stocks add up, rates are Σ numerators ÷ Σ denominators, unit counts count the units
 * that meet the standard, area-only and qualitative indicators take the whole-area entry.
 */
export function liveTotals(
  indicators: readonly Indicator[],
  figures: readonly Figure[],
): Map<number, QuarterTotal | null> {
  const byIndicator = new Map<number, Figure[]>();
  for (const figure of figures) {
    const list = byIndicator.get(figure.indicatorId);
    if (list) list.push(figure);
    else byIndicator.set(figure.indicatorId, [figure]);
  }
  return new Map(
    indicators.map((indicator) => [
      indicator.id,
      totalAtQuarter(indicator, quarterFiguresOf(byIndicator.get(indicator.id) ?? [], indicator.id), null),
    ]),
  );
}

/**
 * The year to date (lũy kế) of one cell, from Q1 to the grid's quarter, counting the unsaved edits: flows add the
 * quarters up, levels take the latest quarter (see `aggregateOverQuarters`).
 */
export function yearToDate(
  indicator: Indicator,
  unitId: number | null,
  earlierQuarters: readonly Figure[],
  current: readonly Figure[],
  year: number,
  quarter: Quarter,
): AggregateValue {
  const figures = [...earlierQuarters, ...current].filter((figure) => figure.indicatorId === indicator.id);
  const quarters = ([1, 2, 3, 4] as const).filter((q) => q <= quarter);
  return aggregateOverQuarters(indicator, indexFigures(figures), year, quarters, unitId);
}

/** The quarter's status for a figure that goes into a total: an estimate anywhere makes the total an estimate. */
export function totalStatus(total: QuarterTotal | null): FigureStatus | null {
  if (total === null) return null;
  return total.estimated ? 'uoc' : 'chinh_thuc';
}
