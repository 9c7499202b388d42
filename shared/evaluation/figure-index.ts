import type { Figure } from '../domain/figure';
import type { Quarter } from '../domain/period';

/** The figures of one indicator in one quarter: the whole-area entry (if any) and each unit's entry. */
export interface QuarterFigures {
  area: Figure | null;
  units: Map<number, Figure>;
}

/**
 * Figures looked up by indicator, then by year and quarter. Built once per evaluation so that evaluating a plan
 * never scans the figure list inside a loop over targets or units (a district has ~200 units × 120 indicators ×
 * 40 quarters of history).
 */
export interface FigureIndex {
  readonly byIndicator: ReadonlyMap<number, ReadonlyMap<number, QuarterFigures>>;
}

const slot = (year: number, quarter: Quarter): number => year * 4 + (quarter - 1);

/**
 * Indexes figures. When the same indicator, unit and quarter appears twice, the official figure wins over an
 * estimate (the database keeps one row per key; this only guards merged inputs).
 * @example quarterFigures(indexFigures([riceQ1]), riceId, 2023, 1)?.units.get(communeId) === riceQ1
 */
export function indexFigures(figures: readonly Figure[]): FigureIndex {
  const byIndicator = new Map<number, Map<number, QuarterFigures>>();
  for (const figure of figures) {
    let byQuarter = byIndicator.get(figure.indicatorId);
    if (byQuarter === undefined) {
      byQuarter = new Map();
      byIndicator.set(figure.indicatorId, byQuarter);
    }
    const key = slot(figure.year, figure.quarter);
    let entry = byQuarter.get(key);
    if (entry === undefined) {
      entry = { area: null, units: new Map() };
      byQuarter.set(key, entry);
    }
    if (figure.unitId === null) {
      if (keepsOver(figure, entry.area)) entry.area = figure;
    } else if (keepsOver(figure, entry.units.get(figure.unitId) ?? null)) {
      entry.units.set(figure.unitId, figure);
    }
  }
  return { byIndicator };
}

function keepsOver(candidate: Figure, existing: Figure | null): boolean {
  return existing === null || existing.status === 'uoc' || candidate.status === 'chinh_thuc';
}

/**
 * The figures of one indicator in one quarter, or undefined when nothing was reported.
 * @example quarterFigures(index, riceId, 2023, 2)?.area === null
 */
export function quarterFigures(
  index: FigureIndex,
  indicatorId: number,
  year: number,
  quarter: Quarter,
): QuarterFigures | undefined {
  return index.byIndicator.get(indicatorId)?.get(slot(year, quarter));
}

/**
 * The units that reported anything for an indicator in the given quarters of a year.
 * @example unitsWithFigures(index, riceId, 2023, [1, 2]) → Set {3, 5, 8}
 */
export function unitsWithFigures(
  index: FigureIndex,
  indicatorId: number,
  year: number,
  quarters: readonly Quarter[],
): Set<number> {
  const unitIds = new Set<number>();
  for (const quarter of quarters) {
    const entry = quarterFigures(index, indicatorId, year, quarter);
    if (entry !== undefined) for (const unitId of entry.units.keys()) unitIds.add(unitId);
  }
  return unitIds;
}

/**
 * Every `value` written for an indicator in the given years and quarters (whole-area entries and units): what the
 * shown decimals are read from.
 * @example [...figureValues(index, riceId, [2023], [1, 2])] → [40.5, 136, …]
 */
export function* figureValues(
  index: FigureIndex,
  indicatorId: number,
  years: readonly number[],
  quarters: readonly Quarter[],
): Generator<number> {
  for (const year of years) {
    for (const quarter of quarters) {
      const entry = quarterFigures(index, indicatorId, year, quarter);
      if (entry === undefined) continue;
      if (entry.area !== null && entry.area.value !== null) yield entry.area.value;
      for (const figure of entry.units.values()) if (figure.value !== null) yield figure.value;
    }
  }
}
